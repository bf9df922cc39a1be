#pragma once

#include "day/rostertimeaxis.h"
#include "model/center.h"
#include "scheduling/nurseload.h"

#include <QWidget>

namespace chairside {

/// A strip over the roster's hours: each 15 minutes' starts as a bar against what the nurses on shift
/// can start, and the patients in chairs against what they may have, red where a step goes beyond. It
/// paints on the roster's own time axis, so a step sits over the hours it counts.
class NurseLoadStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NurseLoadStrip)

public:
    explicit NurseLoadStrip(QWidget *parent = nullptr);

    /// The day's load on the roster's axis; `axisOffset` is where the roster's x = 0 lies in this
    /// widget (the frame around the roster).
    void setDay(const Center &center, const NurseLoad &load, const RosterTimeAxis &axis, int axisOffset);
    const NurseLoad &load() const { return m_load; }

    /// What a step's bars say, "09:00–09:15: 3 starts, the nurses can start 4; 7 patients in chairs,
    /// they may have 8", for its tooltip; empty outside the hours.
    QString stepText(int step) const;
    /// The step under x, -1 when none.
    int stepAt(double x) const;
    /// The day in one sentence, for the accessible description.
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// Where a step's 15 minutes run across the widget; empty when outside the hours.
    QRectF stepRect(int step, double top, double height) const;
    double rowHeight() const;

    Center m_center;
    NurseLoad m_load;
    RosterTimeAxis m_axis;
    int m_axisOffset = 0;
};

} // namespace chairside
