// Correcting intake in core: a patient's demographics, an order, a coverage and an authorization, each
// refused by field with nothing written, each change audited as old and new values by key; likely
// duplicates before a registration; the MRN pattern and the next free MRN.

#include "authhelpers.h"
#include "catchqstring.h"
#include "checkinhelpers.h"
#include "patients/duplicatefinder.h"
#include "patients/patientservice.h"
#include "search/patientsearch.h"
#include "servicehelpers.h"

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

Patient patientNamed(const char *mrn, const char *first, const char *last, QDate dob, const char *phone = "")
{
    Patient p;
    p.mrn = QString::fromLatin1(mrn);
    p.firstName = QString::fromUtf8(first);
    p.lastName = QString::fromUtf8(last);
    p.dateOfBirth = dob;
    p.phone = QString::fromLatin1(phone);
    return p;
}

/// True when no entry's reason carries the patient's names or date of birth.
bool namesNoOne(const QList<AuditEntry> &entries, const QStringList &words)
{
    for (const AuditEntry &entry : entries) {
        for (const QString &word : words) {
            if (entry.event.reason.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("Correcting a patient rewrites the record and the search, and the trail says which fields changed")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    Patient changed = f.maria;
    changed.lastName = QStringLiteral("Alvarez-Ruiz");
    changed.phone = QStringLiteral("617-555-0199");
    changed.mrn = QStringLiteral("M0100");
    const Patient stored = service.updatePatient(test::userNamed(f, "desk"), changed);

    REQUIRE(stored.mrn == QStringLiteral("M0100"));
    REQUIRE(f.store.patient(f.maria.id)->lastName == QStringLiteral("Alvarez-Ruiz"));
    REQUIRE_FALSE(f.store.patientByMrn(QStringLiteral("M0001")).has_value());
    const auto entries = test::auditOf(f.store, AuditAction::PatientChanged);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().event.recordId == f.maria.id);
    REQUIRE(entries.first().event.patientId == f.maria.id);
    REQUIRE(entries.first().event.reason
        == QStringLiteral("MRN M0001 to M0100, last name changed, phone changed"));
    REQUIRE(
        namesNoOne(entries, {QStringLiteral("Alvarez"), QStringLiteral("Maria"), QStringLiteral("1961")}));

    // The desk finds her by the new name and the new MRN, no longer by the old MRN's record.
    PatientSearch search(f.store, f.clock);
    const auto byName = search.find(QStringLiteral("ruiz"));
    REQUIRE(byName.size() == 1);
    REQUIRE(byName.first().patient.id == f.maria.id);
    REQUIRE(search.find(QStringLiteral("alvarez ma")).first().patient.id == f.maria.id);
    REQUIRE(search.find(QStringLiteral("M0100")).size() == 1);
    REQUIRE(search.find(QStringLiteral("M0001")).isEmpty());

    SECTION("a correction that changes nothing writes nothing")
    {
        service.updatePatient(test::userNamed(f, "desk"), stored);
        REQUIRE(test::auditOf(f.store, AuditAction::PatientChanged).size() == 1);
    }
}

TEST_CASE("A patient correction is refused by field and writes nothing")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");
    const Patient other
        = service.registerPatient(desk, patientNamed("M0002", "Ben", "Okafor", QDate(1980, 1, 2)));
    struct Case
    {
        const char *name;
        std::function<void(Patient &)> edit;
        const char *field;
    };
    const QList<Case> cases {
        {"an empty first name", [](Patient &p) { p.firstName = QStringLiteral(" "); }, "first"},
        {"an empty last name", [](Patient &p) { p.lastName.clear(); }, "last"},
        {"a birth in the future", [&](Patient &p) { p.dateOfBirth = f.clock.nowUtc().date().addDays(2); },
            "dob"},
        {"a phone of four digits", [](Patient &p) { p.phone = QStringLiteral("5550"); }, "phone"},
        {"an e-mail without a domain", [](Patient &p) { p.email = QStringLiteral("maria@"); }, "email"},
        {"an MRN of two words", [](Patient &p) { p.mrn = QStringLiteral("M 1"); }, "mrn"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            Patient changed = f.maria;
            c.edit(changed);
            REQUIRE(test::badData([&] { service.updatePatient(desk, changed); }).field()
                == QLatin1String(c.field));
            REQUIRE(f.store.patient(f.maria.id)->phone == f.maria.phone);
            REQUIRE(f.store.patient(f.maria.id)->firstName == f.maria.firstName);
            REQUIRE(test::auditOf(f.store, AuditAction::PatientChanged).isEmpty());
        }
    }
    SECTION("another patient's MRN")
    {
        Patient changed = f.maria;
        changed.mrn = other.mrn;
        const Error error = test::thrown([&] { service.updatePatient(desk, changed); });
        REQUIRE(error.kind() == Error::Kind::Conflict);
        REQUIRE(error.field() == QStringLiteral("mrn"));
        REQUIRE(f.store.patient(f.maria.id)->mrn == QStringLiteral("M0001"));
        REQUIRE(test::auditOf(f.store, AuditAction::PatientChanged).isEmpty());
    }
}

TEST_CASE("A disabled account corrects nothing, and each refusal is recorded")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    User desk = test::userNamed(f, "desk");
    desk.active = false;
    Patient changed = f.maria;
    changed.phone = QStringLiteral("617-555-0199");
    PrescriberOrder order = f.store.ordersOfPatient(f.maria.id).first();
    order.dosesAuthorized = 9;
    Coverage coverage = f.store.coverages(f.maria.id).first();
    coverage.payer = QStringLiteral("Acme");
    PriorAuthorization auth = f.store.authorizationsOfPatient(f.maria.id).first();
    auth.visitsApproved = 9;

    REQUIRE(test::thrown([&] { service.updatePatient(desk, changed); }).kind() == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] { service.updateOrder(desk, order); }).kind() == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] { service.updateCoverage(desk, coverage); }).kind() == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] { service.updateAuthorization(desk, auth); }).kind() == Error::Kind::Forbidden);

    REQUIRE(f.store.patient(f.maria.id)->phone == f.maria.phone);
    REQUIRE(f.store.ordersOfPatient(f.maria.id).first().dosesAuthorized == 8);
    REQUIRE(f.store.coverages(f.maria.id).first().payer != QStringLiteral("Acme"));
    REQUIRE(f.store.authorizationsOfPatient(f.maria.id).first().visitsApproved == 4);
    for (const AuditAction action : {AuditAction::PatientChanged, AuditAction::OrderChanged,
             AuditAction::CoverageChanged, AuditAction::AuthorizationChanged}) {
        const auto entries = test::auditOf(f.store, action);
        REQUIRE(entries.size() == 1);
        REQUIRE(entries.first().event.result == AuditResult::Refused);
        REQUIRE(entries.first().event.patientId == f.maria.id);
    }
}

