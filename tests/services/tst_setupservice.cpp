// Setting up a center in core: only an admin, each number within reason, each addition audited with it.

#include "auth/accountservice.h"
#include "authhelpers.h"
#include "catchqstring.h"
#include "checkinhelpers.h"
#include "servicehelpers.h"
#include "setup/setupservice.h"
#include "setup/startertherapies.h"
#include "tempstore.h"

#include <QTimeZone>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;
using test::TempStore;

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

TEST_CASE("An admin changes a center: each field that changed is audited with its old and new value")
{
    Fixture f;
    SetupService service(f.store, f.clock);
    Center center = f.center;
    center.phone = QStringLiteral(" (617) 555-0100 ");
    center.policy.graceMinutes = 20;
    center.policy.readinessDays = 10;
    center.hours = OpeningHours::parse(QStringLiteral("mon-fri 07:00-19:00; sat 08:00-12:00"));
    const Center saved = service.updateCenter(test::userNamed(f, "admin"), center);
    REQUIRE(saved.phone == QStringLiteral("(617) 555-0100"));
    const auto stored = f.store.center(f.center.id);
    REQUIRE(stored->phone == QStringLiteral("(617) 555-0100"));
    REQUIRE(stored->policy.graceMinutes == 20);
    REQUIRE(stored->policy.readinessDays == 10);
    REQUIRE(stored->hours == center.hours);
    const auto entries = test::auditOf(f.store, AuditAction::SetupChanged);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().event.recordKind == QStringLiteral("center"));
    REQUIRE(entries.first().event.recordId == f.center.id);
    const QString reason = entries.first().event.reason;
    REQUIRE(reason.contains(QStringLiteral("phone \"\" to \"(617) 555-0100\"")));
    REQUIRE(reason.contains(QStringLiteral("grace-minutes 15 to 20")));
    REQUIRE(reason.contains(QStringLiteral("readiness-days 7 to 10")));
    REQUIRE(reason.contains(QStringLiteral("hours \"")));
    REQUIRE_FALSE(reason.contains(QStringLiteral("name")));

    SECTION("saving it again unchanged writes no entry")
    {
        service.updateCenter(test::userNamed(f, "admin"), saved);
        REQUIRE(test::auditOf(f.store, AuditAction::SetupChanged).size() == 1);
    }
}

TEST_CASE("A center's change with a bad field is refused by that field, and nothing is written")
{
    Fixture f;
    SetupService service(f.store, f.clock);
    const User admin = test::userNamed(f, "admin");
    Center other = northCenter();
    service.addCenter(admin, other);
    const int entriesBefore = int(test::auditOf(f.store, AuditAction::SetupChanged).size());
    struct Case
    {
        const char *field;
        std::function<void(Center &)> spoil;
    };
    const QList<Case> cases {
        {"name", [](Center &c) { c.name = QStringLiteral("  "); }},
        {"tz", [](Center &c) { c.timeZoneId = "Mars/Olympus_Mons"; }},
        {"phone", [](Center &c) { c.phone = QStringLiteral("call us"); }},
        {"phone", [](Center &c) { c.phone = QStringLiteral("12"); }},
        {"hours", [](Center &c) { c.hours = OpeningHours(); }},
        {"grace-minutes", [](Center &c) { c.policy.graceMinutes = -1; }},
        {"readiness-days", [](Center &c) { c.policy.readinessDays = SetupService::kMostReadinessDays + 1; }},
        {"grid-minutes", [](Center &c) { c.policy.slotGridMinutes = 0; }},
    };
    int n = 0;
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.field << ' ' << ++n)
        {
            Center center = f.center;
            center.policy.earlyArrivalMinutes = 30; // a good change beside the bad one is not written
            c.spoil(center);
            REQUIRE(test::badData([&] { service.updateCenter(admin, center); }).field()
                == QLatin1String(c.field));
        }
    }
    SECTION("another center's name")
    {
        Center center = f.center;
        center.name = QStringLiteral("north infusion");
        const Error conflict = test::thrown([&] { service.updateCenter(admin, center); });
        REQUIRE(conflict.kind() == Error::Kind::Conflict);
        REQUIRE(conflict.field() == QStringLiteral("name"));
    }
    REQUIRE(*f.store.center(f.center.id) == f.center);
    REQUIRE(test::auditOf(f.store, AuditAction::SetupChanged).size() == entriesBefore);
}

