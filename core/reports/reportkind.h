#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace chairside {

/// The manager's reports.
enum class ReportKind
{
    NoShows,
    Utilization,
    Waits,
    Starts,
    WalkIns,
    Reschedules,
};

/// "no-shows", "utilization", "waits", "starts", "walk-ins", "reschedules": the command line's words.
QString reportKindName(ReportKind kind);
std::optional<ReportKind> reportKindFromName(const QString &name);
QList<ReportKind> allReportKinds();
/// "No-shows and late cancellations", ...: for people.
QString reportKindLabel(ReportKind kind);

} // namespace chairside
