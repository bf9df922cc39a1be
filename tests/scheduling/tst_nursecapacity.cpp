#include "authhelpers.h"
#include "cli/commandline.h"
#include "fixture.h"
#include "scheduling/bookingservice.h"
#include "scheduling/capacityservice.h"
#include "scheduling/centertime.h"
#include "scheduling/levelranking.h"
#include "scheduling/nurseload.h"
#include "scheduling/slotfinder.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

const QDate kMonday(2026, 12, 7);

Center makeCenter()
{
    Center center;
    center.id = 1;
    center.name = QStringLiteral("Harbor Infusion");
    center.timeZoneId = "America/New_York";
    center.hours = OpeningHours::parse(QStringLiteral("mon-fri 08:00-18:00"));
    return center;
}

QList<Chair> makeChairs(int n)
{
    QList<Chair> chairs;
    for (int i = 1; i <= n; ++i)
        chairs << Chair {100 + i, 1, QString::number(i)};
    return chairs;
}

Appointment booked(qint64 id, const Chair &chair, const Center &center, int hour, int minute, int minutes)
{
    Appointment a;
    a.id = id;
    a.patientId = 1000 + id;
    a.centerId = 1;
    a.chairId = chair.id;
    a.therapyId = 1;
    a.startUtc = CenterTime::utcAt(center, kMonday, hour * 60 + minute);
    a.minutes = minutes;
    a.status = AppointmentStatus::Booked;
    return a;
}

/// One nurse from 08:00 to 18:00 on Mondays, starting `starts` infusions a step, with `patients` at once.
NursePolicy oneNurse(int starts, int patients, SlotOffers offers = SlotOffers::Earliest)
{
    NursePolicy policy;
    policy.startsPerNurseStep = starts;
    policy.patientsPerNurse = patients;
    policy.offers = offers;
    policy.applyShifts(QStringLiteral("mon 08-18=1"), QStringLiteral("nurses"));
    return policy;
}

SlotQuery mondayQuery(
    const Center &center, const QList<Chair> &chairs, int minutes, const NursePolicy &nurses)
{
    SlotQuery query;
    query.center = center;
    query.chairs = chairs;
    query.minutes = minutes;
    query.earliestUtc = CenterTime::utcAt(center, kMonday, 8 * 60);
    query.latestEndUtc = CenterTime::dayEndUtc(center, kMonday);
    query.count = 50;
    query.nurses = nurses;
    return query;
}

QStringList times(const Center &center, const QList<Slot> &offered)
{
    QStringList result;
    for (const Slot &slot : offered)
        result << CenterTime::toLocal(center, slot.startUtc).toString(QStringLiteral("HH:mm"))
                + QLatin1Char('/') + slot.chairLabel;
    return result;
}

} // namespace

TEST_CASE("Nurse load: a hand-built day's starts per step and patients in chairs, against the nurses")
{
    const Center center = makeCenter();
    const QList<Chair> chairs = makeChairs(4);
    const NursePolicy policy = oneNurse(2, 2);
    const QList<Appointment> day = {booked(1, chairs[0], center, 9, 0, 120),
        booked(2, chairs[1], center, 9, 10, 30), booked(3, chairs[2], center, 10, 0, 60)};
    const NurseLoad load = NurseLoad::of(center, policy, 4, kMonday, day);

    const auto step
        = [&](int hour, int minute) { return load.steps()[std::size_t((hour * 60 + minute) / 15)]; };
    CHECK(step(9, 0).starts == 2);
    CHECK(step(9, 0).inChairs == 2);
    CHECK(step(9, 30).inChairs == 2); // 09:10-09:40 reaches into the step
    CHECK(step(9, 45).inChairs == 1);
    CHECK(step(10, 0).inChairs == 2);
    CHECK(step(9, 0).nurses == 1);
    CHECK(step(9, 0).startCapacity == 2);
    CHECK(step(9, 0).chairCapacity == 2);
    CHECK(step(7, 0).nurses == 2); // not set: as many as 4 chairs need at 2 patients a nurse
    CHECK(load.peakStarts() == 2);

    // A third start at 09:05 breaks the starts; a long one from 08:30 the patients at 09:00.
    const auto starts = load.problem(9 * 60 + 5, 30);
    REQUIRE(starts);
    CHECK(starts->limit == NurseProblem::Limit::Starts);
    CHECK(starts->count == 3);
    CHECK(starts->capacity == 2);
    CHECK(starts->describe().contains(QStringLiteral("09:00")));
    const auto patients = load.problem(8 * 60 + 30, 120);
    REQUIRE(patients);
    CHECK(patients->limit == NurseProblem::Limit::Patients);
    CHECK(patients->stepMinute == 9 * 60);
    CHECK(patients->count == 3);
    CHECK(patients->capacity == 2);
    CHECK(load.fits(11 * 60 + 15, 60));
    CHECK_FALSE(load.fits(9 * 60 + 5, 30));
}

