#include "reminderhelpers.h"

#include "store/store.h"

namespace chairside::test {

void turnRemindersOn(Fixture &f, int smtpPort, bool withLogin)
{
    const User admin = userNamed(f, "admin");
    ReminderService service(f.store, f.clock);
    ReminderTransport transport;
    transport.smtp.host = QStringLiteral("127.0.0.1");
    transport.smtp.port = smtpPort;
    transport.smtp.startTls = false;
    transport.smtp.user = withLogin ? QStringLiteral("clinic") : QString();
    transport.smtp.from = QStringLiteral("reminders@clinic.example");
    service.configureTransport(transport, admin,
        withLogin ? std::optional<QString>(QString::fromLatin1(kSmtpPassword)) : std::nullopt);
    ReminderPlan plan = service.plan(f.center.id, admin);
    plan.enabled = true;
    plan.moments = {ReminderMoment {1, 17 * 60}};
    plan.channels = {ReminderChannel::Email};
    plan.address = QStringLiteral("12 Harbor Street, Boston");
    service.configurePlan(plan, admin);
}

void giveEmail(Fixture &f, Patient &patient, const QString &email)
{
    patient.email = email;
    f.store.updatePatient(patient);
}

qint64 bookWithEmail(Fixture &f, const QString &mrn, const QString &email, QDate day, int hour)
{
    Patient p = f.addReadyPatient(
        mrn, QStringLiteral("Ana"), QStringLiteral("Reyes ") + mrn, QDate(1970, 5, 6), f.infliximab);
    giveEmail(f, p, email);
    return bookReady(f, p, f.infliximab, day, hour);
}

} // namespace chairside::test
