// The decision as a pure function: facts built by hand, no database.

#include "checkin/checkinengine.h"
#include "common/error.h"
#include "scheduling/centertime.h"

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

/// One patient booked at 10:00 on Wednesday 2 December 2026 in New York, everything in order; the
/// clock at 09:55. Tests change what they need, then decide.
struct World
{
    World()
    {
        center.id = 1;
        center.name = QStringLiteral("Riverside Infusion Center");
        center.timeZoneId = "America/New_York";
        center.hours = OpeningHours::parse(QStringLiteral("mon-fri 07:00-19:00; sat 08:00-14:00"));
        for (int i = 1; i <= 3; ++i) {
            Chair chair;
            chair.id = 10 + i;
            chair.centerId = center.id;
            chair.label = QString::number(i);
            chairs << chair;
        }
        infliximab.id = 7;
        infliximab.name = QStringLiteral("infliximab");
        infliximab.defaultMinutes = 120;
        infliximab.compounded = true;
        infliximab.beyondUseHours = 24;

        maria.id = 5;
        maria.mrn = QStringLiteral("M0001");
        maria.firstName = QStringLiteral("Maria");
        maria.lastName = QStringLiteral("Alvarez");
        maria.dateOfBirth = QDate(1961, 3, 4);

        appointment.id = 100;
        appointment.patientId = maria.id;
        appointment.centerId = center.id;
        appointment.chairId = chairs[0].id;
        appointment.therapyId = infliximab.id;
        appointment.startUtc = local(day, 10, 0);
        appointment.minutes = 120;
        appointment.prep = PrepState::Ready;
        appointment.preparedAtUtc = local(day.addDays(-1), 16, 0);

        order.id = 200;
        order.patientId = maria.id;
        order.therapyId = infliximab.id;
        order.validFrom = QDate(2026, 6, 1);
        order.validTo = QDate(2027, 5, 31);
        order.dosesAuthorized = 8;
        order.dosesUsed = 2;

        auth.id = 300;
        auth.patientId = maria.id;
        auth.therapyId = infliximab.id;
        auth.payer = QStringLiteral("Blue Harbor Health");
        auth.validFrom = QDate(2026, 9, 1);
        auth.validTo = QDate(2027, 2, 28);
        auth.visitsApproved = 4;
        auth.visitsUsed = 1;

        coverage.id = 400;
        coverage.patientId = maria.id;
        coverage.eligibilityVerifiedOn = QDate(2026, 11, 25);

        request.mrn = maria.mrn;
        request.dateOfBirth = maria.dateOfBirth;
        request.centerId = center.id;
        now = local(day, 9, 55);
    }

    QDateTime local(QDate date, int hour, int minute) const
    {
        return CenterTime::utcAt(center, date, hour * 60 + minute);
    }

    CheckInFacts facts() const
    {
        CheckInFacts f;
        f.nowUtc = now;
        f.request = request;
        f.center = center;
        f.chairs = chairs;
        f.candidates = candidates.isEmpty() ? QList<Patient> {maria} : candidates;
        f.appointments = QList<Appointment> {appointment} + more;
        std::sort(f.appointments.begin(), f.appointments.end(),
            [](const Appointment &a, const Appointment &b) { return a.startUtc < b.startUtc; });
        f.orders = {order};
        f.authorizations = {auth};
        f.coverages = {coverage};
        f.therapies.insert(infliximab.id, infliximab);
        f.centerNames.insert(2, QStringLiteral("Northside Infusion"));
        f.occupancy = QList<Appointment> {appointment} + others;
        return f;
    }

    Decision decide() const { return CheckInEngine::decide(facts()); }

    Appointment other(qint64 id, qint64 chairId, int hour, int minute, int minutes,
        AppointmentStatus status = AppointmentStatus::Booked) const
    {
        Appointment a;
        a.id = id;
        a.patientId = 99;
        a.centerId = center.id;
        a.chairId = chairId;
        a.therapyId = infliximab.id;
        a.startUtc = local(day, hour, minute);
        a.minutes = minutes;
        a.status = status;
        return a;
    }

    const QDate day {2026, 12, 2};
    Center center;
    QList<Chair> chairs;
    Therapy infliximab;
    Patient maria;
    Appointment appointment;
    QList<Appointment> more; ///< the patient's other appointments
    QList<Appointment> others; ///< other patients' appointments at the center
    QList<Patient> candidates;
    PrescriberOrder order;
    PriorAuthorization auth;
    Coverage coverage;
    CheckInRequest request;
    QDateTime now;
};

} // namespace

