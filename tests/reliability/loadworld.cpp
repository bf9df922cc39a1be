#include "loadworld.h"

#include "common/error.h"
#include "model/coverage.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "scheduling/centertime.h"
#include "store/sqlquery.h"
#include "store/store.h"

#include <algorithm>
#include <cstdlib>

namespace chairside::test {

namespace {

const char *const kCenterName = "Reliability Infusion Center";

/// One number from a query that returns one row.
qint64 scalar(Store &store, const QString &sql, const char *what)
{
    SqlQuery q(store.database(), sql, what);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : -1;
}

/// Admissions into a chair that a patient admitted before (in commit order) still held, by the check-in
/// engine's own rule (CheckInEngine's heldSpan): a patient checked in holds the chair from the earlier
/// of their start and now until the later of their end and now plus their infusion; the one admitted
/// wants it from the later of now and their start for their infusion's length. Only the patients in
/// the chairs (checked in, or under way) are compared, over starts less than twelve hours apart (the
/// engine's look-back).
qint64 doubleChairAssignments(Store &store)
{
    struct Admission
    {
        qint64 chair;
        qint64 start; ///< seconds since the epoch, as stored
        qint64 length;
        qint64 admittedAt;
    };
    QList<Admission> admissions;
    SqlQuery q(store.database(),
        QStringLiteral("SELECT a.chair_id, a.start_utc, a.minutes * 60, a.checked_in_at FROM appointment a "
                       "JOIN checkin_decision d ON d.appointment_id = a.id AND d.outcome = 'admit' "
                       "WHERE a.status IN ('checked-in', 'in-progress') ORDER BY d.id"),
        "read the admissions in the order they were made");
    q.exec();
    while (q.next()) {
        admissions.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toLongLong()});
    }
    qint64 doubled = 0;
    for (qsizetype b = 0; b < admissions.size(); ++b) {
        const Admission &later = admissions.at(b);
        const qint64 now = later.admittedAt;
        const qint64 from = std::max(now, later.start);
        const qint64 to = from + later.length;
        for (qsizetype a = 0; a < b; ++a) {
            const Admission &earlier = admissions.at(a);
            if (earlier.chair != later.chair || std::abs(earlier.start - later.start) >= 12 * 3600)
                continue;
            const qint64 heldFrom = std::min(earlier.start, now);
            const qint64 heldTo = std::max(earlier.start + earlier.length, now + earlier.length);
            if (heldFrom < to && heldTo > from)
                ++doubled;
        }
    }
    return doubled;
}

} // namespace

void LoadWorld::create(const QString &path, int chairs, int patients)
{
    Store store(path);
    store.makeAuditKeyIfNone();
    const QDateTime setUpAt(firstDay().addDays(-1), QTime(6, 0), Qt::UTC);

    Center center;
    center.name = QString::fromLatin1(kCenterName);
    center.timeZoneId = "America/New_York";
    center.hours = OpeningHours::parse(QStringLiteral("mon-sun 07:00-19:00"));
    center.policy.eligibilityFreshDays = 3650;
    center.id = store.addCenter(center);
    for (int i = 1; i <= chairs; ++i) {
        Chair chair;
        chair.centerId = center.id;
        chair.label = QString::number(i);
        store.addChair(chair);
    }

    Therapy therapy;
    therapy.name = QStringLiteral("immune globulin");
    therapy.brand = QStringLiteral("IVIG");
    therapy.defaultMinutes = 60;
    therapy.intervalWeeks = 4;
    therapy.compounded = false;
    therapy.id = store.addTherapy(therapy);

    for (const auto &[name, role] :
        {std::pair {"desk", Role::Receptionist}, std::pair {"nurse", Role::Nurse}}) {
        User user;
        user.name = QString::fromLatin1(name);
        user.role = role;
        store.addUser(user, setUpAt);
    }

    const QDate from = firstDay().addYears(-1);
    const QDate to = firstDay().addYears(5);
    for (int i = 1; i <= patients; ++i) {
        Patient p;
        p.mrn = QStringLiteral("R%1").arg(i, 5, 10, QLatin1Char('0'));
        p.firstName = QStringLiteral("Test");
        p.lastName = QStringLiteral("Patient %1").arg(i);
        p.dateOfBirth = QDate(1950, 1, 1).addDays(i * 97);
        p.id = store.addPatient(p);

        PrescriberOrder order;
        order.patientId = p.id;
        order.therapyId = therapy.id;
        order.prescriber = QStringLiteral("Dr. Okafor");
        order.validFrom = from;
        order.validTo = to;
        order.dosesAuthorized = 1000000;
        store.addOrder(order);

        PriorAuthorization auth;
        auth.patientId = p.id;
        auth.therapyId = therapy.id;
        auth.payer = QStringLiteral("Blue Harbor Health");
        auth.validFrom = from;
        auth.validTo = to;
        auth.visitsApproved = 1000000;
        store.addAuthorization(auth);

        Coverage coverage;
        coverage.patientId = p.id;
        coverage.payer = QStringLiteral("Blue Harbor Health");
        coverage.memberId = QStringLiteral("BHH-") + p.mrn;
        coverage.eligibilityVerifiedOn = firstDay().addDays(-1);
        store.addCoverage(coverage);
    }
}

