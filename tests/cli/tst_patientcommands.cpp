// The CLI contract of correcting intake: patient set, order set, coverage verify, auth set and mrn
// pattern, what each prints with --json and how each refuses.

#include "cli/commandline.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

class Cli
{
public:
    Cli()
    {
        REQUIRE(run({QStringLiteral("init")}).exitCode == 0);
        for (const char *line :
            {"center add --name Riverside --tz America/New_York --hours mon-fri~07:00-19:00",
                "therapy add --name infliximab --minutes 120",
                "patient add --mrn M0001 --first Ana --last Lee --dob 1970-01-02 --phone 617-555-0100",
                "order add --mrn M0001 --therapy infliximab --from 2026-11-01 --to 2027-04-30 --doses 6",
                // One command too long for a line, split in two (not a missing comma):
                // NOLINTNEXTLINE(bugprone-suspicious-missing-comma)
                "auth add --mrn M0001 --therapy infliximab --from 2026-11-01 --to 2027-01-31 --visits 0 "
                "--status pending"}) {
            INFO(line);
            REQUIRE(run(words(line)).exitCode == 0);
        }
    }

    static QStringList words(const char *line)
    {
        QStringList list = QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &word : list)
            word.replace(QLatin1Char('~'), QLatin1Char(' '));
        return list;
    }

    cli::Result run(const QStringList &arguments)
    {
        QStringList full {QStringLiteral("chairside-cli"), QStringLiteral("--db"),
            m_dir.filePath(QStringLiteral("cli.sqlite")), QStringLiteral("--at"),
            QStringLiteral("2026-12-01T08:00")};
        return cli::execute(full + arguments);
    }

    QJsonObject json(const char *line, int expectedExit = 0)
    {
        const cli::Result result = run(QStringList {QStringLiteral("--json")} + words(line));
        INFO(line);
        INFO(result.out.toStdString() + result.err.toStdString());
        REQUIRE(result.exitCode == expectedExit);
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    Store store() { return Store(m_dir.filePath(QStringLiteral("cli.sqlite"))); }

private:
    QTemporaryDir m_dir;
};

QString field(const QJsonObject &error)
{
    return error.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
}

} // namespace

TEST_CASE("patient set corrects what is given and prints the patient as patient add does")
{
    Cli cli;
    const QJsonObject patient
        = cli.json("patient set --mrn M0001 --last Leigh --new-mrn M0100 --email ana@example.org")
              .value(QStringLiteral("patient"))
              .toObject();
    REQUIRE(patient.value(QStringLiteral("mrn")).toString() == QStringLiteral("M0100"));
    REQUIRE(patient.value(QStringLiteral("last")).toString() == QStringLiteral("Leigh"));
    REQUIRE(patient.value(QStringLiteral("first")).toString() == QStringLiteral("Ana"));
    REQUIRE(patient.value(QStringLiteral("dob")).toString() == QStringLiteral("1970-01-02"));
    REQUIRE(patient.value(QStringLiteral("id")).toInteger() == 1);

    REQUIRE(field(cli.json("patient set --mrn M0100 --phone 12", 3)) == QStringLiteral("phone"));
    REQUIRE(field(cli.json("patient set --mrn M0100 --dob 2030-01-01", 3)) == QStringLiteral("dob"));
    REQUIRE(field(cli.json("patient set --mrn M9999 --first X", 3)) == QStringLiteral("mrn"));
    REQUIRE(cli.run(Cli::words("patient set --mrn M0100")).exitCode == 2);
    REQUIRE(cli.store().patientByMrn(QStringLiteral("M0100"))->phone == QStringLiteral("617-555-0100"));
}

TEST_CASE("order set changes dates and doses, refuses more used than authorized")
{
    Cli cli;
    const QJsonObject order
        = cli.json("order set --id 1 --valid-from 2026-12-01 --doses 8 --used 1 --prescriber Dr.~Okafor")
              .value(QStringLiteral("order"))
              .toObject();
    REQUIRE(order.value(QStringLiteral("from")).toString() == QStringLiteral("2026-12-01"));
    REQUIRE(order.value(QStringLiteral("to")).toString() == QStringLiteral("2027-04-30"));
    REQUIRE(order.value(QStringLiteral("doses")).toInt() == 8);
    REQUIRE(order.value(QStringLiteral("used")).toInt() == 1);
    REQUIRE(cli.store().order(1)->prescriber == QStringLiteral("Dr. Okafor"));

    REQUIRE(field(cli.json("order set --id 1 --used 9", 3)) == QStringLiteral("used"));
    REQUIRE(field(cli.json("order set --id 1 --to 2026-01-01", 3)) == QStringLiteral("to"));
    REQUIRE(cli.json("order set --id 77 --doses 2", 3)
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("kind"))
        == QStringLiteral("not-found"));
    REQUIRE(cli.store().order(1)->dosesUsed == 1);
}

