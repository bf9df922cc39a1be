#pragma once

#include "model/user.h"
#include "reportkind.h"
#include "reportrecords.h"

#include <QDate>

namespace chairside {

class Clock;
class Store;

/// Loads what a report reads of a center over some days, for nurses and admins
/// (Permission::ViewReports; a refusal is audited). Each report shown is recorded in the audit trail
/// (report-viewed) with its kind, center and days. The computations are pure (NoShowReport::of and the
/// rest), so the desktop and the command line show the same numbers.
class ReportService final
{
public:
    ReportService(Store &store, const Clock &clock);

    /// The longest range a report covers: a year and a day (a leap year's).
    static constexpr int kMostDays = 367;

    /// Error::Forbidden for a role that may not, Error::NotFound for an unknown center, Error::BadData
    /// ("from", "to") for a missing date, a range that ends before it starts or one longer than kMostDays.
    ReportRecords load(const User &user, ReportKind kind, qint64 centerId, QDate from, QDate to);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