LoadWorld::LoadWorld(Store &store)
{
    const auto found = store.centerByName(QString::fromLatin1(kCenterName));
    if (!found)
        throw Error(Error::Kind::NotFound, QStringLiteral("The database holds no reliability center."));
    center = *found;
    chairs = store.chairs(center.id);
    therapy = *store.therapyByName(QStringLiteral("immune globulin"));
    desk = *store.userByName(QStringLiteral("desk"));
    nurse = *store.userByName(QStringLiteral("nurse"));
    for (int i = 1;; ++i) {
        const auto p = store.patientByMrn(QStringLiteral("R%1").arg(i, 5, 10, QLatin1Char('0')));
        if (!p)
            break;
        patients << *p;
    }
}

QDateTime LoadWorld::local(QDate date, int hour, int minute) const
{
    return CenterTime::utcAt(center, date, hour * 60 + minute);
}

QStringList invariantProblems(Store &store, InChairCheck inChairCheck)
{
    QStringList problems;
    // SQLite checks its file's pages; a server keeps its own (its data checksums, amcheck).
    if (!store.database().isPostgreSql()) {
        SqlQuery q(store.database(), QStringLiteral("PRAGMA integrity_check"), "check the file");
        q.exec();
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        if (lines != QStringList {QStringLiteral("ok")})
            problems << QStringLiteral("integrity_check: %1").arg(lines.join(QStringLiteral("; ")));
    }
    const AuditVerdict verdict = store.verifyAudit();
    if (!verdict.intact)
        problems << QStringLiteral("audit verify: %1").arg(verdict.problem);

    // A dose and a visit for every admission, no more and no fewer (the world starts them at 0).
    static const QString admitted
        = QStringLiteral("(SELECT count(*) FROM appointment a WHERE a.patient_id = x.patient_id AND "
                         "a.therapy_id = x.therapy_id AND a.status IN ('checked-in', 'in-progress', "
                         "'fulfilled'))");
    const qint64 doses = scalar(store,
        QStringLiteral("SELECT count(*) FROM prescriber_order x WHERE x.doses_used != %1").arg(admitted),
        "compare doses with admissions");
    if (doses != 0)
        problems << QStringLiteral("%1 orders count doses other than their admissions").arg(doses);
    const qint64 visits = scalar(store,
        QStringLiteral("SELECT count(*) FROM prior_authorization x WHERE x.visits_used != %1").arg(admitted),
        "compare visits with admissions");
    if (visits != 0)
        problems << QStringLiteral("%1 authorizations count visits other than their admissions").arg(visits);

    if (inChairCheck == InChairCheck::On) {
        const qint64 doubled = doubleChairAssignments(store);
        if (doubled != 0)
            problems << QStringLiteral("%1 double chair assignments").arg(doubled);
    }

    // Two bookings (booked, or the patient waiting at the desk) promising one chair, or one patient, for
    // a common minute: whatever the order and the clocks of the actions, booking refuses it and an
    // admission moves only the patient it admits.
    static const QString booked = QStringLiteral(
        "SELECT count(*) FROM appointment a JOIN appointment b ON a.%1 = b.%1 AND a.id < b.id "
        "AND b.start_utc BETWEEN a.start_utc - 43200 AND a.start_utc + 43200 "
        "AND a.start_utc < b.start_utc + b.minutes * 60 AND b.start_utc < a.start_utc + a.minutes * 60 "
        "WHERE a.status IN ('booked', 'arrived') AND b.status IN ('booked', 'arrived')");
    const qint64 doubleBooked
        = scalar(store, booked.arg(QStringLiteral("chair_id")), "look for a chair booked twice at once");
    if (doubleBooked != 0)
        problems << QStringLiteral("%1 chairs booked twice at one time").arg(doubleBooked);
    const qint64 patients
        = scalar(store, booked.arg(QStringLiteral("patient_id")), "look for a patient booked twice at once");
    if (patients != 0)
        problems << QStringLiteral("%1 patients booked twice at one time").arg(patients);

    const qint64 fees = scalar(store,
        QStringLiteral("SELECT count(*) FROM appointment WHERE status = 'noshow' AND no_show_fee_cents <= 0"),
        "look for no-shows without a fee");
    if (fees != 0)
        problems << QStringLiteral("%1 no-shows without their fee").arg(fees);
    return problems;
}

} // namespace chairside::test
