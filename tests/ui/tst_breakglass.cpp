// Emergency access at the desk: an admin, and only an admin, may break glass past the paperwork that
// an emergency allows (never identity, the order or the dose), with a reason, flagged in the trail.

// Failed checks print the text.
#include "catchqstring.h"
#include "checkin/reasoncode.h"
#include "desk/overridedialog.h"
#include "deskharness.h"
#include "model/coverage.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "store/store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;
using chairside::test::DeskHarness;

namespace {

const QDate kToday(2026, 12, 1);

Decision decisionWith(std::initializer_list<ReasonCode> codes)
{
    Decision decision;
    decision.outcome = Outcome::Reschedule;
    for (ReasonCode code : codes)
        decision.reasons << Reason {code, reasonCodeName(code), false};
    return decision;
}

/// Ruth Pending: booked today at 08:00 with her dose ready, but her payer has not yet approved the
/// authorization.
qint64 bookPendingPatient(DeskHarness &desk)
{
    chairside::test::Fixture &f = desk.f;
    Patient p;
    p.mrn = QStringLiteral("M0077");
    p.firstName = QStringLiteral("Ruth");
    p.lastName = QStringLiteral("Pending");
    p.dateOfBirth = QDate(1958, 7, 9);
    p.id = f.store.addPatient(p);
    PrescriberOrder order;
    order.patientId = p.id;
    order.therapyId = f.infliximab.id;
    order.prescriber = QStringLiteral("Dr. Okafor");
    order.validFrom = kToday.addMonths(-1);
    order.validTo = kToday.addMonths(6);
    order.dosesAuthorized = 8;
    f.store.addOrder(order);
    PriorAuthorization auth;
    auth.patientId = p.id;
    auth.therapyId = f.infliximab.id;
    auth.payer = QStringLiteral("Blue Harbor Health");
    auth.validFrom = kToday.addMonths(-1);
    auth.validTo = kToday.addMonths(3);
    auth.visitsApproved = 4;
    auth.status = PriorAuthorization::Status::Pending;
    f.store.addAuthorization(auth);
    Coverage coverage;
    coverage.patientId = p.id;
    coverage.payer = QStringLiteral("Blue Harbor Health");
    coverage.memberId = QStringLiteral("BHH-M0077");
    coverage.eligibilityVerifiedOn = kToday.addDays(-2);
    f.store.addCoverage(coverage);
    const qint64 id = f.book(p, f.infliximab, kToday, 8);
    f.store.setPrep(id, PrepState::Ready, f.local(kToday, 6));
    return id;
}

void openPending(DeskHarness &desk)
{
    desk.search(QStringLiteral("M0077"));
    desk.press(Qt::Key_Return);
    desk.giveDateOfBirth(QStringLiteral("07/09/1958"));
    REQUIRE(desk.view.decision().has_value());
    REQUIRE(desk.view.decision()->has(ReasonCode::AuthPending));
}

} // namespace

