// Intake in core: registering a patient and recording the paperwork that makes an infusion possible. The
// desktop's screens and the CLI both go through PatientService, so each rule is refused here.

#include "authhelpers.h"
#include "catchqstring.h"
#include "checkinhelpers.h"
#include "patients/patientservice.h"
#include "scheduling/centertime.h"
#include "servicehelpers.h"

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

Patient newPatient(const char *mrn, QDate dob = QDate(1975, 6, 15))
{
    Patient p;
    p.mrn = QString::fromLatin1(mrn);
    p.firstName = QStringLiteral("Ana");
    p.lastName = QStringLiteral("Nguyen-Tran");
    p.dateOfBirth = dob;
    return p;
}

PrescriberOrder newOrder(const Fixture &f)
{
    PrescriberOrder order;
    order.patientId = f.maria.id;
    order.therapyId = f.vedolizumab.id;
    order.prescriber = QStringLiteral("Dr. Okafor");
    order.validFrom = QDate(2026, 11, 1);
    order.validTo = QDate(2027, 4, 30);
    order.dosesAuthorized = 6;
    return order;
}

PriorAuthorization newAuthorization(const Fixture &f)
{
    PriorAuthorization auth;
    auth.patientId = f.maria.id;
    auth.therapyId = f.vedolizumab.id;
    auth.payer = QStringLiteral("Blue Harbor Health");
    auth.validFrom = QDate(2026, 11, 1);
    auth.validTo = QDate(2027, 1, 31);
    auth.visitsApproved = 3;
    return auth;
}

/// True when no entry's reason or kind carries the patient's name or date of birth.
bool namesNoPatient(const QList<AuditEntry> &entries, const Patient &p)
{
    for (const AuditEntry &entry : entries) {
        const QString text = entry.event.reason + entry.event.recordKind;
        if (text.contains(p.lastName) || text.contains(p.firstName)
            || text.contains(p.dateOfBirth.toString(Qt::ISODate)))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("Registering a patient writes the patient and its audit entry, by key only")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    Patient typed = newPatient(" M0002 ");
    typed.firstName = QStringLiteral(" Ana ");
    const Patient added = service.registerPatient(test::userNamed(f, "desk"), typed);

    REQUIRE(added.id > 0);
    REQUIRE(added.mrn == QStringLiteral("M0002"));
    REQUIRE(added.firstName == QStringLiteral("Ana"));
    const auto stored = f.store.patientByMrn(QStringLiteral("M0002"));
    REQUIRE(stored.has_value());
    REQUIRE(stored->id == added.id);
    REQUIRE(stored->dateOfBirth == QDate(1975, 6, 15));

    const auto entries = test::auditOf(f.store, AuditAction::PatientAdded);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().event.userName == QStringLiteral("desk"));
    REQUIRE(entries.first().event.recordKind == QStringLiteral("patient"));
    REQUIRE(entries.first().event.recordId == added.id);
    REQUIRE(entries.first().event.patientId == added.id);
    REQUIRE(entries.first().event.result == AuditResult::Done);
    REQUIRE(namesNoPatient(entries, added));
}

TEST_CASE("Registration refuses each rule's breach, naming the field, and writes nothing")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");
    const QDate today = f.clock.nowUtc().date();
    struct Case
    {
        const char *name;
        Patient patient;
        const char *field;
    };
    Patient noFirst = newPatient("M0006");
    noFirst.firstName = QStringLiteral("  ");
    Patient noLast = newPatient("M0007");
    noLast.lastName.clear();
    const QList<Case> cases {
        {"born tomorrow", newPatient("M0002", today.addDays(1)), "dob"},
        {"born before 1890", newPatient("M0003", QDate(1889, 12, 31)), "dob"},
        {"no date of birth", newPatient("M0004", QDate()), "dob"},
        {"an MRN of two words", newPatient("M 0005"), "mrn"},
        {"no MRN", newPatient(""), "mrn"},
        {"no first name", noFirst, "first"},
        {"no last name", noLast, "last"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            const Error error = test::badData([&] { service.registerPatient(desk, c.patient); });
            REQUIRE(error.field() == QLatin1String(c.field));
            REQUIRE(f.store.patientCount() == 1);
            REQUIRE(test::auditOf(f.store, AuditAction::PatientAdded).isEmpty());
        }
    }
}

TEST_CASE("The earliest birth year and today are accepted")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");
    service.registerPatient(desk, newPatient("M0002", QDate(PatientService::kEarliestBirthYear, 1, 1)));
    service.registerPatient(desk, newPatient("M0003", f.clock.nowUtc().date()));
    REQUIRE(f.store.patientCount() == 3);
}

