// Setting up a center in core: only an admin, each number within reason, each addition audited with it.

#include "authhelpers.h"
#include "catchqstring.h"
#include "checkinhelpers.h"
#include "servicehelpers.h"
#include "setup/setupservice.h"

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

Center northCenter()
{
    Center center;
    center.name = QStringLiteral("North Infusion");
    center.timeZoneId = "America/Chicago";
    center.hours = OpeningHours::parse(QStringLiteral("mon-fri 08:00-18:00"));
    center.phone = QStringLiteral(" (312) 555-0100 ");
    return center;
}

Therapy therapy(const char *name, int minutes)
{
    Therapy t;
    t.name = QString::fromLatin1(name);
    t.defaultMinutes = minutes;
    t.beyondUseHours = SetupService::kDefaultBeyondUseHours;
    return t;
}

} // namespace

TEST_CASE("An admin adds a center with the policy's defaults, the addition is audited with it")
{
    Fixture f;
    const Center added = SetupService(f.store, f.clock).addCenter(test::userNamed(f, "admin"), northCenter());
    const auto stored = f.store.center(added.id);
    REQUIRE(stored.has_value());
    REQUIRE(stored->policy == Policy {});
    REQUIRE(stored->hours == northCenter().hours);
    REQUIRE(stored->phone == QStringLiteral("(312) 555-0100"));
    const auto entries = test::auditOf(f.store, AuditAction::SetupChanged);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().event.recordKind == QStringLiteral("center"));
    REQUIRE(entries.first().event.recordId == added.id);
    REQUIRE(entries.first().event.reason.startsWith(QStringLiteral("center added, open ")));
}

TEST_CASE("A center's policy out of range is refused by its field, and nothing is written")
{
    Fixture f;
    SetupService service(f.store, f.clock);
    const User admin = test::userNamed(f, "admin");
    struct Case
    {
        const char *field;
        std::function<void(Policy &)> spoil;
    };
    const QList<Case> cases {
        {"early-minutes", [](Policy &p) { p.earlyArrivalMinutes = -1; }},
        {"grace-minutes", [](Policy &p) { p.graceMinutes = SetupService::kMostGraceMinutes + 1; }},
        {"eligibility-days", [](Policy &p) { p.eligibilityFreshDays = -5; }},
        {"lead-hours", [](Policy &p) { p.pharmacyLeadHours = SetupService::kMostLeadHours + 1; }},
        {"grid-minutes", [](Policy &p) { p.slotGridMinutes = SetupService::kFewestGridMinutes - 1; }},
        {"no-show-fee-cents", [](Policy &p) { p.noShowFeeCents = -100; }},
        {"readiness-days", [](Policy &p) { p.readinessDays = 0; }},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.field)
        {
            Center center = northCenter();
            c.spoil(center.policy);
            REQUIRE(
                test::badData([&] { service.addCenter(admin, center); }).field() == QLatin1String(c.field));
            REQUIRE(f.store.centers().size() == 1);
            REQUIRE(test::auditOf(f.store, AuditAction::SetupChanged).isEmpty());
        }
    }
    SECTION("an unknown time zone")
    {
        Center center = northCenter();
        center.timeZoneId = "Mars/Olympus_Mons";
        REQUIRE(test::badData([&] { service.addCenter(admin, center); }).field() == QStringLiteral("tz"));
        REQUIRE(f.store.centers().size() == 1);
    }
}

TEST_CASE("Only an admin sets up, each refusal is recorded and nothing is written")
{
    Fixture f;
    SetupService service(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");
    Chair chair;
    chair.centerId = f.center.id;
    chair.label = QStringLiteral("9");

    REQUIRE(test::thrown([&] { service.addCenter(nurse, northCenter()); }).kind() == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] { service.addChair(test::userNamed(f, "desk"), chair); }).kind()
        == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] { service.addTherapy(nurse, therapy("natalizumab", 60)); }).kind()
        == Error::Kind::Forbidden);

    REQUIRE(f.store.centers().size() == 1);
    REQUIRE(f.store.chairs(f.center.id).size() == 5);
    REQUIRE(f.store.therapies().size() == 4);
    const auto entries = test::auditOf(f.store, AuditAction::SetupChanged);
    REQUIRE(entries.size() == 3);
    for (const AuditEntry &entry : entries)
        REQUIRE(entry.event.result == AuditResult::Refused);
    REQUIRE(entries[1].event.userName == QStringLiteral("desk"));
    REQUIRE(entries[1].event.recordKind == QStringLiteral("chair"));
}