TEST_CASE("An order's dates and doses change with old and new in the trail, bad ones are refused by field")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");
    const PrescriberOrder before = f.store.ordersOfPatient(f.maria.id).first();

    SECTION("in order")
    {
        PrescriberOrder order = before;
        order.validTo = before.validTo.addMonths(6);
        order.dosesAuthorized = 12;
        order.therapyId = f.ivig.id; // the therapy is not the edit's to change
        const PrescriberOrder after = service.updateOrder(nurse, order);
        REQUIRE(after.therapyId == before.therapyId);
        REQUIRE(f.store.order(before.id)->dosesAuthorized == 12);
        REQUIRE(f.store.order(before.id)->therapyId == before.therapyId);
        const auto entries = test::auditOf(f.store, AuditAction::OrderChanged);
        REQUIRE(entries.size() == 1);
        REQUIRE(entries.first().event.recordKind == QStringLiteral("order"));
        REQUIRE(entries.first().event.recordId == before.id);
        REQUIRE(entries.first().event.reason
            == QStringLiteral("end %1 to %2, doses 8 to 12")
                   .arg(before.validTo.toString(Qt::ISODate), order.validTo.toString(Qt::ISODate)));
    }
    struct Case
    {
        const char *name;
        std::function<void(PrescriberOrder &)> edit;
        const char *field;
    };
    const QList<Case> cases {
        {"ending before it starts", [](PrescriberOrder &o) { o.validTo = o.validFrom.addDays(-1); }, "to"},
        {"no start", [](PrescriberOrder &o) { o.validFrom = {}; }, "from"},
        {"no doses", [](PrescriberOrder &o) { o.dosesAuthorized = 0; }, "doses"},
        {"more used than authorized", [](PrescriberOrder &o) { o.dosesUsed = o.dosesAuthorized + 1; },
            "used"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            PrescriberOrder order = before;
            c.edit(order);
            REQUIRE(
                test::badData([&] { service.updateOrder(nurse, order); }).field() == QLatin1String(c.field));
            REQUIRE(f.store.order(before.id)->validTo == before.validTo);
            REQUIRE(f.store.order(before.id)->dosesAuthorized == before.dosesAuthorized);
            REQUIRE(test::auditOf(f.store, AuditAction::OrderChanged).isEmpty());
        }
    }
    SECTION("an unknown order")
    {
        PrescriberOrder order = before;
        order.id = 999;
        const Error error = test::thrown([&] { service.updateOrder(nurse, order); });
        REQUIRE(error.kind() == Error::Kind::NotFound);
        REQUIRE(error.field() == QStringLiteral("order"));
    }
}

