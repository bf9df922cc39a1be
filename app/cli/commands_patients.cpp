// patient add/set, order add/set, coverage add/verify, auth add/set, mrn pattern: a patient and what makes
// them ready for an infusion.

#include "access/permission.h"
#include "command.h"
#include "common/error.h"
#include "context.h"
#include "patients/patientservice.h"
#include "store/store.h"

#include <QJsonObject>
#include <QJsonValue>

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

QJsonObject patientJson(const Patient &p)
{
    return QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("mrn"), p.mrn},
        {QStringLiteral("first"), p.firstName}, {QStringLiteral("last"), p.lastName},
        {QStringLiteral("dob"), p.dateOfBirth.toString(Qt::ISODate)}};
}

QJsonObject orderJson(const PrescriberOrder &order)
{
    return QJsonObject {{QStringLiteral("id"), order.id},
        {QStringLiteral("from"), order.validFrom.toString(Qt::ISODate)},
        {QStringLiteral("to"), order.validTo.toString(Qt::ISODate)},
        {QStringLiteral("doses"), order.dosesAuthorized}, {QStringLiteral("used"), order.dosesUsed}};
}

QJsonObject coverageJson(const Coverage &coverage)
{
    return QJsonObject {{QStringLiteral("id"), coverage.id}, {QStringLiteral("payer"), coverage.payer},
        {QStringLiteral("member"), coverage.memberId},
        {QStringLiteral("verified"), coverage.eligibilityVerifiedOn.toString(Qt::ISODate)}};
}