TEST_CASE("Chairs: a suite is added and audited, a taken label and an unknown kind are refused")
{
    Fixture f;
    SetupService service(f.store, f.clock);
    const User admin = test::userNamed(f, "admin");
    Chair suite;
    suite.centerId = f.center.id;
    suite.label = QStringLiteral(" Suite B ");
    suite.kind = SetupService::chairKindNamed(QStringLiteral("Suite"));
    const Chair added = service.addChair(admin, suite);
    REQUIRE(f.store.chair(added.id)->kind == Chair::Kind::Suite);
    REQUIRE(f.store.chair(added.id)->label == QStringLiteral("Suite B"));
    REQUIRE(test::auditOf(f.store, AuditAction::SetupChanged).first().event.reason
        == QStringLiteral("suite Suite B added to center %1").arg(f.center.id));

    REQUIRE(test::badData([] { SetupService::chairKindNamed(QStringLiteral("sofa")); }).field()
        == QStringLiteral("kind"));
    Chair taken;
    taken.centerId = f.center.id;
    taken.label = QStringLiteral("1");
    const Error conflict = test::thrown([&] { service.addChair(admin, taken); });
    REQUIRE(conflict.kind() == Error::Kind::Conflict);
    REQUIRE(conflict.field() == QStringLiteral("label"));
    REQUIRE(f.store.chairs(f.center.id).size() == 6);
    REQUIRE(test::auditOf(f.store, AuditAction::SetupChanged).size() == 1);
}

TEST_CASE("Therapies: lengths, intervals and beyond-use times out of range are refused by field")
{
    Fixture f;
    SetupService service(f.store, f.clock);
    const User admin = test::userNamed(f, "admin");
    struct Case
    {
        const char *field;
        std::function<void(Therapy &)> spoil;
    };
    const QList<Case> cases {
        {"minutes", [](Therapy &t) { t.defaultMinutes = 0; }},
        {"minutes", [](Therapy &t) { t.defaultMinutes = SetupService::kMostInfusionMinutes + 1; }},
        {"interval-weeks", [](Therapy &t) { t.intervalWeeks = SetupService::kMostIntervalWeeks + 1; }},
        {"beyond-use-hours", [](Therapy &t) { t.beyondUseHours = -1; }},
        {"name", [](Therapy &t) { t.name = QStringLiteral(" "); }},
    };
    int n = 0;
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.field << ' ' << ++n)
        {
            Therapy t = therapy("natalizumab", 60);
            c.spoil(t);
            REQUIRE(test::badData([&] { service.addTherapy(admin, t); }).field() == QLatin1String(c.field));
            REQUIRE(f.store.therapies().size() == 4);
            REQUIRE(test::auditOf(f.store, AuditAction::SetupChanged).isEmpty());
        }
    }
    const Therapy added = service.addTherapy(admin, therapy("natalizumab", 60));
    REQUIRE(f.store.therapy(added.id)->beyondUseHours == SetupService::kDefaultBeyondUseHours);
    REQUIRE(test::auditOf(f.store, AuditAction::SetupChanged).first().event.reason
        == QStringLiteral("therapy natalizumab added"));
}

TEST_CASE("Nothing is set up when the audit trail cannot record it")
{
    Fixture f;
    SetupService service(f.store, f.clock);
    {
        const test::BrokenAuditTrail broken(f.store);
        REQUIRE(test::thrown([&] { service.addCenter(test::userNamed(f, "admin"), northCenter()); }).kind()
            == Error::Kind::Store);
        REQUIRE(test::thrown([&] {
            service.addTherapy(test::userNamed(f, "admin"), therapy("natalizumab", 60));
        }).kind()
            == Error::Kind::Store);
    }
    REQUIRE(f.store.centers().size() == 1);
    REQUIRE(f.store.therapies().size() == 4);
}
