// The readiness queue: every readiness problem the check-in engine knows, found days ahead, through the
// core and through chairside-cli.

#include "checkin/checkinservice.h"
#include "checkinhelpers.h"
#include "cli/commandline.h"
#include "common/error.h"
#include "model/coverage.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "readiness/readinessreasons.h"
#include "readiness/readinessservice.h"
#include "scheduling/centertime.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

// The fixture's clock: Tuesday 1 December 2026, 08:00 in New York. The queue's default reach is 7 days:
// Tuesday 1 to Monday 7 December.
const QDate kTuesday(2026, 12, 1);
const QDate kWednesday(2026, 12, 2);
const QDate kThursday(2026, 12, 3);
const QDate kFriday(2026, 12, 4);
const QDate kMonday(2026, 12, 7);

/// A patient's paperwork for one therapy; the defaults are in order for the whole week and beyond.
struct Paper
{
    QDate orderTo = QDate(2027, 6, 1);
    QDate orderFrom = QDate(2026, 6, 1);
    int dosesAuthorized = 8;
    int dosesUsed = 2;
    bool hasAuthorization = true;
    PriorAuthorization::Status authStatus = PriorAuthorization::Status::Approved;
    QDate authTo = QDate(2027, 3, 1);
    int visitsApproved = 4;
    int visitsUsed = 1;
    QDate eligibilityVerifiedOn = QDate(2026, 11, 24);
};

Patient addPatient(
    Fixture &f, const QString &mrn, const QString &last, const Therapy &therapy, const Paper &paper)
{
    Patient p;
    p.mrn = mrn;
    p.firstName = QStringLiteral("Pat");
    p.lastName = last;
    p.dateOfBirth = QDate(1970, 1, 1);
    p.phone = QStringLiteral("(617) 555-0199");
    p.id = f.store.addPatient(p);

    PrescriberOrder order;
    order.patientId = p.id;
    order.therapyId = therapy.id;
    order.prescriber = QStringLiteral("Dr. Okafor");
    order.validFrom = paper.orderFrom;
    order.validTo = paper.orderTo;
    order.dosesAuthorized = paper.dosesAuthorized;
    order.dosesUsed = paper.dosesUsed;
    f.store.addOrder(order);

    if (paper.hasAuthorization) {
        PriorAuthorization auth;
        auth.patientId = p.id;
        auth.therapyId = therapy.id;
        auth.payer = QStringLiteral("Blue Harbor Health");
        auth.validFrom = QDate(2026, 9, 1);
        auth.validTo = paper.authTo;
        auth.visitsApproved = paper.visitsApproved;
        auth.visitsUsed = paper.visitsUsed;
        auth.status = paper.authStatus;
        f.store.addAuthorization(auth);
    }

    Coverage coverage;
    coverage.patientId = p.id;
    coverage.payer = QStringLiteral("Blue Harbor Health");
    coverage.memberId = QStringLiteral("BHH-") + mrn;
    coverage.eligibilityVerifiedOn = paper.eligibilityVerifiedOn;
    f.store.addCoverage(coverage);
    return p;
}

QList<ReadinessRow> queue(Fixture &f)
{
    return ReadinessService(f.store, f.clock).queue(test::userNamed(f, "desk"), f.center);
}

/// The row of an appointment, or nothing when it is not listed.
std::optional<ReadinessRow> rowOf(const QList<ReadinessRow> &rows, qint64 appointmentId)
{
    for (const ReadinessRow &row : rows) {
        if (row.appointment.id == appointmentId)
            return row;
    }
    return std::nullopt;
}

QList<ReasonCode> codesOf(Fixture &f, qint64 appointmentId)
{
    const auto row = rowOf(queue(f), appointmentId);
    QList<ReasonCode> codes;
    if (row) {
        for (const Reason &r : row->reasons)
            codes << r.code;
    }
    return codes;
}

/// What the desk's check-in would say about the patient walking in at the appointment's start.
Decision atTheDesk(Fixture &f, const Patient &p, qint64 appointmentId)
{
    const QDateTime now = f.clock.nowUtc();
    f.clock.set(f.store.appointment(appointmentId)->startUtc);
    Decision d = CheckInService(f.store, f.clock).evaluate(test::byMrn(f, p), 0);
    f.clock.set(now);
    return d;
}

} // namespace

