// The desk's call list: tomorrow's and the next days' booked appointments not yet confirmed, with the
// phone and the readiness problems; an outcome recorded and audited; a confirmed one leaves the list.

#include "authhelpers.h"
#include "catchqstring.h"
#include "cli/commandline.h"
#include "common/error.h"
#include "reminderhelpers.h"
#include "reminders/calllist.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kWednesday(2026, 12, 2);

} // namespace

TEST_CASE("The call list holds tomorrow's unconfirmed appointments with phone and problems; a confirmation "
          "takes one off")
{
    Fixture f;
    const User desk = test::userNamed(f, "desk");
    const qint64 maria = test::bookReady(f, f.maria, f.infliximab, kWednesday, 9);
    // A patient without a prior authorization: a readiness problem.
    Patient unready;
    unready.mrn = QStringLiteral("U0001");
    unready.firstName = QStringLiteral("Tom");
    unready.lastName = QStringLiteral("Nguyen");
    unready.dateOfBirth = QDate(1980, 1, 2);
    unready.phone = QStringLiteral("(617) 555-0177");
    unready.id = f.store.addPatient(unready);
    const qint64 tom = f.book(unready, f.infliximab, kWednesday, 11);
    const qint64 today = test::bookReady(f, f.maria, f.infliximab, QDate(2026, 12, 1), 15);

    CallList list(f.store, f.clock);
    CallList::Result result = list.build(desk, f.center, kWednesday, 2);
    REQUIRE(result.rows.size() == 2);
    CHECK(result.confirmed == 0);
    CHECK(result.rows[0].appointment.id == maria);
    CHECK(result.rows[0].patient.phone == QStringLiteral("(617) 555-0100"));
    CHECK(result.rows[0].problems.isEmpty());
    CHECK(result.rows[1].appointment.id == tom);
    CHECK(result.rows[1].patient.phone == QStringLiteral("(617) 555-0177"));
    CHECK_FALSE(result.rows[1].problems.isEmpty());
    for (const CallListRow &row : std::as_const(result.rows))
        CHECK(row.appointment.id != today);
    // Nothing said of either yet: the default wishes, no reminder.
    CHECK(result.rows[0].wishes.preference == PatientReminder::Preference::Any);
    CHECK(result.rows[1].reminder.isEmpty());

    // Maria wants texts; Tom was sent two reminders, the newer of which failed.
    PatientReminder texts = PatientReminder::defaultsFor(f.maria.id);
    texts.preference = PatientReminder::Preference::Sms;
    texts.mobile = QStringLiteral("(617) 555-0101");
    f.store.setPatientReminder(texts);
    for (const auto &[moment, state] :
        {std::pair {"week-before", ReminderState::Sent}, std::pair {"day-before", ReminderState::Failed}}) {
        Reminder reminder;
        reminder.appointmentId = tom;
        reminder.moment = QString::fromLatin1(moment);
        reminder.recipient = QStringLiteral("tom@example.org");
        reminder.startUtc = f.local(kWednesday, 11);
        reminder.dueUtc = f.clock.nowUtc();
        reminder.createdAtUtc = f.clock.nowUtc();
        reminder.id = f.store.addReminder(reminder);
        REQUIRE(reminder.id != 0);
        reminder.state = state;
        f.store.updateReminder(reminder);
    }
    result = list.build(desk, f.center, kWednesday, 2);
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].wishes.preference == PatientReminder::Preference::Sms);
    CHECK(result.rows[0].wishes.mobile == QStringLiteral("(617) 555-0101"));
    CHECK(result.rows[0].reminder.isEmpty());
    CHECK(result.rows[1].wishes.preference == PatientReminder::Preference::Any);
    CHECK(result.rows[1].reminder == QStringLiteral("failed"));

    ReminderService service(f.store, f.clock);
    service.recordCall(tom, CallOutcome::NoAnswer, desk);
    service.recordCall(maria, CallOutcome::Confirmed, desk);
    result = list.build(desk, f.center, kWednesday, 2);
    REQUIRE(result.rows.size() == 1);
    CHECK(result.confirmed == 1);
    CHECK(result.rows[0].appointment.id == tom);
    CHECK(result.rows[0].confirmation.lastOutcome == CallOutcome::NoAnswer);
    CHECK(result.rows[0].confirmation.calls == 1);

    const QList<AuditEntry> calls = test::auditOf(f.store, AuditAction::ConfirmationCall);
    REQUIRE(calls.size() == 2);
    const AuditEntry confirmed = calls.first().event.recordId == maria ? calls.first() : calls.last();
    CHECK(confirmed.event.recordId == maria);
    CHECK(confirmed.event.reason == QStringLiteral("call outcome confirmed"));
    CHECK(confirmed.event.patientId == f.maria.id);

    const QHash<qint64, Confirmation> confirmations = list.confirmations(desk, f.center, kWednesday, 1);
    CHECK(confirmations.value(maria).confirmed);
    CHECK_FALSE(confirmations.value(tom).confirmed);

    // Only a booked appointment is confirmed.
    f.store.changeStatus(tom, AppointmentStatus::Cancelled, QStringLiteral("desk"), f.clock.nowUtc());
    CHECK_THROWS_AS(service.recordCall(tom, CallOutcome::Confirmed, desk), Error);
    CHECK(list.build(desk, f.center, kWednesday, 2).rows.isEmpty());
}

TEST_CASE("reminders calls and reminders call through chairside-cli")
{
    Fixture f;
    const qint64 maria = test::bookReady(f, f.maria, f.infliximab, kWednesday, 9);
    const QStringList base {QStringLiteral("chairside-cli"), QStringLiteral("--db"), f.temp.path(),
        QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("--json")};
    cli::Result result = cli::execute(base
        + QStringList {QStringLiteral("reminders"), QStringLiteral("calls"), QStringLiteral("--from"),
            QStringLiteral("2026-12-02")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    REQUIRE(json.value(QStringLiteral("calls")).toArray().size() == 1);
    CHECK(json.value(QStringLiteral("calls"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("mrn"))
              .toString()
        == QStringLiteral("M0001"));

    result = cli::execute(base
        + QStringList {QStringLiteral("reminders"), QStringLiteral("call"), QStringLiteral("--appointment"),
            QString::number(maria), QStringLiteral("--outcome"), QStringLiteral("maybe")});
    CHECK(result.exitCode == 3);
    result = cli::execute(base
        + QStringList {QStringLiteral("reminders"), QStringLiteral("call"), QStringLiteral("--appointment"),
            QString::number(maria), QStringLiteral("--outcome"), QStringLiteral("confirmed")});
    REQUIRE(result.exitCode == 0);
    result = cli::execute(base
        + QStringList {QStringLiteral("reminders"), QStringLiteral("calls"), QStringLiteral("--from"),
            QStringLiteral("2026-12-02")});
    json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("calls")).toArray().isEmpty());
    CHECK(json.value(QStringLiteral("confirmed")).toInt() == 1);

    // A template naming the therapy is refused through the CLI too: exit 3, nothing written.
    result = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--db"), f.temp.path(),
        QStringLiteral("--json"), QStringLiteral("reminders"), QStringLiteral("plan"),
        QStringLiteral("--template"), QStringLiteral("{therapy} on {day}")});
    CHECK(result.exitCode == 3);
    CHECK(QJsonDocument::fromJson(result.out.toUtf8())
              .object()
              .value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("field"))
              .toString()
        == QStringLiteral("template"));
    CHECK_FALSE(f.store.reminderPlan(f.center.id).has_value());
}
