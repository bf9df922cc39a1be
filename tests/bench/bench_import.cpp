// chairside-interface-bench, importing: a file of 100,000 SIU^S12 messages imported into a fresh store,
// each message in its own savepoint (recorded, applied through the chair finder, keyed, audited), beside
// the physical limit on the same machine: reading the file and splitting it into messages, and nothing
// else. Target: >= 20,000 messages/s.

#include "common/clock.h"
#include "interface/interfaceservice.h"
#include "interop/hl7batch.h"
#include "model/center.h"
#include "model/chair.h"
#include "model/therapy.h"
#include "model/user.h"
#include "store/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>
#include <cstdio>

namespace chairside::bench {

namespace {

const int kMessages = qEnvironmentVariableIntValue("CHAIRSIDE_BENCH_MESSAGES") > 0
    ? qEnvironmentVariableIntValue("CHAIRSIDE_BENCH_MESSAGES")
    : 100000;
constexpr int kPatients = 10000;
constexpr int kChairs = 20;
constexpr int kPerDay = 200; ///< ten hourly starts a day in each of twenty chairs

/// The file, written once: message i books patient i % kPatients into day i / kPerDay, hour
/// 7 + (i % kPerDay) / kChairs, for an hour; every message a real S12 with PID, SCH, RGS and AIL.
const QString &importFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("siu-100000.hl7"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            std::abort();
        const QDate first(2027, 1, 4);
        QByteArray chunk;
        for (int i = 0; i < kMessages; ++i) {
            const QDate day = first.addDays(i / kPerDay);
            const int hour = 7 + (i % kPerDay) / kChairs;
            const int patient = i % kPatients;
            const QString start = day.toString(QStringLiteral("yyyyMMdd"))
                + QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')) + QStringLiteral("00");
            chunk += QStringLiteral("MSH|^~\\&|EHR|HOSP|CHAIRSIDE|INF|20261201080000||SIU^S12|M%1|P|2.4\r"
                                    "SCH||A%1|||||REMI^Infliximab||60|min|^^60^%2|||||||||||||||Booked\r"
                                    "PID|1||P%3^^^HOSP^MR||Patient%3^Pat||19700115|F|||||(555)010-2000\r"
                                    "RGS|1\r"
                                    "AIL|1||INFUSION^^^Main\r")
                         .arg(i)
                         .arg(start)
                         .arg(patient)
                         .toLatin1();
            if (chunk.size() > (1 << 20)) {
                out.write(chunk);
                chunk.clear();
            }
        }
        out.write(chunk);
        return file;
    }();
    return path;
}

QByteArray readFile()
{
    QFile in(importFile());
    if (!in.open(QIODevice::ReadOnly))
        std::abort();
    return in.readAll();
}

struct Figures
{
    double importRate = 0;
    int applied = 0;
    int quarantined = 0;
};
Figures g_figures;

/// The physical limit: reading the file from disk and splitting it into indexed messages, nothing else.
void BM_ReadAndSplit(benchmark::State &state)
{
    importFile();
    qint64 messages = 0;
    qint64 nanoseconds = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray bytes = readFile();
        const Hl7Batch batch = Hl7Batch::split(bytes);
        nanoseconds += timer.nsecsElapsed();
        messages += batch.messages.size();
        benchmark::DoNotOptimize(batch.messages.size());
    }
    const double rate = double(messages) / (double(nanoseconds) / 1e9);
    state.counters["messages/s"] = benchmark::Counter(rate);
    std::printf("physical limit, reading and splitting the file: %.0f messages/s\n", rate);
}

void BM_Import100kSiu(benchmark::State &state)
{
    importFile();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto store = std::make_unique<Store>(dir.filePath(QStringLiteral("import.sqlite")));
        FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc()));
        User admin;
        admin.name = QStringLiteral("admin");
        admin.role = Role::Admin;
        admin.id = store->addUser(admin, clock.nowUtc());
        Center center;
        center.name = QStringLiteral("Main");
        center.timeZoneId = "UTC";
        center.hours = OpeningHours::parse(QStringLiteral("mon-sun 07:00-19:00"));
        center.id = store->addCenter(center);
        for (int c = 1; c <= kChairs; ++c) {
            Chair chair;
            chair.centerId = center.id;
            chair.label = QString::number(c);
            store->addChair(chair);
        }
        Therapy therapy;
        therapy.name = QStringLiteral("infliximab");
        therapy.defaultMinutes = 60;
        therapy.id = store->addTherapy(therapy);
        InterfaceService service(*store, clock);
        service.setMapping(admin, MappingKind::Location, QStringLiteral("INFUSION"), center.id);
        service.setMapping(admin, MappingKind::Service, QStringLiteral("REMI"), therapy.id);
        state.ResumeTiming();

        QElapsedTimer timer;
        timer.start();
        const QByteArray bytes = readFile();
        const InterfaceFileResult result
            = service.importBytes(admin, bytes, InterfaceSource {InterfaceChannel::File, importFile()});
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        g_figures.importRate = double(result.receipts.size()) / seconds;
        g_figures.applied = result.applied;
        g_figures.quarantined = result.quarantined;
        if (result.applied != kMessages)
            state.SkipWithError("not every message was applied");
        state.PauseTiming();
        store.reset();
        state.ResumeTiming();
    }
    state.counters["messages/s"] = benchmark::Counter(g_figures.importRate);
    std::printf("import of %d SIU^S12 messages, one savepoint each: %.0f messages/s (target >= 20,000: %s), "
                "%d applied, %d quarantined\n",
        kMessages, g_figures.importRate, g_figures.importRate >= 20000 ? "met" : "NOT met", g_figures.applied,
        g_figures.quarantined);
}

BENCHMARK(BM_ReadAndSplit)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Import100kSiu)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

} // namespace chairside::bench