TEST_CASE("The readiness reasons are the paperwork and the dose, never the arrival's own")
{
    const QList<ReasonCode> expected {ReasonCode::OrderMissing, ReasonCode::OrderExpired,
        ReasonCode::OrderDosesUsed, ReasonCode::AuthMissing, ReasonCode::AuthPending, ReasonCode::AuthDenied,
        ReasonCode::AuthExpired, ReasonCode::AuthVisitsUsed, ReasonCode::EligibilityStale,
        ReasonCode::MedicationNotReady, ReasonCode::DoseExpired};
    CHECK(ReadinessReasons::codes() == expected);
    CHECK(ReadinessReasons::itemOf(ReasonCode::AuthDenied) == ReadinessLine::Item::Authorization);
    CHECK(ReadinessReasons::itemOf(ReasonCode::EligibilityStale) == ReadinessLine::Item::Eligibility);
    CHECK(ReadinessReasons::itemOf(ReasonCode::DoseExpired) == ReadinessLine::Item::Dose);
    CHECK_FALSE(ReadinessReasons::itemOf(ReasonCode::LateBeyondGrace));
    CHECK_FALSE(ReadinessReasons::itemOf(ReasonCode::ChairNotFree));
}

TEST_CASE("A ready appointment is not listed, and the queue is empty")
{
    Fixture f;
    test::bookReady(f, f.maria, f.infliximab, kTuesday, 14, 0);
    f.book(f.maria, f.infliximab, kFriday, 10, 0);
    CHECK(queue(f).isEmpty());
}

TEST_CASE("ORDER_EXPIRED: an order that ends between now and the appointment, in the check-in's words")
{
    Fixture f;
    Paper paper;
    paper.orderTo = kWednesday;
    const Patient p = addPatient(f, QStringLiteral("R0001"), QStringLiteral("Expiring"), f.infliximab, paper);
    const qint64 thursday = f.book(p, f.infliximab, kThursday, 10, 0);
    const qint64 tuesday = test::bookReady(f, p, f.infliximab, kTuesday, 15, 0);

    const QList<ReadinessRow> rows = queue(f);
    REQUIRE(rows.size() == 1);
    const ReadinessRow &row = rows.first();
    CHECK(row.appointment.id == thursday);
    CHECK_FALSE(rowOf(rows, tuesday));
    CHECK(row.patient.mrn == QLatin1String("R0001"));
    CHECK(row.patient.phone == QLatin1String("(617) 555-0199"));
    CHECK(row.therapy.name == QLatin1String("infliximab"));
    REQUIRE(row.reasons.size() == 1);
    CHECK(row.reasons.first().code == ReasonCode::OrderExpired);
    REQUIRE(row.lines.size() == 1);
    CHECK(row.lines.first().item == ReadinessLine::Item::Order);

    // The same sentence the desk would read out on Thursday.
    const Decision desk = atTheDesk(f, p, thursday);
    REQUIRE(desk.has(ReasonCode::OrderExpired));
    for (const Reason &r : desk.reasons) {
        if (r.code == ReasonCode::OrderExpired)
            CHECK(r.message == row.reasons.first().message);
    }
}

TEST_CASE("ORDER_MISSING: no order for the booked therapy, or one that starts only later")
{
    Fixture f;
    Paper later;
    later.orderFrom = QDate(2026, 12, 10);
    const Patient p = addPatient(f, QStringLiteral("R0002"), QStringLiteral("Later"), f.infliximab, later);
    const qint64 id = f.book(p, f.infliximab, kThursday, 10, 0);
    // An order and an authorization for vedolizumab do nothing for a booked infliximab.
    const Patient q = addPatient(f, QStringLiteral("R0003"), QStringLiteral("Other"), f.vedolizumab, {});
    const qint64 other = f.book(q, f.infliximab, kFriday, 10, 0);

    CHECK(codesOf(f, id) == QList<ReasonCode> {ReasonCode::OrderMissing});
    CHECK(codesOf(f, other) == QList<ReasonCode> {ReasonCode::OrderMissing, ReasonCode::AuthMissing});
}