TEST_CASE("Nurse policy: shifts are read and written back, and a bad one names the field")
{
    NursePolicy policy;
    policy.applyShifts(
        QStringLiteral("mon-fri 07-19=6; sat 08-14=3; wed 12-13=default"), QStringLiteral("nurses"));
    CHECK(policy.nursesAt(1, 7, 24) == 6);
    CHECK(policy.nursesAt(1, 18, 24) == 6);
    CHECK(policy.nursesAt(1, 19, 12) == 3); // not set: 12 chairs / 4 per nurse
    CHECK(policy.nursesAt(6, 9, 24) == 3);
    CHECK(policy.nursesAt(3, 12, 8) == 2); // cleared back to the default: 8 chairs / 4
    CHECK(policy.shiftsText()
        == QStringLiteral("mon-tue 07-19=6; wed 07-12=6,13-19=6; thu-fri 07-19=6; sat 08-14=3"));
    NursePolicy again;
    again.applyShifts(policy.shiftsText(), QStringLiteral("nurses"));
    CHECK(again == policy);

    for (const char *bad :
        {"mon 07-19", "xyz 07-19=3", "mon 19-07=3", "mon 07-25=3", "fri-mon 07-19=3", ""}) {
        INFO(bad);
        NursePolicy p;
        const Error error
            = test::thrown([&] { p.applyShifts(QString::fromLatin1(bad), QStringLiteral("nurses")); });
        CHECK(error.kind() == Error::Kind::BadData);
        CHECK(error.field() == QStringLiteral("nurses"));
        CHECK(p == NursePolicy {});
    }
}

TEST_CASE("Slot finder: never a start the nurses on shift cannot make")
{
    const Center center = makeCenter();
    const QList<Chair> chairs = makeChairs(4);
    // One nurse, one start a step: 08:00 is taken by one start, so the next slot is 08:15 though three
    // chairs are free at 08:00.
    SlotQuery query = mondayQuery(center, chairs, 30, oneNurse(1, 4));
    query.booked = {booked(1, chairs[0], center, 8, 0, 60)};
    const QList<Slot> found = findSlots(query);
    REQUIRE(found.size() >= 2);
    CHECK(
        times(center, found).mid(0, 2) == QStringList {QStringLiteral("08:15/2"), QStringLiteral("08:30/2")});

    // Two starts a step: 08:00 has room for one more.
    query.nurses = oneNurse(2, 4);
    CHECK(times(center, findSlots(query)).first() == QStringLiteral("08:00/2"));
}

TEST_CASE("Slot finder: never more patients in chairs than the nurses may have")
{
    const Center center = makeCenter();
    const QList<Chair> chairs = makeChairs(4);
    // One nurse with two patients at most: 09:00-12:00 holds two, so a one-hour infusion fits before
    // 08:00-09:00 and from 12:00, never touching 09:00-12:00, though two chairs stay free all day.
    SlotQuery query = mondayQuery(center, chairs, 60, oneNurse(4, 2));
    query.booked = {booked(1, chairs[0], center, 9, 0, 180), booked(2, chairs[1], center, 9, 0, 180)};
    QStringList found;
    for (const QString &slot : times(center, findSlots(query)))
        found << slot.left(5);
    CHECK(found.first() == QStringLiteral("08:00"));
    CHECK_FALSE(found.contains(QStringLiteral("08:15")));
    CHECK_FALSE(found.contains(QStringLiteral("10:00")));
    CHECK(found.contains(QStringLiteral("12:00")));
    for (const QString &slot : found) {
        const int hour = slot.left(2).toInt();
        CHECK((hour < 9 || hour >= 12));
    }
}