TEST_CASE("coverage verify records who and when, and asks which payer when there are several")
{
    Cli cli;
    REQUIRE(field(cli.json("coverage verify --mrn M0001", 3)) == QStringLiteral("coverage"));
    REQUIRE(cli.run(Cli::words("coverage add --mrn M0001 --payer Acme --member A1 --verified 2026-06-01"))
                .exitCode
        == 0);
    const QJsonObject coverage
        = cli.json("coverage verify --mrn M0001").value(QStringLiteral("coverage")).toObject();
    REQUIRE(coverage.value(QStringLiteral("payer")).toString() == QStringLiteral("Acme"));
    REQUIRE(coverage.value(QStringLiteral("member")).toString() == QStringLiteral("A1"));
    REQUIRE(coverage.value(QStringLiteral("verified")).toString() == QStringLiteral("2026-12-01"));
    REQUIRE(coverage.value(QStringLiteral("verifiedBy")).toString() == QStringLiteral("admin"));
    REQUIRE(
        coverage.value(QStringLiteral("verifiedAt")).toString() == QStringLiteral("2026-12-01T13:00:00Z"));

    REQUIRE(cli.run(Cli::words("coverage add --mrn M0001 --payer Medicare --member B2 --verified 2026-06-01"))
                .exitCode
        == 0);
    REQUIRE(field(cli.json("coverage verify --mrn M0001", 3)) == QStringLiteral("payer"));
    REQUIRE(cli.store().coverage(2)->eligibilityVerifiedOn == QDate(2026, 6, 1));
    REQUIRE(cli.json("coverage verify --mrn M0001 --payer medicare")
                .value(QStringLiteral("coverage"))
                .toObject()
                .value(QStringLiteral("id"))
                .toInt()
        == 2);
    REQUIRE(field(cli.json("coverage verify --mrn M0001 --payer Aetna", 3)) == QStringLiteral("payer"));
}

TEST_CASE("auth set approves a pending authorization with visits and a reference")
{
    Cli cli;
    REQUIRE(field(cli.json("auth set --id 1 --status approved", 3)) == QStringLiteral("visits"));
    REQUIRE(field(cli.json("auth set --id 1 --status maybe", 3)) == QStringLiteral("status"));
    const QJsonObject auth = cli.json("auth set --id 1 --status approved --visits 6 --reference PA-88")
                                 .value(QStringLiteral("authorization"))
                                 .toObject();
    REQUIRE(auth.value(QStringLiteral("status")).toString() == QStringLiteral("approved"));
    REQUIRE(auth.value(QStringLiteral("visits")).toInt() == 6);
    REQUIRE(auth.value(QStringLiteral("used")).toInt() == 0);
    REQUIRE(auth.value(QStringLiteral("from")).toString() == QStringLiteral("2026-11-01"));
    REQUIRE(auth.value(QStringLiteral("to")).toString() == QStringLiteral("2027-01-31"));
    REQUIRE(auth.value(QStringLiteral("reference")).toString() == QStringLiteral("PA-88"));
    REQUIRE(cli.json("auth set --id 1 --to 2027-03-31")
                .value(QStringLiteral("authorization"))
                .toObject()
                .value(QStringLiteral("to"))
                .toString()
        == QStringLiteral("2027-03-31"));
    REQUIRE(cli.run(Cli::words("auth set --id 1")).exitCode == 2);
}

TEST_CASE("mrn pattern shows, sets and numbers after the highest MRN on file")
{
    Cli cli;
    const QJsonObject none = cli.json("mrn pattern").value(QStringLiteral("mrnPattern")).toObject();
    REQUIRE(none.value(QStringLiteral("pattern")).isNull());
    REQUIRE(none.value(QStringLiteral("next")).isNull());
    REQUIRE(field(cli.json("mrn pattern --set CS-{0a}", 3)) == QStringLiteral("pattern"));
    const QJsonObject set
        = cli.json("mrn pattern --set M{0000}").value(QStringLiteral("mrnPattern")).toObject();
    REQUIRE(set.value(QStringLiteral("pattern")).toString() == QStringLiteral("M{0000}"));
    REQUIRE(set.value(QStringLiteral("next")).toString() == QStringLiteral("M0002")); // after M0001
}
