#include "cli/commandline.h"
#include "fixture.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

cli::Result run(const QStringList &arguments)
{
    return cli::execute(QStringList {QStringLiteral("chairside-cli")} + arguments);
}

QJsonObject simulation(const cli::Result &result)
{
    INFO(result.out.toStdString() << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(result.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object().value(QStringLiteral("simulation")).toObject();
}

} // namespace

TEST_CASE("CLI: simulate prints the month's numbers as JSON, the same for the same seed")
{
    const QStringList args
        = {QStringLiteral("--json"), QStringLiteral("simulate"), QStringLiteral("--chairs"),
            QStringLiteral("6"), QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--seed"),
            QStringLiteral("42"), QStringLiteral("--policy"), QStringLiteral("earliest")};
    const cli::Result first = run(args);
    const QJsonObject s = simulation(first);
    CHECK(s.value(QStringLiteral("chairs")).toInt() == 6);
    CHECK(s.value(QStringLiteral("days")).toInt() == 3);
    CHECK(s.value(QStringLiteral("seed")).toString() == QStringLiteral("42"));
    CHECK(s.value(QStringLiteral("policy")).toString() == QStringLiteral("earliest"));
    for (const char *key : {"peak_starts", "nurse_overload_minutes", "mean_wait_minutes", "p90_wait_minutes",
             "utilization", "patients_served", "minutes_past_closing", "bookings", "cancellations",
             "no_shows", "late_rebooked", "referrals"}) {
        INFO(key);
        CHECK(s.value(QLatin1String(key)).isDouble());
    }
    CHECK(s.value(QStringLiteral("patients_served")).toInt() > 0);
    CHECK(run(args).out == first.out);
}

TEST_CASE("CLI: simulate refuses a bad policy or size, naming the option")
{
    const cli::Result policy = run({QStringLiteral("--json"), QStringLiteral("simulate"),
        QStringLiteral("--policy"), QStringLiteral("fastest")});
    CHECK(policy.exitCode == 3);
    const QJsonObject error
        = QJsonDocument::fromJson(policy.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("field")).toString() == QStringLiteral("policy"));
    CHECK(run({QStringLiteral("simulate"), QStringLiteral("--chairs"), QStringLiteral("0")}).exitCode == 3);
    CHECK(run({QStringLiteral("simulate"), QStringLiteral("--seed"), QStringLiteral("x")}).exitCode == 3);
    const cli::Result help = run({QStringLiteral("simulate"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("do not come")));
}