TEST_CASE("Levelled offers: a short infusion fills a gap rather than opening an empty chair, long "
          "infusions early, the earliest kept and marked")
{
    const Center center = makeCenter();
    const QList<Chair> chairs = makeChairs(2);
    NursePolicy policy = oneNurse(4, 8, SlotOffers::Level);
    SlotQuery query = mondayQuery(center, chairs, 60, policy);
    query.bestFitChair = true;
    // Chair 1 is empty; chair 2 has an hour free between 09:00 and 10:00.
    query.booked = {booked(1, chairs[1], center, 8, 0, 60), booked(2, chairs[1], center, 10, 0, 480)};
    const QList<Slot> candidates = findSlots(query);
    REQUIRE(candidates.size() > 5);
    REQUIRE(times(center, candidates).first() == QStringLiteral("08:00/1"));
    const QList<Slot> ranked = rankForLevel(query, candidates, 5);
    REQUIRE(ranked.size() == 5);
    // The hour on chair 2 is filled: no idle time is left on it, and chair 1 keeps its whole day.
    CHECK(times(center, ranked).first() == QStringLiteral("09:00/2"));
    CHECK(levelScore(query, ranked.first(), kMonday) < levelScore(query, candidates.first(), kMonday));
    // The earliest slot is among the offers, marked, and only it.
    int marked = 0;
    for (const Slot &slot : ranked) {
        if (slot.earliest) {
            ++marked;
            CHECK(slot.startUtc == candidates.first().startUtc);
        }
    }
    CHECK(marked == 1);

    // A four-hour infusion is offered early in the day rather than late.
    query.minutes = 240;
    query.booked.clear();
    const QList<Slot> longOnes = rankForLevel(query, findSlots(query), 3);
    REQUIRE_FALSE(longOnes.isEmpty());
    CHECK(CenterTime::localMinute(center, longOnes.first().startUtc) < 10 * 60);
}

TEST_CASE("Levelled offers: of two chairs free at the same time, the one whose infusion before is short")
{
    const Center center = makeCenter();
    const QList<Chair> chairs = makeChairs(2);
    SlotQuery query = mondayQuery(center, chairs, 60, oneNurse(4, 8, SlotOffers::Level));
    // Both chairs free from 12:00: chair 1 after four hours of IVIG, chair 2 after half an hour.
    query.booked = {booked(1, chairs[0], center, 8, 0, 240), booked(2, chairs[1], center, 11, 30, 30),
        booked(3, chairs[1], center, 8, 0, 60)};
    const Slot afterLong {CenterTime::utcAt(center, kMonday, 12 * 60), chairs[0].id, chairs[0].label, 60};
    const Slot afterShort {CenterTime::utcAt(center, kMonday, 12 * 60), chairs[1].id, chairs[1].label, 60};
    // Four hours that run a fifth long keep the next patient waiting; half an hour barely.
    CHECK(levelScore(query, afterShort, kMonday) < levelScore(query, afterLong, kMonday));
    CHECK(rankForLevel(query, {afterLong, afterShort}, 2).first().chairId == chairs[1].id);
}

TEST_CASE("Levelled offers: the starts offered in a step stop at three quarters of what the nurses can make")
{
    const Center center = makeCenter();
    const QList<Chair> chairs = makeChairs(8);
    // One nurse starting four a step: levelled offers stop at three.
    NursePolicy policy = oneNurse(4, 8, SlotOffers::Level);
    CHECK(policy.offeredStartCapacity(1, 8, 8) == 3);
    SlotQuery query = mondayQuery(center, chairs, 30, policy);
    query.booked = {booked(1, chairs[0], center, 8, 0, 60), booked(2, chairs[1], center, 8, 0, 60),
        booked(3, chairs[2], center, 8, 0, 60)};
    CHECK(times(center, findSlots(query)).first() == QStringLiteral("08:15/4"));
    query.nurses.offers = SlotOffers::Earliest;
    CHECK(times(center, findSlots(query)).first() == QStringLiteral("08:00/4"));
}