TEST_CASE("A patient on time with everything in order is admitted to the booked chair")
{
    World w;
    const Decision d = w.decide();
    REQUIRE(d.outcome == Outcome::Admit);
    CHECK(d.reasons.isEmpty());
    REQUIRE(d.chair);
    CHECK(d.chair->id == w.chairs[0].id);
    CHECK(d.identifiers == QLatin1String("mrn+dob"));
    CHECK(d.orderId == w.order.id);
    CHECK(d.authorizationId == w.auth.id);
    REQUIRE(d.readiness.size() == 4);
    for (const ReadinessLine &line : d.readiness) {
        INFO(line.text.toStdString());
        CHECK(line.ok);
    }
}

TEST_CASE("Two identifiers must agree with one record")
{
    World w;
    SECTION("an MRN with the wrong date of birth is a mismatch, and nothing about the patient is shown")
    {
        w.request.dateOfBirth = QDate(1961, 4, 3);
        const Decision d = w.decide();
        REQUIRE(d.outcome == Outcome::Unidentified);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::IdentityMismatch});
        CHECK_FALSE(d.patient);
        CHECK_FALSE(d.appointment);
    }
    SECTION("an MRN with a name that is not the holder's is a mismatch")
    {
        w.request.setFullName(QStringLiteral("Alvarez, Marta"));
        REQUIRE(w.decide().codes() == QList<ReasonCode> {ReasonCode::IdentityMismatch});
        w.request.setFullName(QStringLiteral("ÁLVAREZ, maría"));
        REQUIRE(w.decide().outcome == Outcome::Admit);
    }
    SECTION("an unknown MRN is not found")
    {
        w.request.mrn = QStringLiteral("M9999");
        REQUIRE(w.decide().codes() == QList<ReasonCode> {ReasonCode::PatientNotFound});
    }
    SECTION("name and date of birth identify one patient, accents and case aside")
    {
        w.request.mrn.clear();
        w.request.setFullName(QStringLiteral("maria alvarez"));
        const Decision d = w.decide();
        REQUIRE(d.outcome == Outcome::Admit);
        CHECK(d.identifiers == QLatin1String("name+dob"));
    }
    SECTION("two patients with the same name and date of birth: ask for the MRN")
    {
        Patient twin = w.maria;
        twin.id = 6;
        twin.mrn = QStringLiteral("M0777");
        w.candidates = {w.maria, twin};
        w.request.mrn.clear();
        w.request.setFullName(QStringLiteral("Alvarez, Maria"));
        const Decision d = w.decide();
        REQUIRE(d.outcome == Outcome::Unidentified);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::IdentityAmbiguous});
        CHECK(d.reasons.first().message.contains(QLatin1String("MRN")));
    }
    SECTION("a name alone is not two identifiers")
    {
        w.request.mrn.clear();
        w.request.setFullName(QStringLiteral("Alvarez, Maria"));
        w.request.dateOfBirth = QDate();
        REQUIRE(w.decide().codes() == QList<ReasonCode> {ReasonCode::PatientNotFound});
    }
}

TEST_CASE("Arrival time against the early window and the grace period")
{
    World w;
    SECTION("more than an hour early waits, told when check-in opens")
    {
        w.now = w.local(w.day, 8, 59);
        const Decision d = w.decide();
        REQUIRE(d.outcome == Outcome::Wait);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::TooEarly});
        CHECK(d.reasons.first().message.contains(QLatin1String("09:00")));
        CHECK(d.reasons.first().message.contains(QLatin1String("10:00")));
    }
    SECTION("exactly an hour early is admitted")
    {
        w.now = w.local(w.day, 9, 0);
        REQUIRE(w.decide().outcome == Outcome::Admit);
    }
    SECTION("late within grace is admitted with the note")
    {
        w.now = w.local(w.day, 10, 15);
        const Decision d = w.decide();
        REQUIRE(d.outcome == Outcome::Admit);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::LateWithinGrace});
        CHECK(d.reasons.first().message.contains(QLatin1String("15 minutes late")));
    }
    SECTION("late beyond grace is sent to reschedule")
    {
        w.now = w.local(w.day, 10, 16);
        const Decision d = w.decide();
        REQUIRE(d.outcome == Outcome::Reschedule);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::LateBeyondGrace});
    }
    SECTION("a patient who arrived on time and was kept waiting is not late")
    {
        w.appointment.status = AppointmentStatus::Arrived;
        w.appointment.arrivedAtUtc = w.local(w.day, 9, 50);
        w.now = w.local(w.day, 10, 40);
        REQUIRE(w.decide().outcome == Outcome::Admit);
    }
    SECTION("the center's own policy numbers apply")
    {
        w.center.policy.graceMinutes = 30;
        w.now = w.local(w.day, 10, 25);
        REQUIRE(w.decide().codes() == QList<ReasonCode> {ReasonCode::LateWithinGrace});
        w.center.policy.earlyArrivalMinutes = 30;
        w.now = w.local(w.day, 9, 20);
        REQUIRE(w.decide().codes() == QList<ReasonCode> {ReasonCode::TooEarly});
    }
}

