#pragma once

#include "reports/noshowreport.h"
#include "reports/reschedulereport.h"
#include "reports/startsreport.h"
#include "reports/utilizationreport.h"
#include "reports/waitreport.h"

#include <QWidget>

#include <variant>

namespace chairside {

/// The picture of a report, painted: utilization as a weekday x hour heat map, starts per step as bars
/// against the nurses' capacity, waits by day as median bars with the 90th percentile marked, no-shows and
/// late cancellations by therapy, reschedules by reason. Nothing for the walk-ins, which are a list. The
/// same painting serves the screen and the PDF (paint()).
class ReportChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportChart)

public:
    explicit ReportChart(QWidget *parent = nullptr);
    ~ReportChart() override;

    using Data = std::variant<std::monostate, NoShowReport, UtilizationReport, WaitReport, StartsReport,
        RescheduleReport>;
    void setData(Data data);
    const Data &data() const { return m_data; }
    bool isEmpty() const { return std::holds_alternative<std::monostate>(m_data); }

    /// Paints the chart into `area` with the widget's palette and font (for a PDF page too).
    void paint(QPainter &painter, const QRectF &area) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Data m_data;
};

} // namespace chairside
