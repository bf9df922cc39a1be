#include "catchqstring.h"
#include "cli/commandline.h"
#include "searchroster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace chairside;
using namespace chairside::test;

namespace {

cli::Result find(const SearchRoster &roster, const QStringList &words, bool json = true)
{
    QStringList arguments {QStringLiteral("chairside-cli"), QStringLiteral("--db"), roster.temp.path()};
    if (json)
        arguments << QStringLiteral("--json");
    arguments << QStringLiteral("find") << words;
    return cli::execute(arguments);
}

QJsonArray patientsIn(const cli::Result &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.toStdString() << result.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.object().keys() == QStringList {QStringLiteral("patients")});
    return document.object().value(QStringLiteral("patients")).toArray();
}

QStringList field(const QJsonArray &patients, const char *name)
{
    QStringList values;
    for (const QJsonValue patient : patients)
        values << patient.toObject().value(QLatin1String(name)).toString();
    return values;
}

} // namespace

TEST_CASE("find prints the matching patients as JSON")
{
    SearchRoster roster;

    const cli::Result smith = find(roster, {QStringLiteral("smith")});
    REQUIRE(smith.exitCode == 0);
    const QJsonArray smiths = patientsIn(smith);
    REQUIRE(smiths.size() == 6);
    const QJsonObject anna = smiths.first().toObject();
    CHECK(anna.keys()
        == QStringList {QStringLiteral("dob"), QStringLiteral("first"), QStringLiteral("last"),
            QStringLiteral("match"), QStringLiteral("mrn"), QStringLiteral("phone")});
    CHECK(anna.value(QLatin1String("mrn")).toString() == QLatin1String("M0009"));
    CHECK(anna.value(QLatin1String("first")).toString() == QLatin1String("Anna"));
    CHECK(anna.value(QLatin1String("last")).toString() == QLatin1String("Smith"));
    CHECK(anna.value(QLatin1String("dob")).toString() == QLatin1String("1985-09-09"));
    CHECK(anna.value(QLatin1String("phone")).toString().isEmpty());
    CHECK(field(smiths, "match") == QStringList(6, QStringLiteral("prefix")));

    const QJsonArray maria
        = patientsIn(find(roster, {QStringLiteral("alvarez"), QStringLiteral("03/04/1961")}));
    REQUIRE(maria.size() == 1);
    CHECK(maria[0].toObject().value(QLatin1String("match")).toString() == QLatin1String("name+dob"));
    CHECK(maria[0].toObject().value(QLatin1String("phone")).toString() == QLatin1String("(617) 555-0142"));

    CHECK(field(patientsIn(find(roster, {QStringLiteral("M0001")})), "match")
        == QStringList {QStringLiteral("mrn")});
    CHECK(field(patientsIn(find(roster, {QStringLiteral("617-555")})), "match")
        == QStringList(2, QStringLiteral("phone")));
    CHECK(field(patientsIn(find(roster, {QStringLiteral("1961-03-04")})), "match")
        == QStringList(4, QStringLiteral("dob")));
    CHECK(field(patientsIn(find(roster, {QStringLiteral("Smith,"), QStringLiteral("Jo")})), "first")
        == QStringList {QStringLiteral("Joanna"), QStringLiteral("John")});
    CHECK(
        field(patientsIn(find(roster, {QStringLiteral("José")})), "last").contains(QStringLiteral("García")));
    CHECK(patientsIn(find(roster, {QStringLiteral("nobody")})).isEmpty());
}

TEST_CASE("find --limit bounds the page")
{
    SearchRoster roster;
    const QJsonArray two
        = patientsIn(find(roster, {QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("smith")}));
    CHECK(field(two, "mrn") == QStringList {QStringLiteral("M0009"), QStringLiteral("M0007")});
    CHECK(find(roster, {QStringLiteral("smith"), QStringLiteral("--limit"), QStringLiteral("0")}).exitCode
        == cli::ExitBadData);
    CHECK(find(roster, {QStringLiteral("smith"), QStringLiteral("--limit"), QStringLiteral("201")}).exitCode
        == cli::ExitBadData);
    CHECK(find(roster, {QStringLiteral("smith"), QStringLiteral("--limit"), QStringLiteral("many")}).exitCode
        == cli::ExitBadData);
}

TEST_CASE("find without a query is a usage error")
{
    SearchRoster roster;
    const cli::Result none = find(roster, {}, false);
    CHECK(none.exitCode == cli::ExitUsage);
    CHECK(none.err.contains(QLatin1String("QUERY")));
    CHECK(find(roster, {QStringLiteral("   ")}, false).exitCode == cli::ExitUsage);

    const cli::Result json = find(roster, {});
    REQUIRE(json.exitCode == cli::ExitUsage);
    const QJsonObject error
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("error")).toObject();
    CHECK(error.value(QLatin1String("kind")).toString() == QLatin1String("usage"));
}

TEST_CASE("find prints an aligned table for the desk")
{
    SearchRoster roster;
    const cli::Result result = find(roster, {QStringLiteral("smith"), QStringLiteral("1961-03-04")}, false);
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QLatin1String("MRN")));
    CHECK(lines[1].contains(QLatin1String("Smith, John")));
    CHECK(lines[1].contains(QLatin1String("718.555.0123")));
    CHECK(lines[1].endsWith(QLatin1String("name+dob")));
    CHECK(lines[2].contains(QLatin1String("Smithers, Jonathan")));
    CHECK(lines[2].endsWith(QLatin1String("dob")));
    // Every column starts where its heading does.
    const qsizetype dobColumn = lines[0].indexOf(QLatin1String("DOB"));
    CHECK(lines[1].indexOf(QLatin1String("1961-03-04")) == dobColumn);
    CHECK(lines[2].indexOf(QLatin1String("1961-03-04")) == dobColumn);
    const qsizetype matchColumn = lines[0].indexOf(QLatin1String("Match"));
    CHECK(lines[1].indexOf(QLatin1String("name+dob")) == matchColumn);
    CHECK(lines[2].lastIndexOf(QLatin1String("dob")) == matchColumn);

    const cli::Result nobody = find(roster, {QStringLiteral("Zwicky")}, false);
    CHECK(nobody.exitCode == 0);
    CHECK(nobody.out == QLatin1String("No patient matches \"Zwicky\".\n"));
}

TEST_CASE("find is open to the desk but not to an unknown user")
{
    SearchRoster roster;
    const QStringList base {QStringLiteral("chairside-cli"), QStringLiteral("--db"), roster.temp.path(),
        QStringLiteral("--json")};
    CHECK(cli::execute(base
              + QStringList {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("find"),
                  QStringLiteral("lee")})
              .exitCode
        == cli::ExitOk);
    CHECK(cli::execute(base
              + QStringList {QStringLiteral("--user"), QStringLiteral("ghost"), QStringLiteral("find"),
                  QStringLiteral("lee")})
              .exitCode
        == cli::ExitForbidden);
}