TEST_CASE("Chairs are relabelled, made suites and taken out of use, not while patients are booked on them")
{
    Fixture f;
    SetupService service(f.store, f.clock);
    const User admin = test::userNamed(f, "admin");
    Chair chair = f.chairs.at(1);
    chair.label = QStringLiteral(" 2B ");
    chair.kind = Chair::Kind::Suite;
    const Chair saved = service.updateChair(admin, chair);
    REQUIRE(saved.label == QStringLiteral("2B"));
    REQUIRE(f.store.chair(chair.id)->kind == Chair::Kind::Suite);
    REQUIRE(test::auditOf(f.store, AuditAction::SetupChanged).first().event.reason
        == QStringLiteral("chair changed: label \"2\" to \"2B\"; kind \"chair\" to \"suite\""));

    SECTION("a label another chair has is refused")
    {
        Chair taken = saved;
        taken.label = QStringLiteral("1");
        const Error conflict = test::thrown([&] { service.updateChair(admin, taken); });
        REQUIRE(conflict.kind() == Error::Kind::Conflict);
        REQUIRE(conflict.field() == QStringLiteral("label"));
        REQUIRE(f.store.chair(chair.id)->label == QStringLiteral("2B"));
    }
    SECTION("an empty label is refused")
    {
        Chair empty = saved;
        empty.label = QStringLiteral(" ");
        REQUIRE(test::badData([&] { service.updateChair(admin, empty); }).field() == QStringLiteral("label"));
    }
    SECTION("an idle chair goes out of use and back, and leaves the bookable chairs")
    {
        Chair idle = saved;
        idle.active = false;
        service.updateChair(admin, idle);
        REQUIRE(f.store.chairs(f.center.id).size() == 4);
        REQUIRE(test::auditOf(f.store, AuditAction::SetupChanged).last().event.reason
            == QStringLiteral("chair changed: active yes to no"));
        idle.active = true;
        service.updateChair(admin, idle);
        REQUIRE(f.store.chairs(f.center.id).size() == 5);
    }
    SECTION("a chair with a booking ahead stays in use")
    {
        const Chair first = f.chairs.at(0);
        f.book(f.maria, f.infliximab, QDate(2026, 12, 3), 9, 0, &first);
        Chair busy = first;
        busy.active = false;
        const Error conflict = test::thrown([&] { service.updateChair(admin, busy); });
        REQUIRE(conflict.kind() == Error::Kind::Conflict);
        REQUIRE(conflict.field() == QStringLiteral("active"));
        REQUIRE(f.store.chair(first.id)->active);
    }
}

TEST_CASE("Therapies are changed field by field, audited, and refused by field when out of range")
{
    Fixture f;
    SetupService service(f.store, f.clock);
    const User admin = test::userNamed(f, "admin");
    Therapy t = f.infliximab;
    t.defaultMinutes = 150;
    t.compounded = false;
    t.beyondUseHours = 0;
    service.updateTherapy(admin, t);
    REQUIRE(f.store.therapy(t.id)->defaultMinutes == 150);
    REQUIRE_FALSE(f.store.therapy(t.id)->compounded);
    REQUIRE(test::auditOf(f.store, AuditAction::SetupChanged).first().event.reason
        == QStringLiteral(
            "therapy changed: minutes 120 to 150; compounded yes to no; beyond-use-hours 24 to 0"));

    const QList<std::pair<const char *, std::function<void(Therapy &)>>> cases {
        {"minutes", [](Therapy &x) { x.defaultMinutes = 0; }},
        {"interval-weeks", [](Therapy &x) { x.intervalWeeks = -1; }},
        {"beyond-use-hours", [](Therapy &x) { x.beyondUseHours = SetupService::kMostBeyondUseHours + 1; }},
        {"name", [](Therapy &x) { x.name.clear(); }},
    };
    for (const auto &[field, spoil] : cases) {
        Therapy bad = *f.store.therapy(t.id);
        bad.brand = QStringLiteral("Inflectra"); // a good change beside the bad one is not written
        spoil(bad);
        REQUIRE(test::badData([&] { service.updateTherapy(admin, bad); }).field() == QLatin1String(field));
    }
    Therapy renamed = *f.store.therapy(t.id);
    renamed.name = QStringLiteral("Vedolizumab");
    const Error conflict = test::thrown([&] { service.updateTherapy(admin, renamed); });
    REQUIRE(conflict.kind() == Error::Kind::Conflict);
    REQUIRE(conflict.field() == QStringLiteral("name"));
    REQUIRE(f.store.therapy(t.id)->brand == QStringLiteral("Remicade"));
    REQUIRE(test::auditOf(f.store, AuditAction::SetupChanged).size() == 1);
}