TEST_CASE("Every blocking reason is reported, and the strongest outcome wins")
{
    World w;
    w.now = w.local(w.day, 10, 40);
    w.order.validTo = QDate(2026, 11, 30);
    w.coverage.eligibilityVerifiedOn = QDate(2026, 9, 1);
    w.appointment.prep = PrepState::NotReady;
    const Decision d = w.decide();
    REQUIRE(d.outcome == Outcome::Reschedule);
    const QList<ReasonCode> codes = d.codes();
    CHECK(codes.contains(ReasonCode::LateBeyondGrace));
    CHECK(codes.contains(ReasonCode::OrderExpired));
    CHECK(codes.contains(ReasonCode::EligibilityStale));
    CHECK(codes.contains(ReasonCode::MedicationNotReady));
    CHECK(d.blocking().size() == 4);
    // Only the wait reasons left: wait.
    w.now = w.local(w.day, 9, 55);
    w.order.validTo = QDate(2027, 5, 31);
    REQUIRE(w.decide().outcome == Outcome::Wait);
}

TEST_CASE("The order must be valid on the day with a dose left")
{
    World w;
    SECTION("lapsed")
    {
        w.order.validTo = QDate(2026, 11, 30);
        const Decision d = w.decide();
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::OrderExpired});
        CHECK(d.reasons.first().message.contains(QLatin1String("30 November")));
        CHECK_FALSE(d.readiness[0].ok);
        CHECK(d.orderId == 0);
    }
    SECTION("doses used up")
    {
        w.order.dosesUsed = w.order.dosesAuthorized;
        REQUIRE(w.decide().codes() == QList<ReasonCode> {ReasonCode::OrderDosesUsed});
    }
    SECTION("missing, or for another therapy")
    {
        w.order.therapyId = 8;
        REQUIRE(w.decide().codes() == QList<ReasonCode> {ReasonCode::OrderMissing});
    }
    SECTION("a renewed order beside the lapsed one is used")
    {
        PrescriberOrder lapsed = w.order;
        w.order.id = 201;
        w.order.validFrom = QDate(2026, 12, 1);
        CheckInFacts facts = w.facts();
        lapsed.validTo = QDate(2026, 11, 30);
        facts.orders << lapsed;
        const Decision d = CheckInEngine::decide(facts);
        REQUIRE(d.outcome == Outcome::Admit);
        CHECK(d.orderId == 201);
    }
}

TEST_CASE("The authorization must be approved for the day with a visit left")
{
    World w;
    SECTION("pending")
    {
        w.auth.status = PriorAuthorization::Status::Pending;
        REQUIRE(w.decide().codes() == QList<ReasonCode> {ReasonCode::AuthPending});
    }
    SECTION("denied")
    {
        w.auth.status = PriorAuthorization::Status::Denied;
        REQUIRE(w.decide().codes() == QList<ReasonCode> {ReasonCode::AuthDenied});
    }
    SECTION("expired")
    {
        w.auth.validTo = QDate(2026, 12, 1);
        REQUIRE(w.decide().codes() == QList<ReasonCode> {ReasonCode::AuthExpired});
    }
    SECTION("visits used")
    {
        w.auth.visitsUsed = 4;
        REQUIRE(w.decide().codes() == QList<ReasonCode> {ReasonCode::AuthVisitsUsed});
    }
    SECTION("missing")
    {
        w.auth.therapyId = 8;
        const Decision d = w.decide();
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::AuthMissing});
        REQUIRE(d.outcome == Outcome::Reschedule);
    }
}