TEST_CASE("A coverage's payer and member id change, the member id never in the trail")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");
    const Coverage before = f.store.coverages(f.maria.id).first();
    Coverage coverage = before;
    coverage.payer = QStringLiteral("Harbor Mutual");
    coverage.memberId = QStringLiteral("HM-778812");
    const Coverage after = service.updateCoverage(desk, coverage);
    REQUIRE(after.eligibilityVerifiedOn == before.eligibilityVerifiedOn);
    REQUIRE(f.store.coverage(before.id)->memberId == QStringLiteral("HM-778812"));
    const auto entries = test::auditOf(f.store, AuditAction::CoverageChanged);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().event.reason
        == QStringLiteral("payer %1 to Harbor Mutual, member id changed").arg(before.payer));
    REQUIRE_FALSE(entries.first().event.reason.contains(QStringLiteral("778812")));

    Coverage empty = after;
    empty.memberId = QStringLiteral("  ");
    REQUIRE(test::badData([&] { service.updateCoverage(desk, empty); }).field() == QStringLiteral("member"));
    empty = after;
    empty.payer.clear();
    REQUIRE(test::badData([&] { service.updateCoverage(desk, empty); }).field() == QStringLiteral("payer"));
    REQUIRE(f.store.coverage(before.id)->payer == QStringLiteral("Harbor Mutual"));
    REQUIRE(test::auditOf(f.store, AuditAction::CoverageChanged).size() == 1);
}

TEST_CASE("The coverage to verify is the only one, or the one named, never a guess among several payers")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const Coverage only = f.store.coverages(f.maria.id).first();
    REQUIRE(service.coverageToVerify(f.maria.id, {}).id == only.id);
    REQUIRE(service.coverageToVerify(f.maria.id, only.payer.toUpper()).id == only.id);

    Coverage second;
    second.patientId = f.maria.id;
    second.payer = QStringLiteral("Medicare");
    second.memberId = QStringLiteral("1EG4");
    second.eligibilityVerifiedOn = QDate(2026, 6, 1);
    second = service.addCoverage(test::userNamed(f, "desk"), second);
    REQUIRE(
        test::badData([&] { service.coverageToVerify(f.maria.id, {}); }).field() == QStringLiteral("payer"));
    REQUIRE(service.coverageToVerify(f.maria.id, QStringLiteral("medicare")).id == second.id);
    const Error unknown
        = test::thrown([&] { service.coverageToVerify(f.maria.id, QStringLiteral("Aetna")); });
    REQUIRE(unknown.kind() == Error::Kind::NotFound);
    REQUIRE(unknown.field() == QStringLiteral("payer"));

    const Patient bare = service.registerPatient(
        test::userNamed(f, "desk"), patientNamed("M0009", "Ida", "Bare", QDate(1990, 5, 5)));
    const Error none = test::thrown([&] { service.coverageToVerify(bare.id, {}); });
    REQUIRE(none.kind() == Error::Kind::NotFound);
    REQUIRE(none.field() == QStringLiteral("coverage"));
}