TEST_CASE("ORDER_DOSES_USED: the doses of the patient's earlier bookings are counted as the desk will")
{
    Fixture f;
    Paper paper;
    paper.dosesAuthorized = 8;
    paper.dosesUsed = 6; // two left
    const Patient p = addPatient(f, QStringLiteral("R0004"), QStringLiteral("Doses"), f.infliximab, paper);
    const qint64 first = f.book(p, f.infliximab, kWednesday, 13, 0);
    const qint64 second = f.book(p, f.infliximab, kFriday, 10, 0);
    const qint64 third = f.book(p, f.infliximab, kMonday, 10, 0);

    const QList<ReadinessRow> rows = queue(f);
    CHECK_FALSE(rowOf(rows, first));
    CHECK_FALSE(rowOf(rows, second));
    REQUIRE(rowOf(rows, third));
    REQUIRE(rowOf(rows, third)->reasons.size() == 1);
    CHECK(rowOf(rows, third)->reasons.first().code == ReasonCode::OrderDosesUsed);

    SECTION("a booking at another center takes its dose from the same order")
    {
        Center north = f.center;
        north.id = 0;
        north.name = QStringLiteral("North Campus");
        north.id = f.store.addCenter(north);
        Chair chair;
        chair.centerId = north.id;
        chair.label = QStringLiteral("N1");
        chair.id = f.store.addChair(chair);
        Appointment a;
        a.patientId = p.id;
        a.centerId = north.id;
        a.chairId = chair.id;
        a.therapyId = f.infliximab.id;
        a.startUtc = f.local(kTuesday, 15, 0);
        a.minutes = 120;
        a.prep = PrepState::Ready;
        a.preparedAtUtc = f.local(kTuesday, 7, 0);
        a.createdBy = QStringLiteral("desk");
        a.createdAtUtc = f.clock.nowUtc();
        f.store.addAppointment(a);

        const QList<ReadinessRow> now = queue(f);
        CHECK_FALSE(rowOf(now, first));
        REQUIRE(rowOf(now, second));
        CHECK(rowOf(now, second)->reasons.first().code == ReasonCode::OrderDosesUsed);
        REQUIRE(rowOf(now, third));
    }
    SECTION("an order used up already")
    {
        Paper none;
        none.dosesUsed = none.dosesAuthorized;
        const Patient q = addPatient(f, QStringLiteral("R0005"), QStringLiteral("None"), f.infliximab, none);
        const qint64 id = f.book(q, f.infliximab, kThursday, 10, 0);
        CHECK(codesOf(f, id) == QList<ReasonCode> {ReasonCode::OrderDosesUsed});
    }
}

TEST_CASE("AUTH_MISSING, AUTH_PENDING, AUTH_DENIED and AUTH_EXPIRED found days ahead")
{
    Fixture f;
    Paper missing;
    missing.hasAuthorization = false;
    Paper pending;
    pending.authStatus = PriorAuthorization::Status::Pending;
    Paper denied;
    denied.authStatus = PriorAuthorization::Status::Denied;
    Paper expiring;
    expiring.authTo = kWednesday;
    const qint64 a
        = f.book(addPatient(f, QStringLiteral("R0010"), QStringLiteral("Missing"), f.infliximab, missing),
            f.infliximab, kThursday, 10, 0);
    const qint64 b
        = f.book(addPatient(f, QStringLiteral("R0011"), QStringLiteral("Pending"), f.infliximab, pending),
            f.infliximab, kThursday, 12, 30);
    const qint64 c
        = f.book(addPatient(f, QStringLiteral("R0012"), QStringLiteral("Denied"), f.infliximab, denied),
            f.infliximab, kFriday, 10, 0);
    const Patient e
        = addPatient(f, QStringLiteral("R0013"), QStringLiteral("Expiring"), f.infliximab, expiring);
    const qint64 before = f.book(e, f.infliximab, kWednesday, 13, 0);
    const qint64 after = f.book(e, f.infliximab, kMonday, 10, 0);

    CHECK(codesOf(f, a) == QList<ReasonCode> {ReasonCode::AuthMissing});
    CHECK(codesOf(f, b) == QList<ReasonCode> {ReasonCode::AuthPending});
    CHECK(codesOf(f, c) == QList<ReasonCode> {ReasonCode::AuthDenied});
    CHECK(codesOf(f, before).isEmpty());
    CHECK(codesOf(f, after) == QList<ReasonCode> {ReasonCode::AuthExpired});
    const auto row = rowOf(queue(f), b);
    REQUIRE(row);
    REQUIRE(row->lines.size() == 1);
    CHECK(row->lines.first().item == ReadinessLine::Item::Authorization);
}

TEST_CASE("AUTH_VISITS_USED: the visits of the patient's earlier bookings are counted")
{
    Fixture f;
    Paper paper;
    paper.visitsApproved = 4;
    paper.visitsUsed = 3; // one left
    const Patient p = addPatient(f, QStringLiteral("R0020"), QStringLiteral("Visits"), f.vedolizumab, paper);
    const qint64 first = f.book(p, f.vedolizumab, kThursday, 10, 0);
    const qint64 second = f.book(p, f.vedolizumab, kMonday, 10, 0);
    CHECK(codesOf(f, first).isEmpty());
    CHECK(codesOf(f, second) == QList<ReasonCode> {ReasonCode::AuthVisitsUsed});
}

