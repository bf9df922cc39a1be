// chairside-crashloop: kill -9 at random moments. A worker process does the desk's work in a loop
// (bookings, check-ins, the nurse starting and completing infusions, reschedules, no-shows, each
// through its core service) and prints a line for each
// action the moment its commit has returned: the action is acknowledged. The parent kills it with
// SIGKILL after a random time, opens the file as the next start would, and checks that every action
// ever acknowledged is on file with its history and its audit entry, that doses and visits were counted
// exactly once, that no chair or patient is booked twice, that PRAGMA integrity_check says ok and that the
// audit trail verifies. Then it starts the worker again.
//
//     chairside-crashloop [--kills 500] [--data DIR] [--seed N] [--max-delay-ms 250]
//                         [--db postgresql://user@host/empty-database [--restart-server COMMAND]]
//
// With --db the worker is a client of a PostgreSQL server killed mid-transaction: the server rolls back
// what was not committed, and every acknowledged action must be there.

#include "audit/auditevent.h"
#include "checkin/checkinservice.h"
#include "checkin/noshowsweep.h"
#include "common/clock.h"
#include "common/error.h"
#include "loadworld.h"
#include "scheduling/bookingservice.h"
#include "scheduling/rescheduleservice.h"
#include "store/sqlquery.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <limits>
#include <optional>
#include <unistd.h>

using namespace chairside;
using test::LoadWorld;

namespace {

constexpr int kChairs = 8;
constexpr int kPatients = 200;
constexpr int kDays = 28; ///< the days the worker books, from LoadWorld::firstDay()

/// The server database given with --db, if any (an empty one: the loop makes its world there).
QString g_server;

QString databaseIn(const QString &dir)
{
    return g_server.isEmpty() ? QDir(dir).filePath(QStringLiteral("chairside.sqlite")) : g_server;
}

/// One line on stdout in one write(2), so a kill never leaves half of it.
void say(const QByteArray &line)
{
    const QByteArray text = line + '\n';
    qsizetype written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.constData() + written, size_t(text.size() - written));
        if (n <= 0)
            return;
        written += n;
    }
}

// ---- The worker ---------------------------------------------------------------------------------------

class Worker final
{
public:
    Worker(const QString &path, quint32 seed, bool surviveLostServer)
        : m_store(path)
        , m_world(m_store)
        , m_clock(bookingNow())
        , m_rng(seed)
        , m_surviveLostServer(surviveLostServer)
    { }

    [[noreturn]] void run()
    {
        say("READY");
        for (;;) {
            const int kind = int(m_rng.bounded(100));
            const QDate day = LoadWorld::firstDay().addDays(m_rng.bounded(kDays));
            try {
                if (kind < 30)
                    book(day);
                else if (kind < 55)
                    checkIn(day);
                else if (kind < 70)
                    nurse(day);
                else if (kind < 85)
                    reschedule(day);
                else
                    noShow(day);
            } catch (const Error &error) {
                // A server restarting under the desk: it says so, waits a moment and goes on, as the
                // desk does (the store connects again by itself).
                if (m_surviveLostServer && !m_store.database().isConnected()) {
                    say("LOST");
                    QThread::msleep(20);
                    continue;
                }
                // A chair or a patient already taken, a time passed: the desk's ordinary refusals. A
                // failure of the store is not one of them.
                if (error.kind() == Error::Kind::Store || error.kind() == Error::Kind::Newer) {
                    say("ERROR " + error.message().toUtf8());
                    std::_Exit(2);
                }
            }
        }
    }

private:
    QDateTime bookingNow() const { return m_world.local(LoadWorld::firstDay().addDays(-1), 6); }

