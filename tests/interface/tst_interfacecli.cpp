// The CLI contract of receiving: import's JSON and exit codes, interface watch --once moving files to
// done/ and error/, and the quarantine's commands.

#include "cli/commandline.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

QByteArray sampleBytes(const char *name)
{
    QFile file(QStringLiteral(CHAIRSIDE_INTEROP_SAMPLES "/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

class Cli
{
public:
    Cli()
    {
        REQUIRE(run({QStringLiteral("init")}).exitCode == 0);
        for (const char *line :
            {"center add --name Riverside --tz America/New_York --hours mon-sun~00:00-23:59",
                "chair add --label 1", "chair add --label 2",
                "therapy add --name infliximab --minutes 120"}) {
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
        const QStringList full {QStringLiteral("chairside-cli"), QStringLiteral("--db"),
            m_dir.filePath(QStringLiteral("cli.sqlite")), QStringLiteral("--at"),
            QStringLiteral("2026-12-01T08:00")};
        return cli::execute(full + arguments);
    }

    QJsonObject json(const QStringList &arguments, int expectedExit)
    {
        const cli::Result result = run(QStringList {QStringLiteral("--json")} + arguments);
        INFO(result.out.toStdString() + result.err.toStdString());
        REQUIRE(result.exitCode == expectedExit);
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_CASE(
    "import --json: per file the format, counts and each quarantined message's segment, field and reason")
{
    Cli cli;
    const QString mesa = cli.write(QStringLiteral("mesa.hl7"), sampleBytes("siu-s12-mesa-v2.3.hl7"));
    const QString adt = cli.write(QStringLiteral("adt.hl7"), sampleBytes("adt-a04-blt-v2.4.hl7"));
    const QJsonObject first = cli.json({QStringLiteral("import"), adt, mesa}, cli::ExitBadData);
    const QJsonArray files = first.value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 2);
    const QJsonObject adtFile = files[0].toObject();
    CHECK(adtFile.value(QStringLiteral("file")).toString() == adt);
    CHECK(adtFile.value(QStringLiteral("format")).toString() == QStringLiteral("hl7v2"));
    CHECK(adtFile.value(QStringLiteral("applied")).toInt() == 1);
    CHECK(adtFile.value(QStringLiteral("duplicates")).toInt() == 0);
    CHECK(adtFile.value(QStringLiteral("quarantined")).toInt() == 0);
    const QJsonObject mesaFile = files[1].toObject();
    CHECK(mesaFile.value(QStringLiteral("quarantined")).toInt() == 1);
    const QJsonObject message = mesaFile.value(QStringLiteral("messages")).toArray().first().toObject();
    CHECK(message.value(QStringLiteral("control_id")).toString() == QStringLiteral("24916560"));
    CHECK(message.value(QStringLiteral("type")).toString() == QStringLiteral("SIU^S12"));
    CHECK(message.value(QStringLiteral("state")).toString() == QStringLiteral("quarantined"));
    CHECK(message.value(QStringLiteral("segment")).toString() == QStringLiteral("AIL"));
    CHECK(message.value(QStringLiteral("field")).toString() == QStringLiteral("AIL-3"));
    CHECK(message.value(QStringLiteral("reason")).toString().contains(QStringLiteral("OFFICE")));
    const qint64 id = message.value(QStringLiteral("id")).toInteger();

    // Map what it waits on and retry it; then the file again is a duplicate, which is fine (exit 0).
    REQUIRE(cli.run({QStringLiteral("interface"), QStringLiteral("map"), QStringLiteral("--kind"),
                        QStringLiteral("location"), QStringLiteral("--value"), QStringLiteral("OFFICE"),
                        QStringLiteral("--center"), QStringLiteral("Riverside")})
                .exitCode
        == 0);
    REQUIRE(cli.run({QStringLiteral("interface"), QStringLiteral("map"), QStringLiteral("--kind"),
                        QStringLiteral("service"), QStringLiteral("--value"),
                        QStringLiteral("reason for the appointment"), QStringLiteral("--therapy"),
                        QStringLiteral("infliximab")})
                .exitCode
        == 0);
    const QJsonObject retried = cli.json(
        {QStringLiteral("interface"), QStringLiteral("retry"), QStringLiteral("--id"), QString::number(id)},
        0);
    CHECK(retried.value(QStringLiteral("message")).toObject().value(QStringLiteral("state")).toString()
        == QStringLiteral("applied"));
    const QJsonObject again = cli.json({QStringLiteral("import"), mesa}, 0);
    const QJsonObject againFile = again.value(QStringLiteral("files")).toArray().first().toObject();
    CHECK(againFile.value(QStringLiteral("duplicates")).toInt() == 1);
    CHECK(againFile.value(QStringLiteral("applied")).toInt() == 0);

    const QJsonObject shown = cli.json(
        {QStringLiteral("interface"), QStringLiteral("show"), QStringLiteral("--id"), QString::number(id)},
        0);
    CHECK(shown.value(QStringLiteral("message"))
              .toObject()
              .value(QStringLiteral("raw"))
              .toString()
              .startsWith(QStringLiteral("MSH|^~\\&|MESA_OP")));
    CHECK(shown.value(QStringLiteral("message")).toObject().value(QStringLiteral("retries")).toInt() == 1);
    const QJsonObject listed = cli.json({QStringLiteral("interface"), QStringLiteral("messages"),
                                            QStringLiteral("--state"), QStringLiteral("duplicate")},
        0);
    CHECK(listed.value(QStringLiteral("messages")).toArray().size() == 1);
    CHECK(listed.value(QStringLiteral("counts")).toObject().value(QStringLiteral("applied")).toInt() == 2);
    const QJsonObject maps = cli.json({QStringLiteral("interface"), QStringLiteral("maps")}, 0);
    CHECK(maps.value(QStringLiteral("mappings")).toArray().size() == 2);
}

TEST_CASE("import refuses a missing file before importing anything, exit 3")
{
    Cli cli;
    const QString adt = cli.write(QStringLiteral("adt.hl7"), sampleBytes("adt-a04-blt-v2.4.hl7"));
    const cli::Result result
        = cli.run({QStringLiteral("import"), adt, cli.dir() + QStringLiteral("/missing.hl7")});
    CHECK(result.exitCode == cli::ExitBadData);
    CHECK(result.err.contains(QStringLiteral("missing.hl7")));
    const QJsonObject listed = cli.json({QStringLiteral("interface"), QStringLiteral("messages")}, 0);
    CHECK(listed.value(QStringLiteral("messages")).toArray().isEmpty());
}

TEST_CASE("interface watch --once moves each file to done/ or error/")
{
    Cli cli;
    const QString drop = cli.dir() + QStringLiteral("/drop");
    cli.write(QStringLiteral("drop/a-adt.hl7"), sampleBytes("adt-a04-blt-v2.4.hl7"));
    cli.write(QStringLiteral("drop/b-mesa.hl7"), sampleBytes("siu-s12-mesa-v2.3.hl7"));
    cli.write(QStringLiteral("drop/c-junk.txt"), "not a message at all\n");
    const cli::Result result = cli.run({QStringLiteral("interface"), QStringLiteral("watch"),
        QStringLiteral("--folder"), drop, QStringLiteral("--once")});
    INFO(result.out.toStdString() + result.err.toStdString());
    CHECK(result.exitCode == cli::ExitBadData);
    CHECK(QFile::exists(drop + QStringLiteral("/done/a-adt.hl7")));
    CHECK(QFile::exists(drop + QStringLiteral("/error/b-mesa.hl7")));
    CHECK(QFile::exists(drop + QStringLiteral("/error/c-junk.txt")));
    CHECK_FALSE(QFile::exists(drop + QStringLiteral("/a-adt.hl7")));
    CHECK(result.out.contains(QStringLiteral("a-adt.hl7")));
    // Nothing left: a second pass has nothing to do.
    CHECK(cli.run({QStringLiteral("interface"), QStringLiteral("watch"), QStringLiteral("--folder"), drop,
                      QStringLiteral("--once")})
              .exitCode
        == 0);
    const QJsonObject listed = cli.json({QStringLiteral("interface"), QStringLiteral("messages")}, 0);
    const QJsonArray messages = listed.value(QStringLiteral("messages")).toArray();
    REQUIRE(messages.size() == 3);
    CHECK(
        messages.first().toObject().value(QStringLiteral("channel")).toString() == QStringLiteral("folder"));
}

TEST_CASE("interface set and map refuse what they cannot use, naming the option")
{
    Cli cli;
    CHECK(cli.run({QStringLiteral("interface"), QStringLiteral("set"), QStringLiteral("--sender-zone"),
                      QStringLiteral("Nowhere/City")})
              .exitCode
        == cli::ExitBadData);
    const QJsonObject set = cli.json(
        {QStringLiteral("interface"), QStringLiteral("set"), QStringLiteral("--mrn-authority"),
            QStringLiteral("HOSP"), QStringLiteral("--sender-zone"), QStringLiteral("Europe/London")},
        0);
    CHECK(set.value(QStringLiteral("settings")).toObject().value(QStringLiteral("mrn_authority")).toString()
        == QStringLiteral("HOSP"));
    CHECK(set.value(QStringLiteral("settings")).toObject().value(QStringLiteral("sender_zone")).toString()
        == QStringLiteral("Europe/London"));
    CHECK(cli.run({QStringLiteral("interface"), QStringLiteral("map"), QStringLiteral("--kind"),
                      QStringLiteral("room"), QStringLiteral("--value"), QStringLiteral("X"),
                      QStringLiteral("--center"), QStringLiteral("Riverside")})
              .exitCode
        == cli::ExitBadData);
    CHECK(cli.run({QStringLiteral("interface"), QStringLiteral("map"), QStringLiteral("--kind"),
                      QStringLiteral("service"), QStringLiteral("--value"), QStringLiteral("X"),
                      QStringLiteral("--therapy"), QStringLiteral("aspirin")})
              .exitCode
        == cli::ExitBadData);
    CHECK(cli.run({QStringLiteral("interface"), QStringLiteral("map"), QStringLiteral("--kind"),
                      QStringLiteral("service"), QStringLiteral("--value"), QStringLiteral("X")})
              .exitCode
        == cli::ExitUsage);
}