TEST_CASE("A pending authorization is approved with its visits, and the trail says pending to approved")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");
    PriorAuthorization pending;
    pending.patientId = f.maria.id;
    pending.therapyId = f.infliximab.id;
    pending.payer = QStringLiteral("Blue Harbor Health");
    pending.validFrom = QDate(2026, 12, 1);
    pending.validTo = QDate(2027, 5, 31);
    pending.status = PriorAuthorization::Status::Pending;
    pending = service.addAuthorization(desk, pending);

    PriorAuthorization approving = pending;
    approving.status = PriorAuthorization::Status::Approved;
    SECTION("approved without visits is refused on the visits")
    {
        REQUIRE(test::badData([&] { service.updateAuthorization(desk, approving); }).field()
            == QStringLiteral("visits"));
        REQUIRE(f.store.authorization(pending.id)->status == PriorAuthorization::Status::Pending);
        REQUIRE(test::auditOf(f.store, AuditAction::AuthorizationChanged).isEmpty());
    }
    SECTION("more used than approved is refused on the used")
    {
        approving.visitsApproved = 6;
        approving.visitsUsed = 7;
        REQUIRE(test::badData([&] { service.updateAuthorization(desk, approving); }).field()
            == QStringLiteral("used"));
        REQUIRE(f.store.authorization(pending.id)->visitsApproved == 0);
    }
    SECTION("approved with six visits and the payer's reference")
    {
        approving.visitsApproved = 6;
        approving.reference = QStringLiteral("PA-20261201-88");
        const PriorAuthorization approved = service.updateAuthorization(desk, approving);
        REQUIRE(approved.status == PriorAuthorization::Status::Approved);
        const auto stored = f.store.authorization(pending.id);
        REQUIRE(stored->status == PriorAuthorization::Status::Approved);
        REQUIRE(stored->visitsApproved == 6);
        REQUIRE(stored->reference == QStringLiteral("PA-20261201-88"));
        const auto entries = test::auditOf(f.store, AuditAction::AuthorizationChanged);
        REQUIRE(entries.size() == 1);
        REQUIRE(entries.first().event.reason
            == QStringLiteral("status pending to approved, visits 0 to 6, reference changed"));
        REQUIRE(entries.first().event.recordId == pending.id);

        PriorAuthorization denied = approved;
        denied.status = PriorAuthorization::Status::Denied;
        service.updateAuthorization(desk, denied);
        REQUIRE(f.store.authorization(pending.id)->status == PriorAuthorization::Status::Denied);
        REQUIRE(test::auditOf(f.store, AuditAction::AuthorizationChanged).last().event.reason
            == QStringLiteral("status approved to denied"));
    }
}

TEST_CASE("Likely duplicates: born the same day with a similar name, or the same phone")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");
    const QDate dob(1961, 3, 4); // Maria Alvarez's
    const Patient twin
        = service.registerPatient(desk, patientNamed("M0002", "Mario", "Alvarez", dob, "212-555-0111"));
    const Patient stranger
        = service.registerPatient(desk, patientNamed("M0003", "Wen", "Zhao", dob, "212-555-0122"));
    const Patient caller = service.registerPatient(
        desk, patientNamed("M0004", "Tom", "Berg", QDate(1990, 1, 1), "212 555 0133"));

    SECTION("an accent and a typo in the name, the same birth day")
    {
        const auto found
            = DuplicateFinder::find(f.store, patientNamed("", "María", "Alvares", dob, "212-555-0999"));
        QList<qint64> ids;
        for (const LikelyDuplicate &d : found)
            ids << d.patient.id;
        REQUIRE(ids.contains(f.maria.id));
        REQUIRE(ids.contains(twin.id));
        REQUIRE_FALSE(ids.contains(stranger.id));
        REQUIRE(found.first().sameBirthAndName);
    }
    SECTION("the same phone written otherwise, another name and birth day")
    {
        const auto found = DuplicateFinder::find(
            f.store, patientNamed("", "Ann", "Quill", QDate(1955, 2, 2), "(212) 555-0133"));
        REQUIRE(found.size() == 1);
        REQUIRE(found.first().patient.id == caller.id);
        REQUIRE(found.first().samePhone);
        REQUIRE_FALSE(found.first().sameBirthAndName);
    }
    SECTION("first and last names swapped")
    {
        const auto found = DuplicateFinder::find(f.store, patientNamed("", "Zhao", "Wen", dob));
        REQUIRE(found.size() == 1);
        REQUIRE(found.first().patient.id == stranger.id);
    }
    SECTION("no one alike")
    {
        REQUIRE(DuplicateFinder::find(f.store, patientNamed("", "Ines", "Kowalczyk", dob)).isEmpty());
    }
    SECTION("a patient is not their own duplicate")
    {
        Patient self = twin;
        REQUIRE_FALSE(DuplicateFinder::find(f.store, self).isEmpty()); // Maria, born the same day
        for (const LikelyDuplicate &d : DuplicateFinder::find(f.store, self))
            REQUIRE(d.patient.id != twin.id);
    }
    REQUIRE(DuplicateFinder::editDistance(u"alvarez", u"alvares", 2) == 1);
    REQUIRE(DuplicateFinder::editDistance(u"smith", u"smyth", 2) == 1);
    REQUIRE(DuplicateFinder::editDistance(u"nguyen", u"kowalski", 2) == 3);
}