TEST_CASE("A taken MRN is a conflict on the MRN, and nothing is written")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const Error error
        = test::thrown([&] { service.registerPatient(test::userNamed(f, "desk"), newPatient("M0001")); });
    REQUIRE(error.kind() == Error::Kind::Conflict);
    REQUIRE(error.field() == QStringLiteral("mrn"));
    REQUIRE(f.store.patientCount() == 1);
    REQUIRE(test::auditOf(f.store, AuditAction::PatientAdded).isEmpty());
}

TEST_CASE("A disabled account registers no one, and the refusal is recorded")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    User desk = test::userNamed(f, "desk");
    desk.active = false;
    REQUIRE(test::thrown([&] { service.registerPatient(desk, newPatient("M0002")); }).kind()
        == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] { service.addOrder(desk, newOrder(f)); }).kind() == Error::Kind::Forbidden);
    REQUIRE(f.store.patientCount() == 1);
    REQUIRE(f.store.ordersOfPatient(f.maria.id).size() == 1);
    const auto refused = test::auditOf(f.store, AuditAction::PatientAdded);
    REQUIRE(refused.size() == 1);
    REQUIRE(refused.first().event.result == AuditResult::Refused);
    REQUIRE(test::auditOf(f.store, AuditAction::OrderAdded).first().event.result == AuditResult::Refused);
}

TEST_CASE("A patient is not registered when the audit trail cannot record it")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");
    {
        const test::BrokenAuditTrail broken(f.store);
        REQUIRE(test::thrown([&] { service.registerPatient(desk, newPatient("M0002")); }).kind()
            == Error::Kind::Store);
        REQUIRE(test::thrown([&] { service.addOrder(desk, newOrder(f)); }).kind() == Error::Kind::Store);
    }
    REQUIRE_FALSE(f.store.patientByMrn(QStringLiteral("M0002")).has_value());
    REQUIRE(f.store.ordersOfPatient(f.maria.id).size() == 1);
}

TEST_CASE("An order is recorded with its audit entry, its rules are refused by field")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");

    SECTION("in order")
    {
        const PrescriberOrder order = service.addOrder(desk, newOrder(f));
        REQUIRE(order.id > 0);
        REQUIRE(f.store.orders(f.maria.id, f.vedolizumab.id).size() == 1);
        const auto entries = test::auditOf(f.store, AuditAction::OrderAdded);
        REQUIRE(entries.size() == 1);
        REQUIRE(entries.first().event.recordKind == QStringLiteral("order"));
        REQUIRE(entries.first().event.recordId == order.id);
        REQUIRE(entries.first().event.patientId == f.maria.id);
        REQUIRE(entries.first().event.reason.contains(QStringLiteral("6 doses")));
        REQUIRE(namesNoPatient(entries, f.maria));
    }

    struct Case
    {
        const char *name;
        std::function<void(PrescriberOrder &)> spoil;
        const char *field;
    };
    const QList<Case> cases {
        {"ends before it starts", [](PrescriberOrder &o) { o.validTo = o.validFrom.addDays(-1); }, "to"},
        {"no start", [](PrescriberOrder &o) { o.validFrom = {}; }, "from"},
        {"no dose", [](PrescriberOrder &o) { o.dosesAuthorized = 0; }, "doses"},
        {"too many doses", [](PrescriberOrder &o) { o.dosesAuthorized = PatientService::kMostDoses + 1; },
            "doses"},
        {"more used than authorized", [](PrescriberOrder &o) { o.dosesUsed = 7; }, "used"},
        {"fewer than none used", [](PrescriberOrder &o) { o.dosesUsed = -1; }, "used"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            PrescriberOrder order = newOrder(f);
            c.spoil(order);
            REQUIRE(test::badData([&] { service.addOrder(desk, order); }).field() == QLatin1String(c.field));
            REQUIRE(f.store.orders(f.maria.id, f.vedolizumab.id).isEmpty());
            REQUIRE(test::auditOf(f.store, AuditAction::OrderAdded).isEmpty());
        }
    }

    SECTION("an unknown therapy or patient")
    {
        PrescriberOrder order = newOrder(f);
        order.therapyId = 999;
        const Error therapy = test::thrown([&] { service.addOrder(desk, order); });
        REQUIRE(therapy.kind() == Error::Kind::NotFound);
        REQUIRE(therapy.field() == QStringLiteral("therapy"));
        order = newOrder(f);
        order.patientId = 999;
        REQUIRE(test::thrown([&] { service.addOrder(desk, order); }).field() == QStringLiteral("patient"));
        REQUIRE(test::rowCount(f.store, "prescriber_order") == 1);
    }
}

