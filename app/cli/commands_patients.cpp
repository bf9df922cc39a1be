// patient add, order add, coverage add, auth add: a patient and what makes them ready for an infusion.

#include "access/permission.h"
#include "command.h"
#include "common/error.h"
#include "context.h"
#include "patients/patientservice.h"
#include "store/store.h"

#include <QJsonObject>

namespace chairside::cli {

namespace {

Patient patientByMrn(Context &ctx)
{
    const QString mrn = ctx.value(QStringLiteral("mrn")).trimmed();
    const auto patient = ctx.store().patientByMrn(mrn);
    if (!patient)
        throw Error(
            Error::Kind::NotFound, QStringLiteral("No patient has MRN %1.").arg(mrn), QStringLiteral("mrn"));
    return *patient;
}

Therapy therapyNamed(Context &ctx)
{
    const QString name = ctx.value(QStringLiteral("therapy")).trimmed();
    const auto therapy = ctx.store().therapyByName(name);
    if (!therapy) {
        throw Error(Error::Kind::NotFound,
            QStringLiteral("There is no therapy called \"%1\"; an admin adds it with \"therapy add\".")
                .arg(name),
            QStringLiteral("therapy"));
    }
    return *therapy;
}

int patientAdd(Context &ctx)
{
    const User user = ctx.requireUser(Permission::RegisterPatient);
    Patient p;
    p.mrn = ctx.value(QStringLiteral("mrn"));
    p.firstName = ctx.value(QStringLiteral("first"));
    p.lastName = ctx.value(QStringLiteral("last"));
    p.preferredName = ctx.valueOr(QStringLiteral("preferred"), {});
    p.dateOfBirth = ctx.dateValue(QStringLiteral("dob"), TypedDate::Century::Past);
    p.phone = ctx.valueOr(QStringLiteral("phone"), {});
    p.email = ctx.valueOr(QStringLiteral("email"), {});
    p = PatientService(ctx.store(), ctx.clock()).registerPatient(user, p);
    ctx.print(QJsonObject {{QStringLiteral("patient"),
                  QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("mrn"), p.mrn},
                      {QStringLiteral("first"), p.firstName}, {QStringLiteral("last"), p.lastName},
                      {QStringLiteral("dob"), p.dateOfBirth.toString(Qt::ISODate)}}}},
        QStringLiteral("Added %1, born %2, MRN %3.")
            .arg(p.displayName(), p.dateOfBirth.toString(Qt::ISODate), p.mrn));
    return 0;
}

int orderAdd(Context &ctx)
{
    const User user = ctx.requireUser(Permission::RegisterPatient);
    PrescriberOrder order;
    order.patientId = patientByMrn(ctx).id;
    order.therapyId = therapyNamed(ctx).id;
    order.prescriber = ctx.valueOr(QStringLiteral("prescriber"), {});
    order.validFrom = ctx.dateValue(QStringLiteral("from"));
    order.validTo = ctx.dateValue(QStringLiteral("to"));
    order.dosesAuthorized = ctx.wholeNumber(QStringLiteral("doses"), 0);
    order.dosesUsed = ctx.wholeNumber(QStringLiteral("used"), 0);
    order = PatientService(ctx.store(), ctx.clock()).addOrder(user, order);
    ctx.print(QJsonObject {{QStringLiteral("order"),
                  QJsonObject {{QStringLiteral("id"), order.id},
                      {QStringLiteral("from"), order.validFrom.toString(Qt::ISODate)},
                      {QStringLiteral("to"), order.validTo.toString(Qt::ISODate)},
                      {QStringLiteral("doses"), order.dosesAuthorized},
                      {QStringLiteral("used"), order.dosesUsed}}}},
        QStringLiteral("Added order %1: %2 doses, %3 to %4.")
            .arg(order.id)
            .arg(order.dosesAuthorized)
            .arg(order.validFrom.toString(Qt::ISODate), order.validTo.toString(Qt::ISODate)));
    return 0;
}

int coverageAdd(Context &ctx)
{
    const User user = ctx.requireUser(Permission::RegisterPatient);
    Coverage coverage;
    coverage.patientId = patientByMrn(ctx).id;
    coverage.payer = ctx.value(QStringLiteral("payer"));
    coverage.memberId = ctx.value(QStringLiteral("member"));
    coverage.eligibilityVerifiedOn = ctx.dateValue(QStringLiteral("verified"));
    coverage = PatientService(ctx.store(), ctx.clock()).addCoverage(user, coverage);
    ctx.print(QJsonObject {{QStringLiteral("coverage"),
                  QJsonObject {{QStringLiteral("id"), coverage.id}, {QStringLiteral("payer"), coverage.payer},
                      {QStringLiteral("member"), coverage.memberId},
                      {QStringLiteral("verified"), coverage.eligibilityVerifiedOn.toString(Qt::ISODate)}}}},
        QStringLiteral("Added coverage by %1, eligibility verified %2.")
            .arg(coverage.payer, coverage.eligibilityVerifiedOn.toString(Qt::ISODate)));
    return 0;
}