TEST_CASE("Only an admin changes the set-up, each refusal recorded, nothing written")
{
    Fixture f;
    SetupService service(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");
    const User desk = test::userNamed(f, "desk");
    Center center = f.center;
    center.policy.graceMinutes = 60;
    Chair chair = f.chairs.first();
    chair.active = false;
    Therapy therapy = f.vedolizumab;
    therapy.defaultMinutes = 45;
    REQUIRE(test::thrown([&] { service.updateCenter(desk, center); }).kind() == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] { service.updateChair(nurse, chair); }).kind() == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] { service.updateTherapy(nurse, therapy); }).kind() == Error::Kind::Forbidden);
    REQUIRE(f.store.center(f.center.id)->policy.graceMinutes == 15);
    REQUIRE(f.store.chair(chair.id)->active);
    REQUIRE(f.store.therapy(therapy.id)->defaultMinutes == 30);
    const auto entries = test::auditOf(f.store, AuditAction::SetupChanged);
    REQUIRE(entries.size() == 3);
    for (const AuditEntry &entry : entries)
        REQUIRE(entry.event.result == AuditResult::Refused);
}

TEST_CASE("The starter list holds the common infusions with numbers the service accepts")
{
    const QList<Therapy> starters = StarterTherapies::all();
    REQUIRE(starters.size() >= 10);
    QStringList names;
    for (const Therapy &t : starters) {
        REQUIRE_NOTHROW(SetupService::validateTherapy(t));
        REQUIRE((t.compounded ? t.beyondUseHours > 0 : t.beyondUseHours == 0));
        names << t.name;
    }
    for (const char *name : {"infliximab", "vedolizumab", "ocrelizumab", "immune globulin", "natalizumab",
             "tocilizumab", "iron sucrose"})
        REQUIRE(names.contains(QString::fromLatin1(name)));
    const auto infliximab = std::find_if(starters.cbegin(), starters.cend(),
        [](const Therapy &t) { return t.name == QLatin1String("infliximab"); });
    REQUIRE(infliximab->defaultMinutes == 120);
    REQUIRE(infliximab->intervalWeeks == 8);
    REQUIRE(StarterTherapies::isCommon(*infliximab));
}

TEST_CASE("A first run writes the admin, the center, its chairs and therapies whole, or nothing")
{
    TempStore temp;
    FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(13, 0), Qt::UTC));
    SetupService service(temp.store(), clock);
    CenterPlan plan;
    plan.center = northCenter();
    for (const char *label : {"1", "2", "Suite A"}) {
        Chair chair;
        chair.label = QString::fromLatin1(label);
        chair.kind = QString::fromLatin1(label).startsWith(QLatin1String("Suite")) ? Chair::Kind::Suite
                                                                                   : Chair::Kind::Chair;
        plan.chairs << chair;
    }
    plan.therapies = StarterTherapies::all().mid(0, 3);

    SECTION("a bad therapy at the end leaves nothing, not even the admin")
    {
        plan.therapies.last().defaultMinutes = 0;
        REQUIRE(test::badData([&] {
            service.setUpFirstRun(QStringLiteral("boss"), QStringLiteral("long-enough-1"), plan);
        }).field()
            == QStringLiteral("minutes"));
        REQUIRE(temp->centers().isEmpty());
        REQUIRE(temp->users().isEmpty());
        REQUIRE(temp->therapies().isEmpty());
    }
    SECTION("a duplicate chair label leaves nothing")
    {
        plan.chairs.last().label = QStringLiteral("2");
        REQUIRE(test::thrown([&] {
            service.setUpFirstRun(QStringLiteral("boss"), QStringLiteral("long-enough-1"), plan);
        }).field()
            == QStringLiteral("label"));
        REQUIRE(temp->centers().isEmpty());
        REQUIRE(temp->users().isEmpty());
    }
    SECTION("a good plan is all there, every addition audited, and the admin can log in")
    {
        const User admin
            = service.setUpFirstRun(QStringLiteral("boss"), QStringLiteral("long-enough-1"), plan);
        REQUIRE(admin.role == Role::Admin);
        const QList<Center> centers = temp->centers();
        REQUIRE(centers.size() == 1);
        REQUIRE(centers.first().phone == QStringLiteral("(312) 555-0100"));
        REQUIRE(temp->chairs(centers.first().id).size() == 3);
        REQUIRE(temp->therapies().size() == 3);
        REQUIRE(test::auditOf(temp.store(), AuditAction::SetupChanged).size() == 7);
        REQUIRE(AccountService(temp.store(), clock)
                    .logIn(QStringLiteral("boss"), QStringLiteral("long-enough-1"))
                    .id
            == admin.id);
        REQUIRE_FALSE(AccountService(temp.store(), clock).isDemo());
    }
}
