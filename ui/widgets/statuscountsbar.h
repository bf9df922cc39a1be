#pragma once

#include "scheduling/roster.h"

#include <QWidget>

namespace chairside {

/// The day's counts per status as a row of chips, each with the status's glyph, the number and the word:
/// booked, arrived, checked in and waiting, in chair, done, no-show, rescheduled (and cancelled when there
/// are any).
class StatusCountsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusCountsBar)

public:
    explicit StatusCountsBar(QWidget *parent = nullptr);
    ~StatusCountsBar() override;

    void setCounts(const RosterCounts &counts);
    const RosterCounts &counts() const { return m_counts; }

    /// "4 booked, 2 arrived, ...": what the chips say, for tooltips, accessibility and print titles.
    static QString summary(const RosterCounts &counts);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Chip
    {
        AppointmentStatus status;
        int count = 0;
        QString word;
    };
    QList<Chip> chips() const;
    QFont numberFont() const;
    double chipWidth(const Chip &chip) const;
    double chipHeight() const;

    RosterCounts m_counts;
};

} // namespace chairside