    std::optional<Appointment> pick(QDate day, const QList<AppointmentStatus> &statuses)
    {
        const QList<Appointment> all = m_store.appointmentsAtCenter(
            m_world.center.id, m_world.local(day, 0), m_world.local(day.addDays(1), 0));
        QList<Appointment> booked;
        for (const Appointment &a : all) {
            if (statuses.contains(a.status))
                booked << a;
        }
        if (booked.isEmpty())
            return std::nullopt;
        return booked.at(int(m_rng.bounded(booked.size())));
    }

    std::optional<Appointment> pickBooked(QDate day) { return pick(day, {AppointmentStatus::Booked}); }

    QDateTime randomStart(QDate day)
    {
        // 07:00 to 17:45 on the quarter hour: a one-hour infusion ends by 18:45.
        return m_world.local(day, 7 + int(m_rng.bounded(11)), 15 * int(m_rng.bounded(4)));
    }

    void book(QDate day)
    {
        m_clock.set(bookingNow());
        BookingRequest request;
        request.patientId = m_world.patients.at(int(m_rng.bounded(m_world.patients.size()))).id;
        request.therapyId = m_world.therapy.id;
        request.centerId = m_world.center.id;
        request.startUtc = randomStart(day);
        if (m_rng.bounded(2) == 0)
            request.chairId = m_world.chairs.at(int(m_rng.bounded(m_world.chairs.size()))).id;
        request.user = m_world.desk.name;
        const Appointment booked = BookingService(m_store, m_clock).book(request);
        say("B " + QByteArray::number(booked.id));
    }

    void checkIn(QDate day)
    {
        const auto a = pickBooked(day);
        if (!a)
            return;
        const auto patient = m_store.patient(a->patientId);
        // On time: a patient still in the chair (checked in, never completed) holds it from now on, so
        // earlier the chair is often not free for the whole infusion, and the desk lets the patient wait.
        m_clock.set(a->startUtc.addSecs(-60 * qint64(m_rng.bounded(2))));
        CheckInRequest request;
        request.mrn = patient->mrn;
        request.dateOfBirth = patient->dateOfBirth;
        request.centerId = m_world.center.id;
        const Decision d = CheckInService(m_store, m_clock).checkIn(request, m_world.desk);
        if (!d.appointment || d.appointment->id != a->id)
            return;
        if (d.outcome == Outcome::Admit && d.appointment->status == AppointmentStatus::CheckedIn)
            say("C " + QByteArray::number(a->id));
        else if (d.appointment->status == AppointmentStatus::Arrived)
            say("W " + QByteArray::number(a->id));
    }

    /// The nurse starts an infusion of a checked-in patient, or completes one under way.
    void nurse(QDate day)
    {
        const auto a = pick(day, {AppointmentStatus::CheckedIn, AppointmentStatus::InProgress});
        if (!a)
            return;
        CheckInService service(m_store, m_clock);
        if (a->status == AppointmentStatus::CheckedIn) {
            m_clock.set(std::max(a->startUtc, a->checkedInAtUtc).addSecs(5 * 60));
            service.start(a->id, m_world.nurse);
            say("S " + QByteArray::number(a->id));
        } else {
            m_clock.set(a->startedAtUtc.addSecs(qint64(a->minutes) * 60));
            service.complete(a->id, m_world.nurse);
            say("F " + QByteArray::number(a->id));
        }
    }

    void reschedule(QDate day)
    {
        const auto a = pickBooked(day);
        if (!a)
            return;
        m_clock.set(bookingNow());
        RescheduleRequest request;
        request.appointmentId = a->id;
        request.startUtc = randomStart(day.addDays(1 + m_rng.bounded(3)));
        if (m_rng.bounded(2) == 0)
            request.chairId = m_world.chairs.at(int(m_rng.bounded(m_world.chairs.size()))).id;
        request.reason = QStringLiteral("moved by the crash loop");
        const Appointment moved = RescheduleService(m_store, m_clock).reschedule(m_world.desk, request);
        say("R " + QByteArray::number(a->id) + ' ' + QByteArray::number(moved.id));
    }

