#pragma once

#include "checkin/outcome.h"

#include <QWidget>

namespace chairside {

/// The one answer at the desk, large enough to read from across the counter and never by colour
/// alone: the outcome's colour, a glyph of its own shape (a check, a clock, a circular arrow, a stop
/// sign) and the word ("ADMIT — chair 7", "WAIT", "RESCHEDULE", "NOT IDENTIFIED").
class DecisionBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionBanner)

public:
    explicit DecisionBanner(QWidget *parent = nullptr);

    /// `detail` follows the word: the chair for an admission ("chair 7").
    void setOutcome(Outcome outcome, const QString &detail = {});
    Outcome outcome() const { return m_outcome; }
    /// What the banner says, e.g. "ADMIT — chair 7".
    QString text() const;

    /// The banner's colour for an outcome in the current palette.
    static QColor colorOf(Outcome outcome);
    /// The outcome's word: "ADMIT", "WAIT", "RESCHEDULE", "NOT IDENTIFIED".
    static QString wordOf(Outcome outcome);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont bannerFont() const;
    void paintGlyph(QPainter &painter, const QRectF &box) const;

    Outcome m_outcome = Outcome::Unidentified;
    QString m_detail;
};

} // namespace chairside