TEST_CASE("Capacity service: admins change the numbers, audited by key, others are refused")
{
    test::Fixture f;
    CapacityService service(f.store, f.clock);
    const NursePolicy defaults = service.policy(f.center.id);
    CHECK(defaults == NursePolicy {});

    NursePolicy changed = defaults;
    changed.startsPerNurseStep = 3;
    changed.offers = SlotOffers::Level;
    changed.applyShifts(QStringLiteral("mon-fri 07-19=2"), QStringLiteral("nurses"));
    const User admin = *f.store.userByName(QStringLiteral("admin"));
    const NursePolicy stored = service.update(admin, f.center.id, changed);
    CHECK(stored == changed);
    CHECK(f.store.nursePolicy(f.center.id) == changed);
    const auto entries = test::auditOf(f.store, AuditAction::SetupChanged);
    REQUIRE_FALSE(entries.isEmpty());
    const QString reason = entries.last().event.reason;
    CHECK(reason.contains(QStringLiteral("starts-per-nurse 2 to 3")));
    CHECK(reason.contains(QStringLiteral("offers \"earliest\" to \"level\"")));
    CHECK(reason.contains(QStringLiteral("nurses \"\" to \"mon-fri 07-19=2\"")));

    NursePolicy bad = changed;
    bad.patientsPerNurse = 0;
    const Error badError = test::thrown([&] { service.update(admin, f.center.id, bad); });
    CHECK(badError.kind() == Error::Kind::BadData);
    CHECK(badError.field() == QStringLiteral("patients-per-nurse"));
    CHECK(f.store.nursePolicy(f.center.id) == changed);

    const User nurse = *f.store.userByName(QStringLiteral("nurse"));
    NursePolicy byNurse = changed;
    byNurse.startsPerNurseStep = 5;
    CHECK(
        test::thrown([&] { service.update(nurse, f.center.id, byNurse); }).kind() == Error::Kind::Forbidden);
    CHECK(f.store.nursePolicy(f.center.id) == changed);
}

TEST_CASE("Booking: a time beyond the nurses is booked, and the desk is told why")
{
    test::Fixture f;
    NursePolicy policy;
    policy.startsPerNurseStep = 1;
    policy.applyShifts(QStringLiteral("mon-fri 07-21=1"), QStringLiteral("nurses"));
    f.store.setNursePolicy(f.center.id, policy);
    const QDate wednesday(2026, 12, 2);
    f.book(f.maria, f.vedolizumab, wednesday, 9, 0, &f.chairs[0]);
    BookingService booking(f.store, f.clock);
    const auto problem = booking.nurseProblem(f.center, f.local(wednesday, 9, 0), 30);
    REQUIRE(problem);
    CHECK(problem->limit == NurseProblem::Limit::Starts);
    CHECK(problem->capacity == 1);
    CHECK_FALSE(booking.nurseProblem(f.center, f.local(wednesday, 9, 15), 30));
}