TEST_CASE("Eligibility older than the policy allows means verify now")
{
    World w;
    w.coverage.eligibilityVerifiedOn = w.day.addDays(-30);
    REQUIRE(w.decide().outcome == Outcome::Admit);
    w.coverage.eligibilityVerifiedOn = w.day.addDays(-31);
    Decision d = w.decide();
    REQUIRE(d.outcome == Outcome::Wait);
    REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::EligibilityStale});
    w.coverage.eligibilityVerifiedOn = QDate();
    d = w.decide();
    REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::EligibilityStale});
    CHECK(d.readiness[2].text.contains(QLatin1String("never")));
}

TEST_CASE("The dose: not ready waits, wasted or past its beyond-use time reschedules")
{
    World w;
    SECTION("not ready")
    {
        w.appointment.prep = PrepState::NotReady;
        const Decision d = w.decide();
        REQUIRE(d.outcome == Outcome::Wait);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::MedicationNotReady});
    }
    SECTION("wasted")
    {
        w.appointment.prep = PrepState::Wasted;
        REQUIRE(w.decide().codes() == QList<ReasonCode> {ReasonCode::DoseExpired});
    }
    SECTION("beyond-use time passed before the infusion could begin")
    {
        w.appointment.preparedAtUtc = w.local(w.day.addDays(-1), 9, 0); // usable until 09:00 today
        const Decision d = w.decide();
        REQUIRE(d.outcome == Outcome::Reschedule);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::DoseExpired});
        CHECK(d.reasons.first().message.contains(QLatin1String("09:00")));
    }
    SECTION("a therapy that is not compounded has no dose to wait for")
    {
        w.infliximab.compounded = false;
        w.appointment.prep = PrepState::NotNeeded;
        REQUIRE(w.decide().outcome == Outcome::Admit);
    }
}

TEST_CASE("The chair: the booked one if free for the whole infusion, else another, else wait")
{
    World w;
    SECTION("an infusion running late in the booked chair moves the patient to the next free chair")
    {
        Appointment running = w.other(501, w.chairs[0].id, 7, 30, 120, AppointmentStatus::InProgress);
        running.startedAtUtc = w.local(w.day, 8, 0); // expected to end 10:00, still going at 09:55
        w.others << running;
        w.now = w.local(w.day, 10, 1);
        const Decision d = w.decide();
        REQUIRE(d.outcome == Outcome::Admit);
        REQUIRE(d.chair);
        CHECK(d.chair->id == w.chairs[1].id);
    }
    SECTION("a booking that starts before this infusion ends takes the chair for that span")
    {
        w.others << w.other(502, w.chairs[0].id, 11, 45, 30);
        REQUIRE(w.decide().chair->id == w.chairs[1].id);
        // Cancelled and no-show bookings hold nothing.
        w.others.last().status = AppointmentStatus::Cancelled;
        REQUIRE(w.decide().chair->id == w.chairs[0].id);
    }
    SECTION("every chair taken: wait")
    {
        for (const Chair &chair : w.chairs)
            w.others << w.other(600 + chair.id, chair.id, 11, 0, 60);
        const Decision d = w.decide();
        REQUIRE(d.outcome == Outcome::Wait);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::ChairNotFree});
    }
}