int authAdd(Context &ctx)
{
    const User user = ctx.requireUser(Permission::RegisterPatient);
    PriorAuthorization auth;
    auth.patientId = patientByMrn(ctx).id;
    auth.therapyId = therapyNamed(ctx).id;
    auth.payer = ctx.valueOr(QStringLiteral("payer"), {});
    auth.validFrom = ctx.dateValue(QStringLiteral("from"));
    auth.validTo = ctx.dateValue(QStringLiteral("to"));
    auth.visitsApproved = ctx.wholeNumber(QStringLiteral("visits"), 0);
    auth.visitsUsed = ctx.wholeNumber(QStringLiteral("used"), 0);
    if (ctx.has(QStringLiteral("status")))
        auth.status = PatientService::authorizationStatusNamed(ctx.value(QStringLiteral("status")));
    auth = PatientService(ctx.store(), ctx.clock()).addAuthorization(user, auth);
    const QString status = PriorAuthorization::statusName(auth.status);
    ctx.print(
        QJsonObject {{QStringLiteral("authorization"),
            QJsonObject {{QStringLiteral("id"), auth.id}, {QStringLiteral("status"), status},
                {QStringLiteral("from"), auth.validFrom.toString(Qt::ISODate)},
                {QStringLiteral("to"), auth.validTo.toString(Qt::ISODate)},
                {QStringLiteral("visits"), auth.visitsApproved}, {QStringLiteral("used"), auth.visitsUsed}}}},
        QStringLiteral("Added %1 prior authorization %2: %3 visits, %4 to %5.")
            .arg(status)
            .arg(auth.id)
            .arg(auth.visitsApproved)
            .arg(auth.validFrom.toString(Qt::ISODate), auth.validTo.toString(Qt::ISODate)));
    return 0;
}

OptionSpec mrnOption()
{
    return {QStringLiteral("mrn"), QStringLiteral("M"), QStringLiteral("the patient's MRN"), true};
}

} // namespace

void addPatientCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("patient"), QStringLiteral("add")},
        QStringLiteral("Register a patient."),
        {mrnOption(), {QStringLiteral("first"), QStringLiteral("F"), QStringLiteral("first name"), true},
            {QStringLiteral("last"), QStringLiteral("L"), QStringLiteral("last name"), true},
            {QStringLiteral("dob"), QStringLiteral("D"),
                QStringLiteral("date of birth, 1961-03-04, 03/04/1961 or 3/4/61"), true},
            {QStringLiteral("preferred"), QStringLiteral("P"), QStringLiteral("preferred name")},
            {QStringLiteral("phone"), QStringLiteral("P"), QStringLiteral("phone number")},
            {QStringLiteral("email"), QStringLiteral("E"), QStringLiteral("email address")}},
        {}, {}, patientAdd};

    commands << Command {{QStringLiteral("order"), QStringLiteral("add")},
        QStringLiteral("Record a prescriber's order for a therapy."),
        {mrnOption(),
            {QStringLiteral("therapy"), QStringLiteral("T"), QStringLiteral("therapy name or brand"), true},
            {QStringLiteral("from"), QStringLiteral("D"), QStringLiteral("valid from"), true},
            {QStringLiteral("to"), QStringLiteral("D"), QStringLiteral("valid to (inclusive)"), true},
            {QStringLiteral("doses"), QStringLiteral("N"), QStringLiteral("doses authorized"), true},
            {QStringLiteral("used"), QStringLiteral("N"), QStringLiteral("doses already given (0)")},
            {QStringLiteral("prescriber"), QStringLiteral("NAME"), QStringLiteral("the prescriber")}},
        {}, {}, orderAdd};

    commands << Command {{QStringLiteral("coverage"), QStringLiteral("add")},
        QStringLiteral("Record insurance and its last eligibility check."),
        {mrnOption(), {QStringLiteral("payer"), QStringLiteral("P"), QStringLiteral("the payer"), true},
            {QStringLiteral("member"), QStringLiteral("ID"), QStringLiteral("member id"), true},
            {QStringLiteral("verified"), QStringLiteral("D"), QStringLiteral("when eligibility was verified"),
                true}},
        {}, {}, coverageAdd};

    commands << Command {{QStringLiteral("auth"), QStringLiteral("add")},
        QStringLiteral("Record the payer's prior authorization."),
        {mrnOption(),
            {QStringLiteral("therapy"), QStringLiteral("T"), QStringLiteral("therapy name or brand"), true},
            {QStringLiteral("from"), QStringLiteral("D"), QStringLiteral("valid from"), true},
            {QStringLiteral("to"), QStringLiteral("D"), QStringLiteral("valid to (inclusive)"), true},
            {QStringLiteral("visits"), QStringLiteral("N"), QStringLiteral("visits approved"), true},
            {QStringLiteral("used"), QStringLiteral("N"), QStringLiteral("visits already used (0)")},
            {QStringLiteral("status"), QStringLiteral("S"),
                QStringLiteral("approved (default), pending or denied")},
            {QStringLiteral("payer"), QStringLiteral("P"), QStringLiteral("the payer")}},
        {}, {}, authAdd};
}

} // namespace chairside::cli
