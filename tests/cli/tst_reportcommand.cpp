// chairside-cli report: each kind's JSON shape, its numbers on a small day, and how it refuses.

#include "checkin/checkinservice.h"
#include "checkinhelpers.h"
#include "cli/commandline.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1); // the fixture's today
const QString kAt = QStringLiteral("2026-12-01T17:00");

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    list.sort();
    return list;
}

QJsonObject report(Fixture &f, const char *kind, const char *user = "nurse", int expectedExit = 0,
    const QStringList &more = {})
{
    QStringList arguments {QStringLiteral("--user"), QString::fromLatin1(user), QStringLiteral("report"),
        QString::fromLatin1(kind), QStringLiteral("--from"), QStringLiteral("2026-12-01"),
        QStringLiteral("--to"), QStringLiteral("2026-12-01")};
    arguments << more;
    return test::runCli(f, kAt, arguments, expectedExit);
}

int exitOf(Fixture &f, const QStringList &arguments)
{
    QStringList argv {QStringLiteral("chairside-cli"), QStringLiteral("--db"), f.temp.path(),
        QStringLiteral("--at"), kAt, QStringLiteral("--user"), QStringLiteral("nurse")};
    argv << arguments;
    return cli::execute(argv).exitCode;
}

/// The small day: Maria's infusion at 09:00 (arrived 08:40, in the chair 09:05), a no-show at 11:00 whose
/// dose was wasted, and a walk-in at 10:00.
void smallDay(Fixture &f)
{
    Appointment a;
    a.patientId = f.maria.id;
    a.centerId = f.center.id;
    a.chairId = f.chairs.first().id;
    a.therapyId = f.infliximab.id;
    a.startUtc = f.local(kTuesday, 9);
    a.minutes = 60;
    a.prep = PrepState::Ready;
    a.createdBy = QStringLiteral("desk");
    a.createdAtUtc = f.local(kTuesday.addDays(-7), 9);
    const qint64 done = f.store.addAppointment(a);
    f.store.changeStatus(done, AppointmentStatus::Arrived, QStringLiteral("desk"), f.local(kTuesday, 8, 40));
    f.store.changeStatus(
        done, AppointmentStatus::CheckedIn, QStringLiteral("desk"), f.local(kTuesday, 8, 45));
    f.store.changeStatus(
        done, AppointmentStatus::InProgress, QStringLiteral("nurse"), f.local(kTuesday, 9, 5));
    f.store.changeStatus(
        done, AppointmentStatus::Fulfilled, QStringLiteral("nurse"), f.local(kTuesday, 10, 5));

    const Patient other = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Ben"),
        QStringLiteral("Okafor"), QDate(1970, 5, 6), f.infliximab);
    a.patientId = other.id;
    a.startUtc = f.local(kTuesday, 11);
    const qint64 noShow = f.store.addAppointment(a);
    f.store.changeStatus(
        noShow, AppointmentStatus::NoShow, QStringLiteral("nurse"), f.local(kTuesday, 11, 30));
    f.store.setNoShowFee(noShow, 5000);
    f.store.setPrep(noShow, PrepState::Wasted, f.local(kTuesday, 11, 31), QStringLiteral("no-show"));

    // Maria comes back at 10:00 without an appointment.
    f.clock.set(f.local(kTuesday, 10));
    CheckInRequest request;
    request.mrn = f.maria.mrn;
    request.dateOfBirth = f.maria.dateOfBirth;
    request.centerId = f.center.id;
    CheckInService(f.store, f.clock).checkIn(request, test::userNamed(f, "desk"));
}

} // namespace

TEST_CASE("report no-shows: by therapy, the dose's cost as the admin set it, the fee, confirmed or not")
{
    Fixture f;
    smallDay(f);
    const QJsonObject set = test::runCli(f, kAt,
        {QStringLiteral("therapy"), QStringLiteral("set"), QStringLiteral("--name"),
            QStringLiteral("infliximab"), QStringLiteral("--drug-cost-cents"), QStringLiteral("412500")});
    CHECK(set.value(QStringLiteral("therapy")).toObject().value(QStringLiteral("drug_cost_cents")).toInt()
        == 412500);

    const QJsonObject json = report(f, "no-shows");
    CHECK(json.keys()
        == keys(
            {"report", "center", "from", "to", "late_cancel_hours", "therapies", "total", "confirmation"}));
    CHECK(json.value(QStringLiteral("report")).toString() == QLatin1String("no-shows"));
    CHECK(json.value(QStringLiteral("center")).toObject().value(QStringLiteral("id")).toInteger()
        == f.center.id);
    const QJsonArray therapies = json.value(QStringLiteral("therapies")).toArray();
    REQUIRE(therapies.size() == 1);
    const QJsonObject infliximab = therapies.at(0).toObject();
    CHECK(infliximab.keys()
        == keys({"therapy_id", "therapy", "appointments", "settled", "no_shows", "no_show_rate",
            "late_cancellations", "wasted_doses", "wasted_cost_cents", "fees_cents"}));
    CHECK(infliximab.value(QStringLiteral("appointments")).toInt() == 2);
    CHECK(infliximab.value(QStringLiteral("no_shows")).toInt() == 1);
    CHECK(infliximab.value(QStringLiteral("no_show_rate")).toDouble() == Approx(0.5));
    CHECK(infliximab.value(QStringLiteral("wasted_doses")).toInt() == 1);
    CHECK(infliximab.value(QStringLiteral("wasted_cost_cents")).toInteger() == 412500);
    CHECK(infliximab.value(QStringLiteral("fees_cents")).toInteger() == 5000);
    const QJsonObject unconfirmed = json.value(QStringLiteral("confirmation"))
                                        .toObject()
                                        .value(QStringLiteral("unconfirmed"))
                                        .toObject();
    CHECK(unconfirmed.value(QStringLiteral("settled")).toInt() == 2);
    CHECK(unconfirmed.value(QStringLiteral("rate")).toDouble() == Approx(0.5));
}

