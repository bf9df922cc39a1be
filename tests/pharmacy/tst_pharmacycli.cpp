// The pharmacy's part of the chairside-cli contract: pharmacy, prep --reason, and history's no-show fee
// and wasted dose.

#include "catchqstring.h"
#include "checkin/noshowsweep.h"
#include "checkinhelpers.h"
#include "cli/commandline.h"
#include "fixture.h"
#include "pharmacy/doseservice.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

const QDate kTuesday(2026, 12, 1);
const QDate kWednesday(2026, 12, 2);

cli::Result run(
    test::Fixture &f, QStringList arguments, const QString &at = QStringLiteral("2026-12-01T08:00"))
{
    arguments.prepend(at);
    arguments.prepend(QStringLiteral("--at"));
    arguments.prepend(f.temp.path());
    arguments.prepend(QStringLiteral("--db"));
    arguments.prepend(QStringLiteral("chairside-cli"));
    return cli::execute(arguments);
}

QJsonObject json(const cli::Result &result)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.toStdString() << result.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("CLI: pharmacy lists tomorrow's doses as JSON, earliest first, in the agreed shape")
{
    test::Fixture f;
    const Patient ana = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Ana"),
        QStringLiteral("Souza"), QDate(1980, 5, 6), f.vedolizumab);
    const qint64 maria = f.book(f.maria, f.infliximab, kWednesday, 10, 0, &f.chairs[1]);
    const qint64 early = f.book(ana, f.vedolizumab, kWednesday, 8, 30, &f.chairs[0]);
    f.book(f.addReadyPatient(QStringLiteral("M0003"), QStringLiteral("Ivo"), QStringLiteral("Marin"),
               QDate(1975, 1, 2), f.ivig),
        f.ivig, kWednesday, 9);
    f.clock.set(f.local(kTuesday, 16, 5));
    DoseService(f.store, f.clock).markPrepared(test::userNamed(f, "nurse"), maria);

    const cli::Result result = run(f, {QStringLiteral("--json"), QStringLiteral("pharmacy")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject document = json(result);
    REQUIRE(document.keys() == QStringList {QStringLiteral("doses")});
    const QJsonArray doses = document.value(QStringLiteral("doses")).toArray();
    REQUIRE(doses.size() == 2);

    const QJsonObject first = doses.at(0).toObject();
    REQUIRE(first.value(QStringLiteral("appointment")).toInteger() == early);
    REQUIRE(first.value(QStringLiteral("start")).toString() == QStringLiteral("2026-12-02T08:30:00-05:00"));
    REQUIRE(first.value(QStringLiteral("mrn")).toString() == QStringLiteral("M0002"));
    REQUIRE(first.value(QStringLiteral("therapy")).toString() == QStringLiteral("vedolizumab"));
    REQUIRE(first.value(QStringLiteral("prep")).toString() == QStringLiteral("not-ready"));
    REQUIRE(first.value(QStringLiteral("chair")).toString() == QStringLiteral("1"));
    REQUIRE(first.value(QStringLiteral("late_change")).toBool() == false);
    REQUIRE(first.value(QStringLiteral("late_change_reason")).isNull());
    REQUIRE(first.value(QStringLiteral("prepared_at")).isNull());

    const QJsonObject second = doses.at(1).toObject();
    REQUIRE(second.value(QStringLiteral("appointment")).toInteger() == maria);
    REQUIRE(second.value(QStringLiteral("prep")).toString() == QStringLiteral("ready"));
    REQUIRE(second.value(QStringLiteral("prepared_at")).toString()
        == QStringLiteral("2026-12-01T16:05:00-05:00"));
    REQUIRE(second.value(QStringLiteral("usable_until")).toString()
        == QStringLiteral("2026-12-02T16:05:00-05:00"));
    REQUIRE(second.value(QStringLiteral("status")).toString() == QStringLiteral("booked"));

    // The same start as the roster gives.
    const QJsonObject roster = json(run(f,
        {QStringLiteral("--json"), QStringLiteral("roster"), QStringLiteral("--date"),
            QStringLiteral("2026-12-02")}));
    bool found = false;
    for (const QJsonValue chair : roster.value(QStringLiteral("chairs")).toArray()) {
        for (const QJsonValue a : chair.toObject().value(QStringLiteral("appointments")).toArray()) {
            if (a.toObject().value(QStringLiteral("id")).toInteger() == early) {
                REQUIRE(a.toObject().value(QStringLiteral("start")) == first.value(QStringLiteral("start")));
                found = true;
            }
        }
    }
    REQUIRE(found);
}

TEST_CASE("CLI: pharmacy for a date, wasted and late changes, as JSON and as a table")
{
    test::Fixture f;
    const qint64 maria = f.book(f.maria, f.infliximab, kWednesday, 10);
    DoseService(f.store, f.clock).markPrepared(test::userNamed(f, "nurse"), maria);
    f.clock.set(f.local(kTuesday, 12));
    DoseService(f.store, f.clock)
        .markWasted(test::userNamed(f, "nurse"), maria, QStringLiteral("bag damaged"));
    const qint64 late = f.book(f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Ana"),
                                   QStringLiteral("Souza"), QDate(1980, 5, 6), f.vedolizumab),
        f.vedolizumab, kWednesday, 11);

    const QJsonArray doses = json(run(f,
                                      {QStringLiteral("--json"), QStringLiteral("pharmacy"),
                                          QStringLiteral("--date"), QStringLiteral("2026-12-02")}))
                                 .value(QStringLiteral("doses"))
                                 .toArray();
    REQUIRE(doses.size() == 2);
    const QJsonObject wasted = doses.at(0).toObject();
    REQUIRE(wasted.value(QStringLiteral("prep")).toString() == QStringLiteral("wasted"));
    REQUIRE(wasted.value(QStringLiteral("wasted_reason")).toString() == QStringLiteral("bag damaged"));
    REQUIRE(
        wasted.value(QStringLiteral("wasted_at")).toString() == QStringLiteral("2026-12-01T12:00:00-05:00"));
    const QJsonObject lateDose = doses.at(1).toObject();
    REQUIRE(lateDose.value(QStringLiteral("appointment")).toInteger() == late);
    REQUIRE(lateDose.value(QStringLiteral("late_change")).toBool());
    REQUIRE(lateDose.value(QStringLiteral("late_change_reason")).toString() == QStringLiteral("booked-late"));

    const cli::Result text
        = run(f, {QStringLiteral("pharmacy"), QStringLiteral("--date"), QStringLiteral("2026-12-02")});
    REQUIRE(text.exitCode == 0);
    INFO(text.out.toStdString());
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    REQUIRE(lines.at(0).startsWith(
        QStringLiteral("Riverside Infusion Center, doses for Wednesday 2 December 2026")));
    REQUIRE(lines.at(1).startsWith(QStringLiteral("APPT")));
    REQUIRE(lines.at(2).contains(QStringLiteral("wasted Tue 12:00: bag damaged")));
    REQUIRE(lines.at(3).contains(QStringLiteral("late change: booked Tue 12:00")));
    // Aligned: each column starts at the same place on every line.
    const qsizetype mrn = lines.at(1).indexOf(QStringLiteral("MRN"));
    REQUIRE(lines.at(2).indexOf(QStringLiteral("M0001")) == mrn);
    REQUIRE(lines.at(3).indexOf(QStringLiteral("M0002")) == mrn);

    const QJsonObject empty = json(run(f,
        {QStringLiteral("--json"), QStringLiteral("pharmacy"), QStringLiteral("--date"),
            QStringLiteral("2026-12-09")}));
    REQUIRE(empty.value(QStringLiteral("doses")).toArray().isEmpty());

    const cli::Result bad = run(f,
        {QStringLiteral("--json"), QStringLiteral("pharmacy"), QStringLiteral("--date"),
            QStringLiteral("someday")});
    REQUIRE(bad.exitCode == cli::ExitBadData);
    REQUIRE(json(bad).value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString()
        == QStringLiteral("date"));
}