TEST_CASE("CLI: center capacity shows and changes the nurses' numbers, and book notes a time beyond them")
{
    test::Fixture f;
    const auto run = [&f](QStringList arguments) {
        arguments.prepend(QStringLiteral("2026-12-01T08:00"));
        arguments.prepend(QStringLiteral("--at"));
        arguments.prepend(f.temp.path());
        arguments.prepend(QStringLiteral("--db"));
        arguments.prepend(QStringLiteral("chairside-cli"));
        return cli::execute(arguments);
    };
    const auto capacityOf = [](const cli::Result &result) {
        INFO(result.out.toStdString() << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return QJsonDocument::fromJson(result.out.toUtf8())
            .object()
            .value(QStringLiteral("capacity"))
            .toObject();
    };

    const QJsonObject shown
        = capacityOf(run({QStringLiteral("--json"), QStringLiteral("center"), QStringLiteral("capacity")}));
    CHECK(shown.value(QStringLiteral("starts_per_nurse")).toInt() == 2);
    CHECK(shown.value(QStringLiteral("patients_per_nurse")).toInt() == 4);
    CHECK(shown.value(QStringLiteral("offers")).toString() == QStringLiteral("earliest"));
    CHECK(shown.value(QStringLiteral("nurses")).toString().isEmpty());
    CHECK(shown.value(QStringLiteral("default_nurses")).toInt() == 2); // 5 chairs / 4, rounded up

    const QJsonObject changed
        = capacityOf(run({QStringLiteral("--json"), QStringLiteral("center"), QStringLiteral("capacity"),
            QStringLiteral("--starts-per-nurse"), QStringLiteral("1"), QStringLiteral("--nurses"),
            QStringLiteral("mon-fri 07-21=1"), QStringLiteral("--offers"), QStringLiteral("earliest")}));
    CHECK(changed.value(QStringLiteral("starts_per_nurse")).toInt() == 1);
    CHECK(changed.value(QStringLiteral("nurses")).toString() == QStringLiteral("mon-fri 07-21=1"));
    CHECK(changed.value(QStringLiteral("offers")).toString() == QStringLiteral("earliest"));

    const cli::Result bad = run({QStringLiteral("--json"), QStringLiteral("center"),
        QStringLiteral("capacity"), QStringLiteral("--nurses"), QStringLiteral("mon 07-19")});
    CHECK(bad.exitCode == 3);
    CHECK(QJsonDocument::fromJson(bad.out.toUtf8())
              .object()
              .value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("field"))
        == QStringLiteral("nurses"));
    {
        test::ScopedEnv asNurse("CHAIRSIDE_PASSWORD", test::kPassword);
        CHECK(run({QStringLiteral("--user"), QStringLiteral("nurse"), QStringLiteral("center"),
                      QStringLiteral("capacity"), QStringLiteral("--offers"), QStringLiteral("level")})
                  .exitCode
            == 4);
    }
    CHECK(f.store.nursePolicy(f.center.id).offers == SlotOffers::Earliest);

    // One nurse, one start a step: a second start at 09:00 is booked with a note saying why not.
    f.book(f.maria, f.vedolizumab, QDate(2026, 12, 2), 9, 0, &f.chairs[0]);
    const Patient ana = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Ana"),
        QStringLiteral("Reyes"), QDate(1980, 5, 6), f.vedolizumab);
    const cli::Result booked = run({QStringLiteral("--json"), QStringLiteral("book"), QStringLiteral("--mrn"),
        QStringLiteral("M0002"), QStringLiteral("--therapy"), QStringLiteral("Entyvio"),
        QStringLiteral("--start"), QStringLiteral("2026-12-02T09:00")});
    INFO(booked.out.toStdString() << booked.err.toStdString());
    REQUIRE(booked.exitCode == 0);
    const QJsonObject document = QJsonDocument::fromJson(booked.out.toUtf8()).object();
    CHECK(
        document.value(QStringLiteral("appointment")).toObject().value(QStringLiteral("id")).toInteger() > 0);
    CHECK(document.value(QStringLiteral("notes"))
              .toArray()
              .first()
              .toString()
              .contains(QStringLiteral("nurses")));
    const QJsonObject warning = document.value(QStringLiteral("nurse_warning")).toObject();
    CHECK(warning.value(QStringLiteral("limit")).toString() == QStringLiteral("starts"));
    CHECK(warning.value(QStringLiteral("at")).toString() == QStringLiteral("09:00"));
    CHECK(warning.value(QStringLiteral("count")).toInt() == 2);
    CHECK(warning.value(QStringLiteral("capacity")).toInt() == 1);
    CHECK(warning.value(QStringLiteral("message"))
              .toString()
              .startsWith(QStringLiteral("2 infusions would start")));
    CHECK(ana.id > 0);

    // A time the nurses can take has no warning.
    f.addReadyPatient(QStringLiteral("M0003"), QStringLiteral("Luis"), QStringLiteral("Vega"),
        QDate(1975, 1, 2), f.vedolizumab);
    const cli::Result calm = run({QStringLiteral("--json"), QStringLiteral("book"), QStringLiteral("--mrn"),
        QStringLiteral("M0003"), QStringLiteral("--therapy"), QStringLiteral("Entyvio"),
        QStringLiteral("--start"), QStringLiteral("2026-12-03T11:00")});
    INFO(calm.out.toStdString() << calm.err.toStdString());
    REQUIRE(calm.exitCode == 0);
    CHECK_FALSE(
        QJsonDocument::fromJson(calm.out.toUtf8()).object().contains(QStringLiteral("nurse_warning")));
}
