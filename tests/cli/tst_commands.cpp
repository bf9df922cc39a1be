// The CLI contract of the set-up and booking commands: what each prints, and how each refuses.

#include "cli/commandline.h"
#include "store/database.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>
#include <utility>

using namespace chairside;

namespace {

/// A database file made with `init` and a small center, and a way to run commands on it.
class Cli
{
public:
    Cli() { REQUIRE(run({QStringLiteral("init")}).exitCode == 0); }

    QString path() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }

    cli::Result run(const QStringList &arguments, const QString &at = QStringLiteral("2026-12-01T08:00"))
    {
        QStringList full {
            QStringLiteral("chairside-cli"), QStringLiteral("--db"), path(), QStringLiteral("--at"), at};
        full += arguments;
        return cli::execute(full);
    }

    QJsonObject json(QStringList arguments, int expectedExit = 0)
    {
        arguments.prepend(QStringLiteral("--json"));
        const cli::Result result = run(arguments);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == expectedExit);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(document.isObject());
        return document.object();
    }

    void setUpCenter()
    {
        REQUIRE(run({QStringLiteral("center"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("Riverside"), QStringLiteral("--tz"),
                        QStringLiteral("America/New_York"), QStringLiteral("--hours"),
                        QStringLiteral("mon-fri 07:00-19:00; thu 07:00-21:00; sat 08:00-14:00")})
                    .exitCode
            == 0);
        for (const char *label : {"1", "2"})
            REQUIRE(run({QStringLiteral("chair"), QStringLiteral("add"), QStringLiteral("--label"),
                            QString::fromLatin1(label)})
                        .exitCode
                == 0);
        REQUIRE(run({QStringLiteral("therapy"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("infliximab"), QStringLiteral("--brand"), QStringLiteral("Remicade"),
                        QStringLiteral("--minutes"), QStringLiteral("120"),
                        QStringLiteral("--interval-weeks"), QStringLiteral("8")})
                    .exitCode
            == 0);
        REQUIRE(run({QStringLiteral("therapy"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("immune globulin"), QStringLiteral("--brand"), QStringLiteral("IVIG"),
                        QStringLiteral("--minutes"), QStringLiteral("180"), QStringLiteral("--compounded"),
                        QStringLiteral("no")})
                    .exitCode
            == 0);
        REQUIRE(
            run({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--mrn"),
                    QStringLiteral("M0001"), QStringLiteral("--first"), QStringLiteral("José"),
                    QStringLiteral("--last"), QStringLiteral("O'Brien"), QStringLiteral("--dob"),
                    QStringLiteral("03/04/1961"), QStringLiteral("--phone"), QStringLiteral("617-555-0100")})
                .exitCode
            == 0);
    }

    /// The number of rows in a table, read straight from the file.
    qint64 rows(const char *table)
    {
        Store store(path());
        Database &db = store.database();
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

private:
    QTemporaryDir m_dir;
};

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("init creates the database and the first admin once")
{
    Cli cli;
    const QJsonObject again = cli.json({QStringLiteral("init")});
    REQUIRE(again.value(QStringLiteral("admin_created")).toBool() == false);
    REQUIRE(again.value(QStringLiteral("schema")).toInt() == Database::latestVersion());
    REQUIRE(cli.rows("app_user") == 1);
}

TEST_CASE("Setting up a center through the CLI")
{
    Cli cli;
    cli.setUpCenter();
    const QJsonObject chair = cli.json(words("chair add --label A --kind suite"));
    REQUIRE(chair[QStringLiteral("chair")][QStringLiteral("kind")].toString() == QLatin1String("suite"));
    const QJsonObject user = cli.json(words("user add --name nurse.kim --role nurse"));
    REQUIRE(user[QStringLiteral("user")][QStringLiteral("role")].toString() == QLatin1String("nurse"));
    REQUIRE(cli.rows("chair") == 3);
    REQUIRE(cli.rows("therapy") == 2);
    REQUIRE(cli.rows("patient") == 1);
}

TEST_CASE("Set-up commands refuse bad data with exit 3, naming the field, and write nothing")
{
    Cli cli;
    cli.setUpCenter();
    struct Case
    {
        QStringList arguments;
        const char *field;
        const char *table;
    };
    const QList<Case> cases = {
        {{QStringLiteral("center"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("North"),
             QStringLiteral("--tz"), QStringLiteral("Mars/Base"), QStringLiteral("--hours"),
             QStringLiteral("mon 07:00-19:00")},
            "tz", "center"},
        {{QStringLiteral("center"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("North"),
             QStringLiteral("--tz"), QStringLiteral("UTC"), QStringLiteral("--hours"),
             QStringLiteral("mon 19:00-07:00")},
            "hours", "center"},
        {words("chair add --label 1"), "label", "chair"},
        {words("chair add --label 9 --kind sofa"), "kind", "chair"},
        {words("therapy add --name x --minutes 0"), "minutes", "therapy"},
        {words("therapy add --name y --minutes 30 --compounded maybe"), "compounded", "therapy"},
        {words("patient add --mrn M0001 --first A --last B --dob 1970-01-01"), "mrn", "patient"},
        {words("patient add --mrn M0002 --first A --last B --dob 1970-13-45"), "dob", "patient"},
        {words("patient add --mrn M0003 --first A --last B --dob 2030-01-01"), "dob", "patient"},
        {words("order add --mrn M9999 --therapy infliximab --from 2026-01-01 --to 2026-12-31 --doses 8"),
            "mrn", "prescriber_order"},
        {words("order add --mrn M0001 --therapy infliximab --from 2026-12-31 --to 2026-01-01 --doses 8"),
            "to", "prescriber_order"},
        {words("order add --mrn M0001 --therapy aspirin --from 2026-01-01 --to 2026-12-31 --doses 8"),
            "therapy", "prescriber_order"},
        {words("auth add --mrn M0001 --therapy infliximab --from 2026-01-01 --to 2026-12-31 --visits 4 "
               "--status maybe"),
            "status", "prior_authorization"},
        {words("coverage add --mrn M0001 --payer Acme --member X1 --verified yesterday"), "verified",
            "coverage"},
        {words("user add --name bob --role janitor"), "role", "app_user"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.arguments.join(QLatin1Char(' ')).toStdString())
        {
            const qint64 before = cli.rows(c.table);
            const QJsonObject answer = cli.json(c.arguments, 3);
            const QJsonObject error = answer[QStringLiteral("error")].toObject();
            REQUIRE(error[QStringLiteral("field")].toString() == QLatin1String(c.field));
            REQUIRE_FALSE(error[QStringLiteral("message")].toString().isEmpty());
            REQUIRE(cli.rows(c.table) == before);
        }
    }
}

TEST_CASE("Usage mistakes exit 2 and say what to do")
{
    Cli cli;
    for (const QStringList &arguments : {words("frobnicate"), words("center add --name X"),
             words("chair add --label 1 --colour red"), words("book --mrn"), QStringList {}}) {
        DYNAMIC_SECTION(arguments.join(QLatin1Char(' ')).toStdString())
        {
            const cli::Result result = cli.run(arguments);
            REQUIRE(result.exitCode == 2);
            REQUIRE_FALSE(result.err.isEmpty());
        }
    }
}

TEST_CASE("Every command answers --help")
{
    Cli cli;
    const cli::Result overview = cli.run({QStringLiteral("--help")});
    REQUIRE(overview.exitCode == 0);
    const QStringList commands {QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("center add"),
        QStringLiteral("chair add"), QStringLiteral("therapy add"), QStringLiteral("user add"),
        QStringLiteral("patient add"), QStringLiteral("order add"), QStringLiteral("coverage add"),
        QStringLiteral("auth add"), QStringLiteral("book"), QStringLiteral("prep"), QStringLiteral("find"),
        QStringLiteral("checkin"), QStringLiteral("override"), QStringLiteral("slots"),
        QStringLiteral("reschedule"), QStringLiteral("start"), QStringLiteral("complete"),
        QStringLiteral("noshow-sweep"), QStringLiteral("roster"), QStringLiteral("history")};
    for (const QString &command : commands) {
        DYNAMIC_SECTION(command.toStdString())
        {
            REQUIRE(overview.out.contains(command));
            QStringList arguments = command.split(QLatin1Char(' '));
            arguments << QStringLiteral("--help");
            const cli::Result result = cli.run(arguments);
            REQUIRE(result.exitCode == 0);
            REQUIRE(
                result.out.startsWith(QStringLiteral("Usage: chairside-cli [global options] ") + command));
        }
    }
}

TEST_CASE("An option too long for the help's column has its words on the next line, not run into it")
{
    Cli cli;
    const cli::Result result = cli.run(words("simulate --help"));
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    const qsizetype at = lines.indexOf(QStringLiteral("  --policy earliest|level"));
    REQUIRE(at >= 0);
    REQUIRE(at + 1 < lines.size());
    CHECK(
        lines.at(at + 1).startsWith(QString(24, QLatin1Char(' ')) + QStringLiteral("how slots are offered")));
    // A short one keeps its words on its own line, in the column.
    CHECK(lines.contains(QStringLiteral("  --chairs N            chairs at the center (24)")));
}

TEST_CASE("Only an admin sets up centers, chairs, therapies and users")
{
    Cli cli;
    cli.setUpCenter();
    REQUIRE(cli.run(words("user add --name desk --role receptionist")).exitCode == 0);
    const QStringList asDesk {QStringLiteral("--user"), QStringLiteral("desk")};
    REQUIRE(cli.run(asDesk + words("chair add --label 7")).exitCode == 4);
    REQUIRE(cli.run(asDesk + words("user add --name eve --role admin")).exitCode == 4);
    REQUIRE(cli.run(asDesk + words("therapy add --name x --minutes 30")).exitCode == 4);
    REQUIRE(cli.run(QStringList {QStringLiteral("--user"), QStringLiteral("nobody")}
                   + words("chair add --label 8"))
                .exitCode
        == 4);
    REQUIRE(cli.rows("chair") == 2);
    // The desk registers patients.
    REQUIRE(cli.run(asDesk + words("patient add --mrn M0002 --first Ana --last Nguyen-Tran --dob 1988-01-02"))
                .exitCode
        == 0);
}

TEST_CASE("book prints the appointment and refuses a taken chair and closed hours")
{
    Cli cli;
    cli.setUpCenter();
    const QJsonObject booked
        = cli.json(words("book --mrn M0001 --therapy Remicade --start 2026-12-02T10:00 --chair 1"));
    const QJsonObject appointment = booked[QStringLiteral("appointment")].toObject();
    REQUIRE(appointment[QStringLiteral("id")].toInteger() > 0);
    REQUIRE(appointment[QStringLiteral("start")].toString() == QLatin1String("2026-12-02T10:00:00-05:00"));
    REQUIRE(appointment[QStringLiteral("chair")].toString() == QLatin1String("1"));

    // Without --json, the id alone on stdout, for scripts.
    REQUIRE(cli.run(words("patient add --mrn M0002 --first Ana --last Nguyen-Tran --dob 1988-01-02")).exitCode
        == 0);
    const cli::Result plain
        = cli.run(words("book --mrn M0002 --therapy infliximab --start 2026-12-02T10:00"));
    REQUIRE(plain.exitCode == 0);
    REQUIRE(plain.out.trimmed().toLongLong() > 0);

    const qint64 before = cli.rows("appointment");
    REQUIRE(cli.json(words("book --mrn M0002 --therapy infliximab --start 2026-12-02T11:30 --chair 1"),
                   3)[QStringLiteral("error")]
                .toObject()[QStringLiteral("field")]
                .toString()
        == QLatin1String("chair"));
    REQUIRE(cli.json(words("book --mrn M0002 --therapy infliximab --start 2026-12-02T18:00"),
                   3)[QStringLiteral("error")]
                .toObject()[QStringLiteral("field")]
                .toString()
        == QLatin1String("start"));
    REQUIRE(cli.json(words("book --mrn M0002 --therapy infliximab --start 2026-12-06T10:00"), 3)
                .contains(QStringLiteral("error")));
    REQUIRE(cli.json(words("book --mrn M0002 --therapy infliximab --start 2026-12-02T10:00 --chair 99"), 3)
                .contains(QStringLiteral("error")));
    REQUIRE(cli.json(words("book --mrn M0002 --therapy infliximab --start noon"), 3)
                .contains(QStringLiteral("error")));
    REQUIRE(cli.rows("appointment") == before);

    // A time with an offset is exact: 15:00Z is 10:00 in New York in December.
    REQUIRE(
        cli.run(words("patient add --mrn M0003 --first Zoë --last Müller --dob 1990-05-05")).exitCode == 0);
    const QJsonObject utc
        = cli.json(words("book --mrn M0003 --therapy infliximab --start 2026-12-03T15:00:00Z"));
    REQUIRE(utc[QStringLiteral("appointment")][QStringLiteral("start")].toString()
        == QLatin1String("2026-12-03T10:00:00-05:00"));
}

TEST_CASE("prep marks a compounded dose and refuses one that needs none")
{
    Cli cli;
    cli.setUpCenter();
    const qint64 id
        = cli.json(words("book --mrn M0001 --therapy infliximab --start 2026-12-02T10:00"))[QStringLiteral(
            "appointment")][QStringLiteral("id")]
              .toInteger();
    const QStringList prep {QStringLiteral("prep"), QStringLiteral("--appointment"), QString::number(id),
        QStringLiteral("--state")};
    REQUIRE(
        cli.json(prep
               + QStringList {QStringLiteral("ready")})[QStringLiteral("appointment")][QStringLiteral("prep")]
            .toString()
        == QLatin1String("ready"));
    REQUIRE(cli.json(prep + QStringList {QStringLiteral("cooked")}, 3).contains(QStringLiteral("error")));
    REQUIRE(cli.json(words("prep --appointment 999 --state ready"), 3).contains(QStringLiteral("error")));

    const qint64 ivig
        = cli.json(words("book --mrn M0001 --therapy IVIG --start 2026-12-03T10:00"))[QStringLiteral(
            "appointment")][QStringLiteral("id")]
              .toInteger();
    REQUIRE(cli.json({QStringLiteral("prep"), QStringLiteral("--appointment"), QString::number(ivig),
                         QStringLiteral("--state"), QStringLiteral("ready")},
                   3)
                .contains(QStringLiteral("error")));
}

TEST_CASE("A database from a newer Chairside is refused by every command")
{
    Cli cli;
    {
        Database db(cli.path());
        db.execute(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1),
            "pretend to be newer");
    }
    const cli::Result result = cli.run(words("find smith"));
    REQUIRE(result.exitCode == 1);
    REQUIRE(result.err.contains(QLatin1String("newer Chairside")));
}

TEST_CASE("patient add reads a date of birth as the desk does: 3/4/61 is 1961 and 03041961 the same day")
{
    Cli cli;
    for (const auto &[mrn, typed] : {std::pair {"M0101", "3/4/61"}, std::pair {"M0102", "03041961"}}) {
        INFO(typed);
        const QString command = QStringLiteral("patient add --mrn %1 --first Ada --last Byron --dob %2")
                                    .arg(QLatin1String(mrn), QLatin1String(typed));
        const QJsonObject added = cli.json(command.split(QLatin1Char(' ')));
        REQUIRE(added.value(QStringLiteral("patient")).toObject().value(QStringLiteral("dob")).toString()
            == QStringLiteral("1961-03-04"));
    }
}

TEST_CASE("A --db or CHAIRSIDE_DB that is a misspelt or unknown address, not a file path, is a usage error "
          "that makes nothing")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(dir.path()));
    struct Restore
    {
        QString path;
        ~Restore()
        {
            QDir::setCurrent(path);
            qunsetenv("CHAIRSIDE_DB");
        }
    } restore {before};

    for (const char *address : {"postgress://db.example/chairside", "sqlite:/x", "mysql:chairside"}) {
        const QString value = QString::fromLatin1(address);
        DYNAMIC_SECTION("--db " << address)
        {
            const cli::Result result = cli::execute(
                {QStringLiteral("chairside-cli"), QStringLiteral("--db"), value, QStringLiteral("init")});
            REQUIRE(result.exitCode == 2);
            REQUIRE(result.err.contains(value));
            REQUIRE(result.err.contains(QLatin1String("--db")));
            REQUIRE(
                QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        }
        DYNAMIC_SECTION("CHAIRSIDE_DB=" << address)
        {
            qputenv("CHAIRSIDE_DB", value.toUtf8());
            const cli::Result result = cli::execute(
                {QStringLiteral("chairside-cli"), QStringLiteral("--json"), QStringLiteral("init")});
            REQUIRE(result.exitCode == 2);
            REQUIRE(result.err.contains(value));
            REQUIRE(result.err.contains(QLatin1String("CHAIRSIDE_DB")));
            REQUIRE(
                QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        }
    }
}

TEST_CASE("A server that cannot be reached, or an address holding a password, is said in words")
{
    // Port 1 on this computer: nothing listens there, so the connection is refused at once.
    const cli::Result unreachable = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--db"),
        QStringLiteral("postgresql://desk@127.0.0.1:1/chairside"), QStringLiteral("migrate")});
    CHECK(unreachable.exitCode == cli::ExitFailure);
    CHECK(unreachable.err.contains(
        QLatin1String("Could not reach the database server desk@127.0.0.1:1/chairside")));

    const cli::Result secret = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--db"),
        QStringLiteral("postgresql://desk:hunter2@127.0.0.1:1/chairside"), QStringLiteral("migrate")});
    CHECK(secret.exitCode != cli::ExitOk);
    CHECK(secret.err.contains(QLatin1String("holds a password")));
    CHECK(secret.err.contains(QLatin1String(".pgpass")));
    CHECK_FALSE(secret.err.contains(QLatin1String("hunter2")));
}