TEST_CASE("ELIGIBILITY_STALE: fresh today, stale by the appointment's date")
{
    Fixture f;
    Paper paper;
    paper.eligibilityVerifiedOn = QDate(2026, 11, 4); // 27 days ago; more than 30 from 5 December on
    const Patient p = addPatient(f, QStringLiteral("R0030"), QStringLiteral("Stale"), f.infliximab, paper);
    const qint64 thursday = f.book(p, f.infliximab, kThursday, 10, 0);
    const qint64 monday = f.book(p, f.infliximab, kMonday, 10, 0);
    CHECK(codesOf(f, thursday).isEmpty());
    CHECK(codesOf(f, monday) == QList<ReasonCode> {ReasonCode::EligibilityStale});
    const auto row = rowOf(queue(f), monday);
    REQUIRE(row);
    CHECK(row->lines.first().item == ReadinessLine::Item::Eligibility);

    SECTION("verifying it clears the row")
    {
        const Coverage c = f.store.coverages(p.id).first();
        f.store.setEligibilityVerified(c.id, kTuesday, QStringLiteral("desk"), f.clock.nowUtc());
        CHECK(codesOf(f, monday).isEmpty());
    }
}

TEST_CASE("MEDICATION_NOT_READY and DOSE_EXPIRED only inside the pharmacy's lead time")
{
    Fixture f; // lead time 24 hours
    const qint64 today = f.book(f.maria, f.infliximab, kTuesday, 14, 0);
    const qint64 thursday = f.book(f.maria, f.infliximab, kThursday, 14, 0);

    CHECK(codesOf(f, today) == QList<ReasonCode> {ReasonCode::MedicationNotReady});
    CHECK(codesOf(f, thursday).isEmpty());
    const auto row = rowOf(queue(f), today);
    REQUIRE(row);
    CHECK(row->lines.first().item == ReadinessLine::Item::Dose);

    SECTION("prepared: gone")
    {
        f.store.setPrep(today, PrepState::Ready, f.clock.nowUtc());
        CHECK(codesOf(f, today).isEmpty());
    }
    SECTION("wasted: a new dose must be made")
    {
        f.store.setPrep(today, PrepState::Wasted, f.clock.nowUtc(), QStringLiteral("dropped"));
        CHECK(codesOf(f, today) == QList<ReasonCode> {ReasonCode::DoseExpired});
    }
    SECTION("the clock moves on: Thursday's dose comes inside the lead time")
    {
        f.clock.set(f.local(kWednesday, 15, 0));
        CHECK(codesOf(f, thursday) == QList<ReasonCode> {ReasonCode::MedicationNotReady});
    }
    SECTION("a therapy that is not compounded has no dose to wait for")
    {
        const Patient p = addPatient(f, QStringLiteral("R0040"), QStringLiteral("Ivig"), f.ivig, {});
        const qint64 id = f.book(p, f.ivig, kTuesday, 15, 0);
        CHECK(codesOf(f, id).isEmpty());
    }
}

TEST_CASE("Cancelled, closed, past and other centers' appointments are not listed")
{
    Fixture f;
    Paper pending;
    pending.authStatus = PriorAuthorization::Status::Pending;
    const Patient p
        = addPatient(f, QStringLiteral("R0050"), QStringLiteral("Pending"), f.infliximab, pending);
    const qint64 cancelled = f.book(p, f.infliximab, kThursday, 10, 0);
    f.store.changeStatus(cancelled, AppointmentStatus::Cancelled, QStringLiteral("desk"), f.clock.nowUtc());
    const qint64 early = f.book(p, f.infliximab, kTuesday, 8, 30);
    const qint64 fulfilled = f.book(p, f.infliximab, kTuesday, 11, 0);
    const qint64 error = f.book(p, f.infliximab, kFriday, 10, 0);
    f.store.changeStatus(error, AppointmentStatus::EnteredInError, QStringLiteral("desk"), f.clock.nowUtc());
    const qint64 kept = f.book(p, f.infliximab, kMonday, 10, 0);
    for (const AppointmentStatus s : {AppointmentStatus::Arrived, AppointmentStatus::CheckedIn,
             AppointmentStatus::InProgress, AppointmentStatus::Fulfilled})
        f.store.changeStatus(fulfilled, s, QStringLiteral("nurse"), f.clock.nowUtc());
    // 08:30 is past its 15 minutes of grace at 08:50: a no-show to come, not a call to make.
    f.clock.set(f.local(kTuesday, 8, 50));

    const QList<ReadinessRow> rows = queue(f);
    CHECK_FALSE(rowOf(rows, cancelled));
    CHECK_FALSE(rowOf(rows, fulfilled));
    CHECK_FALSE(rowOf(rows, early));
    CHECK_FALSE(rowOf(rows, error));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().appointment.id == kept);
}

