#pragma once

#include <QFrame>

class QLabel;

namespace chairside {

/// A strip at the top of a page that says what went wrong reading the store and what to do, with a
/// warning icon: the page's data may be out of date until the problem clears. Hidden while all is well.
class ProblemBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemBanner)

public:
    explicit ProblemBanner(QWidget *parent = nullptr);
    ~ProblemBanner() override;

    /// Shows the message; an empty one hides the banner.
    void setMessage(const QString &message);
    QString message() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace chairside