TEST_CASE("Coverage is recorded with its audit entry, a future eligibility check is refused")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");
    Coverage coverage;
    coverage.patientId = f.maria.id;
    coverage.payer = QStringLiteral("Acme Health");
    coverage.memberId = QStringLiteral("X1");
    const qint64 before = test::rowCount(f.store, "coverage");

    SECTION("verified the day after tomorrow")
    {
        coverage.eligibilityVerifiedOn = f.clock.nowUtc().date().addDays(2);
        REQUIRE(test::badData([&] { service.addCoverage(desk, coverage); }).field()
            == QStringLiteral("verified"));
        REQUIRE(test::rowCount(f.store, "coverage") == before);
    }
    SECTION("without a member id")
    {
        coverage.eligibilityVerifiedOn = QDate(2026, 11, 30);
        coverage.memberId = QStringLiteral(" ");
        REQUIRE(
            test::badData([&] { service.addCoverage(desk, coverage); }).field() == QStringLiteral("member"));
        REQUIRE(test::rowCount(f.store, "coverage") == before);
    }
    SECTION("verified yesterday")
    {
        coverage.eligibilityVerifiedOn = QDate(2026, 11, 30);
        const Coverage added = service.addCoverage(desk, coverage);
        REQUIRE(f.store.coverage(added.id)->payer == QStringLiteral("Acme Health"));
        const auto entries = test::auditOf(f.store, AuditAction::CoverageAdded);
        REQUIRE(entries.size() == 1);
        REQUIRE(entries.first().event.recordId == added.id);
        REQUIRE(entries.first().event.patientId == f.maria.id);
        return;
    }
    REQUIRE(test::auditOf(f.store, AuditAction::CoverageAdded).isEmpty());
}

TEST_CASE("Eligibility verified now moves the check to today at the center, old and new in the trail")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const Coverage old = f.store.coverages(f.maria.id).first();
    const Coverage verified = service.verifyEligibility(test::userNamed(f, "desk"), old.id, f.center);
    const QDate today = CenterTime::localDate(f.center, f.clock.nowUtc());
    REQUIRE(verified.eligibilityVerifiedOn == today);
    REQUIRE(f.store.coverage(old.id)->eligibilityVerifiedOn == today);
    REQUIRE(f.store.coverage(old.id)->eligibilityVerifiedBy == QStringLiteral("desk"));
    REQUIRE(f.store.coverage(old.id)->eligibilityVerifiedAtUtc == f.clock.nowUtc());
    REQUIRE(verified.eligibilityVerifiedBy == QStringLiteral("desk"));
    const auto entries = test::auditOf(f.store, AuditAction::EligibilityVerified);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().event.reason
        == QStringLiteral("verified %1 to %2")
               .arg(old.eligibilityVerifiedOn.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    REQUIRE(test::thrown([&] { service.verifyEligibility(test::userNamed(f, "desk"), 999, f.center); }).kind()
        == Error::Kind::NotFound);
}

TEST_CASE("A prior authorization is recorded with its audit entry, its rules are refused by field")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");

    PriorAuthorization pending = newAuthorization(f);
    pending.status = PatientService::authorizationStatusNamed(QStringLiteral(" Pending "));
    const PriorAuthorization added = service.addAuthorization(desk, pending);
    REQUIRE(f.store.authorizations(f.maria.id, f.vedolizumab.id).first().status
        == PriorAuthorization::Status::Pending);
    const auto entries = test::auditOf(f.store, AuditAction::AuthorizationAdded);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().event.recordId == added.id);
    REQUIRE(entries.first().event.reason.contains(QStringLiteral("pending")));

    REQUIRE(test::badData([] { PatientService::authorizationStatusNamed(QStringLiteral("maybe")); }).field()
        == QStringLiteral("status"));
    PriorAuthorization spoiled = newAuthorization(f);
    spoiled.visitsApproved = -1;
    REQUIRE(
        test::badData([&] { service.addAuthorization(desk, spoiled); }).field() == QStringLiteral("visits"));
    spoiled = newAuthorization(f);
    spoiled.visitsUsed = 4;
    REQUIRE(
        test::badData([&] { service.addAuthorization(desk, spoiled); }).field() == QStringLiteral("used"));
    spoiled = newAuthorization(f);
    spoiled.validTo = QDate(2026, 10, 1);
    REQUIRE(test::badData([&] { service.addAuthorization(desk, spoiled); }).field() == QStringLiteral("to"));
    REQUIRE(f.store.authorizations(f.maria.id, f.vedolizumab.id).size() == 1);
    REQUIRE(test::auditOf(f.store, AuditAction::AuthorizationAdded).size() == 1);
}
