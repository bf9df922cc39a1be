// find: the desk's search box on the command line.

#include "access/permission.h"
#include "alignedtext.h"
#include "command.h"
#include "context.h"
#include "search/patientsearch.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>

namespace chairside::cli {

namespace {

QString matchName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Mrn:
        return QStringLiteral("mrn");
    case MatchKind::NameAndDob:
        return QStringLiteral("name+dob");
    case MatchKind::Dob:
        return QStringLiteral("dob");
    case MatchKind::Phone:
        return QStringLiteral("phone");
    case MatchKind::NamePrefix:
        break;
    }
    return QStringLiteral("prefix");
}

QString table(const QList<PatientMatch> &matches)
{
    using Row = std::array<QString, 5>;
    QList<Row> rows {{QStringLiteral("MRN"), QStringLiteral("Name"), QStringLiteral("DOB"),
        QStringLiteral("Phone"), QStringLiteral("Match")}};
    for (const PatientMatch &m : matches) {
        rows << Row {m.patient.mrn, m.patient.displayName(), m.patient.dateOfBirth.toString(Qt::ISODate),
            m.patient.phone, matchName(m.kind)};
    }
    return alignedText(rows);
}

int find(Context &ctx)
{
    const QString query = ctx.positional.join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        throw UsageError(
            QStringLiteral("find needs a QUERY: a name, a date of birth, an MRN or a phone number."));
    const int limit = ctx.intValue(QStringLiteral("limit"), 20, 1, 200);
    ctx.requireUser(Permission::ViewSchedule);

    PatientSearch search(ctx.store());
    const QList<PatientMatch> matches = search.find(query, limit);

    QJsonArray patients;
    for (const PatientMatch &m : matches) {
        patients.append(QJsonObject {{QStringLiteral("mrn"), m.patient.mrn},
            {QStringLiteral("first"), m.patient.firstName}, {QStringLiteral("last"), m.patient.lastName},
            {QStringLiteral("dob"), m.patient.dateOfBirth.toString(Qt::ISODate)},
            {QStringLiteral("phone"), m.patient.phone}, {QStringLiteral("match"), matchName(m.kind)}});
    }
    ctx.print(QJsonObject {{QStringLiteral("patients"), patients}},
        matches.isEmpty() ? QStringLiteral("No patient matches \"%1\".").arg(query) : table(matches));
    return 0;
}

} // namespace

void addFindCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("find")}, QStringLiteral("Look a patient up as the desk does."),
        {{QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N patients, 1-200 (20)")}},
        QStringLiteral("QUERY"),
        QStringLiteral(
            "QUERY is an MRN, a name as spoken (\"smi\", \"jose\", \"obrien\", \"Smith, Jo\" for last name "
            "Smith\n"
            "and a first name starting Jo), a date of birth (1961-03-04, 03/04/1961, 19610304), the start "
            "of\n"
            "a phone number (at least 4 digits), or a mix such as \"smith 1961-03-04\".\n"
            "Ranked: exact MRN, whole name with date of birth, date of birth, phone, then names that start\n"
            "with the words, in name order.\n"
            "Example: chairside-cli find alvarez 03/04/1961"),
        find};
}

} // namespace chairside::cli
