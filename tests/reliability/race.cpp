// chairside-race: many desks on one database at once (an SQLite file, or with --db a PostgreSQL server).
// Worker processes, each with several threads, each thread with its own connection (as each desk has), check
// in and reschedule the same patients into the same chairs at the same moments. Afterwards no chair may be
// held twice, no dose or visit counted twice, and no desk may have been shown "database is locked": a desk
// waits its turn for the write lock (BEGIN IMMEDIATE and the busy timeout) instead.
//
//     chairside-race [--processes 2] [--threads 4] [--actions 10000] [--data DIR] [--seed N]
//                    [--db postgresql://user@host/empty-database]
//
// On a server the desks take turns for writes as on SQLite (an advisory lock), and the exclusion
// constraint on appointments stands behind the booking's own check.

#include "checkin/checkinservice.h"
#include "common/clock.h"
#include "common/error.h"
#include "loadworld.h"
#include "scheduling/bookingservice.h"
#include "scheduling/rescheduleservice.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace chairside;
using test::LoadWorld;

namespace {

constexpr int kChairs = 4;
constexpr int kPatients = 60;
/// Every desk works on the same three days at the same point of its run, moving on a day every this
/// many actions, so the desks contend for the same chairs and the same patients (four chairs on the hour
/// are 44 starts a day; eight desks try to book about a hundred).
constexpr int kActionsPerDay = 40;
constexpr int kRetries = 2; ///< a booking or move that found its slot taken tries this many others

/// The server database given with --db, if any (an empty one: the race makes its world there).
QString g_server;

QString databaseIn(const QString &dir)
{
    return g_server.isEmpty() ? QDir(dir).filePath(QStringLiteral("chairside.sqlite")) : g_server;
}

/// What a worker counted. Printed by each worker as one line of numbers and summed by the parent.
struct Tally
{
    enum Counter
    {
        CheckIns,
        Admitted,
        AlreadyCheckedIn,
        Waiting,
        CheckInRefused,
        Moves,
        Moved,
        Bookings,
        Booked,
        Taken, ///< refused because another desk took the chair, the patient or the appointment first
        Retries,
        Busy, ///< "the database stayed busy" (SQLite's "database is locked") shown to the desk
        StoreFailures, ///< any other failure of the store
        Count
    };
    std::array<std::atomic<qint64>, Count> counters {};