TEST_CASE("No appointment here today: walk-in, wrong day, wrong center, cancelled, already in")
{
    World w;
    SECTION("a walk-in is told the next booked appointment")
    {
        w.appointment.startUtc = w.local(QDate(2026, 12, 9), 10, 0);
        const Decision d = w.decide();
        REQUIRE(d.outcome == Outcome::Reschedule);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::NoAppointmentToday});
        CHECK_FALSE(d.appointment);
        REQUIRE(d.nextAppointment);
        CHECK(d.nextAppointment->id == w.appointment.id);
        CHECK(d.reasons.first().message.contains(QLatin1String("Wednesday 9 December at 10:00")));
        CHECK(d.readiness.isEmpty());
    }
    SECTION("booked at another center today")
    {
        w.appointment.centerId = 2;
        const Decision d = w.decide();
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::WrongCenter});
        CHECK(d.reasons.first().message.contains(QLatin1String("Northside Infusion")));
        REQUIRE(d.outcome == Outcome::Reschedule);
    }
    SECTION("today's appointment was cancelled; the replacement is named")
    {
        w.appointment.status = AppointmentStatus::Cancelled;
        Appointment friday = w.appointment;
        friday.id = 101;
        friday.status = AppointmentStatus::Booked;
        friday.startUtc = w.local(QDate(2026, 12, 4), 13, 0);
        w.more << friday;
        const Decision d = w.decide();
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::AppointmentCancelled});
        REQUIRE(d.nextAppointment);
        CHECK(d.nextAppointment->id == 101);
        CHECK(d.reasons.first().message.contains(QLatin1String("Friday 4 December at 13:00")));
    }
    SECTION("already checked in: admit to the same chair, nothing more")
    {
        w.appointment.status = AppointmentStatus::CheckedIn;
        w.appointment.chairId = w.chairs[2].id;
        w.appointment.checkedInAtUtc = w.local(w.day, 9, 40);
        const Decision d = w.decide();
        REQUIRE(d.outcome == Outcome::Admit);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::AlreadyCheckedIn});
        CHECK(d.chair->id == w.chairs[2].id);
        CHECK(d.reasons.first().message.contains(QLatin1String("09:40")));
    }
}

TEST_CASE("Overrides admit past a late arrival or stale eligibility, and nothing else")
{
    World w;
    w.now = w.local(w.day, 10, 40);
    CheckInFacts facts = w.facts();
    facts.focusAppointmentId = w.appointment.id;

    const Decision admitted = CheckInEngine::applyOverride(facts, {ReasonCode::LateBeyondGrace});
    REQUIRE(admitted.outcome == Outcome::Admit);
    REQUIRE(admitted.reasons.size() == 1);
    CHECK(admitted.reasons.first().overridden);

    CHECK(CheckInEngine::overridePermission(ReasonCode::LateBeyondGrace) == Permission::OverrideLate);
    CHECK(CheckInEngine::overridePermission(ReasonCode::EligibilityStale) == Permission::OverrideEligibility);
    for (ReasonCode code : {ReasonCode::IdentityMismatch, ReasonCode::OrderExpired, ReasonCode::AuthDenied,
             ReasonCode::DoseExpired, ReasonCode::ChairNotFree}) {
        CHECK_FALSE(CheckInEngine::overridePermission(code));
        CHECK_THROWS_AS(CheckInEngine::applyOverride(facts, {code}), Error);
    }

    // Another blocking reason remains: refused.
    facts.orders.first().validTo = QDate(2026, 11, 30);
    CHECK_THROWS_AS(CheckInEngine::applyOverride(facts, {ReasonCode::LateBeyondGrace}), Error);

    // The infusion would end after closing: refused.
    w.appointment.startUtc = w.local(w.day, 16, 45);
    w.appointment.preparedAtUtc = w.local(w.day, 8, 0);
    w.now = w.local(w.day, 17, 5);
    facts = w.facts();
    facts.focusAppointmentId = w.appointment.id;
    REQUIRE(CheckInEngine::decide(facts).has(ReasonCode::LateBeyondGrace));
    try {
        CheckInEngine::applyOverride(facts, {ReasonCode::LateBeyondGrace});
        FAIL("the override past closing was accepted");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Refused);
        CHECK(error.message().contains(QLatin1String("19:05")));
    }

    // A code that does not apply is refused rather than recorded.
    w.now = w.local(w.day, 9, 55);
    facts = w.facts();
    facts.focusAppointmentId = w.appointment.id;
    CHECK_THROWS_AS(CheckInEngine::applyOverride(facts, {ReasonCode::EligibilityStale}), Error);
}

TEST_CASE("Reason codes read and write as their upper-case names")
{
    for (ReasonCode code : allReasonCodes()) {
        const QString name = reasonCodeName(code);
        CHECK(name == name.toUpper());
        CHECK(reasonCodeFromName(name) == code);
    }
    CHECK(allReasonCodes().size() == 22);
    CHECK(reasonCodeName(ReasonCode::IdentityAmbiguous) == QLatin1String("IDENTITY_AMBIGUOUS"));
    CHECK_FALSE(reasonCodeFromName(QStringLiteral("CHAIR_7")));
    CHECK(outcomeCode(Outcome::Unidentified) == QLatin1String("unidentified"));
}