TEST_CASE("A --db file path with a drive letter, a colon inside a name or a file: URL still opens")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString plain = dir.filePath(QStringLiteral("desk:2.sqlite"));
    REQUIRE(
        cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--db"), plain, QStringLiteral("init")})
            .exitCode
        == 0);
    REQUIRE(QFileInfo::exists(plain));
    const QString url = QUrl::fromLocalFile(dir.filePath(QStringLiteral("url.sqlite"))).toString();
    const cli::Result fromUrl = cli::execute(
        {QStringLiteral("chairside-cli"), QStringLiteral("--db"), url, QStringLiteral("init")});
    INFO(fromUrl.err.toStdString());
    REQUIRE(fromUrl.exitCode == 0);
    REQUIRE(QFileInfo::exists(dir.filePath(QStringLiteral("url.sqlite"))));
}

TEST_CASE("A wall time the clocks skip is refused with the nearest valid times, one they repeat is the first")
{
    Cli cli;
    const auto at = QStringLiteral("2027-03-01T08:00");
    REQUIRE(cli.run({QStringLiteral("center"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("Lakeside"), QStringLiteral("--tz"), QStringLiteral("America/Chicago"),
                        QStringLiteral("--hours"), QStringLiteral("sat 08:00-23:00; sun 00:30-12:00")},
                   at)
                .exitCode
        == 0);
    REQUIRE(cli.run(words("chair add --label 1"), at).exitCode == 0);
    REQUIRE(cli.run(words("therapy add --name vedolizumab --brand Entyvio --minutes 30"), at).exitCode == 0);
    REQUIRE(cli.run(words("patient add --mrn M0001 --first Ana --last Reyes --dob 1970-01-02"), at).exitCode
        == 0);

    // 14 March 2027 in Chicago: 02:00 becomes 03:00.
    const cli::Result gap
        = cli.run(words("--json book --mrn M0001 --therapy Entyvio --start 2027-03-14T02:30"), at);
    INFO(gap.err.toStdString());
    REQUIRE(gap.exitCode == 3);
    const QJsonObject error
        = QJsonDocument::fromJson(gap.out.toUtf8()).object()[QStringLiteral("error")].toObject();
    REQUIRE(error[QStringLiteral("field")].toString() == QLatin1String("start"));
    const QString message = error[QStringLiteral("message")].toString();
    REQUIRE(message.contains(QLatin1String("02:30 on 14 March 2027 does not exist in America/Chicago")));
    REQUIRE(message.contains(QLatin1String("01:59")));
    REQUIRE(message.contains(QLatin1String("03:00")));
    REQUIRE(cli.rows("appointment") == 0);

    // The clock itself is read the same way.
    const cli::Result clock = cli.run(words("book --mrn M0001 --therapy Entyvio --start 2027-03-14T09:00"),
        QStringLiteral("2027-03-14T02:15"));
    REQUIRE(clock.exitCode == 3);
    REQUIRE(clock.err.contains(QLatin1String("does not exist in America/Chicago")));
    REQUIRE(cli.rows("appointment") == 0);

    // 7 November 2027: 01:30 comes twice; the first, daylight time, is taken and said so.
    const QJsonObject twice = cli.json(words("book --mrn M0001 --therapy Entyvio --start 2027-11-07T01:30"));
    REQUIRE(twice[QStringLiteral("appointment")][QStringLiteral("start")].toString()
        == QLatin1String("2027-11-07T01:30:00-05:00"));
    const QJsonArray notes = twice[QStringLiteral("notes")].toArray();
    REQUIRE(notes.size() == 1);
    REQUIRE(notes.first().toString().contains(QLatin1String("happens twice")));
    const cli::Result plain
        = cli.run(words("book --mrn M0001 --therapy Entyvio --start 2027-11-07T01:00"), at);
    REQUIRE(plain.exitCode == 0);
    REQUIRE(plain.err.contains(QLatin1String("happens twice")));
}
