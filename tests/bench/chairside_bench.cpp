// chairside-bench: the speed figures of issue 5 on an organization-sized file, each beside its target;
// with --db, issue 14's: the same organization copied onto a PostgreSQL server and measured there.
// Usage: chairside-bench [--data DIR] [--seed N] [--patients N] [--years N] [--json FILE] [--note TEXT]...
//        [--iterations N] [--db postgresql://...] [--merge-into FILE] [google benchmark flags]
// --db: the store on that server database (empty, or loaded from the same file by an earlier run), every
// figure named "PostgreSQL: ..."; --merge-into adds the figures and notes to a results file an earlier
// run wrote (the SQLite pass's) and prints both backends side by side.
// tests/bench/run.sh builds it and runs it with the machine's description, on the file and then on a
// throwaway PostgreSQL cluster.

#include "checkin/checkinrequest.h"
#include "checkin/checkinservice.h"
#include "common/clock.h"
#include "common/error.h"
#include "largedataset.h"
#include "model/appointment.h"
#include "model/center.h"
#include "model/chair.h"
#include "model/openinghours.h"
#include "model/prescriberorder.h"
#include "model/therapy.h"
#include "model/user.h"
#include "pgload.h"
#include "readiness/readinessqueue.h"
#include "readiness/readinessservice.h"
#include "reminders/calllist.h"
#include "samples.h"
#include "scheduling/lanelayout.h"
#include "scheduling/roster.h"
#include "scheduling/rosterservice.h"
#include "scheduling/slotservice.h"
#include "search/patientsearch.h"
#include "store/database.h"
#include "store/pgconnection.h"
#include "store/sqlquery.h"
#include "store/store.h"
#include "text/namenormalizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <latch>
#include <random>
#include <sqlite3.h>
#include <thread>
#include <unistd.h>

namespace chairside::bench {

namespace {

using Clock = std::chrono::steady_clock;

/// What the benchmarks share: the file, one store over it, the queries, and every timing.
struct Bench
{
    LargeDataset::Info info;
    std::unique_ptr<Store> store;
    std::unique_ptr<PatientSearch> search;
    sqlite3 *raw = nullptr;
    FixedClock clock {LargeDataset::nowUtc()};
    Samples samples;
    std::map<QString, QStringList> queries; ///< lookup kind -> queries typed at the desk
    QStringList notes;
    QString dataFolder;
    /// Where every desk's Store opens: the file, or the PostgreSQL server's address (--db).
    QString database;
    bool postgreSql = false;
    /// Before every figure's name: "" for the file, "PostgreSQL: " for the server, so that both passes'
    /// figures sit in one results file.
    QString prefix;

