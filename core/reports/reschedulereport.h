#pragma once

#include "checkin/reasoncode.h"
#include "reportrecords.h"
#include "reporttable.h"

#include <QList>

namespace chairside {

/// The appointments the desk sent to be rescheduled, by the reason it gave: mostly readiness problems
/// (an order, an authorization, eligibility, the dose) the readiness queue should have caught days
/// before, and late arrivals. An appointment turned away twice for the same reason counts once; one
/// turned away for two reasons counts under each.
struct RescheduleReport
{
    struct Reason
    {
        ReasonCode code = ReasonCode::LateBeyondGrace;
        bool readiness = false; ///< a paperwork or dose problem, not the patient's timing
        int appointments = 0;
        int moved = 0; ///< of those, moved to another time (the rest were not rebooked from that booking)
    };

    QList<Reason> reasons; ///< most appointments first; on a tie readiness problems, then in code order
    int appointments = 0; ///< appointments sent to be rescheduled, each once
    int readinessAppointments = 0; ///< of those, for at least one readiness problem
    int moved = 0;

    /// Order, authorization, eligibility and dose codes.
    static bool isReadinessProblem(ReasonCode code);
    static RescheduleReport of(const ReportRecords &records);
    ReportTable table() const;
};

} // namespace chairside