QJsonObject authorizationJson(const PriorAuthorization &auth)
{
    return QJsonObject {{QStringLiteral("id"), auth.id},
        {QStringLiteral("status"), PriorAuthorization::statusName(auth.status)},
        {QStringLiteral("from"), auth.validFrom.toString(Qt::ISODate)},
        {QStringLiteral("to"), auth.validTo.toString(Qt::ISODate)},
        {QStringLiteral("visits"), auth.visitsApproved}, {QStringLiteral("used"), auth.visitsUsed}};
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
    ctx.print(QJsonObject {{QStringLiteral("patient"), patientJson(p)}},
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

/// A "set" command with nothing to set is a slip of the keyboard, not a request.
void requireSomething(const Context &ctx, const QStringList &options)
{
    for (const QString &option : options) {
        if (ctx.has(option))
            return;
    }
    QStringList named;
    for (const QString &option : options)
        named << QStringLiteral("--") + option;
    throw UsageError(
        QStringLiteral("Say what to change: give at least one of %1.").arg(named.join(QStringLiteral(", "))));
}

qint64 recordId(const Context &ctx)
{
    bool ok = false;
    const qint64 id = ctx.value(QStringLiteral("id")).trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        throw Error::badData(QStringLiteral("id"),
            QStringLiteral("--id \"%1\" is not a record number.").arg(ctx.value(QStringLiteral("id"))));
    }
    return id;
}

int patientSet(Context &ctx)
{
    requireSomething(ctx,
        {QStringLiteral("first"), QStringLiteral("last"), QStringLiteral("preferred"), QStringLiteral("dob"),
            QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("new-mrn")});
    const User user = ctx.requireUser(Permission::RegisterPatient);
    Patient p = patientByMrn(ctx);
    p.firstName = ctx.valueOr(QStringLiteral("first"), p.firstName);
    p.lastName = ctx.valueOr(QStringLiteral("last"), p.lastName);
    p.preferredName = ctx.valueOr(QStringLiteral("preferred"), p.preferredName);
    if (ctx.has(QStringLiteral("dob")))
        p.dateOfBirth = ctx.dateValue(QStringLiteral("dob"), TypedDate::Century::Past);
    p.phone = ctx.valueOr(QStringLiteral("phone"), p.phone);
    p.email = ctx.valueOr(QStringLiteral("email"), p.email);
    p.mrn = ctx.valueOr(QStringLiteral("new-mrn"), p.mrn);
    p = PatientService(ctx.store(), ctx.clock()).updatePatient(user, p);
    ctx.print(QJsonObject {{QStringLiteral("patient"), patientJson(p)}},
        QStringLiteral("Patient %1 is now %2, born %3, MRN %4.")
            .arg(QString::number(p.id), p.displayName(), p.dateOfBirth.toString(Qt::ISODate), p.mrn));
    return 0;
}

int orderSet(Context &ctx)
{
    requireSomething(ctx,
        {QStringLiteral("valid-from"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("doses"),
            QStringLiteral("used"), QStringLiteral("prescriber")});
    const User user = ctx.requireUser(Permission::RegisterPatient);
    const qint64 id = recordId(ctx);
    const auto stored = ctx.store().order(id);
    if (!stored) {
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no order number %1.").arg(id),
            QStringLiteral("id"));
    }
    PrescriberOrder order = *stored;
    if (ctx.has(QStringLiteral("valid-from")))
        order.validFrom = ctx.dateValue(QStringLiteral("valid-from"));
    else if (ctx.has(QStringLiteral("from")))
        order.validFrom = ctx.dateValue(QStringLiteral("from"));
    if (ctx.has(QStringLiteral("to")))
        order.validTo = ctx.dateValue(QStringLiteral("to"));
    order.dosesAuthorized = ctx.wholeNumber(QStringLiteral("doses"), order.dosesAuthorized);
    order.dosesUsed = ctx.wholeNumber(QStringLiteral("used"), order.dosesUsed);
    order.prescriber = ctx.valueOr(QStringLiteral("prescriber"), order.prescriber);
    order = PatientService(ctx.store(), ctx.clock()).updateOrder(user, order);
    ctx.print(QJsonObject {{QStringLiteral("order"), orderJson(order)}},
        QStringLiteral("Order %1: %2 doses, %3 used, %4 to %5.")
            .arg(order.id)
            .arg(order.dosesAuthorized)
            .arg(order.dosesUsed)
            .arg(order.validFrom.toString(Qt::ISODate), order.validTo.toString(Qt::ISODate)));
    return 0;
}

int coverageVerify(Context &ctx)
{
    const User user = ctx.requireUser(Permission::RegisterPatient);
    const Patient patient = patientByMrn(ctx);
    PatientService service(ctx.store(), ctx.clock());
    const Coverage chosen = service.coverageToVerify(patient.id, ctx.valueOr(QStringLiteral("payer"), {}));
    const Coverage coverage = service.verifyEligibility(user, chosen.id, ctx.center());
    QJsonObject json = coverageJson(coverage);
    json.insert(QStringLiteral("verifiedBy"), coverage.eligibilityVerifiedBy);
    json.insert(QStringLiteral("verifiedAt"), coverage.eligibilityVerifiedAtUtc.toString(Qt::ISODate));
    ctx.print(QJsonObject {{QStringLiteral("coverage"), json}},
        QStringLiteral("Eligibility with %1 verified %2 by %3.")
            .arg(coverage.payer, coverage.eligibilityVerifiedOn.toString(Qt::ISODate),
                coverage.eligibilityVerifiedBy));
    return 0;
}

int authSet(Context &ctx)
{
    requireSomething(ctx,
        {QStringLiteral("status"), QStringLiteral("visits"), QStringLiteral("used"), QStringLiteral("from"),
            QStringLiteral("to"), QStringLiteral("reference"), QStringLiteral("payer")});
    const User user = ctx.requireUser(Permission::RegisterPatient);
    const qint64 id = recordId(ctx);
    const auto stored = ctx.store().authorization(id);
    if (!stored) {
        throw Error(Error::Kind::NotFound,
            QStringLiteral("There is no prior authorization number %1.").arg(id), QStringLiteral("id"));
    }
    PriorAuthorization auth = *stored;
    if (ctx.has(QStringLiteral("status")))
        auth.status = PatientService::authorizationStatusNamed(ctx.value(QStringLiteral("status")));
    auth.visitsApproved = ctx.wholeNumber(QStringLiteral("visits"), auth.visitsApproved);
    auth.visitsUsed = ctx.wholeNumber(QStringLiteral("used"), auth.visitsUsed);
    if (ctx.has(QStringLiteral("from")))
        auth.validFrom = ctx.dateValue(QStringLiteral("from"));
    if (ctx.has(QStringLiteral("to")))
        auth.validTo = ctx.dateValue(QStringLiteral("to"));
    auth.reference = ctx.valueOr(QStringLiteral("reference"), auth.reference);
    auth.payer = ctx.valueOr(QStringLiteral("payer"), auth.payer);
    auth = PatientService(ctx.store(), ctx.clock()).updateAuthorization(user, auth);
    QJsonObject json = authorizationJson(auth);
    json.insert(QStringLiteral("reference"), auth.reference);
    ctx.print(QJsonObject {{QStringLiteral("authorization"), json}},
        QStringLiteral("Prior authorization %1 is %2: %3 visits, %4 used, %5 to %6.")
            .arg(auth.id)
            .arg(PriorAuthorization::statusName(auth.status))
            .arg(auth.visitsApproved)
            .arg(auth.visitsUsed)
            .arg(auth.validFrom.toString(Qt::ISODate), auth.validTo.toString(Qt::ISODate)));
    return 0;
}

int mrnPattern(Context &ctx)
{
    PatientService service(ctx.store(), ctx.clock());
    std::optional<MrnPattern> pattern;
    if (ctx.has(QStringLiteral("set"))) {
        const User user = ctx.requireUser(Permission::Administer);
        pattern = service.setMrnPattern(user, ctx.value(QStringLiteral("set")));
    } else {
        ctx.requireUser(Permission::ViewSchedule);
        pattern = service.mrnPattern();
    }
    const QString next = pattern ? service.nextMrn() : QString();
    ctx.print(
        QJsonObject {{QStringLiteral("mrnPattern"),
            QJsonObject {{QStringLiteral("pattern"), pattern ? QJsonValue(pattern->text()) : QJsonValue()},
                {QStringLiteral("next"), pattern ? QJsonValue(next) : QJsonValue()}}}},
        pattern
            ? QStringLiteral("MRN pattern %1; the next free MRN is %2.").arg(pattern->text(), next)
            : QStringLiteral("No MRN pattern is set; MRNs are typed. Set one with --set, e.g. CS-{000000}."));
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

    commands << Command {{QStringLiteral("patient"), QStringLiteral("set")},
        QStringLiteral("Correct a patient's demographics."),
        {mrnOption(), {QStringLiteral("first"), QStringLiteral("F"), QStringLiteral("first name")},
            {QStringLiteral("last"), QStringLiteral("L"), QStringLiteral("last name")},
            {QStringLiteral("preferred"), QStringLiteral("P"),
                QStringLiteral("preferred name (\"\" clears it)")},
            {QStringLiteral("dob"), QStringLiteral("D"), QStringLiteral("date of birth")},
            {QStringLiteral("phone"), QStringLiteral("P"), QStringLiteral("phone number (\"\" clears it)")},
            {QStringLiteral("email"), QStringLiteral("E"), QStringLiteral("email address (\"\" clears it)")},
            {QStringLiteral("new-mrn"), QStringLiteral("M2"),
                QStringLiteral("a new MRN, if no one else has it")}},
        {},
        QStringLiteral("Only the options given change. Prints the patient as now stored, as \"patient add\" "
                       "does. The audit trail says which fields changed, never the names or birth date."),
        patientSet};

    commands << Command {{QStringLiteral("order"), QStringLiteral("set")},
        QStringLiteral("Change a prescriber's order: its dates, doses or prescriber."),
        {{QStringLiteral("id"), QStringLiteral("N"), QStringLiteral("the order's number"), true},
            {QStringLiteral("valid-from"), QStringLiteral("D"), QStringLiteral("valid from")},
            {QStringLiteral("from"), QStringLiteral("D"), QStringLiteral("the same as --valid-from")},
            {QStringLiteral("to"), QStringLiteral("D"), QStringLiteral("valid to (inclusive)")},
            {QStringLiteral("doses"), QStringLiteral("N"), QStringLiteral("doses authorized")},
            {QStringLiteral("used"), QStringLiteral("N"), QStringLiteral("doses given")},
            {QStringLiteral("prescriber"), QStringLiteral("NAME"), QStringLiteral("the prescriber")}},
        {},
        QStringLiteral("Only the options given change; the patient and therapy stay. Prints the order as now "
                       "stored, as \"order add\" does."),
        orderSet};

    commands << Command {{QStringLiteral("coverage"), QStringLiteral("verify")},
        QStringLiteral("Record that the payer confirmed eligibility now."),
        {mrnOption(), {QStringLiteral("payer"), QStringLiteral("P"), QStringLiteral("the payer verified")}},
        {},
        QStringLiteral(
            "Records eligibility verified today on the center's calendar, by the acting user, now. Without "
            "--payer the patient's only payer is meant; a patient with coverage by several payers is refused "
            "(exit 3, field \"payer\") until --payer names the one verified, so that the wrong payer is "
            "never cleared. Prints the coverage as \"coverage add\" does, with \"verifiedBy\" and "
            "\"verifiedAt\" (UTC)."),
        coverageVerify};

    commands << Command {{QStringLiteral("auth"), QStringLiteral("set")},
        QStringLiteral("Change a prior authorization: status, dates, visits or reference."),
        {{QStringLiteral("id"), QStringLiteral("N"), QStringLiteral("the authorization's number"), true},
            {QStringLiteral("status"), QStringLiteral("S"), QStringLiteral("approved, pending or denied")},
            {QStringLiteral("visits"), QStringLiteral("N"), QStringLiteral("visits approved")},
            {QStringLiteral("used"), QStringLiteral("N"), QStringLiteral("visits used")},
            {QStringLiteral("from"), QStringLiteral("D"), QStringLiteral("valid from")},
            {QStringLiteral("to"), QStringLiteral("D"), QStringLiteral("valid to (inclusive)")},
            {QStringLiteral("reference"), QStringLiteral("R"),
                QStringLiteral("the payer's reference number")},
            {QStringLiteral("payer"), QStringLiteral("P"), QStringLiteral("the payer")}},
        {},
        QStringLiteral(
            "Only the options given change; the patient and therapy stay. An approved authorization "
            "needs at least one visit: approve with --status approved --visits N --from D --to D. "
            "Prints the authorization as \"auth add\" does, with its \"reference\"."),
        authSet};

    commands << Command {{QStringLiteral("mrn"), QStringLiteral("pattern")},
        QStringLiteral("Show or set how new MRNs are numbered."),
        {{QStringLiteral("set"), QStringLiteral("P"),
            QStringLiteral("the pattern, e.g. CS-{000000} (admin)")}},
        {},
        QStringLiteral(
            "The zeros in braces are the number, padded to their count: CS-{000000} gives CS-000001, "
            "CS-000002, ... The next free MRN follows the highest on file that fits the pattern. "
            "With --json: {\"mrnPattern\": {\"pattern\": \"CS-{000000}\", \"next\": "
            "\"CS-000001\"}}, both null when no pattern is set."),
        mrnPattern};
}

} // namespace chairside::cli
