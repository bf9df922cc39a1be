#include "checkinhelpers.h"

#include "cli/commandline.h"
#include "model/coverage.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "scheduling/centertime.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace chairside::test {

Patient addPatient(Fixture &f, const QString &mrn, const QString &first, const QString &last, QDate dob,
    const Therapy &therapy, const Paperwork &paperwork)
{
    Patient p;
    p.mrn = mrn;
    p.firstName = first;
    p.lastName = last;
    p.dateOfBirth = dob;
    p.id = f.store.addPatient(p);

    const QDate today = CenterTime::localDate(f.center, f.clock.nowUtc());
    PrescriberOrder order;
    order.patientId = p.id;
    order.therapyId = therapy.id;
    order.prescriber = QStringLiteral("Dr. Okafor");
    order.validFrom = paperwork.orderFrom.isValid() ? paperwork.orderFrom : today.addMonths(-6);
    order.validTo = paperwork.orderTo.isValid() ? paperwork.orderTo : today.addMonths(6);
    order.dosesAuthorized = paperwork.dosesAuthorized;
    order.dosesUsed = paperwork.dosesUsed;
    f.store.addOrder(order);

    PriorAuthorization auth;
    auth.patientId = p.id;
    auth.therapyId = therapy.id;
    auth.payer = QStringLiteral("Blue Harbor Health");
    auth.validFrom = today.addMonths(-3);
    auth.validTo = today.addMonths(3);
    auth.visitsApproved = paperwork.visitsApproved;
    auth.visitsUsed = paperwork.visitsUsed;
    auth.status = PriorAuthorization::statusFromName(paperwork.authStatus).value();
    f.store.addAuthorization(auth);

    Coverage coverage;
    coverage.patientId = p.id;
    coverage.payer = QStringLiteral("Blue Harbor Health");
    coverage.memberId = QStringLiteral("BHH-") + mrn;
    if (paperwork.eligibilityAgeDays >= 0)
        coverage.eligibilityVerifiedOn = today.addDays(-paperwork.eligibilityAgeDays);
    f.store.addCoverage(coverage);
    return p;
}

CheckInRequest byMrn(const Fixture &f, const Patient &patient)
{
    CheckInRequest request;
    request.mrn = patient.mrn;
    request.dateOfBirth = patient.dateOfBirth;
    request.centerId = f.center.id;
    return request;
}

CheckInRequest byName(const Fixture &f, const Patient &patient)
{
    CheckInRequest request;
    request.setFullName(patient.lastName + QStringLiteral(", ") + patient.firstName);
    request.dateOfBirth = patient.dateOfBirth;
    request.centerId = f.center.id;
    return request;
}

User userNamed(Fixture &f, const char *name)
{
    const auto user = f.store.userByName(QString::fromLatin1(name));
    REQUIRE(user.has_value());
    return *user;
}

qint64 bookReady(Fixture &f, const Patient &patient, const Therapy &therapy, QDate date, int hour, int minute,
    const Chair *chair)
{
    const qint64 id = f.book(patient, therapy, date, hour, minute, chair);
    f.store.setPrep(id, PrepState::Ready, f.local(date, hour, minute).addSecs(-3 * 3600));
    return id;
}

QJsonObject runCli(Fixture &f, const QString &at, const QStringList &arguments, int expectedExit)
{
    QStringList argv {QStringLiteral("chairside-cli"), QStringLiteral("--db"), f.temp.path(),
        QStringLiteral("--at"), at, QStringLiteral("--json")};
    argv << arguments;
    const cli::Result result = cli::execute(argv);
    INFO("chairside-cli " << argv.mid(1).join(QLatin1Char(' ')).toStdString());
    INFO("stdout: " << result.out.toStdString());
    INFO("stderr: " << result.err.toStdString());
    REQUIRE(result.exitCode == expectedExit);
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QStringList jsonCodes(const QJsonObject &decision)
{
    QStringList codes;
    for (const QJsonValue reason : decision.value(QStringLiteral("reasons")).toArray())
        codes << reason.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

} // namespace chairside::test