    void add(const QString &name, double microseconds, double cpuMicroseconds)
    {
        samples.add(prefix + name, microseconds, cpuMicroseconds);
    }
};

Bench *g_bench = nullptr;

/// When above 0, at most this many iterations of each figure (--iterations): for a run under a profiler
/// such as callgrind, fifty times slower.
int g_iterationCap = 0;

/// Samples name prefixes from real patients' names so the type-ahead queries hit common and rare names
/// as a desk would: a patient is drawn at random, not a name.
void prepareQueries(Bench &b)
{
    std::mt19937 dice(7);
    const qint64 patients = b.info.patients;
    auto randomPatient = [&] { return *b.store->patient(1 + qint64(dice() % quint32(patients))); };
    for (int i = 0; i < 200; ++i) {
        const Patient p = randomPatient();
        const QString last = NameNormalizer::fold(p.lastName).remove(QLatin1Char(' '));
        const QString first = NameNormalizer::fold(p.firstName);
        for (int n = 1; n <= 6; ++n) {
            const QString &name = (i % 4 == 3) ? first : last;
            b.queries[QStringLiteral("name prefix %1").arg(n)] << name.left(n);
        }
        b.queries[QStringLiteral("MRN")] << p.mrn;
        b.queries[QStringLiteral("DOB")] << p.dateOfBirth.toString(QStringLiteral("MM/dd/yyyy"));
        b.queries[QStringLiteral("phone")] << NameNormalizer::phoneDigits(p.phone);
        b.queries[QStringLiteral("name DOB")]
            << p.lastName + QLatin1Char(' ') + p.dateOfBirth.toString(Qt::ISODate);
        b.queries[QStringLiteral("two partial words (smi jo)")]
            << last.left(3) + QLatin1Char(' ') + first.left(2);
    }
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        throw Error(Error::Kind::Store, QString::fromUtf8(sqlite3_errmsg(db)));
    return statement;
}

/// Runs a statement with one text parameter (and an optional second) to the end, reading every column.
int drain(sqlite3_stmt *statement, const QByteArray &a, const QByteArray &b = {})
{
    sqlite3_reset(statement);
    sqlite3_bind_text(statement, 1, a.constData(), int(a.size()), SQLITE_TRANSIENT);
    if (sqlite3_bind_parameter_count(statement) > 1)
        sqlite3_bind_text(statement, 2, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    int rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(statement); ++c)
            benchmark::DoNotOptimize(sqlite3_column_text(statement, c));
        ++rows;
    }
    return rows;
}

void lookup(benchmark::State &state, const QString &kind)
{
    Bench &b = *g_bench;
    const QStringList &queries = b.queries.at(kind);
    qsizetype i = 0;
    for (auto _ : state) {
        const QString &q = queries[i++ % queries.size()];
        const Stopwatch start;
        const QList<PatientMatch> matches = b.search->find(q, 20);
        const auto [us, cpu] = start.elapsed();
        benchmark::DoNotOptimize(matches.size());
        b.add(QStringLiteral("lookup: ") + kind, us, cpu);
        if (kind != QStringLiteral("two partial words (smi jo)"))
            b.add(QStringLiteral("lookup: all kinds above"), us, cpu);
        if (kind.startsWith(QStringLiteral("name prefix")))
            b.add(QStringLiteral("lookup: name prefixes 1-6"), us, cpu);
        state.SetIterationTime(us / 1e6);
    }
}

/// A name-prefix query run in C on the same prefixes the lookup is given, recorded as `figure`.
void rawPrefixQuery(benchmark::State &state, const char *sql, const QString &figure)
{
    Bench &b = *g_bench;
    sqlite3_stmt *statement = prepare(b.raw, sql);
    QStringList all;
    for (int n = 1; n <= 6; ++n)
        all << b.queries.at(QStringLiteral("name prefix %1").arg(n));
    qsizetype i = 0;
    for (auto _ : state) {
        const QString prefix = NameNormalizer::fold(all[i++ % all.size()]);
        const Stopwatch start;
        const QByteArray low = prefix.toUtf8();
        const int rows = drain(statement, low, low + "\xf4\x8f\xbf\xbf");
        const auto [us, cpu] = start.elapsed();
        benchmark::DoNotOptimize(rows);
        b.add(figure, us, cpu);
        state.SetIterationTime(us / 1e6);
    }
    sqlite3_finalize(statement);
}

/// The floor: one range of the name index, in key order, one page of ids and sort keys. No names to show
/// a receptionist: what the index alone costs.
void rawIndex(benchmark::State &state)
{
    rawPrefixQuery(state,
        "SELECT t.patient_id, t.sort_key FROM patient_name_token t WHERE t.token >= ?1 AND t.token < ?2 "
        "ORDER BY t.token, t.kind, t.sort_key LIMIT 20",
        QStringLiteral("index range alone, ids only (floor)"));
}

/// The limit: the raw indexed query the lookup rests on, its own single-word statement in C, reading the
/// page of patients a desk is shown. The difference to the lookup is only the work around SQLite
/// (reading the query, planning the steps, making the results).
void rawJoined(benchmark::State &state)
{
    rawPrefixQuery(state,
        "SELECT p.id, p.mrn, p.first_name, p.last_name, p.preferred_name, p.dob, p.phone, p.email "
        "FROM patient_name_token t CROSS JOIN patient p WHERE t.token >= ?1 AND t.token < ?2 "
        "AND t.kind BETWEEN 0 AND 2 AND p.id = t.patient_id ORDER BY t.token, t.kind, t.sort_key, "
        "t.patient_id LIMIT 20",
        QStringLiteral("raw indexed query, the page's patients read (limit)"));
}

/// The peer: what a simple system does.
void naiveLike(benchmark::State &state)
{
    Bench &b = *g_bench;
    sqlite3_stmt *statement = prepare(b.raw,
        "SELECT id, first_name, last_name, dob FROM patient WHERE last_name LIKE '%' || ?1 || '%' "
        "ORDER BY last_name, first_name LIMIT 20");
    QStringList all;
    for (int n = 1; n <= 6; ++n)
        all << b.queries.at(QStringLiteral("name prefix %1").arg(n)).mid(0, 5);
    qsizetype i = 0;
    for (auto _ : state) {
        const QByteArray q = all[i++ % all.size()].toUtf8();
        const Stopwatch start;
        const int rows = drain(statement, q);
        const auto [us, cpu] = start.elapsed();
        benchmark::DoNotOptimize(rows);
        b.add(QStringLiteral("naive LIKE '%q%' sorted (peer)"), us, cpu);
        state.SetIterationTime(us / 1e6);
    }
    sqlite3_finalize(statement);
}

/// Today's booked appointments at the busy center, with the two identifiers the desk asks for.
QList<CheckInRequest> todaysArrivals(Bench &b)
{
    const Center center = *b.store->center(LargeDataset::kBusyCenterId);
    const QDate today = b.clock.nowUtc().toTimeZone(center.timeZone()).date();
    const QDateTime from = QDateTime(today, QTime(0, 0), center.timeZone()).toUTC();
    QList<CheckInRequest> requests;
    for (const Appointment &a : b.store->appointmentsAtCenter(center.id, from, from.addDays(1))) {
        if (a.status != AppointmentStatus::Booked)
            continue;
        const Patient p = *b.store->patient(a.patientId);
        CheckInRequest r;
        r.mrn = p.mrn;
        r.dateOfBirth = p.dateOfBirth;
        r.centerId = center.id;
        requests << r;
    }
    return requests;
}

void checkInDecision(benchmark::State &state)
{
    Bench &b = *g_bench;
    const QList<CheckInRequest> requests = todaysArrivals(b);
    CheckInService service(*b.store, b.clock);
    qsizetype i = 0;
    for (auto _ : state) {
        const CheckInRequest &r = requests[i++ % requests.size()];
        const Stopwatch start;
        const Decision d = service.evaluate(r, 0);
        const auto [us, cpu] = start.elapsed();
        benchmark::DoNotOptimize(d.outcome);
        b.add(QStringLiteral("check-in decision (evaluate, no slots)"), us, cpu);
        state.SetIterationTime(us / 1e6);
    }
}

/// The disk's own price of durability: a small write and fsync in the data's folder.
void bareFsync(benchmark::State &state)
{
    Bench &b = *g_bench;
    const QByteArray path = QDir(b.dataFolder).filePath(QStringLiteral("fsync-probe.bin")).toLocal8Bit();
    const int fd = ::open(path.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
    if (fd < 0)
        throw Error(Error::Kind::Store, QStringLiteral("Cannot open the fsync probe file."));
    char page[4096] = {};
    for (auto _ : state) {
        const Stopwatch start;
        bool ok = ::pwrite(fd, page, sizeof page, 0) == ssize_t(sizeof page);
        ok = ::fsync(fd) == 0 && ok;
        const auto [us, cpu] = start.elapsed();
        benchmark::DoNotOptimize(ok);
        b.add(QStringLiteral("bare write+fsync (disk)"), us, cpu);
        state.SetIterationTime(us / 1e6);
    }
    ::close(fd);
    ::unlink(path.constData());
}

/// The admit figure's name: what a commit is on the backend.
QString admitFigure(const Bench &b)
{
    return b.postgreSql ? QStringLiteral("admit, one desk (checkIn, committed on the server)")
                        : QStringLiteral("admit, durable (checkIn, WAL, synchronous=FULL)");
}

/// Books fresh appointments at a center of its own (so that no generated booking is disturbed) for
/// patients whose paperwork is in order, then times CheckInService::checkIn admitting each.
void admitDurable(benchmark::State &state)
{
    Bench &b = *g_bench;
    const int count = int(state.max_iterations);
    const Center busy = *b.store->center(LargeDataset::kBusyCenterId);
    const User admin = *b.store->userByName(QStringLiteral("desk"));
    CheckInService service(*b.store, b.clock);
    QList<CheckInRequest> requests;
    std::mt19937 dice(11);
    // Centers the size of the busiest (60 chairs), each with every chair booked for the coming quarter
    // hour: what a check-in reads (the chairs, the day's holds) is then what a full morning gives it.
    constexpr int kChairsPerCenter = 60;
    Center center;
    int chairNumber = 0;
    for (int tries = 0; requests.size() < count && tries < count * 20; ++tries) {
        const qint64 patientId
            = 1 + qint64(dice() % quint32(LargeDataset::infusionPatients(int(b.info.patients))));
        const Patient p = *b.store->patient(patientId);
        // The patient's own therapy: the first order on file.
        const QList<PrescriberOrder> orders = b.store->ordersOfPatient(patientId);
        if (orders.isEmpty())
            continue;
        if (chairNumber % kChairsPerCenter == 0) {
            center = busy;
            center.id = 0;
            center.name = QStringLiteral("Benchmark desk %1-%2")
                              .arg(QDateTime::currentMSecsSinceEpoch())
                              .arg(chairNumber / kChairsPerCenter + 1);
            center.id = b.store->addCenter(center);
        }
        Chair chair;
        chair.centerId = center.id;
        chair.label = QStringLiteral("Bench %1").arg(++chairNumber);
        const qint64 chairId = b.store->addChair(chair);
        const Therapy therapy = *b.store->therapy(orders.first().therapyId);
        Appointment a;
        a.patientId = patientId;
        a.centerId = center.id;
        a.chairId = chairId;
        a.therapyId = therapy.id;
        a.startUtc = b.clock.nowUtc().addSecs(10 * 60);
        a.minutes = therapy.defaultMinutes;
        a.prep = therapy.compounded ? PrepState::Ready : PrepState::NotNeeded;
        a.createdBy = QStringLiteral("desk");
        a.createdAtUtc = b.clock.nowUtc().addDays(-7);
        b.store->addAppointment(a);
        CheckInRequest r;
        r.mrn = p.mrn;
        r.dateOfBirth = p.dateOfBirth;
        r.centerId = center.id;
        if (service.evaluate(r, 0).outcome == Outcome::Admit)
            requests << r;
    }
    qsizetype i = 0;
    int admitted = 0;
    for (auto _ : state) {
        if (i >= requests.size()) {
            state.SkipWithError("not enough patients ready to admit");
            break;
        }
        const CheckInRequest &r = requests[i++];
        const Stopwatch start;
        const Decision d = service.checkIn(r, admin, 0);
        const auto [us, cpu] = start.elapsed();
        admitted += d.outcome == Outcome::Admit ? 1 : 0;
        b.add(admitFigure(b), us, cpu);
        state.SetIterationTime(us / 1e6);
    }
    b.notes << QStringLiteral("admit: %1 of %2 timed check-ins admitted.").arg(admitted).arg(i);
}

/// How many desks check patients in at once, and how many check-ins each makes (two days of a 60-chair
/// center).
constexpr int kDesks = 16;
constexpr int kDeskChairs = 60;
constexpr int kCheckInsPerDesk = 2 * kDeskChairs;
const QString kDesksFigure
    = QStringLiteral("16 desks at once: one check-in (checkIn, each desk its own connection)");

/// One desk's arrivals: each request with the moment the desk's clock shows when it is made.
struct Arrival
{
    CheckInRequest request;
    QDateTime atUtc;
};

/// A center of its own for desk `desk` (made the first time, kept across runs), with the next free
/// weekdays' arrivals booked on it, one per chair at 10:00: each for a patient nobody else checks in during
/// the run, whose paperwork lets the check-in admit them (asked beforehand with evaluate; the others stay
/// booked and are not timed).
QList<Arrival> bookDeskArrivals(
    Bench &b, int desk, int count, std::mt19937 &dice, QSet<qint64> &taken, qsizetype &booked)
{
    const Center busy = *b.store->center(LargeDataset::kBusyCenterId);
    const QString name = QStringLiteral("Benchmark desks: desk %1").arg(desk + 1);
    Center center;
    for (const Center &c : b.store->centers()) {
        if (c.name == name)
            center = c;
    }
    if (center.id == 0) {
        center = busy;
        center.id = 0;
        center.name = name;
        center.hours = OpeningHours::parse(QStringLiteral("mon-fri 07:00-19:00"));
        center.id = b.store->addCenter(center);
        for (int k = 1; k <= kDeskChairs; ++k) {
            Chair chair;
            chair.centerId = center.id;
            chair.label = QStringLiteral("Desk chair %1").arg(k);
            b.store->addChair(chair);
        }
    }
    const QList<Chair> chairs = b.store->chairs(center.id);
    const QTimeZone zone = center.timeZone();
    // After the last day an earlier run booked here: the chairs of those days still hold the patients
    // checked in then (nobody completed their infusions).
    SqlQuery last(b.store->database(),
        QStringLiteral("SELECT coalesce(max(start_utc), 0) FROM appointment WHERE center_id = ?"),
        "read the desk center's last appointment");
    last.exec({center.id});
    const qint64 lastStart = last.next() ? last.value(0).toLongLong() : 0;
    QDate day = b.clock.nowUtc().toTimeZone(zone).date();
    if (lastStart > 0)
        day = std::max(day, QDateTime::fromSecsSinceEpoch(lastStart, zone).date().addDays(1));

    const int infusionPatients = LargeDataset::infusionPatients(int(b.info.patients));
    QList<Appointment> batch;
    QList<Arrival> arrivals;
    while (batch.size() < count) {
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
        const QDateTime start = QDateTime(day, QTime(10, 0), zone).toUTC();
        for (const Chair &chair : chairs) {
            if (batch.size() >= count)
                break;
            qint64 patientId = 0;
            QList<PrescriberOrder> orders;
            while (orders.isEmpty()) {
                patientId = 1 + qint64(dice() % quint32(infusionPatients));
                if (!taken.contains(patientId))
                    orders = b.store->ordersOfPatient(patientId);
            }
            taken.insert(patientId);
            const Therapy therapy = *b.store->therapy(orders.first().therapyId);
            Appointment a;
            a.patientId = patientId;
            a.centerId = center.id;
            a.chairId = chair.id;
            a.therapyId = therapy.id;
            a.startUtc = start;
            a.minutes = therapy.defaultMinutes;
            a.prep = therapy.compounded ? PrepState::Ready : PrepState::NotNeeded;
            a.createdBy = QStringLiteral("desk");
            a.createdAtUtc = start.addDays(-7);
            batch << a;
            const Patient p = *b.store->patient(patientId);
            Arrival arrival;
            arrival.request.mrn = p.mrn;
            arrival.request.dateOfBirth = p.dateOfBirth;
            arrival.request.centerId = center.id;
            arrival.atUtc = start.addSecs(-5 * 60);
            arrivals << arrival;
        }
        day = day.addDays(1);
    }
    b.store->addAppointments(batch);
    booked += batch.size();
    QList<Arrival> admissible;
    FixedClock clock(b.clock.nowUtc());
    CheckInService service(*b.store, clock);
    for (const Arrival &arrival : std::as_const(arrivals)) {
        clock.set(arrival.atUtc);
        if (service.evaluate(arrival.request, 0).outcome == Outcome::Admit)
            admissible << arrival;
    }
    return admissible;
}

/// 16 desks checking patients in at once, for real: each desk a thread with a Store of its own (its
/// own connection, as each workstation has), checking in its center's arrivals one after the other
/// without pause, every check-in read, decided, written and committed under the write lock the desks
/// share. Sustained check-ins per second over the whole run, and each check-in's own latency.
void concurrentDesks(benchmark::State &state)
{
    Bench &b = *g_bench;
    const int perDesk = g_iterationCap > 0 ? std::min(kCheckInsPerDesk, g_iterationCap) : kCheckInsPerDesk;
    std::mt19937 dice(13);
    QSet<qint64> taken;
    std::vector<QList<Arrival>> arrivals;
    qsizetype booked = 0;
    for (int d = 0; d < kDesks; ++d)
        arrivals.push_back(bookDeskArrivals(b, d, perDesk, dice, taken, booked));

    struct DeskResult
    {
        std::vector<std::pair<double, double>> timings; ///< wall and CPU microseconds per check-in
        int admitted = 0;
        int other = 0;
        QStringList failures;
    };
    std::vector<DeskResult> results(kDesks);
    for (auto _ : state) {
        std::latch ready(kDesks);
        std::latch go(1);
        std::vector<std::thread> desks;
        for (int d = 0; d < kDesks; ++d) {
            desks.emplace_back([&, d] {
                DeskResult &result = results[std::size_t(d)];
                bool counted = false;
                try {
                    Store store(b.database);
                    const User user = *store.userByName(QStringLiteral("desk"));
                    FixedClock clock(b.clock.nowUtc());
                    CheckInService service(store, clock);
                    ready.count_down();
                    counted = true;
                    go.wait();
                    for (const Arrival &arrival : arrivals[std::size_t(d)]) {
                        clock.set(arrival.atUtc);
                        const Stopwatch start;
                        try {
                            const Decision decision = service.checkIn(arrival.request, user, 0);
                            (decision.outcome == Outcome::Admit ? result.admitted : result.other) += 1;
                        } catch (const Error &error) {
                            result.failures << error.message();
                        }
                        result.timings.push_back(start.elapsed());
                    }
                } catch (const Error &error) {
                    result.failures << error.message();
                    if (!counted)
                        ready.count_down();
                }
            });
        }
        ready.wait();
        const Clock::time_point started = Clock::now();
        go.count_down();
        for (std::thread &desk : desks)
            desk.join();
        const double wall = microsecondsSince(started);
        state.SetIterationTime(wall / 1e6);
        qint64 done = 0;
        int admitted = 0;
        int other = 0;
        QStringList failures;
        for (const DeskResult &result : results) {
            for (const auto &[us, cpu] : result.timings)
                b.add(kDesksFigure, us, cpu);
            done += qint64(result.timings.size());
            admitted += result.admitted;
            other += result.other;
            failures << result.failures;
        }
        const double rate = double(done) / (wall / 1e6);
        b.samples.figure(b.prefix + kDesksFigure).ratePerSecond = rate;
        b.notes << QStringLiteral(
            "%1desks: %2 desks checked in %3 patients in %4 s, %5 check-ins/s "
            "sustained; %6 admitted, %7 decided otherwise, %8 failed (of %9 booked at 16 "
            "centers of 60 chairs, those whose paperwork admits them).")
                       .arg(b.prefix)
                       .arg(kDesks)
                       .arg(done)
                       .arg(wall / 1e6, 0, 'f', 2)
                       .arg(rate, 0, 'f', 0)
                       .arg(admitted)
                       .arg(other)
                       .arg(failures.size())
                       .arg(booked);
        failures.removeDuplicates();
        for (const QString &failure : std::as_const(failures).mid(0, 3))
            b.notes << QStringLiteral("%1desks: a desk was told: %2").arg(b.prefix, failure);
    }
}

void slotFinder(benchmark::State &state)
{
    Bench &b = *g_bench;
    const Center center = *b.store->center(LargeDataset::kBusyCenterId);
    SlotService service(*b.store, b.clock);
    // Asked for each day of the busy quarter in turn, as a scheduler would for different patients.
    int day = 0;
    for (auto _ : state) {
        const QDateTime earliest
            = b.clock.nowUtc().addSecs(qint64(center.policy.pharmacyLeadHours) * 3600).addDays(day++ % 60);
        const Stopwatch start;
        const QList<Slot> found = service.search(center, 210, earliest, QDateTime(), 10);
        const auto [us, cpu] = start.elapsed();
        benchmark::DoNotOptimize(found.size());
        b.add(QStringLiteral("slot finder: first 10 slots, 3.5 h, 60 chairs at 85%"), us, cpu);
        state.SetIterationTime(us / 1e6);
    }
}

void roster(benchmark::State &state)
{
    Bench &b = *g_bench;
    const Center center = *b.store->center(LargeDataset::kBusyCenterId);
    RosterService service(*b.store);
    const QDate today = b.clock.nowUtc().toTimeZone(center.timeZone()).date();
    int day = 0;
    int entries = 0;
    for (auto _ : state) {
        // Weekdays of the busy quarter, one after another: each a full day's read, none cached.
        QDate date = today.addDays(day++ % 84);
        while (date.dayOfWeek() > 5)
            date = date.addDays(1);
        const Stopwatch start;
        const Roster r = service.build(center, date);
        const TimeScale scale {r.viewStartUtc, r.viewEndUtc, 1600};
        int blocks = 0;
        for (const RosterChair &chair : r.chairs)
            blocks += int(layoutLanes(scale, chair).size());
        const auto [us, cpu] = start.elapsed();
        entries = blocks;
        b.add(QStringLiteral("roster: one day at 60 chairs, data + lane layout"), us, cpu);
        state.SetIterationTime(us / 1e6);
    }
    b.notes << QStringLiteral("roster: the last day laid out had %1 appointments.").arg(entries);
}

/// The readiness queue of the busy center (60 chairs, booked at about 85%) for 7 days from today: what
/// the desktop's page reads on opening and after every change, about 3,000 appointments.
void readiness(benchmark::State &state)
{
    Bench &b = *g_bench;
    const Center center = *b.store->center(LargeDataset::kBusyCenterId);
    const User desk = *b.store->userByName(QStringLiteral("desk"));
    ReadinessService service(*b.store, b.clock);
    const QDate today = b.clock.nowUtc().toTimeZone(center.timeZone()).date();
    qsizetype rows = 0;
    qsizetype appointments = 0;
    QByteArray digest;
    for (auto _ : state) {
        const Stopwatch start;
        const QList<ReadinessRow> queue = service.queue(desk, center, today, 7);
        const auto [us, cpu] = start.elapsed();
        rows = queue.size();
        if (digest.isEmpty()) {
            // What the queue says, row by row, to show a change of speed left its content alone.
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (const ReadinessRow &row : queue) {
                hash.addData(
                    QByteArray(QByteArray::number(row.appointment.id) + ' ' + row.patient.mrn.toUtf8() + ' '
                        + row.therapy.name.toUtf8() + ' ' + row.chair.label.toUtf8() + '\n'));
                for (const Reason &reason : row.reasons)
                    hash.addData(QByteArray(
                        reasonCodeName(reason.code).toUtf8() + ' ' + reason.message.toUtf8() + '\n'));
                for (const ReadinessLine &line : row.lines)
                    hash.addData(QByteArray(
                        ReadinessLine::itemName(line.item).toUtf8() + ' ' + line.text.toUtf8() + '\n'));
            }
            digest = hash.result().toHex().left(16);
        }
        b.add(QStringLiteral("readiness: 7 days at a 60-chair center"), us, cpu);
        state.SetIterationTime(us / 1e6);
    }
    const ReadinessFacts facts = service.load(center, today, 7);
    for (const QList<Appointment> &ofPatient : facts.appointments) {
        for (const Appointment &a : ofPatient) {
            if (a.centerId == center.id && a.status == AppointmentStatus::Booked
                && a.startUtc >= facts.fromUtc)
                ++appointments;
        }
    }
    b.notes << QStringLiteral("readiness: %1 booked appointments in the 7 days, %2 of them listed (content "
                              "digest %3).")
                   .arg(appointments)
                   .arg(rows)
                   .arg(QString::fromLatin1(digest));
    // Where the time goes: the store's reads, then the check-in engine over what they read (CPU, median
    // of 21, or of --iterations when fewer).
    QList<double> loads;
    QList<double> builds;
    const int rounds = g_iterationCap > 0 ? std::min(21, g_iterationCap) : 21;
    for (int i = 0; i < rounds; ++i) {
        const Stopwatch read;
        const ReadinessFacts f = service.load(center, today, 7);
        loads << read.elapsed().second;
        const Stopwatch judge;
        rows = ReadinessQueue::build(f).size();
        builds << judge.elapsed().second;
    }
    std::sort(loads.begin(), loads.end());
    std::sort(builds.begin(), builds.end());
    b.notes << QStringLiteral("readiness: CPU median %1 ms reading the store, %2 ms judging (%3 rows).")
                   .arg(loads.at(rounds / 2) / 1000, 0, 'f', 1)
                   .arg(builds.at(rounds / 2) / 1000, 0, 'f', 1)
                   .arg(rows);
}

/// The desk's call list of the busy center (60 chairs, booked at about 85%) for tomorrow and the day
/// after: what the Calls page reads on opening and after every change, with each appointment's readiness
/// problems and the calls so far.
void callList(benchmark::State &state)
{
    Bench &b = *g_bench;
    const Center center = *b.store->center(LargeDataset::kBusyCenterId);
    const User desk = *b.store->userByName(QStringLiteral("desk"));
    CallList list(*b.store, b.clock);
    const QDate tomorrow = b.clock.nowUtc().toTimeZone(center.timeZone()).date().addDays(1);
    qsizetype rows = 0;
    qsizetype problems = 0;
    for (auto _ : state) {
        const Stopwatch start;
        const CallList::Result result = list.build(desk, center, tomorrow, 2);
        const auto [us, cpu] = start.elapsed();
        rows = result.rows.size();
        problems = std::count_if(result.rows.cbegin(), result.rows.cend(),
            [](const CallListRow &row) { return !row.problems.isEmpty(); });
        b.add(QStringLiteral("call list: next 2 days at a 60-chair center"), us, cpu);
        state.SetIterationTime(us / 1e6);
    }
    b.notes << QStringLiteral(
        "call list: %1 appointments to call from %2, %3 of them with readiness problems.")
                   .arg(rows)
                   .arg(tomorrow.toString(Qt::ISODate))
                   .arg(problems);
}

QString verdictAtMost(double value, double limit, const QString &unit, double scale)
{
    if (value <= limit)
        return QStringLiteral("yes");
    return QStringLiteral("NO (%1x over: %2 %3 vs %4 %3)")
        .arg(value / limit, 0, 'f', 1)
        .arg(value / scale, 0, 'f', 2)
        .arg(unit)
        .arg(limit / scale, 0, 'f', 2);
}

void judge(Bench &b)
{
    Samples &s = b.samples;
    // Issue 5's targets on the file; issue 14's on a server over loopback, where every statement is a
    // round trip.
    const bool pg = b.postgreSql;
    auto setMaxP99 = [&](const QString &name, double limitUs, const QString &target) {
        if (s.has(b.prefix + name))
            s.setTarget(b.prefix + name, target,
                verdictAtMost(s.figure(b.prefix + name).p99(), limitUs, QStringLiteral("ms"), 1000));
    };
    const double lookupLimit = pg ? 2000 : 1000;
    const QString lookupTarget = pg ? QStringLiteral("p99 <= 2 ms") : QStringLiteral("p99 <= 1 ms");
    setMaxP99(QStringLiteral("lookup: all kinds above"), lookupLimit, lookupTarget);
    for (const auto &[kind, unused] : b.queries) {
        Q_UNUSED(unused)
        setMaxP99(QStringLiteral("lookup: ") + kind, lookupLimit, lookupTarget);
    }
    setMaxP99(QStringLiteral("lookup: name prefixes 1-6"), lookupLimit, lookupTarget);
    setMaxP99(QStringLiteral("check-in decision (evaluate, no slots)"), pg ? 5000 : 2000,
        pg ? QStringLiteral("p99 <= 5 ms") : QStringLiteral("p99 <= 2 ms"));
    setMaxP99(QStringLiteral("slot finder: first 10 slots, 3.5 h, 60 chairs at 85%"), 20000,
        QStringLiteral("p99 <= 20 ms"));
    setMaxP99(QStringLiteral("roster: one day at 60 chairs, data + lane layout"), pg ? 10000 : 5000,
        pg ? QStringLiteral("p99 <= 10 ms") : QStringLiteral("p99 <= 5 ms"));
    setMaxP99(
        QStringLiteral("readiness: 7 days at a 60-chair center"), 50000, QStringLiteral("p99 <= 50 ms"));
    setMaxP99(
        QStringLiteral("call list: next 2 days at a 60-chair center"), 50000, QStringLiteral("p99 <= 50 ms"));

    // Issue 14's: the same on both backends, the rate and each check-in's latency.
    const QString desks = b.prefix + kDesksFigure;
    if (s.has(desks)) {
        const Samples::Figure &f = s.figure(desks);
        QStringList misses;
        if (f.ratePerSecond < 300)
            misses << QStringLiteral("%1/s, %2x short of 300/s")
                          .arg(f.ratePerSecond, 0, 'f', 0)
                          .arg(300 / f.ratePerSecond, 0, 'f', 1);
        if (f.p99() > 50000)
            misses << QStringLiteral("p99 %1 ms, %2x over")
                          .arg(f.p99() / 1000, 0, 'f', 2)
                          .arg(f.p99() / 50000, 0, 'f', 1);
        s.setTarget(desks, QStringLiteral(">= 300 check-ins/s, p99 <= 50 ms"),
            misses.isEmpty() ? QStringLiteral("yes (%1/s)").arg(f.ratePerSecond, 0, 'f', 0)
                             : QStringLiteral("NO (%1)").arg(misses.join(QStringLiteral("; "))));
    }

    const QString admit = b.prefix + admitFigure(b);
    const QString fsync = QStringLiteral("bare write+fsync (disk)");
    if (!pg && s.has(admit) && s.has(fsync)) {
        const double limit = s.figure(fsync).median() + 1000;
        s.setTarget(admit, QStringLiteral("median <= fsync + 1 ms = %1 ms").arg(limit / 1000, 0, 'f', 2),
            s.figure(admit).median() <= limit
                ? QStringLiteral("yes")
                : QStringLiteral("NO (+%1 ms over)")
                      .arg((s.figure(admit).median() - limit) / 1000, 0, 'f', 2));
    }

    const QString prefixes = QStringLiteral("lookup: name prefixes 1-6");
    const QString raw = QStringLiteral("raw indexed query, the page's patients read (limit)");
    const QString naive = QStringLiteral("naive LIKE '%q%' sorted (peer)");
    if (s.has(prefixes) && s.has(raw) && s.has(naive)) {
        const double overLimit = s.figure(prefixes).median() / s.figure(raw).median();
        const double underPeer = s.figure(naive).median() / s.figure(prefixes).median();
        b.notes << QStringLiteral("ratio lookup / raw indexed query (its statement in C, the page's patients "
                                  "read), medians: %1x (target <= 3x: %2)")
                       .arg(overLimit, 0, 'f', 2)
                       .arg(overLimit <= 3 ? QStringLiteral("met") : QStringLiteral("NOT met"));
        const QString floor = QStringLiteral("index range alone, ids only (floor)");
        if (s.has(floor)) {
            b.notes << QStringLiteral(
                "ratio lookup / the index range alone, medians: %1x (for reference: the "
                "page's 20 patient rows, read at random, are most of the difference)")
                           .arg(s.figure(prefixes).median() / s.figure(floor).median(), 0, 'f', 2);
        }
        b.notes << QStringLiteral("ratio naive LIKE / lookup, medians: %1x (target >= 500x: %2)")
                       .arg(underPeer, 0, 'f', 0)
                       .arg(underPeer >= 500 ? QStringLiteral("met") : QStringLiteral("NOT met"));
    }
}

/// Adds these figures and notes to the results another run wrote (the SQLite pass's), so one file holds
/// both backends; returns every figure now in it.
QJsonArray mergeInto(const QString &path, const Samples &samples, const QStringList &notes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Store, QStringLiteral("Cannot read %1.").arg(path));
    QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray figures = all.value(QStringLiteral("figures")).toArray();
    for (const auto &row : samples.json({}).value(QStringLiteral("figures")).toArray())
        figures.append(row);
    all.insert(QStringLiteral("figures"), figures);
    QJsonObject machine = all.value(QStringLiteral("machine")).toObject();
    QJsonArray allNotes = machine.value(QStringLiteral("notes")).toArray();
    for (const QString &note : notes)
        allNotes.append(note);
    machine.insert(QStringLiteral("notes"), allNotes);
    all.insert(QStringLiteral("machine"), machine);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(Error::Kind::Store, QStringLiteral("Cannot write %1.").arg(path));
    file.write(QJsonDocument(all).toJson());
    return figures;
}

QString formatUs(double us)
{
    return us >= 1000 ? QString::number(us / 1000, 'f', 2) + QStringLiteral(" ms")
                      : QString::number(us, 'f', 1) + QStringLiteral(" us");
}

/// Issue 14's figures, the file's and the server's side by side, from the merged results.
QString besideTable(const QJsonArray &figures)
{
    std::map<QString, QJsonObject> byName;
    for (const auto &row : figures)
        byName[row.toObject().value(QStringLiteral("figure")).toString()] = row.toObject();
    auto cell = [](const QJsonObject &row) {
        if (row.isEmpty())
            return QStringLiteral("| | ");
        QString p99 = formatUs(row.value(QStringLiteral("p99_us")).toDouble());
        if (row.contains(QStringLiteral("rate_per_s")))
            p99 += QStringLiteral(", %1/s").arg(
                row.value(QStringLiteral("rate_per_s")).toDouble(), 0, 'f', 0);
        return QStringLiteral("| %1 | %2 ")
            .arg(formatUs(row.value(QStringLiteral("median_us")).toDouble()), p99);
    };
    QStringList lines;
    lines << QStringLiteral("Beside each other, the same organization on both backends:");
    lines << QStringLiteral("| figure | SQLite median | SQLite p99 | PostgreSQL median | PostgreSQL p99 | "
                            "PostgreSQL target | met? |");
    lines << QStringLiteral("|---|---:|---:|---:|---:|---|---|");
    const QStringList names {QStringLiteral("lookup: all kinds above"),
        QStringLiteral("lookup: name prefixes 1-6"), QStringLiteral("lookup: MRN"),
        QStringLiteral("lookup: DOB"), QStringLiteral("lookup: phone"), QStringLiteral("lookup: name DOB"),
        QStringLiteral("lookup: two partial words (smi jo)"),
        QStringLiteral("check-in decision (evaluate, no slots)"),
        QStringLiteral("roster: one day at 60 chairs, data + lane layout"), kDesksFigure,
        QStringLiteral("slot finder: first 10 slots, 3.5 h, 60 chairs at 85%"),
        QStringLiteral("readiness: 7 days at a 60-chair center"),
        QStringLiteral("call list: next 2 days at a 60-chair center")};
    for (const QString &name : names) {
        const auto server = byName.find(QStringLiteral("PostgreSQL: ") + name);
        if (server == byName.end())
            continue;
        const auto file = byName.find(name);
        lines << QStringLiteral("| %1 %2%3| %4 | %5 |")
                     .arg(name, cell(file == byName.end() ? QJsonObject() : file->second),
                         cell(server->second), server->second.value(QStringLiteral("target")).toString(),
                         server->second.value(QStringLiteral("met")).toString());
    }
    const auto admitFile = byName.find(QStringLiteral("admit, durable (checkIn, WAL, synchronous=FULL)"));
    const auto admitServer
        = byName.find(QStringLiteral("PostgreSQL: admit, one desk (checkIn, committed on the server)"));
    if (admitServer != byName.end()) {
        lines << QStringLiteral("| admit, one desk alone %1%2| (no target) | - |")
                     .arg(cell(admitFile == byName.end() ? QJsonObject() : admitFile->second),
                         cell(admitServer->second));
    }
    return lines.join(QLatin1Char('\n'));
}

/// Registers a figure with Google Benchmark: a fixed count of manually timed iterations, each kept.
void add(const char *name, int iterations, std::function<void(benchmark::State &)> body)
{
    benchmark::RegisterBenchmark(name, [body](benchmark::State &state) { body(state); })
        ->Iterations(g_iterationCap > 0 ? std::min(iterations, g_iterationCap) : iterations)
        ->UseManualTime()
        ->Unit(benchmark::kMicrosecond);
}

} // namespace

} // namespace chairside::bench

