// The CLI contract of center set, chair set and therapy set: what each prints, and how each refuses.

#include "cli/commandline.h"
#include "store/database.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// A database made with `init`, a center with two chairs and a therapy, and a way to run commands on it.
class SetupCli
{
public:
    SetupCli()
    {
        REQUIRE(run({QStringLiteral("init")}).exitCode == 0);
        REQUIRE(
            run({QStringLiteral("center"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("Riverside"), QStringLiteral("--tz"), QStringLiteral("America/New_York"),
                    QStringLiteral("--hours"), QStringLiteral("mon-fri 07:00-19:00"),
                    QStringLiteral("--phone"), QStringLiteral("(617) 555-0100"),
                    QStringLiteral("--readiness-days"), QStringLiteral("5")})
                .exitCode
            == 0);
        for (const char *label : {"1", "2"})
            REQUIRE(run(words("chair add --label") << QString::fromLatin1(label)).exitCode == 0);
        REQUIRE(run(words("therapy add --name infliximab --brand Remicade --minutes 120 --interval-weeks 8"))
                    .exitCode
            == 0);
        REQUIRE(run(words("user add --name desk --role receptionist")).exitCode == 0);
    }

    cli::Result run(const QStringList &arguments)
    {
        QStringList full {QStringLiteral("chairside-cli"), QStringLiteral("--db"),
            m_dir.filePath(QStringLiteral("cli.sqlite")), QStringLiteral("--at"),
            QStringLiteral("2026-12-01T08:00")};
        return cli::execute(full + arguments);
    }

    QJsonObject json(QStringList arguments, int expectedExit = 0)
    {
        arguments.prepend(QStringLiteral("--json"));
        const cli::Result result = run(arguments);
        INFO(result.err.toStdString());
        INFO(result.out.toStdString());
        REQUIRE(result.exitCode == expectedExit);
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
        REQUIRE(document.isObject());
        return document.object();
    }

    /// The set-up entries of the audit trail, straight from the file.
    qint64 setupEntries()
    {
        Store store(m_dir.filePath(QStringLiteral("cli.sqlite")));
        QSqlQuery q(store.database().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'setup-changed'")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_CASE("center add takes the phone and the readiness reach, center set changes what it is given")
{
    SetupCli cli;
    const QJsonObject before = cli.json(words("center set"))[QStringLiteral("center")].toObject();
    REQUIRE(before[QStringLiteral("phone")].toString() == QStringLiteral("(617) 555-0100"));
    REQUIRE(before[QStringLiteral("readiness_days")].toInt() == 5);

    const QJsonObject center = cli.json({QStringLiteral("center"), QStringLiteral("set"),
        QStringLiteral("--center"), QStringLiteral("Riverside"), QStringLiteral("--phone"),
        QStringLiteral("+1 617 555 0199"), QStringLiteral("--grace-minutes"), QStringLiteral("20"),
        QStringLiteral("--hours"), QStringLiteral("mon-fri 07:00-19:00; sat 08:00-14:00"),
        QStringLiteral("--readiness-days"), QStringLiteral("10")})[QStringLiteral("center")]
                                   .toObject();
    REQUIRE(center[QStringLiteral("id")].toInt() == before[QStringLiteral("id")].toInt());
    REQUIRE(center[QStringLiteral("name")].toString() == QStringLiteral("Riverside"));
    REQUIRE(center[QStringLiteral("tz")].toString() == QStringLiteral("America/New_York"));
    REQUIRE(
        center[QStringLiteral("hours")].toString() == QStringLiteral("mon-fri 07:00-19:00; sat 08:00-14:00"));
    REQUIRE(center[QStringLiteral("phone")].toString() == QStringLiteral("+1 617 555 0199"));
    REQUIRE(center[QStringLiteral("grace_minutes")].toInt() == 20);
    REQUIRE(center[QStringLiteral("early_minutes")].toInt() == 60);
    REQUIRE(center[QStringLiteral("eligibility_days")].toInt() == 30);
    REQUIRE(center[QStringLiteral("lead_hours")].toInt() == 24);
    REQUIRE(center[QStringLiteral("grid_minutes")].toInt() == 15);
    REQUIRE(center[QStringLiteral("no_show_fee_cents")].toInt() == 5000);
    REQUIRE(center[QStringLiteral("readiness_days")].toInt() == 10);

    const qint64 entries = cli.setupEntries();
    SECTION("a bad value exits 3 naming its option, and nothing changes")
    {
        for (const QStringList &arguments :
            {words("center set --grace-minutes -5"), words("center set --tz Mars/Base --phone 555-0100"),
                words("center set --readiness-days 0"), words("center set --phone nope")}) {
            const QJsonObject error = cli.json(arguments, 3)[QStringLiteral("error")].toObject();
            const QString field = error[QStringLiteral("field")].toString();
            REQUIRE(arguments.join(QLatin1Char(' ')).contains(QStringLiteral("--") + field));
        }
        REQUIRE(cli.json(words("center set"))[QStringLiteral("center")].toObject() == center);
        REQUIRE(cli.setupEntries() == entries);
    }
    SECTION("a receptionist is refused with exit 4")
    {
        REQUIRE(cli.run(QStringList {QStringLiteral("--user"), QStringLiteral("desk")}
                       + words("center set --grace-minutes 90"))
                    .exitCode
            == 4);
        REQUIRE(cli.json(words("center set"))[QStringLiteral("center")].toObject() == center);
    }
    SECTION("an unknown center is not found")
    {
        REQUIRE(cli.run(words("center set --center Nowhere --grace-minutes 5")).exitCode == 3);
    }
}

TEST_CASE("chair set relabels a chair, makes it a suite and takes it out of use")
{
    SetupCli cli;
    const QJsonObject chair
        = cli.json(words("chair set --label 2 --new-label 2B --kind suite"))[QStringLiteral("chair")]
              .toObject();
    REQUIRE(chair[QStringLiteral("label")].toString() == QStringLiteral("2B"));
    REQUIRE(chair[QStringLiteral("kind")].toString() == QStringLiteral("suite"));
    REQUIRE(chair[QStringLiteral("center")].toString() == QStringLiteral("Riverside"));
    REQUIRE(chair[QStringLiteral("active")].toBool());
    REQUIRE(chair[QStringLiteral("id")].toInt() > 0);

    const QJsonObject off
        = cli.json(words("chair set --center Riverside --label 2b --active no"))[QStringLiteral("chair")]
              .toObject();
    REQUIRE_FALSE(off[QStringLiteral("active")].toBool());
    REQUIRE(cli.json(words("chair set --label 2B --active yes"))[QStringLiteral("chair")]
                .toObject()[QStringLiteral("active")]
                .toBool());

    REQUIRE(cli.json(words("chair set --label 1 --new-label 2B"), 3)[QStringLiteral("error")]
                .toObject()[QStringLiteral("field")]
                .toString()
        == QStringLiteral("label"));
    REQUIRE(cli.json(words("chair set --label 1 --active maybe"), 3)[QStringLiteral("error")]
                .toObject()[QStringLiteral("field")]
                .toString()
        == QStringLiteral("active"));
    REQUIRE(cli.json(words("chair set --label 9 --active no"), 3)[QStringLiteral("error")]
                .toObject()[QStringLiteral("field")]
                .toString()
        == QStringLiteral("label"));
    REQUIRE(cli.run(words("chair set --active no")).exitCode == 2);

    SECTION("a chair with a booking ahead stays in use")
    {
        REQUIRE(
            cli.run(words("patient add --mrn M0001 --first Ana --last Diaz --dob 1970-01-02")).exitCode == 0);
        REQUIRE(cli.run(words("book --mrn M0001 --therapy infliximab --chair 1 --start 2026-12-03T09:00"))
                    .exitCode
            == 0);
        REQUIRE(cli.json(words("chair set --label 1 --active no"), 3)[QStringLiteral("error")]
                    .toObject()[QStringLiteral("field")]
                    .toString()
            == QStringLiteral("active"));
    }
}

TEST_CASE("therapy set changes a therapy and prints it as therapy add does")
{
    SetupCli cli;
    const QJsonObject added
        = cli.json(words("therapy add --name natalizumab --brand Tysabri --minutes 60 "
                         "--interval-weeks 4 --beyond-use-hours 8"))[QStringLiteral("therapy")]
              .toObject();
    const QJsonObject changed = cli.json(words(
        "therapy set --name Tysabri --minutes 90 --compounded no"))[QStringLiteral("therapy")]
                                    .toObject();
    REQUIRE(changed.keys() == added.keys());
    REQUIRE(changed[QStringLiteral("id")] == added[QStringLiteral("id")]);
    REQUIRE(changed[QStringLiteral("minutes")].toInt() == 90);
    REQUIRE_FALSE(changed[QStringLiteral("compounded")].toBool());
    REQUIRE(changed[QStringLiteral("beyond_use_hours")].toInt() == 0);
    REQUIRE(changed[QStringLiteral("interval_weeks")].toInt() == 4);

    const QJsonObject renamed = cli.json(words("therapy set --name natalizumab --new-name natalizumab-sztn "
                                               "--brand Tyruko --compounded yes"))[QStringLiteral("therapy")]
                                    .toObject();
    REQUIRE(renamed[QStringLiteral("name")].toString() == QStringLiteral("natalizumab-sztn"));
    REQUIRE(renamed[QStringLiteral("brand")].toString() == QStringLiteral("Tyruko"));
    REQUIRE(renamed[QStringLiteral("beyond_use_hours")].toInt() == 24);

    const qint64 entries = cli.setupEntries();
    const QList<std::pair<QStringList, QString>> refusals {
        {words("therapy set --name infliximab --minutes 0"), QStringLiteral("minutes")},
        {words("therapy set --name infliximab --interval-weeks 500"), QStringLiteral("interval-weeks")},
        {words("therapy set --name infliximab --compounded perhaps"), QStringLiteral("compounded")},
        {words("therapy set --name infliximab --new-name Tyruko"), QStringLiteral("name")},
        {words("therapy set --name aspirin --minutes 10"), QStringLiteral("name")}};
    for (const auto &[arguments, field] : refusals) {
        REQUIRE(cli.json(arguments, 3)[QStringLiteral("error")].toObject()[QStringLiteral("field")].toString()
            == field);
    }
    REQUIRE(cli.setupEntries() == entries);
    REQUIRE(cli.run(QStringList {QStringLiteral("--user"), QStringLiteral("desk")}
                   + words("therapy set --name infliximab --minutes 100"))
                .exitCode
        == 4);
    for (const char *command : {"center set", "chair set", "therapy set"}) {
        const cli::Result help = cli.run(words(command) << QStringLiteral("--help"));
        REQUIRE(help.exitCode == 0);
        REQUIRE(help.out.startsWith(
            QStringLiteral("Usage: chairside-cli [global options] ") + QLatin1String(command)));
    }
}

TEST_CASE("migrate brings a database to this program's schema and says from which version")
{
    QTemporaryDir dir;
    test::TestDatabase database(dir.filePath(QStringLiteral("migrate.sqlite")));
    const auto migrate = [&] {
        const cli::Result result = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--db"),
            database.location(), QStringLiteral("--json"), QStringLiteral("migrate")});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    };
    const QJsonObject first = migrate();
    // A test database on a server is made from one already migrated; a file starts empty.
    CHECK(first.value(QStringLiteral("from")).toInt()
        == (test::TestDatabase::onPostgreSql() ? Database::latestVersion() : 0));
    CHECK(first.value(QStringLiteral("to")).toInt() == Database::latestVersion());
    CHECK(first.value(QStringLiteral("migrated")).toBool() == !test::TestDatabase::onPostgreSql());
    CHECK(!first.value(QStringLiteral("database")).toString().isEmpty());

    const QJsonObject again = migrate();
    CHECK(again.value(QStringLiteral("from")).toInt() == Database::latestVersion());
    CHECK(again.value(QStringLiteral("to")).toInt() == Database::latestVersion());
    CHECK_FALSE(again.value(QStringLiteral("migrated")).toBool());
}