TEST_CASE("A second record past a likely duplicate names the duplicates by key in the trail")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    const Patient added = service.registerPatient(test::userNamed(f, "desk"),
        patientNamed("M0002", "Maria", "Alvarez", QDate(1961, 3, 4)), {f.maria.id});
    const auto entries = test::auditOf(f.store, AuditAction::PatientAdded);
    REQUIRE(entries.first().event.recordId == added.id);
    REQUIRE(entries.first().event.reason
        == QStringLiteral("registered as a different person than likely duplicate patient %1")
               .arg(f.maria.id));
}

TEST_CASE("The MRN pattern numbers new patients after the highest on file, only an admin sets it")
{
    Fixture f;
    PatientService service(f.store, f.clock);
    REQUIRE_FALSE(service.mrnPattern().has_value());
    const Error unset = test::thrown([&] { service.nextMrn(); });
    REQUIRE(unset.kind() == Error::Kind::Refused);
    REQUIRE(unset.field() == QStringLiteral("mrn"));

    const Error refused = test::thrown(
        [&] { service.setMrnPattern(test::userNamed(f, "desk"), QStringLiteral("CS-{000000}")); });
    REQUIRE(refused.kind() == Error::Kind::Forbidden);
    REQUIRE_FALSE(service.mrnPattern().has_value());

    for (const char *bad : {"CS-", "CS-{00}{00}", "CS-{0a0}", "CS {000}", "X{0000000000000}"}) {
        INFO(bad);
        REQUIRE(test::badData([&] {
            service.setMrnPattern(test::userNamed(f, "admin"), QString::fromLatin1(bad));
        }).field()
            == QStringLiteral("pattern"));
    }
    REQUIRE_FALSE(service.mrnPattern().has_value());

    service.setMrnPattern(test::userNamed(f, "admin"), QStringLiteral(" CS-{000000} "));
    REQUIRE(service.mrnPattern()->text() == QStringLiteral("CS-{000000}"));
    REQUIRE(service.nextMrn() == QStringLiteral("CS-000001"));
    const User desk = test::userNamed(f, "desk");
    service.registerPatient(desk, patientNamed("CS-000041", "A", "One", QDate(1970, 1, 1)));
    service.registerPatient(
        desk, patientNamed("CS-0000990", "B", "Two", QDate(1970, 1, 1))); // not the pattern
    service.registerPatient(desk, patientNamed("CS-00009X", "C", "Three", QDate(1970, 1, 1)));
    REQUIRE(service.nextMrn() == QStringLiteral("CS-000042"));

    const auto entries = test::auditOf(f.store, AuditAction::SetupChanged);
    REQUIRE(entries.size() == 2);
    REQUIRE(entries.first().event.result == AuditResult::Refused);
    REQUIRE(entries.last().event.recordKind == QStringLiteral("setting"));
    REQUIRE(entries.last().event.reason == QStringLiteral("patients.mrn-pattern none to CS-{000000}"));

    const MrnPattern small = MrnPattern::parse(QStringLiteral("{0}"));
    REQUIRE(small.format(7) == QStringLiteral("7"));
    REQUIRE(small.largest() == 9);
    REQUIRE(small.numberOf(QStringLiteral("10")) == std::nullopt);
}
