// Who may change reminders, what is kept, and what the audit trail says of it: the settings, the
// servers' password, a patient's wishes and opt-out.

#include "catchqstring.h"
#include "common/error.h"
#include "reminderhelpers.h"
#include "reminders/remindersecrets.h"
#include "store/sqlquery.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

QList<AuditEntry> entries(Fixture &f)
{
    AuditFilter filter;
    return f.store.auditEntries(filter);
}

Error::Kind kindOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        return error.kind();
    }
    FAIL("nothing was refused");
    return Error::Kind::Store;
}

} // namespace

TEST_CASE("Only an admin changes a center's reminders; a refusal is audited and nothing is written")
{
    Fixture f;
    ReminderService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");
    ReminderPlan plan = service.plan(f.center.id, desk);
    CHECK_FALSE(plan.enabled);
    plan.channels = {ReminderChannel::Email};
    CHECK(kindOf([&] { service.configurePlan(plan, desk); }) == Error::Kind::Forbidden);
    CHECK_FALSE(f.store.reminderPlan(f.center.id).has_value());
    const QList<AuditEntry> trail = entries(f);
    REQUIRE_FALSE(trail.isEmpty());
    CHECK(trail.first().event.result == AuditResult::Refused);
    CHECK(trail.first().event.userName == QStringLiteral("desk"));
}

TEST_CASE("Reminders cannot be turned on before a server can send them")
{
    Fixture f;
    ReminderService service(f.store, f.clock);
    const User admin = test::userNamed(f, "admin");
    ReminderPlan plan = service.plan(f.center.id, admin);
    plan.enabled = true;
    try {
        service.configurePlan(plan, admin);
        FAIL("turned on without a server");
    } catch (const Error &error) {
        CHECK(error.field() == QStringLiteral("channels"));
    }
    CHECK_FALSE(f.store.reminderPlan(f.center.id).has_value());
}

TEST_CASE("The mail password is kept owner-only beside the database, never in the settings or the trail")
{
    Fixture f;
    test::turnRemindersOn(f, 2525);
    const ReminderSecrets secrets(f.store.path());
    CHECK(secrets.smtpPassword() == QString::fromLatin1(test::kSmtpPassword));
    const QFileInfo file(secrets.smtpPasswordPath());
    REQUIRE(file.exists());
    CHECK(file.permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser));
    bool said = false;
    for (const AuditEntry &entry : entries(f)) {
        CHECK_FALSE(entry.event.reason.contains(QString::fromLatin1(test::kSmtpPassword)));
        said = said || entry.event.reason.contains(QStringLiteral("mail password changed"));
    }
    CHECK(said);
    if (f.store.database().isPostgreSql()) {
        // Every row of every table, as text.
        SqlQuery tables(f.store.database(),
            QStringLiteral(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"),
            "list the tables");
        tables.exec();
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        REQUIRE(names.size() > 30);
        for (const QString &table : std::as_const(names)) {
            SqlQuery rows(f.store.database(),
                QStringLiteral("SELECT count(*) FROM \"%1\" t WHERE CAST(t AS text) LIKE ?").arg(table),
                "search");
            rows.exec({QStringLiteral("%%1%").arg(QString::fromLatin1(test::kSmtpPassword))});
            REQUIRE(rows.next());
            INFO(table.toStdString());
            CHECK(rows.value(0).toLongLong() == 0);
        }
    } else {
        QFile db(f.store.path());
        REQUIRE(db.open(QIODevice::ReadOnly));
        CHECK_FALSE(db.readAll().contains(test::kSmtpPassword));
    }

    const auto plan = f.store.reminderPlan(f.center.id);
    REQUIRE(plan);
    CHECK(plan->enabled);
    CHECK(plan->momentCodes() == QStringLiteral("1d@17:00"));
}

TEST_CASE("An opt-out is recorded with who and when, and audited by key")
{
    Fixture f;
    ReminderService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");
    PatientReminder wishes = service.patientWishes(f.maria.id, desk);
    CHECK_FALSE(wishes.optedOut);
    wishes.optedOut = true;
    wishes.mobile = QStringLiteral("+1 (617) 555-0123");
    wishes.preference = PatientReminder::Preference::Sms;
    const PatientReminder stored = service.setPatientWishes(wishes, desk);
    CHECK(stored.optedOut);
    CHECK(stored.optedOutBy == QStringLiteral("desk"));
    CHECK(stored.optedOutAtUtc == f.clock.nowUtc());
    CHECK(stored.mobile == QStringLiteral("+1 (617) 555-0123"));

    const AuditEntry last = entries(f).first();
    CHECK(last.event.action == AuditAction::PatientChanged);
    CHECK(last.event.patientId == f.maria.id);
    CHECK(last.event.userName == QStringLiteral("desk"));
    CHECK(last.event.reason.contains(QStringLiteral("opted in -> ")));
    CHECK(last.event.reason.contains(QStringLiteral("opted out")));
    CHECK_FALSE(last.event.reason.contains(QStringLiteral("555-0123")));
    CHECK_FALSE(last.event.reason.contains(QStringLiteral("Alvarez")));

    // A later change keeps the first opt-out's who and when.
    f.clock.advanceSeconds(3600);
    wishes = stored;
    wishes.preference = PatientReminder::Preference::Phone;
    CHECK(service.setPatientWishes(wishes, test::userNamed(f, "admin")).optedOutBy == QStringLiteral("desk"));
}

TEST_CASE("A mobile number that is not one is refused, naming the field, and nothing is written")
{
    Fixture f;
    ReminderService service(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");
    PatientReminder wishes = PatientReminder::defaultsFor(f.maria.id);
    wishes.mobile = QStringLiteral("call me");
    try {
        service.setPatientWishes(wishes, desk);
        FAIL("accepted");
    } catch (const Error &error) {
        CHECK(error.field() == QStringLiteral("mobile"));
    }
    wishes.mobile.clear();
    wishes.preference = PatientReminder::Preference::Sms;
    CHECK(kindOf([&] { service.setPatientWishes(wishes, desk); }) == Error::Kind::BadData);
    CHECK_FALSE(f.store.patientReminder(f.maria.id).has_value());
}