TEST_CASE("The reach: from a day, for some days, the center's own by default, and refused outside 1 to 60")
{
    Fixture f;
    Paper pending;
    pending.authStatus = PriorAuthorization::Status::Pending;
    const Patient p
        = addPatient(f, QStringLiteral("R0060"), QStringLiteral("Pending"), f.infliximab, pending);
    const qint64 friday = f.book(p, f.infliximab, kFriday, 10, 0);
    const qint64 nextWeek = f.book(p, f.infliximab, QDate(2026, 12, 9), 10, 0);
    const User desk = test::userNamed(f, "desk");
    ReadinessService service(f.store, f.clock);

    const QList<ReadinessRow> week = service.queue(desk, f.center);
    CHECK(rowOf(week, friday));
    CHECK_FALSE(rowOf(week, nextWeek));
    CHECK(service.queue(desk, f.center, kTuesday, 10).size() == 2);
    CHECK(service.queue(desk, f.center, QDate(2026, 12, 5), 7).size() == 1);

    f.center.policy.readinessDays = 3;
    f.store.updateCenter(f.center);
    CHECK(service.queue(desk, *f.store.center(f.center.id)).isEmpty());

    for (const int days : {0, 61}) {
        try {
            service.queue(desk, f.center, kTuesday, days);
            FAIL("the reach was not refused");
        } catch (const Error &e) {
            CHECK(e.kind() == Error::Kind::BadData);
            CHECK(e.field() == QLatin1String("days"));
        }
    }
}

TEST_CASE(
    "The queue of a few patients is the whole queue's rows of those patients, and patientsBookedOn a day's")
{
    Fixture f;
    Paper lapsed;
    lapsed.orderTo = kWednesday;
    const Patient p = addPatient(f, QStringLiteral("R0040"), QStringLiteral("Lapsed"), f.infliximab, lapsed);
    const qint64 thursday = f.book(p, f.infliximab, kThursday, 10, 0);
    const qint64 friday = f.book(p, f.infliximab, kFriday, 10, 0);
    Paper pending;
    pending.authStatus = PriorAuthorization::Status::Pending;
    const Patient q
        = addPatient(f, QStringLiteral("R0041"), QStringLiteral("Pending"), f.infliximab, pending);
    const qint64 monday = f.book(q, f.infliximab, kMonday, 10, 0);

    ReadinessService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");
    const QList<ReadinessRow> all = queue(f);
    REQUIRE(rowOf(all, thursday));
    REQUIRE(rowOf(all, monday));
    const QDate today = kTuesday;
    const QList<ReadinessRow> mine = service.queueOfPatients(desk, f.center, today, 7, {p.id});
    REQUIRE(mine.size() == 2);
    CHECK(mine.at(0).appointment.id == thursday);
    CHECK(mine.at(1).appointment.id == friday);
    CHECK(mine.at(0).reasons.first().code == rowOf(all, thursday)->reasons.first().code);
    CHECK(service.queueOfPatients(desk, f.center, today, 7, {q.id}).size() == 1);
    CHECK(service.queueOfPatients(desk, f.center, today, 7, {}).isEmpty());
    // Booked only after the reach: no row.
    CHECK(service.queueOfPatients(desk, f.center, today, 3, {q.id}).isEmpty());

    CHECK(service.patientsBookedOn(desk, f.center, kThursday) == QList<qint64> {p.id});
    CHECK(service.patientsBookedOn(desk, f.center, kMonday) == QList<qint64> {q.id});
    CHECK(service.patientsBookedOn(desk, f.center, kThursday.addDays(-10)).isEmpty());
}

