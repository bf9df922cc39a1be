#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace chairside {

/// The line at the top of a day's page: the page's title in large bold type, the date it shows beside
/// it on the same baseline, then the page's own controls at the right end.
class PageHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHeader)

public:
    /// `dateName` is what a screen reader calls the date ("Date", "Date shown").
    PageHeader(const QString &title, const QString &dateName, QWidget *parent = nullptr);
    ~PageHeader() override;

    void setDateText(const QString &text);
    QString dateText() const;

    /// Adds a control after those already at the right end.
    void addControl(QWidget *control);
    /// A gap before the next control, to set a group of controls apart.
    void addGap();

    QLabel *titleLabel() const { return m_title; }
    QLabel *dateLabel() const { return m_date; }

private:
    QLabel *m_title;
    QLabel *m_date;
    QHBoxLayout *m_layout;
};

} // namespace chairside