TEST_CASE("Emergency access is offered to an admin only, and only past what an emergency may pass")
{
    const Decision paperwork = decisionWith({ReasonCode::AuthPending});
    REQUIRE(OverrideDialog::emergencyOnly(paperwork, Role::Admin).size() == 1);
    REQUIRE(OverrideDialog::emergencyOnly(paperwork, Role::Nurse).isEmpty());
    REQUIRE(OverrideDialog::emergencyOnly(paperwork, Role::Receptionist).isEmpty());
    REQUIRE_FALSE(OverrideDialog::offers(paperwork, Role::Nurse));
    REQUIRE(OverrideDialog::offers(paperwork, Role::Admin));

    // Late past grace is an admin's ordinary override: no glass to break.
    const Decision late = decisionWith({ReasonCode::LateBeyondGrace});
    REQUIRE(OverrideDialog::emergencyOnly(late, Role::Admin).isEmpty());
    REQUIRE(OverrideDialog::overridable(late, Role::Admin).size() == 1);

    // Late and unauthorized: the late part ordinarily, the authorization only in an emergency.
    const Decision both = decisionWith({ReasonCode::LateBeyondGrace, ReasonCode::AuthExpired});
    REQUIRE(OverrideDialog::emergencyOnly(both, Role::Admin).size() == 1);
    REQUIRE(OverrideDialog::emergencyOnly(both, Role::Admin).first().code == ReasonCode::AuthExpired);

    // Nothing passes identity, the order or the dose: with one of them, no emergency access at all.
    for (ReasonCode hard : {ReasonCode::IdentityMismatch, ReasonCode::OrderExpired, ReasonCode::DoseExpired,
             ReasonCode::MedicationNotReady}) {
        const Decision d = decisionWith({ReasonCode::AuthPending, hard});
        REQUIRE(OverrideDialog::emergencyOnly(d, Role::Admin).isEmpty());
        REQUIRE_FALSE(OverrideDialog::offers(d, Role::Admin));
    }
}

TEST_CASE("An admin breaks glass past a pending authorization, with a reason, flagged in the trail")
{
    DeskHarness desk(Role::Admin);
    const qint64 id = bookPendingPatient(desk);
    openPending(desk);
    QPushButton *overrideButton = desk.button("overrideButton");
    REQUIRE_FALSE(overrideButton->isHidden());
    REQUIRE(overrideButton->isEnabled());

    overrideButton->click();
    QDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = desk.view.findChild<QDialog *>(QStringLiteral("overrideDialog"));
        return dialog && dialog->isVisible();
    }));
    auto *glass = dialog->findChild<QCheckBox *>(QStringLiteral("breakGlassBox"));
    REQUIRE(glass != nullptr);
    REQUIRE_FALSE(glass->isChecked());
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), QStringLiteral("prescriber confirmed by phone"));
    REQUIRE_FALSE(ok->isEnabled()); // a reason alone does not break the glass
    glass->setChecked(true);
    REQUIRE(ok->isEnabled());
    REQUIRE(ok->text().contains(QStringLiteral("Break glass")));
    ok->click();

    REQUIRE(desk.statusOf(id) == AppointmentStatus::CheckedIn);
    REQUIRE(desk.statusText().contains(QStringLiteral("break glass")));
    AuditFilter flagged;
    flagged.breakGlassOnly = true;
    flagged.action = AuditAction::BreakGlass;
    const auto entries = desk.f.store.auditEntries(flagged);
    REQUIRE_FALSE(entries.isEmpty());
    REQUIRE(entries.first().event.userName == QStringLiteral("admin"));
    REQUIRE(entries.first().event.reason.contains(QStringLiteral("prescriber confirmed by phone")));
}

TEST_CASE("A nurse facing the same pending authorization has nothing to override")
{
    DeskHarness desk(Role::Nurse);
    const qint64 id = bookPendingPatient(desk);
    openPending(desk);
    QPushButton *overrideButton = desk.button("overrideButton");
    REQUIRE_FALSE(overrideButton->isEnabled());
    REQUIRE(desk.statusOf(id) == AppointmentStatus::Booked);
}

TEST_CASE("An admin overriding a late arrival is not offered the glass")
{
    DeskHarness desk(Role::Admin);
    desk.bookReady(kToday, 8);
    desk.f.clock.set(desk.f.local(kToday, 8, 40));
    desk.search(QStringLiteral("alvarez"));
    desk.press(Qt::Key_Return);
    desk.giveDateOfBirth(QStringLiteral("03/04/1961"));
    desk.button("overrideButton")->click();
    QDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = desk.view.findChild<QDialog *>(QStringLiteral("overrideDialog"));
        return dialog && dialog->isVisible();
    }));
    REQUIRE(dialog->findChild<QCheckBox *>(QStringLiteral("breakGlassBox")) == nullptr);
    dialog->reject();
}
