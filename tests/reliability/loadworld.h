#pragma once

#include "model/center.h"
#include "model/chair.h"
#include "model/patient.h"
#include "model/therapy.h"
#include "model/user.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace chairside {

class Store;

namespace test {

/// The center the crash loop and the race work on: chairs 1-N open every day 07:00-19:00, a one-hour
/// infusion that needs no compounding, and patients whose paperwork never runs out over the days the
/// programs use (orders and authorizations with thousands of doses and visits, eligibility good for ten
/// years), so that the only reasons an action is refused are the ones the programs provoke: a chair or
/// a patient already booked, an appointment another desk has moved or checked in.
struct LoadWorld
{
    /// The first day the programs book; "now" for bookings is 06:00 the day before.
    static QDate firstDay() { return {2026, 12, 1}; }

    /// Creates it in a new database file at `path`.
    static void create(const QString &path, int chairs, int patients);
    /// Reads it back from a database create() made.
    explicit LoadWorld(Store &store);

    /// A wall time of the center as UTC.
    QDateTime local(QDate date, int hour, int minute = 0) const;

    Center center;
    QList<Chair> chairs;
    Therapy therapy;
    QList<Patient> patients;
    User desk;
    User nurse;
};

/// Whether invariantProblems() looks for two patients in one chair: an admission into a chair a patient
/// admitted before still held, replayed in commit order by the engine's rule. Only for runs where no
/// infusion is completed: a completion frees the chair, and a desk whose clock is behind the nurse's
/// then rightly fills it at a moment the replay cannot tell apart. The race completes none; the crash
/// loop's worker does.
enum class InChairCheck
{
    Off,
    On,
};

/// What must hold on the file whatever was done to it and whenever the writer was killed: PRAGMA
/// integrity_check ok, the audit trail verified, each dose and each visit counted exactly once for every
/// admission, no chair or patient booked twice for one moment, a fee on every no-show, and (when asked)
/// no two patients in one chair. One sentence per problem; empty when all hold.
QStringList invariantProblems(Store &store, InChairCheck inChairCheck);

} // namespace test
} // namespace chairside
