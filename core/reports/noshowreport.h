#pragma once

#include "reportrecords.h"
#include "reporttable.h"

#include <QList>
#include <QString>

namespace chairside {

/// No-shows and late cancellations of a center over some days, by therapy, with the doses they wasted,
/// what those cost and the fees recorded; and how often confirmed and unconfirmed patients failed to come.
///
/// Counted: every appointment starting in the days but those entered in error and those moved to another
/// time (the move is counted as its replacement). A late cancellation is one made within the pharmacy's
/// lead time of the start (the dose is being made by then) and not a move. A wasted dose is one the
/// pharmacy wrote off, or one it prepared for a no-show or a cancelled appointment. A no-show's rate is
/// the no-shows over the appointments that were settled (the patient came, or was marked a no-show).
struct NoShowReport
{
    struct Row
    {
        qint64 therapyId = 0; ///< 0 on the total
        QString therapy;
        int appointments = 0;
        int settled = 0; ///< came or were marked no-shows
        int noShows = 0;
        int lateCancellations = 0;
        int wastedDoses = 0;
        qint64 wastedCostCents = 0;
        qint64 feesCents = 0;

        double noShowRate() const { return settled > 0 ? double(noShows) / settled : 0.0; }
    };

    QList<Row> therapies; ///< by therapy name; only therapies with an appointment in the days
    Row total;
    int lateCancelHours = 0; ///< the pharmacy's lead time the late cancellations were judged by
    int confirmedSettled = 0;
    int confirmedNoShows = 0;
    int unconfirmedSettled = 0;
    int unconfirmedNoShows = 0;

    static NoShowReport of(const ReportRecords &records);
    /// Whether the appointment's dose was wasted, by the rule above.
    static bool wastedDose(const ReportAppointment &appointment);
    ReportTable table() const;
};

} // namespace chairside