    void noShow(QDate day)
    {
        const auto a = pickBooked(day);
        if (!a)
            return;
        m_clock.set(a->startUtc.addSecs(30 * 60));
        NoShowSweep(m_store, m_clock).mark(a->id, m_world.nurse);
        say("N " + QByteArray::number(a->id));
    }

    Store m_store;
    LoadWorld m_world;
    FixedClock m_clock;
    QRandomGenerator m_rng;
    bool m_surviveLostServer;
};

// ---- The parent -----------------------------------------------------------------------------------------

/// An acknowledged action: its kind (B, C, W, S, F, R, N) and the appointments it names.
struct Ack
{
    char kind = 0;
    qint64 id = 0;
    qint64 moved = 0; ///< R: the new appointment
};

std::optional<Ack> parseAck(const QByteArray &line)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() < 2 || parts.first().size() != 1
        || !QByteArrayLiteral("BCWSFRN").contains(parts.first()))
        return std::nullopt;
    Ack ack;
    ack.kind = parts.first().at(0);
    ack.id = parts.at(1).toLongLong();
    if (ack.kind == 'R') {
        if (parts.size() < 3)
            return std::nullopt;
        ack.moved = parts.at(2).toLongLong();
    }
    return ack;
}

/// What the file holds of appointments, their history and the audit trail, read once per check.
class OnFile final
{
public:
    explicit OnFile(Store &store)
    {
        {
            SqlQuery q(store.database(), QStringLiteral("SELECT id, status, replaces_id FROM appointment"),
                "read the appointments");
            q.exec();
            while (q.next())
                m_appointments.insert(
                    q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toLongLong()});
        }
        {
            SqlQuery q(store.database(),
                QStringLiteral("SELECT appointment_id, to_status, count(*) FROM appointment_history "
                               "GROUP BY appointment_id, to_status"),
                "read the appointments' history");
            q.exec();
            while (q.next())
                m_history.insert(
                    {q.value(0).toLongLong(), q.value(1).toString()}, int(q.value(2).toLongLong()));
        }
        {
            SqlQuery q(store.database(),
                QStringLiteral("SELECT record_id, action, count(*) FROM audit_entry "
                               "WHERE record_kind = 'appointment' GROUP BY record_id, action"),
                "read the audit trail");
            q.exec();
            while (q.next())
                m_audit.insert(
                    {q.value(0).toLongLong(), q.value(1).toString()}, int(q.value(2).toLongLong()));
        }
    }

    /// What is missing of an acknowledged action; empty when it is all there.
    QString missing(const Ack &ack) const
    {
        const auto status = [this](qint64 id) { return m_appointments.value(id).status; };
        const auto history = [this](qint64 id, const char *to) {
            return m_history.value({id, QString::fromLatin1(to)});
        };
        const auto audited = [this](qint64 id, AuditAction action) {
            return m_audit.value({id, auditActionName(action)});
        };
        const QString which = QStringLiteral("%1 %2").arg(QLatin1Char(ack.kind)).arg(ack.id);
        switch (ack.kind) {
        case 'B':
            if (!m_appointments.contains(ack.id))
                return which + QStringLiteral(": the booking is not on file");
            if (history(ack.id, "booked") != 1 || audited(ack.id, AuditAction::Booked) != 1)
                return which + QStringLiteral(": the booking's history or audit entry is missing");
            return {};
        case 'C':
            if (!admitted(status(ack.id)))
                return which + QStringLiteral(": checked in, but the file says %1").arg(status(ack.id));
            if (history(ack.id, "checked-in") != 1 || audited(ack.id, AuditAction::Admitted) != 1)
                return which + QStringLiteral(": the admission's history or audit entry is missing");
            return {};
        case 'W':
            if (status(ack.id) != QLatin1String("arrived"))
                return which + QStringLiteral(": marked arrived, but the file says %1").arg(status(ack.id));
            if (history(ack.id, "arrived") != 1 || audited(ack.id, AuditAction::CheckInDecision) != 1)
                return which + QStringLiteral(": the arrival's history or audit entry is missing");
            return {};
        case 'S':
            if (status(ack.id) != QLatin1String("in-progress")
                && status(ack.id) != QLatin1String("fulfilled"))
                return which + QStringLiteral(": started, but the file says %1").arg(status(ack.id));
            if (history(ack.id, "in-progress") != 1 || audited(ack.id, AuditAction::InfusionStarted) != 1)
                return which + QStringLiteral(": the start's history or audit entry is missing");
            return {};
        case 'F':
            if (status(ack.id) != QLatin1String("fulfilled"))
                return which + QStringLiteral(": completed, but the file says %1").arg(status(ack.id));
            if (history(ack.id, "fulfilled") != 1 || audited(ack.id, AuditAction::InfusionCompleted) != 1)
                return which + QStringLiteral(": the completion's history or audit entry is missing");
            return {};
        case 'R':
            if (status(ack.id) != QLatin1String("cancelled")
                || m_appointments.value(ack.moved).replaces != ack.id)
                return which + QStringLiteral(": the move to %1 is not on file").arg(ack.moved);
            if (history(ack.id, "cancelled") != 1 || history(ack.moved, "booked") != 1
                || audited(ack.moved, AuditAction::Rescheduled) != 1)
                return which + QStringLiteral(": the move's history or audit entry is missing");
            return {};
        case 'N':
            if (status(ack.id) != QLatin1String("noshow"))
                return which + QStringLiteral(": marked a no-show, but the file says %1").arg(status(ack.id));
            if (history(ack.id, "noshow") != 1 || audited(ack.id, AuditAction::NoShow) != 1)
                return which + QStringLiteral(": the no-show's history or audit entry is missing");
            return {};
        default:
            return which + QStringLiteral(": not an action");
        }
    }