TEST_CASE("report waits, utilization, starts, walk-ins and reschedules: their shapes and numbers")
{
    Fixture f;
    smallDay(f);

    const QJsonObject waits = report(f, "waits");
    const QJsonObject overall = waits.value(QStringLiteral("overall")).toObject();
    CHECK(overall.keys()
        == keys({"count", "mean_minutes", "median_minutes", "p90_minutes", "longest_minutes"}));
    CHECK(overall.value(QStringLiteral("count")).toInt() == 1);
    CHECK(overall.value(QStringLiteral("p90_minutes")).toDouble() == Approx(25)); // 08:40 to 09:05
    REQUIRE(waits.value(QStringLiteral("days")).toArray().size() == 1);
    CHECK(waits.value(QStringLiteral("days"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("date"))
              .toString()
        == QLatin1String("2026-12-01"));

    const QJsonObject utilization = report(f, "utilization", "admin");
    CHECK(utilization.value(QStringLiteral("chairs")).toInt() == 5);
    const QJsonObject total = utilization.value(QStringLiteral("total")).toObject();
    CHECK(total.keys() == keys({"open_chair_minutes", "used_chair_minutes", "share"}));
    // Tuesday 07:00-19:00, five chairs: 3,600 chair-minutes; Maria's hour in the chair.
    CHECK(total.value(QStringLiteral("open_chair_minutes")).toInteger() == 3600);
    CHECK(total.value(QStringLiteral("used_chair_minutes")).toInteger() == 60);
    const QJsonArray cells = utilization.value(QStringLiteral("cells")).toArray();
    REQUIRE(cells.size() == 12);
    CHECK(cells.at(2).toObject().keys()
        == keys({"weekday", "day", "hour", "open_chair_minutes", "used_chair_minutes", "share"}));
    CHECK(cells.at(2).toObject().value(QStringLiteral("hour")).toInt() == 9);
    CHECK(cells.at(2).toObject().value(QStringLiteral("used_chair_minutes")).toInt() == 55);

    const QJsonObject starts = report(f, "starts");
    CHECK(starts.value(QStringLiteral("peak_starts")).toInt() == 1);
    CHECK(starts.value(QStringLiteral("steps")).toArray().size() == 48);
    const QJsonObject nine = starts.value(QStringLiteral("steps")).toArray().at(8).toObject();
    CHECK(nine.keys()
        == keys({"time", "days", "starts", "mean_starts", "most_starts", "least_capacity", "days_over"}));
    CHECK(nine.value(QStringLiteral("time")).toString() == QLatin1String("09:00"));
    CHECK(nine.value(QStringLiteral("starts")).toInt() == 1);

    const QJsonObject walkIns = report(f, "walk-ins");
    const QJsonArray rows = walkIns.value(QStringLiteral("walk_ins")).toArray();
    REQUIRE(rows.size() == 1);
    const QJsonObject row = rows.at(0).toObject();
    CHECK(row.keys()
        == keys(
            {"id", "at", "mrn", "patient", "user", "next_start", "offered", "booked_id", "booked_start"}));
    CHECK(row.value(QStringLiteral("at")).toString() == QLatin1String("2026-12-01T10:00:00-05:00"));
    CHECK(row.value(QStringLiteral("mrn")).toString() == QLatin1String("M0001"));
    CHECK(row.value(QStringLiteral("user")).toString() == QLatin1String("desk"));
    CHECK(row.value(QStringLiteral("next_start")).isNull());
    CHECK_FALSE(row.value(QStringLiteral("offered")).toArray().isEmpty());
    CHECK(row.value(QStringLiteral("booked_id")).isNull());

    const QJsonObject reschedules = report(f, "reschedules");
    CHECK(reschedules.value(QStringLiteral("appointments")).toInt() == 0);
    CHECK(reschedules.value(QStringLiteral("reasons")).toArray().isEmpty());
}

TEST_CASE("report refuses: the desk (4), an unknown kind or a missing date (2), a bad range or center (3)")
{
    Fixture f;
    CHECK(exitOf(f,
              {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("report"),
                  QStringLiteral("waits"), QStringLiteral("--from"), QStringLiteral("2026-12-01"),
                  QStringLiteral("--to"), QStringLiteral("2026-12-01")})
        == 4);
    CHECK(exitOf(f,
              {QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"),
                  QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-12-01")})
        == 2);
    CHECK(exitOf(f,
              {QStringLiteral("report"), QStringLiteral("waits"), QStringLiteral("--from"),
                  QStringLiteral("2026-12-01")})
        == 2);
    const QJsonObject backwards = test::runCli(f, kAt,
        {QStringLiteral("report"), QStringLiteral("waits"), QStringLiteral("--from"),
            QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30")},
        3);
    CHECK(backwards.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString()
        == QLatin1String("to"));
    report(f, "waits", "nurse", 3, {QStringLiteral("--center"), QStringLiteral("Nowhere")});
}
