// The manager's reports on a month of a 60-chair center: each report read, computed and painted on the
// Reports page (chart and table rendered offscreen), median and 99th percentile beside the target of
// 200 ms. The center is generated in a throwaway file: no organization file needed.
//
// Usage: chairside-reports-bench [--runs N] [--seed N]

#include "common/clock.h"
#include "model/user.h"
#include "reports/reportsview.h"
#include "samples.h"
#include "store/store.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <random>
#include <sqlite3.h>

using namespace chairside;
using namespace chairside::bench;

namespace {

constexpr int kChairs = 60;
const QDate kFirst(2026, 11, 2); // a Monday: four weeks and a day of November
const QDate kLast(2026, 11, 30);

struct Month
{
    qint64 centerId = 0;
    qint64 appointments = 0;
};

/// A 60-chair center open weekdays 07:00-19:00 and Saturday mornings, its chairs about four-fifths full
/// through November: most infusions given (arrival, check-in, start and end stamped), some cancelled
/// (late or not), some no-shows with the dose wasted and the fee; and the desk's walk-ins and reschedules.
Month makeMonth(Store &store, quint32 seed)
{
    std::mt19937 dice(seed);
    const auto below = [&](int n) { return int(dice() % quint32(n)); };
    Month month;
    Center center;
    center.name = QStringLiteral("North Campus Infusion Center");
    center.timeZoneId = "America/New_York";
    center.hours = OpeningHours::parse(QStringLiteral("mon-fri 07:00-19:00; sat 08:00-14:00"));
    month.centerId = store.addCenter(center);
    center.id = month.centerId;
    QList<qint64> chairs;
    for (int k = 1; k <= kChairs; ++k) {
        Chair chair;
        chair.centerId = center.id;
        chair.label = QStringLiteral("Chair %1").arg(k);
        chairs << store.addChair(chair);
    }
    QList<Therapy> therapies;
    const std::array<std::pair<const char *, int>, 5> plans {{{"infliximab", 150}, {"vedolizumab", 30},
        {"ocrelizumab", 210}, {"immune globulin", 180}, {"iron sucrose", 60}}};
    for (const auto &[name, minutes] : plans) {
        Therapy t;
        t.name = QString::fromLatin1(name);
        t.defaultMinutes = minutes;
        t.drugCostCents = 100000 + 50000 * below(8);
        t.id = store.addTherapy(t);
        therapies << t;
    }
    QList<Patient> patients;
    for (int i = 0; i < 4000; ++i) {
        Patient p;
        p.mrn = QStringLiteral("B%1").arg(i, 6, 10, QLatin1Char('0'));
        p.firstName = QStringLiteral("Pat");
        p.lastName = QStringLiteral("Bench%1").arg(i);
        p.dateOfBirth = QDate(1950 + i % 50, 1 + i % 12, 1 + i % 28);
        patients << p;
    }
    const QList<qint64> patientIds = store.addPatients(patients);

    QList<Appointment> batch;
    for (QDate day = kFirst; day <= kLast; day = day.addDays(1)) {
        const QDateTime midnight = QDateTime(day, QTime(0, 0), center.timeZone()).toUTC();
        for (const OpenSpan &span : center.hours.spansOn(day)) {
            for (const qint64 chair : chairs) {
                int minute = span.opensMinute + 15 * below(3);
                while (true) {
                    const Therapy &t = therapies.at(below(int(therapies.size())));
                    if (minute + t.defaultMinutes > span.closesMinute)
                        break;
                    Appointment a;
                    a.patientId = patientIds.at(below(int(patientIds.size())));
                    a.centerId = center.id;
                    a.chairId = chair;
                    a.therapyId = t.id;
                    a.startUtc = midnight.addSecs(qint64(minute) * 60);
                    a.minutes = t.defaultMinutes;
                    a.prep = PrepState::Ready;
                    a.createdBy = QStringLiteral("desk");
                    const int roll = below(100);
                    a.status = roll < 88 ? AppointmentStatus::Fulfilled
                        : roll < 94      ? AppointmentStatus::Cancelled
                                         : AppointmentStatus::NoShow;
                    // A cancellation's one history line is written at its created time: within a day of the
                    // start for a third of them (late).
                    a.createdAtUtc = a.startUtc.addSecs(-3600
                        * (a.status == AppointmentStatus::Cancelled && roll % 3 == 0 ? 2 + below(20)
                                                                                     : 24 * (3 + below(30))));
                    batch << a;
                    minute += t.defaultMinutes + 15 * below(4);
                }
            }
        }
    }
    store.addAppointments(batch);
    month.appointments = batch.size();

    // The day's stamps, written straight into the file: the bulk add books, it does not play the day.
    sqlite3 *db = nullptr;
    sqlite3_open(store.path().toUtf8().constData(), &db);
    sqlite3_busy_timeout(db, 5000);
    sqlite3_exec(db,
        "UPDATE appointment SET arrived_at = start_utc - 300 - (id * 7919 % 1800), "
        "checked_in_at = start_utc - 120 - (id * 7919 % 600), started_at = start_utc + (id * 104729 % 1500), "
        "completed_at = start_utc + (id * 104729 % 1500) + minutes * 60 WHERE status = 'fulfilled';"
        "UPDATE appointment SET no_show_fee_cents = 5000, prep_state = 'wasted' WHERE status = 'noshow';",
        nullptr, nullptr, nullptr);
    sqlite3_close(db);

    for (int k = 0; k < 80; ++k) {
        WalkIn w;
        w.atUtc
            = QDateTime(kFirst.addDays(below(28)), QTime(8 + below(9), below(60)), center.timeZone()).toUTC();
        w.centerId = center.id;
        w.patientId = patientIds.at(below(int(patientIds.size())));
        w.user = QStringLiteral("desk");
        w.offered = {{w.atUtc.addDays(2), chairs.first()}, {w.atUtc.addDays(3), chairs.last()}};
        store.addWalkIn(w);
    }
    static const char *const codes[]
        = {"AUTH_PENDING", "ORDER_EXPIRED", "LATE_BEYOND_GRACE", "MEDICATION_NOT_READY", "ELIGIBILITY_STALE"};
    for (int k = 0; k < 150; ++k) {
        CheckInRecord r;
        r.atUtc = batch.at(k * 37).startUtc;
        r.user = QStringLiteral("desk");
        r.appointmentId = 1 + k * 37;
        r.outcome = QStringLiteral("reschedule");
        r.reasons = {QString::fromLatin1(codes[k % 5])};
        store.addCheckInDecision(r);
    }
    return month;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int runs = 30;
    quint32 seed = 1;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        if (args.at(i) == QStringLiteral("--seed"))
            seed = args.at(i + 1).toUInt();
    }

    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("reports.sqlite")));
    const Month month = makeMonth(store, seed);
    std::printf("A month of a %d-chair center: %lld appointments, %s to %s.\n", kChairs,
        static_cast<long long>(month.appointments), qPrintable(kFirst.toString(Qt::ISODate)),
        qPrintable(kLast.toString(Qt::ISODate)));

    const FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC));
    Workspace workspace(store, clock);
    workspace.setCenter(*store.center(month.centerId));
    User admin;
    admin.name = QStringLiteral("admin");
    admin.role = Role::Admin;
    store.addUser(admin, clock.nowUtc());
    workspace.setUser(*store.userByName(admin.name));
    ReportsView view(workspace);
    view.resize(1360, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        std::fprintf(stderr, "the page was never shown\n");

    Samples samples;
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (const ReportKind kind : allReportKinds()) {
        const QString figure = QStringLiteral("report %1, a month of 60 chairs").arg(reportKindName(kind));
        for (int run = 0; run <= runs; ++run) {
            const Stopwatch watch;
            // Read, computed, the chart and table filled, and the whole page painted.
            view.choose(kind, kFirst, kLast);
            view.render(&image);
            const auto [wall, cpu] = watch.elapsed();
            if (run > 0) // the first warms the statement cache and the fonts
                samples.add(figure, wall, cpu);
        }
        const Samples::Figure &f = samples.figure(figure);
        samples.setTarget(figure, QStringLiteral("<= 200 ms"),
            f.p99() <= 200000 ? QStringLiteral("yes") : QStringLiteral("NO"));
    }
    std::printf("%s",
        qPrintable(samples.table({QStringLiteral("%1 runs of each, after one to warm up.").arg(runs)})));
    return 0;
}