TEST_CASE("readiness --json: the appointments earliest first, with the check-in's codes and messages")
{
    Fixture f;
    Paper pending;
    pending.authStatus = PriorAuthorization::Status::Pending;
    Paper lapsing;
    lapsing.orderTo = kWednesday;
    const Patient p
        = addPatient(f, QStringLiteral("R0070"), QStringLiteral("Pending"), f.infliximab, pending);
    const Patient q
        = addPatient(f, QStringLiteral("R0071"), QStringLiteral("Lapsing"), f.vedolizumab, lapsing);
    const qint64 friday = f.book(p, f.infliximab, kFriday, 10, 0);
    const qint64 thursday = f.book(q, f.vedolizumab, kThursday, 9, 15);
    test::bookReady(f, f.maria, f.infliximab, kWednesday, 13, 0);

    const QJsonObject json = test::runCli(f, QStringLiteral("2026-12-01T08:00"),
        {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("readiness")});
    CHECK(json.keys() == QStringList {QStringLiteral("appointments")});
    const QJsonArray list = json.value(QStringLiteral("appointments")).toArray();
    REQUIRE(list.size() == 2);
    const QJsonObject first = list.at(0).toObject();
    CHECK(first.keys()
        == QStringList {QStringLiteral("id"), QStringLiteral("mrn"), QStringLiteral("reasons"),
            QStringLiteral("start"), QStringLiteral("therapy")});
    CHECK(first.value(QStringLiteral("id")).toInteger() == thursday);
    CHECK(first.value(QStringLiteral("start")).toString() == QLatin1String("2026-12-03T09:15:00-05:00"));
    CHECK(first.value(QStringLiteral("mrn")).toString() == QLatin1String("R0071"));
    CHECK(first.value(QStringLiteral("therapy")).toString() == QLatin1String("vedolizumab"));
    const QJsonArray reasons = first.value(QStringLiteral("reasons")).toArray();
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.at(0).toObject().keys() == QStringList {QStringLiteral("code"), QStringLiteral("message")});
    CHECK(
        reasons.at(0).toObject().value(QStringLiteral("code")).toString() == QLatin1String("ORDER_EXPIRED"));

    const QJsonObject second = list.at(1).toObject();
    CHECK(second.value(QStringLiteral("id")).toInteger() == friday);
    CHECK(test::jsonCodes(second) == QStringList {QStringLiteral("AUTH_PENDING")});

    // checkin --json at Friday's start says the same, word for word.
    const QJsonObject desk = test::runCli(f, QStringLiteral("2026-12-04T10:00"),
        {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("checkin"),
            QStringLiteral("--dry-run"), QStringLiteral("--mrn"), QStringLiteral("R0070"),
            QStringLiteral("--dob"), QStringLiteral("1970-01-01")});
    bool found = false;
    for (const QJsonValue r : desk.value(QStringLiteral("reasons")).toArray()) {
        if (r.toObject().value(QStringLiteral("code")).toString() == QLatin1String("AUTH_PENDING")) {
            found = true;
            CHECK(r.toObject() == second.value(QStringLiteral("reasons")).toArray().at(0).toObject());
        }
    }
    CHECK(found);

    SECTION("--from and --days; nothing found is still exit 0")
    {
        const QJsonObject none = test::runCli(f, QStringLiteral("2026-12-01T08:00"),
            {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("readiness"),
                QStringLiteral("--from"), QStringLiteral("2026-12-05"), QStringLiteral("--days"),
                QStringLiteral("2")});
        CHECK(none.value(QStringLiteral("appointments")).toArray().isEmpty());
        const QJsonObject one = test::runCli(f, QStringLiteral("2026-12-01T08:00"),
            {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("readiness"),
                QStringLiteral("--from"), QStringLiteral("2026-12-04"), QStringLiteral("--days"),
                QStringLiteral("1")});
        CHECK(one.value(QStringLiteral("appointments")).toArray().size() == 1);
    }
    SECTION("a reach out of range is refused, naming --days")
    {
        const QJsonObject refused = test::runCli(f, QStringLiteral("2026-12-01T08:00"),
            {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("readiness"),
                QStringLiteral("--days"), QStringLiteral("90")},
            3);
        CHECK(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString()
            == QLatin1String("days"));
    }
    SECTION("the table without --json")
    {
        const cli::Result text = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--db"),
            f.temp.path(), QStringLiteral("--at"), QStringLiteral("2026-12-01T08:00"),
            QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("readiness")});
        REQUIRE(text.exitCode == 0);
        CHECK(text.out.contains(QLatin1String("2 booked appointments at Riverside Infusion Center")));
        CHECK(text.out.contains(QLatin1String("R0071")));
        CHECK(
            text.out.contains(QLatin1String("AUTH_PENDING: Authorization pending with Blue Harbor Health")));
    }
}