int main(int argc, char **argv)
{
    using namespace chairside;
    using namespace chairside::bench;
    QCoreApplication app(argc, argv);

    LargeDataset::Options options;
    options.folder = QDir::current().filePath(QStringLiteral("bench-data"));
    QString jsonPath;
    QString mergePath;
    QString server;
    QStringList machineNotes;
    std::vector<char *> rest {argv[0]};
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const bool hasValue = i + 1 < argc;
        if (arg == QStringLiteral("--data") && hasValue)
            options.folder = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QStringLiteral("--seed") && hasValue)
            options.seed = QString::fromLocal8Bit(argv[++i]).toUInt();
        else if (arg == QStringLiteral("--patients") && hasValue)
            options.patients = QString::fromLocal8Bit(argv[++i]).toInt();
        else if (arg == QStringLiteral("--years") && hasValue)
            options.years = QString::fromLocal8Bit(argv[++i]).toInt();
        else if (arg == QStringLiteral("--json") && hasValue)
            jsonPath = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QStringLiteral("--merge-into") && hasValue)
            mergePath = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QStringLiteral("--db") && hasValue)
            server = QString::fromLocal8Bit(argv[++i]);
        else if (arg == QStringLiteral("--iterations") && hasValue)
            g_iterationCap = QString::fromLocal8Bit(argv[++i]).toInt();
        else if (arg == QStringLiteral("--note") && hasValue)
            machineNotes << QString::fromLocal8Bit(argv[++i]);
        else
            rest.push_back(argv[i]);
    }
    int restCount = int(rest.size());

    try {
        Bench b;
        g_bench = &b;
        b.dataFolder = options.folder;
        std::fprintf(stderr, "Preparing the large file in %s ...\n", qPrintable(options.folder));
        b.info = LargeDataset::ensure(options);
        std::fprintf(stderr, "%s: %lld patients, %lld appointments%s\n", qPrintable(b.info.path),
            b.info.patients, b.info.appointments,
            b.info.generated
                ? qPrintable(QStringLiteral(", generated in %1 s").arg(b.info.seconds, 0, 'f', 1))
                : " (cached)");
        b.database = b.info.path;
        if (!server.isEmpty()) {
            if (!PgConnection::isAddress(server))
                throw Error(Error::Kind::BadData,
                    QStringLiteral("--db takes a PostgreSQL server's address, postgresql://..."));
            // The same organization on the server: the file's rows copied into it once.
            std::fprintf(
                stderr, "Copying the file's rows to %s ...\n", qPrintable(PgConnection::displayName(server)));
            const PgLoad::Info loaded = PgLoad::ensure(b.info.path, server);
            b.notes << (loaded.loaded
                    ? QStringLiteral("PostgreSQL: %1 rows copied from the file in %2 s, then "
                                     "vacuumed and analyzed (%3).")
                          .arg(loaded.rows)
                          .arg(loaded.seconds, 0, 'f', 1)
                          .arg(loaded.notes.join(QStringLiteral(", ")))
                    : QStringLiteral("PostgreSQL: the file's rows were on the server already."));
            b.database = server;
            b.postgreSql = true;
            b.prefix = QStringLiteral("PostgreSQL: ");
        }
        b.store = std::make_unique<Store>(b.database);
        // A server's database seals its audit trail with a key its administrator makes (migrate does);
        // the copy left the trail empty, so the first run makes it here.
        if (b.postgreSql)
            b.store->makeAuditKeyIfNone();
        b.search = std::make_unique<PatientSearch>(*b.store);
        if (!b.postgreSql) {
            if (sqlite3_open_v2(qPrintable(b.info.path), &b.raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
                throw Error(Error::Kind::Store, QStringLiteral("Cannot open the file for the raw queries."));
            const QByteArray cacheSize
                = "PRAGMA cache_size = -" + QByteArray::number(Database::kPageCacheKibibytes);
            sqlite3_exec(b.raw, cacheSize.constData(), nullptr, nullptr, nullptr);
        }
        prepareQueries(b);

        for (const auto &[kind, unused] : b.queries) {
            Q_UNUSED(unused)
            const QByteArray name = (QStringLiteral("lookup/") + kind).toUtf8();
            const int iterations = kind.startsWith(QStringLiteral("two")) ? 200 : 1000;
            add(name.constData(), iterations, [kind](benchmark::State &s) { lookup(s, kind); });
        }
        if (!b.postgreSql) {
            // SQLite's own statements in C, and its disk: the file's limits, not the server's.
            add("index_range_alone", 3000, rawIndex);
            add("raw_indexed_query", 3000, rawJoined);
            add("naive_like", 30, naiveLike);
        }
        add("checkin_decision", 1000, checkInDecision);
        if (!b.postgreSql)
            add("bare_fsync", 200, bareFsync);
        add("admit_durable", 100, admitDurable);
        add("desks_16", 1, concurrentDesks);
        add("slot_finder", 200, slotFinder);
        add("roster_day", 300, roster);
        add("readiness_queue", 200, readiness);
        add("call_list", 200, callList);

        benchmark::Initialize(&restCount, rest.data());
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();

        judge(b);
        if (b.info.generated) {
            const double rate = double(b.info.patients) / b.info.patientSeconds;
            const double cpuRate = double(b.info.patients) / b.info.patientCpuSeconds;
            b.notes << QStringLiteral("generator: %1 patients in %2 s (%3 s of CPU; 1,000,000 in %4 s, %5 s "
                                      "of CPU; target <= 60 s: "
                                      "%6); whole file %7 s (%8 s of CPU; target < 2 min: %9)")
                           .arg(b.info.patients)
                           .arg(b.info.patientSeconds, 0, 'f', 1)
                           .arg(b.info.patientCpuSeconds, 0, 'f', 1)
                           .arg(1e6 / rate, 0, 'f', 1)
                           .arg(1e6 / cpuRate, 0, 'f', 1)
                           .arg(1e6 / rate <= 60 ? QStringLiteral("met") : QStringLiteral("NOT met"))
                           .arg(b.info.seconds, 0, 'f', 1)
                           .arg(b.info.cpuSeconds, 0, 'f', 1)
                           .arg(b.info.seconds < 120 ? QStringLiteral("met") : QStringLiteral("NOT met"));
            b.notes << QStringLiteral(
                "generator: %1 appointments in %2 s (%3 s of CPU), Store::addAppointments a center at a time")
                           .arg(b.info.appointments)
                           .arg(b.info.appointmentSeconds, 0, 'f', 1)
                           .arg(b.info.appointmentCpuSeconds, 0, 'f', 1);
            b.notes << QStringLiteral("busy center: %1% of chair time held over the next 90 days")
                           .arg(b.info.busyCenterOccupancy * 100, 0, 'f', 1);
        } else {
            b.notes << QStringLiteral("generator: cached file used (delete it to time the generation).");
        }
        b.notes << QStringLiteral("file: %1 patients, %2 appointments")
                       .arg(b.info.patients)
                       .arg(b.info.appointments);
        b.notes << machineNotes;
        std::printf("\n%s\n", qPrintable(b.samples.table(b.notes)));

        if (!jsonPath.isEmpty()) {
            QJsonObject machine {{QStringLiteral("notes"), QJsonValue::fromVariant(b.notes)},
                {QStringLiteral("patients"), b.info.patients},
                {QStringLiteral("appointments"), b.info.appointments}};
            QFile out(jsonPath);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                throw Error(Error::Kind::Store, QStringLiteral("Cannot write %1.").arg(jsonPath));
            out.write(QJsonDocument(b.samples.json(machine)).toJson());
        }
        if (!mergePath.isEmpty()) {
            const QJsonArray figures = mergeInto(mergePath, b.samples, b.notes);
            if (b.postgreSql)
                std::printf("\n%s\n", qPrintable(besideTable(figures)));
        }
        sqlite3_close(b.raw);
        g_bench = nullptr;
    } catch (const Error &error) {
        std::fprintf(stderr, "chairside-bench: %s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