private:
    static bool admitted(const QString &status)
    {
        return status == QLatin1String("checked-in") || status == QLatin1String("in-progress")
            || status == QLatin1String("fulfilled");
    }

    struct Row
    {
        QString status;
        qint64 replaces = 0;
    };
    QHash<qint64, Row> m_appointments;
    QHash<std::pair<qint64, QString>, int> m_history;
    QHash<std::pair<qint64, QString>, int> m_audit;
};

struct Totals
{
    int kills = 0;
    int killedStarting = 0; ///< killed before the worker had opened the file
    QHash<char, int> acknowledged;
    int mismatches = 0;

    /// Counts a mismatch, and says the first twenty.
    void mismatch(const QString &what)
    {
        ++mismatches;
        if (mismatches <= 20)
            std::fprintf(stderr, "MISMATCH in round %d: %s\n", kills, qUtf8Printable(what));
    }
};

/// Opens the database as the next start would and checks it: the invariants, and every acknowledged
/// action on file with its history and audit entry.
void checkOnFile(const QString &path, const QList<Ack> &acks, Totals &totals)
{
    try {
        Store store(path);
        for (const QString &problem : test::invariantProblems(store, test::InChairCheck::Off))
            totals.mismatch(problem);
        const OnFile onFile(store);
        for (const Ack &ack : acks) {
            if (const QString what = onFile.missing(ack); !what.isEmpty())
                totals.mismatch(what);
        }
    } catch (const Error &error) {
        totals.mismatch(QStringLiteral("could not open the database: %1").arg(error.message()));
    }
}