    void add(Counter c, qint64 n = 1) { counters.at(c) += n; }
    qint64 value(Counter c) const { return counters.at(c).load(); }
};

bool isBusy(const Error &error)
{
    return error.message().contains(QLatin1String("busy"), Qt::CaseInsensitive)
        || error.message().contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

class Desk final
{
public:
    Desk(const QString &path, quint32 seed, int actions, Tally &tally, std::mutex &reportLock)
        : m_store(path)
        , m_world(m_store)
        , m_clock(bookingNow())
        , m_rng(seed)
        , m_actions(actions)
        , m_tally(tally)
        , m_reportLock(reportLock)
    { }

    void run()
    {
        for (int i = 0; i < m_actions; ++i) {
            const QDate day = LoadWorld::firstDay().addDays(i / kActionsPerDay + m_rng.bounded(3));
            const int kind = int(m_rng.bounded(100));
            if (kind < 30)
                book(day);
            else if (kind < 70)
                checkIn(day);
            else
                move(day);
        }
    }

private:
    QDateTime bookingNow() const { return m_world.local(LoadWorld::firstDay().addDays(-1), 6); }

    /// On the hour only, so that desks aim at the same starts.
    QDateTime randomStart(QDate day) { return m_world.local(day, 7 + int(m_rng.bounded(11))); }

    std::optional<qint64> randomChair()
    {
        if (m_rng.bounded(2) == 0)
            return std::nullopt;
        return m_world.chairs.at(int(m_rng.bounded(m_world.chairs.size()))).id;
    }

    /// The day's first booked appointment (which every desk goes for), or half the time a random one.
    std::optional<Appointment> pickBooked(QDate day)
    {
        const QList<Appointment> all = m_store.appointmentsAtCenter(
            m_world.center.id, m_world.local(day, 0), m_world.local(day.addDays(1), 0));
        QList<Appointment> booked;
        for (const Appointment &a : all) {
            if (a.status == AppointmentStatus::Booked)
                booked << a;
        }
        if (booked.isEmpty())
            return std::nullopt;
        return m_rng.bounded(2) == 0 ? booked.first() : booked.at(int(m_rng.bounded(booked.size())));
    }

    /// Runs `action`; true when it was done. A refusal because another desk got there first is counted
    /// as taken; a failure of the store as busy or as a store failure.
    template<typename Action>
    bool attempt(Action &&action)
    {
        QElapsedTimer took;
        took.start();
        try {
            action();
            return true;
        } catch (const Error &error) {
            switch (error.kind()) {
            case Error::Kind::Conflict:
            case Error::Kind::Refused:
            case Error::Kind::NotFound:
                m_tally.add(Tally::Taken);
                return false;
            case Error::Kind::Store:
            case Error::Kind::Newer:
            case Error::Kind::BadData:
            case Error::Kind::Forbidden:
                break;
            }
            m_tally.add(isBusy(error) ? Tally::Busy : Tally::StoreFailures);
            const std::lock_guard lock(m_reportLock);
            std::fprintf(stderr, "shown to a desk after %lld ms: %s\n", qlonglong(took.elapsed()),
                qUtf8Printable(error.message()));
            return false;
        }
    }

    void book(QDate day)
    {
        m_tally.add(Tally::Bookings);
        m_clock.set(bookingNow());
        BookingRequest request;
        request.patientId = m_world.patients.at(int(m_rng.bounded(m_world.patients.size()))).id;
        request.therapyId = m_world.therapy.id;
        request.centerId = m_world.center.id;
        request.chairId = randomChair();
        request.user = m_world.desk.name;
        for (int attemptNo = 0; attemptNo <= kRetries; ++attemptNo) {
            if (attemptNo > 0)
                m_tally.add(Tally::Retries);
            request.startUtc = randomStart(day);
            if (attempt([&] { BookingService(m_store, m_clock).book(request); })) {
                m_tally.add(Tally::Booked);
                return;
            }
        }
    }

    void checkIn(QDate day)
    {
        const auto a = pickBooked(day);
        if (!a)
            return;
        m_tally.add(Tally::CheckIns);
        const auto patient = m_store.patient(a->patientId);
        // Every desk's clock on one timeline: each action at the start of the appointment it concerns, no
        // nurse completing an infusion ahead of the others' clocks. A patient admitted stays in the chair
        // (nobody completes the infusion), so each day's chairs go to the first patients admitted: the
        // desks fight for them.
        m_clock.set(a->startUtc);
        CheckInRequest request;
        request.mrn = patient->mrn;
        request.dateOfBirth = patient->dateOfBirth;
        request.centerId = m_world.center.id;
        Decision d;
        if (!attempt([&] { d = CheckInService(m_store, m_clock).checkIn(request, m_world.desk); }))
            return;
        if (d.has(ReasonCode::AlreadyCheckedIn))
            m_tally.add(Tally::AlreadyCheckedIn);
        else if (d.outcome == Outcome::Admit)
            m_tally.add(Tally::Admitted);
        else if (d.outcome == Outcome::Wait)
            m_tally.add(Tally::Waiting);
        else
            m_tally.add(Tally::CheckInRefused);
    }

    void move(QDate day)
    {
        const auto a = pickBooked(day);
        if (!a)
            return;
        m_tally.add(Tally::Moves);
        m_clock.set(bookingNow());
        RescheduleRequest request;
        request.appointmentId = a->id;
        request.chairId = randomChair();
        request.reason = QStringLiteral("moved by the race");
        for (int attemptNo = 0; attemptNo <= kRetries; ++attemptNo) {
            if (attemptNo > 0)
                m_tally.add(Tally::Retries);
            request.startUtc = randomStart(day.addDays(1 + m_rng.bounded(2)));
            if (attempt([&] { RescheduleService(m_store, m_clock).reschedule(m_world.desk, request); })) {
                m_tally.add(Tally::Moved);
                return;
            }
            // The appointment itself gone (moved or checked in by another desk): no other time helps.
            const auto now = m_store.appointment(a->id);
            if (!now || now->status != AppointmentStatus::Booked)
                return;
        }
    }

    Store m_store;
    LoadWorld m_world;
    FixedClock m_clock;
    QRandomGenerator m_rng;
    int m_actions;
    Tally &m_tally;
    std::mutex &m_reportLock;
};

int runWorker(const QString &dir, int threads, int actions, quint32 seed)
{
    Tally tally;
    std::mutex reportLock;
    QRandomGenerator rng(seed);
    std::vector<std::thread> desks;
    desks.reserve(size_t(threads));
    std::atomic<int> failures {0};
    for (int t = 0; t < threads; ++t) {
        desks.emplace_back([&, deskSeed = rng.generate()] {
            try {
                // Each desk its own connection, made in its own thread as Qt Sql requires.
                Desk(databaseIn(dir), deskSeed, actions, tally, reportLock).run();
            } catch (const Error &error) {
                ++failures;
                const std::lock_guard lock(reportLock);
                std::fprintf(stderr, "a desk stopped: %s\n", qUtf8Printable(error.message()));
            }
        });
    }
    for (std::thread &desk : desks)
        desk.join();
    QByteArray line("TALLY");
    for (int c = 0; c < Tally::Count; ++c)
        line += ' ' + QByteArray::number(tally.value(Tally::Counter(c)));
    std::printf("%s\n", line.constData());
    return failures.load() == 0 ? 0 : 2;
}

int runParent(const QString &dir, int processes, int threads, int actions, quint32 seed)
{
    const QString path = databaseIn(dir);
    if (g_server.isEmpty() && QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s already holds a database; give a new or empty folder.\n",
            qUtf8Printable(QDir::toNativeSeparators(dir)));
        return 3;
    }
    QDir().mkpath(dir);
    LoadWorld::create(path, kChairs, kPatients);

    QElapsedTimer elapsed;
    elapsed.start();
    QRandomGenerator rng(seed);
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int p = 0; p < processes; ++p) {
        auto worker = std::make_unique<QProcess>();
        worker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments {QStringLiteral("--worker"), QStringLiteral("--data"), dir,
            QStringLiteral("--threads"), QString::number(threads), QStringLiteral("--actions"),
            QString::number(actions), QStringLiteral("--seed"), QString::number(rng.generate())};
        if (!g_server.isEmpty())
            arguments << QStringLiteral("--db") << g_server;
        worker->start(QCoreApplication::applicationFilePath(), arguments);
        workers.push_back(std::move(worker));
    }
    std::array<qint64, Tally::Count> sum {};
    int failed = 0;
    for (const auto &worker : workers) {
        worker->waitForFinished(-1);
        if (worker->exitStatus() != QProcess::NormalExit || worker->exitCode() != 0)
            ++failed;
        const QList<QByteArray> lines = worker->readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.startsWith("TALLY "))
                continue;
            const QList<QByteArray> numbers = line.mid(6).split(' ');
            for (int c = 0; c < Tally::Count && c < numbers.size(); ++c)
                sum.at(c) += numbers.at(c).toLongLong();
        }
    }
    const double seconds = elapsed.elapsed() / 1000.0;

    Store store(path);
    const QStringList problems = test::invariantProblems(store, test::InChairCheck::On);
    const qint64 entries = store.auditEntryCount();
    const auto n = [&sum](Tally::Counter c) { return qlonglong(sum.at(c)); };
    const qint64 total = qint64(processes) * threads * actions;
    std::printf("chairside-race: %d processes x %d threads x %d actions = %lld actions on %s in %.0f s, "
                "seed %u\n"
                "  check-ins: %lld (admitted %lld, already checked in by another desk %lld, waiting %lld, "
                "refused %lld)\n"
                "  reschedules: %lld (moved %lld); bookings: %lld (booked %lld)\n"
                "  refused because another desk got there first: %lld; retries with another slot: %lld\n"
                "  double chair assignments and the rest of the file's checks: %s\n"
                "  \"database is locked\" shown: %lld; other store failures shown: %lld\n"
                "  integrity check (files) and audit verify (%lld entries): %s\n",
        processes, threads, actions, qlonglong(total),
        g_server.isEmpty() ? "one file" : qUtf8Printable(store.database().displayName()), seconds, seed,
        n(Tally::CheckIns), n(Tally::Admitted), n(Tally::AlreadyCheckedIn), n(Tally::Waiting),
        n(Tally::CheckInRefused), n(Tally::Moves), n(Tally::Moved), n(Tally::Bookings), n(Tally::Booked),
        n(Tally::Taken), n(Tally::Retries),
        problems.isEmpty()
            ? "0 double chair assignments, 0 patients booked twice, doses and visits counted once"
            : qUtf8Printable(problems.join(QStringLiteral("; "))),
        n(Tally::Busy), n(Tally::StoreFailures), qlonglong(entries), problems.isEmpty() ? "ok" : "FAILED");
    const bool clean = problems.isEmpty() && n(Tally::Busy) == 0 && n(Tally::StoreFailures) == 0
        && failed == 0 && n(Tally::Admitted) > 0 && n(Tally::Moved) > 0;
    if (failed != 0)
        std::printf("  %d worker processes failed\n", failed);
    return clean ? 0 : 1;
}

int wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option, bool &ok)
{
    bool read = false;
    const int value = parser.value(option).toInt(&read);
    if (!read || value < 1) {
        std::fprintf(
            stderr, "--%s takes a whole number of at least 1.\n", qUtf8Printable(option.names().first()));
        ok = false;
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("chairside-race"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Processes x threads of desks checking in and rescheduling the same patients on one database file."));
    parser.addHelpOption();
    const QCommandLineOption processesOption(QStringLiteral("processes"),
        QStringLiteral("Worker processes (default 2)."), QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
        QStringLiteral("Desks (threads, each with its own connection) per process (default 4)."),
        QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption actionsOption(QStringLiteral("actions"),
        QStringLiteral("Actions per desk (default 10000)."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("A new or empty folder for the database (default: a temporary one, removed after)."),
        QStringLiteral("dir"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("The random seed (default: from the clock; printed)."), QStringLiteral("n"));
    const QCommandLineOption serverOption(QStringLiteral("db"),
        QStringLiteral("An empty database on a PostgreSQL server to race on, instead of a new file."),
        QStringLiteral("address"));
    const QCommandLineOption workerOption(
        QStringLiteral("worker"), QStringLiteral("(internal) be a worker."));
    parser.addOptions(
        {processesOption, threadsOption, actionsOption, dataOption, seedOption, serverOption, workerOption});
    parser.process(app);

    bool ok = true;
    const int processes = wholeNumber(parser, processesOption, ok);
    const int threads = wholeNumber(parser, threadsOption, ok);
    const int actions = wholeNumber(parser, actionsOption, ok);
    bool seeded = true;
    const quint32 seed = parser.isSet(seedOption) ? parser.value(seedOption).toUInt(&seeded)
                                                  : quint32(QDateTime::currentMSecsSinceEpoch());
    if (!seeded)
        std::fprintf(stderr, "--seed takes a whole number.\n");
    if (!ok || !seeded)
        return 3;
    g_server = parser.value(serverOption);
    try {
        if (parser.isSet(workerOption))
            return runWorker(parser.value(dataOption), threads, actions, seed);
        QTemporaryDir temporary;
        const QString dir = parser.isSet(dataOption) ? parser.value(dataOption) : temporary.path();
        return runParent(dir, processes, threads, actions, seed);
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error.message()));
        return 2;
    }
}