TEST_CASE("CLI: prep --state wasted needs --reason and keeps it")
{
    test::Fixture f;
    const qint64 id = f.book(f.maria, f.infliximab, kWednesday, 10);
    const QString appointment = QString::number(id);
    REQUIRE(run(f,
                {QStringLiteral("--user"), QStringLiteral("nurse"), QStringLiteral("prep"),
                    QStringLiteral("--appointment"), appointment, QStringLiteral("--state"),
                    QStringLiteral("ready")})
                .exitCode
        == 0);

    const cli::Result missing = run(f,
        {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("nurse"), QStringLiteral("prep"),
            QStringLiteral("--appointment"), appointment, QStringLiteral("--state"),
            QStringLiteral("wasted")});
    REQUIRE(missing.exitCode == cli::ExitBadData);
    REQUIRE(json(missing).value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString()
        == QStringLiteral("reason"));
    REQUIRE(f.store.appointment(id)->prep == PrepState::Ready);

    const QJsonObject done = json(run(f,
        {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("nurse"), QStringLiteral("prep"),
            QStringLiteral("--appointment"), appointment, QStringLiteral("--state"), QStringLiteral("wasted"),
            QStringLiteral("--reason"), QStringLiteral("dropped on the floor")}));
    const QJsonObject a = done.value(QStringLiteral("appointment")).toObject();
    REQUIRE(a.value(QStringLiteral("id")).toInteger() == id);
    REQUIRE(a.value(QStringLiteral("prep")).toString() == QStringLiteral("wasted"));
    REQUIRE(a.value(QStringLiteral("wasted_reason")).toString() == QStringLiteral("dropped on the floor"));
    REQUIRE(f.store.appointment(id)->wastedReason == QStringLiteral("dropped on the floor"));

    const cli::Result readyWithReason = run(f,
        {QStringLiteral("--user"), QStringLiteral("nurse"), QStringLiteral("prep"),
            QStringLiteral("--appointment"), appointment, QStringLiteral("--state"), QStringLiteral("ready"),
            QStringLiteral("--reason"), QStringLiteral("just because")});
    REQUIRE(readyWithReason.exitCode == cli::ExitBadData);
}