int runParent(const QString &dir, int kills, quint32 seed, int maxDelayMs)
{
    const QString path = databaseIn(dir);
    if (g_server.isEmpty() && QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s already holds a database; give a new or empty folder.\n",
            qUtf8Printable(QDir::toNativeSeparators(dir)));
        return 3;
    }
    QDir().mkpath(dir);
    QElapsedTimer elapsed;
    elapsed.start();
    LoadWorld::create(path, kChairs, kPatients);

    QRandomGenerator rng(seed);
    QList<Ack> acks;
    Totals totals;
    const auto mismatch = [&totals](const QString &what) { totals.mismatch(what); };

    for (int round = 1; round <= kills; ++round) {
        QProcess worker;
        worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments {QStringLiteral("--worker"), QStringLiteral("--data"), dir,
            QStringLiteral("--seed"), QString::number(rng.generate())};
        if (!g_server.isEmpty())
            arguments << QStringLiteral("--db") << g_server;
        worker.start(QCoreApplication::applicationFilePath(), arguments);
        if (!worker.waitForStarted(10000)) {
            std::fprintf(stderr, "Could not start the worker: %s\n", qUtf8Printable(worker.errorString()));
            return 3;
        }
        // One kill in ten lands while the worker starts (opening the file, recovering the log); the rest
        // at a random moment of its work.
        const bool duringStart = rng.bounded(10) == 0;
        QElapsedTimer life;
        life.start();
        QByteArray lines;
        bool ready = false;
        qint64 deadline = duringStart ? rng.bounded(40) : -1;
        bool ended = false;
        while (!ended) {
            const qint64 wait = deadline < 0 ? 10000 : deadline - life.elapsed();
            if (deadline >= 0 && wait <= 0)
                break;
            if (!worker.waitForReadyRead(int(std::max<qint64>(wait, 1)))) {
                ended = worker.state() == QProcess::NotRunning;
                if (deadline < 0 && !ended) {
                    mismatch(QStringLiteral("the worker did not start within ten seconds"));
                    break;
                }
                continue;
            }
            lines += worker.readAllStandardOutput();
            if (!ready && lines.contains("READY\n")) {
                ready = true;
                if (deadline < 0)
                    deadline = life.elapsed() + rng.bounded(maxDelayMs + 1);
            }
        }
        if (ended || worker.state() == QProcess::NotRunning) {
            lines += worker.readAllStandardOutput();
            mismatch(QStringLiteral("the worker stopped by itself (exit %1): %2")
                         .arg(worker.exitCode())
                         .arg(QString::fromUtf8(lines.right(300))));
        }
        worker.kill(); // SIGKILL
        worker.waitForFinished(10000);
        lines += worker.readAllStandardOutput();
        ++totals.kills;
        if (!ready && !lines.contains("READY\n"))
            ++totals.killedStarting;
        for (const QByteArray &line : lines.split('\n')) {
            if (line.startsWith("ERROR"))
                mismatch(QString::fromUtf8(line));
            else if (const auto ack = parseAck(line)) {
                acks << *ack;
                ++totals.acknowledged[ack->kind];
            }
        }

        // The next start: SQLite recovers the log the killed worker left, then everything is checked.
        checkOnFile(path, acks, totals);
        if (round % 50 == 0 || round == kills) {
            std::printf("%d kills, %lld actions acknowledged, %d mismatches, %.0f s\n", round,
                qlonglong(acks.size()), totals.mismatches, elapsed.elapsed() / 1000.0);
            std::fflush(stdout);
        }
    }

    const auto count = [&totals](char kind) { return totals.acknowledged.value(kind); };
    std::printf(
        "chairside-crashloop: %d kills survived (%d while the worker was starting) in %.0f s, seed %u\n"
        "  %lld actions acknowledged: %d bookings, %d check-ins (%d admitted, %d waiting), "
        "%d infusions started, %d completed, %d reschedules, %d no-shows\n"
        "  after every kill each acknowledged action was on file with its history and audit entry, "
        "doses and visits counted once, no chair or patient booked twice, %s\n"
        "  mismatches: %d\n",
        totals.kills, totals.killedStarting, elapsed.elapsed() / 1000.0, seed, qlonglong(acks.size()),
        count('B'), count('C') + count('W'), count('C'), count('W'), count('S'), count('F'), count('R'),
        count('N'),
        g_server.isEmpty() ? "integrity_check and audit verify checked"
                           : "audit verify checked (on the server)",
        totals.mismatches);
    return totals.mismatches == 0 ? 0 : 1;
}