TEST_CASE("CLI: history shows the no-show fee and the wasted dose when there were any")
{
    test::Fixture f;
    const qint64 missed = f.book(f.maria, f.infliximab, kWednesday, 10);
    const qint64 plain = f.book(f.maria, f.infliximab, kWednesday.addDays(1), 10);
    f.clock.set(f.local(kTuesday, 16));
    DoseService(f.store, f.clock).markPrepared(test::userNamed(f, "nurse"), missed);
    f.clock.set(f.local(kWednesday, 10, 30));
    NoShowSweep(f.store, f.clock).mark(missed, test::userNamed(f, "nurse"));

    const QString at = QStringLiteral("2026-12-02T11:00");
    const QJsonObject withFee = json(run(f,
        {QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--appointment"),
            QString::number(missed)},
        at));
    for (const char *key : {"appointment", "history", "decisions", "overrides"})
        REQUIRE(withFee.contains(QLatin1String(key)));
    REQUIRE(withFee.value(QStringLiteral("no_show_fee_cents")).toInt() == 5000);
    const QJsonObject wasted = withFee.value(QStringLiteral("wasted_dose")).toObject();
    REQUIRE(wasted.value(QStringLiteral("at")).toString() == QStringLiteral("2026-12-02T10:30:00-05:00"));
    REQUIRE(wasted.value(QStringLiteral("reason")).toString() == QStringLiteral("patient did not come"));
    REQUIRE(wasted.value(QStringLiteral("prepared_at")).toString()
        == QStringLiteral("2026-12-01T16:00:00-05:00"));

    const cli::Result text
        = run(f, {QStringLiteral("history"), QStringLiteral("--appointment"), QString::number(missed)}, at);
    REQUIRE(text.exitCode == 0);
    REQUIRE(text.out.contains(QStringLiteral("No-show fee: $50.00")));
    REQUIRE(text.out.contains(QStringLiteral(
        "Dose wasted: Wed 2 Dec 2026 10:30 (prepared Tue 1 Dec 2026 16:00): patient did not come")));

    const QJsonObject without = json(run(f,
        {QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--appointment"),
            QString::number(plain)},
        at));
    REQUIRE_FALSE(without.contains(QStringLiteral("no_show_fee_cents")));
    REQUIRE_FALSE(without.contains(QStringLiteral("wasted_dose")));
    const cli::Result plainText
        = run(f, {QStringLiteral("history"), QStringLiteral("--appointment"), QString::number(plain)}, at);
    REQUIRE_FALSE(plainText.out.contains(QStringLiteral("No-show fee")));
    REQUIRE_FALSE(plainText.out.contains(QStringLiteral("Dose wasted")));
}