/// With --restart-server: one worker works on while the server is restarted under it, again and again;
/// after each restart the worker must work again within a few seconds, and at the end every action it
/// acknowledged must be on file, with nothing counted twice.
int runServerRestarts(const QString &dir, int restarts, quint32 seed, const QString &command)
{
    const QString path = databaseIn(dir);
    QElapsedTimer elapsed;
    elapsed.start();
    LoadWorld::create(path, kChairs, kPatients);
    QRandomGenerator rng(seed);
    QList<Ack> acks;
    Totals totals;
    const auto mismatch = [&totals](const QString &what) { totals.mismatch(what); };

    QProcess worker;
    worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    worker.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--worker"), QStringLiteral("--data"), dir, QStringLiteral("--seed"),
            QString::number(rng.generate()), QStringLiteral("--db"), g_server,
            QStringLiteral("--survive-lost-server")});
    QByteArray pending;
    int lostSeen = 0;
    // Around a restart: the worker's first acknowledgement after it was told the server was gone.
    bool watching = false;
    bool sawLost = false;
    qint64 recoveredMs = -1;
    QElapsedTimer back;
    // Reads what the worker says for `ms` milliseconds, or until it has worked again after a restart.
    const auto read = [&](qint64 ms) {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < ms && !(watching && recoveredMs >= 0)
            && worker.state() != QProcess::NotRunning) {
            worker.waitForReadyRead(50);
            pending += worker.readAllStandardOutput();
            const qsizetype end = pending.lastIndexOf('\n');
            if (end < 0)
                continue;
            for (const QByteArray &line : pending.left(end).split('\n')) {
                if (line.startsWith("ERROR")) {
                    mismatch(QString::fromUtf8(line));
                } else if (line == "LOST") {
                    ++lostSeen;
                    sawLost = sawLost || watching;
                } else if (const auto ack = parseAck(line)) {
                    acks << *ack;
                    ++totals.acknowledged[ack->kind];
                    if (watching && sawLost && recoveredMs < 0)
                        recoveredMs = back.elapsed();
                }
            }
            pending.remove(0, end + 1);
        }
    };
    read(3000); // started and working
    qint64 longestMs = 0; ///< from a restart's start to the worker's next acknowledged action
    qint64 longestRestartMs = 0; ///< the restart command itself (the server down, then up)
    for (int round = 1; round <= restarts && worker.state() != QProcess::NotRunning; ++round) {
        read(150 + rng.bounded(450));
        watching = true;
        sawLost = false;
        recoveredMs = -1;
        back.start();
        if (QProcess::execute(QStringLiteral("sh"), {QStringLiteral("-c"), command}) != 0)
            mismatch(QStringLiteral("the restart command failed: %1").arg(command));
        // Counted from the moment the server is back (the command has returned).
        const qint64 restartMs = back.elapsed();
        read(15000);
        if (recoveredMs < 0)
            mismatch(QStringLiteral("the worker did not work again within 15 s of restart %1").arg(round));
        else
            longestMs = std::max(longestMs, recoveredMs);
        longestRestartMs = std::max(longestRestartMs, restartMs);
        watching = false;
        ++totals.kills;
    }
    if (worker.state() == QProcess::NotRunning)
        mismatch(QStringLiteral("the worker stopped by itself (exit %1)").arg(worker.exitCode()));
    worker.kill();
    worker.waitForFinished(10000);
    pending += worker.readAllStandardOutput();
    for (const QByteArray &line : pending.split('\n')) {
        if (const auto ack = parseAck(line)) {
            acks << *ack;
            ++totals.acknowledged[ack->kind];
        }
    }
    checkOnFile(path, acks, totals);
    std::printf(
        "chairside-crashloop: %d server restarts under load in %.0f s, seed %u\n"
        "  %lld actions acknowledged, every one on file with its history and audit entry, doses and "
        "visits counted once, audit verify checked; the worker was told the server was gone %d times\n"
        "  after each restart the worker worked again within %lld ms of its start (the longest; the restart "
        "itself took up to %lld ms)\n"
        "  mismatches: %d\n",
        totals.kills, elapsed.elapsed() / 1000.0, seed, qlonglong(acks.size()), lostSeen,
        qlonglong(longestMs), qlonglong(longestRestartMs), totals.mismatches);
    return totals.mismatches == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("chairside-crashloop"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Kills a process doing the desk's work with SIGKILL at random moments, and after each kill checks "
        "that every acknowledged action is on file and that the file is consistent."));
    parser.addHelpOption();
    const QCommandLineOption killsOption(QStringLiteral("kills"),
        QStringLiteral("How many kills (default 500)."), QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("A new or empty folder for the database (default: a temporary one, removed after)."),
        QStringLiteral("dir"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("The random seed (default: from the clock; printed)."), QStringLiteral("n"));
    const QCommandLineOption delayOption(QStringLiteral("max-delay-ms"),
        QStringLiteral("The longest a worker runs before it is killed (default 250)."), QStringLiteral("ms"),
        QStringLiteral("250"));
    const QCommandLineOption serverOption(QStringLiteral("db"),
        QStringLiteral("An empty database on a PostgreSQL server to work on, instead of a new file."),
        QStringLiteral("address"));
    const QCommandLineOption restartOption(QStringLiteral("restart-server"),
        QStringLiteral("With --db: instead of killing the worker, run this shell command (which restarts the "
                       "server) --kills times while the worker works on."),
        QStringLiteral("command"));
    const QCommandLineOption surviveOption(QStringLiteral("survive-lost-server"),
        QStringLiteral("(internal) the worker waits out a lost server."));
    const QCommandLineOption workerOption(
        QStringLiteral("worker"), QStringLiteral("(internal) be the worker."));
    parser.addOptions({killsOption, dataOption, seedOption, delayOption, serverOption, restartOption,
        surviveOption, workerOption});
    parser.process(app);
    g_server = parser.value(serverOption);

    bool seeded = false;
    const quint32 seed = parser.isSet(seedOption) ? parser.value(seedOption).toUInt(&seeded)
                                                  : quint32(QDateTime::currentMSecsSinceEpoch());
    if (parser.isSet(seedOption) && !seeded) {
        std::fprintf(stderr, "--seed takes a whole number.\n");
        return 3;
    }
    try {
        if (parser.isSet(workerOption))
            Worker(databaseIn(parser.value(dataOption)), seed, parser.isSet(surviveOption)).run();

        bool ok = false;
        const int kills = parser.value(killsOption).toInt(&ok);
        if (!ok || kills < 1) {
            std::fprintf(stderr, "--kills takes a whole number of at least 1.\n");
            return 3;
        }
        const int maxDelay = parser.value(delayOption).toInt(&ok);
        if (!ok || maxDelay < 0) {
            std::fprintf(stderr, "--max-delay-ms takes a whole number of milliseconds.\n");
            return 3;
        }
        QTemporaryDir temporary;
        const QString dir = parser.isSet(dataOption) ? parser.value(dataOption) : temporary.path();
        if (parser.isSet(restartOption)) {
            if (g_server.isEmpty()) {
                std::fprintf(stderr, "--restart-server restarts a server: give its database with --db.\n");
                return 3;
            }
            return runServerRestarts(dir, kills, seed, parser.value(restartOption));
        }
        return runParent(dir, kills, seed, maxDelay);
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error.message()));
        if (parser.isSet(workerOption))
            say("ERROR " + error.message().toUtf8());
        return 2;
    }
}
