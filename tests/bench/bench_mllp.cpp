// chairside-interface-bench, MLLP: the round trip of one HL7 message over one loopback connection
// (sent, committed durably by the listener's handler, its ACK received), beside its physical limits on
// the same machine: a bare durable commit of the same row, and a bare loopback echo of the same bytes.
//
// Targets (issue 13): round trip p99 <= 5 ms and >= 1,000 messages/s on one connection.
//
// The listener runs on a thread of its own, as it would in its own process; the client is MllpClient.
// The handler is the listener's own (chairside-cli interface listen): the interface service's receive()
// on a store of its own (WAL, synchronous=FULL, a temporary file), which records the message, books the
// appointment in a free chair, audits both and commits before the ACK is built. Each message sent is a
// new SIU^S12 booking.

#include "common/clock.h"
#include "interface/interfaceservice.h"
#include "interop/hl7ack.h"
#include "interop/hl7message.h"
#include "model/center.h"
#include "model/chair.h"
#include "model/therapy.h"
#include "model/user.h"
#include "net/mllpclient.h"
#include "net/mllpframer.h"
#include "net/mllpserver.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <arpa/inet.h>
#include <benchmark/benchmark.h>
#include <chrono>
#include <functional>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sqlite3.h>
#include <stdexcept>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace chairside::bench {

namespace {

using SteadyClock = std::chrono::steady_clock;

QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "chairside-interface-bench";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("chairside.net.info=false"));
    return app ? *app : *QCoreApplication::instance();
}

/// A real SIU^S12 (the MESA sample), its control id made unique for each message sent.
QByteArray sampleMessage(quint64 sequence)
{
    static const QByteArray sample = [] {
        QFile file(QStringLiteral(CHAIRSIDE_INTEROP_SAMPLES "/siu-s12-mesa-v2.3.hl7"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("the MESA sample cannot be read");
        QByteArray bytes = file.readAll();
        bytes.replace("\r\n", "\r").replace('\n', '\r');
        return bytes;
    }();
    const Hl7Message message = Hl7Message::parse(sample);
    QByteArray bytes = sample;
    const QByteArray id = message.controlId().toUtf8();
    const qsizetype at = bytes.indexOf(QByteArray("|" + id + "|"));
    bytes.replace(at + 1, id.size(), QByteArray("B" + QByteArray::number(sequence)));
    return bytes;
}

/// A SQLite file in WAL mode with synchronous=FULL: each insert of a raw message is a durable commit.
class DurableLog final
{
public:
    explicit DurableLog(const QString &path)
    {
        if (sqlite3_open(QFile::encodeName(path).constData(), &m_db) != SQLITE_OK)
            throw std::runtime_error("cannot open the bench database");
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=FULL");
        exec("CREATE TABLE IF NOT EXISTS received (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, raw BLOB NOT "
             "NULL)");
        if (sqlite3_prepare_v2(m_db, "INSERT INTO received (at, raw) VALUES (?, ?)", -1, &m_insert, nullptr)
            != SQLITE_OK)
            throw std::runtime_error("cannot prepare the insert");
    }
    ~DurableLog()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    DurableLog(const DurableLog &) = delete;
    DurableLog &operator=(const DurableLog &) = delete;

    /// One transaction, committed (fsync'd) when this returns.
    void insert(const QByteArray &raw)
    {
        sqlite3_bind_int64(m_insert, 1, QDateTime::currentMSecsSinceEpoch());
        sqlite3_bind_blob(m_insert, 2, raw.constData(), int(raw.size()), SQLITE_STATIC);
        if (sqlite3_step(m_insert) != SQLITE_DONE)
            throw std::runtime_error(sqlite3_errmsg(m_db));
        sqlite3_reset(m_insert);
    }

private:
    void exec(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(m_db));
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

/// The interface service on a store of its own, set up as a center would be: twenty chairs open every
/// day, infliximab mapped to the sender's service code and the center to its location.
struct InterfaceTarget
{
    explicit InterfaceTarget(const QString &folder)
        : store(folder + QStringLiteral("/mllp.sqlite"))
        , clock(QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc()))
    {
        user.name = QStringLiteral("interface");
        user.role = Role::Admin;
        user.id = store.addUser(user, clock.nowUtc());
        Center center;
        center.name = QStringLiteral("Main");
        center.timeZoneId = "UTC";
        center.hours = OpeningHours::parse(QStringLiteral("mon-sun 07:00-19:00"));
        center.id = store.addCenter(center);
        for (int c = 1; c <= 20; ++c) {
            Chair chair;
            chair.centerId = center.id;
            chair.label = QString::number(c);
            store.addChair(chair);
        }
        Therapy therapy;
        therapy.name = QStringLiteral("infliximab");
        therapy.defaultMinutes = 60;
        therapy.id = store.addTherapy(therapy);
        service = std::make_unique<InterfaceService>(store, clock);
        service->setMapping(user, MappingKind::Location, QStringLiteral("INFUSION"), center.id);
        service->setMapping(user, MappingKind::Service, QStringLiteral("REMI"), therapy.id);
    }

    Store store;
    FixedClock clock;
    User user;
    std::unique_ptr<InterfaceService> service;
};

/// The listener's handler, made on the listener's thread: the interface service's receive(), which
/// commits durably before it builds the ACK.
MllpServer::Handler makeHandler(const QString &folder)
{
    auto target = std::make_shared<InterfaceTarget>(folder);
    return [target](const QByteArray &raw, const QHostAddress &peer) {
        return target->service->receive(target->user, raw, {InterfaceChannel::Mllp, peer.toString()}).ack;
    };
}

/// The same answer without the commit: what the network, the framing, the reading and the ACK add.
MllpServer::Handler makeHandlerWithoutCommit()
{
    auto counter = std::make_shared<quint64>(0);
    return [counter](const QByteArray &raw, const QHostAddress &) {
        const Hl7Message message = Hl7Message::parse(raw);
        Hl7Ack::Options options;
        options.controlId = QStringLiteral("BENCH%1").arg(++*counter);
        options.nowUtc = QDateTime::currentDateTimeUtc();
        return Hl7Ack::build(message, Hl7Ack::Code::Accept, options);
    };
}

/// The listener on its own thread, until destroyed.
class ListenerThread final
{
public:
    ListenerThread(const QString &folder, bool durable)
    {
        QSemaphore ready;
        m_thread.reset(QThread::create([this, folder, durable, &ready] {
            MllpServer::Options options;
            options.port = 0;
            MllpServer server(options, durable ? makeHandler(folder) : makeHandlerWithoutCommit());
            if (server.listen())
                m_port = server.port();
            ready.release();
            QEventLoop loop; // until quit() on the thread
            loop.exec();
        }));
        m_thread->start();
        ready.acquire();
        if (m_port == 0)
            throw std::runtime_error("the listener did not start");
    }
    ~ListenerThread()
    {
        m_thread->quit();
        m_thread->wait();
    }
    ListenerThread(const ListenerThread &) = delete;
    ListenerThread &operator=(const ListenerThread &) = delete;

    quint16 port() const { return m_port; }

private:
    std::unique_ptr<QThread> m_thread;
    quint16 m_port = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

/// p50, p99 (in microseconds) and the rate, beside the target, on the benchmark's line.
void report(benchmark::State &state, const std::vector<double> &latenciesUs, double seconds,
    const char *target, double p99LimitUs, double minimumRate)
{
    const double p50 = percentile(latenciesUs, 0.50);
    const double p99 = percentile(latenciesUs, 0.99);
    const double rate = seconds > 0 ? double(latenciesUs.size()) / seconds : 0;
    state.counters["p50_us"] = p50;
    state.counters["p99_us"] = p99;
    state.counters["per_s"] = rate;
    std::string label = target;
    if (p99LimitUs > 0) {
        const bool met = p99 <= p99LimitUs && rate >= minimumRate;
        label += met ? " met" : " NOT met";
    }
    state.SetLabel(label);
}

/// A new booking: message `sequence` books its own patient into the next free hour of a 20-chair day,
/// the days following one another from 4 January 2027.
QByteArray bookingMessage(quint64 sequence)
{
    constexpr quint64 kPerDay = 200; // ten hourly starts in each of twenty chairs
    const QDate day = QDate(2027, 1, 4).addDays(qint64(sequence / kPerDay));
    const quint64 hour = 7 + (sequence % kPerDay) / 20;
    const QString start = day.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')) + QStringLiteral("00");
    return QStringLiteral("MSH|^~\\&|EHR|HOSP|CHAIRSIDE|INF|20261201080000||SIU^S12|B%1|P|2.4\r"
                          "SCH||A%1|||||REMI^Infliximab||60|min|^^60^%2|||||||||||||||Booked\r"
                          "PID|1||P%1^^^HOSP^MR||Patient%1^Pat||19700115|F|||||(555)010-2000\r"
                          "RGS|1\r"
                          "AIL|1||INFUSION^^^Main\r")
        .arg(sequence)
        .arg(start)
        .toLatin1();
}

void roundTrips(benchmark::State &state, bool durable)
{
    application();
    QTemporaryDir folder;
    ListenerThread listener(folder.path(), durable);
    MllpClient::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = listener.port();
    MllpClient client(options);
    std::vector<double> latencies;
    latencies.reserve(size_t(state.max_iterations));
    quint64 sequence = 0;
    // Warm: the connection, the first pages of the file.
    for (int i = 0; i < 20; ++i)
        client.send(durable ? bookingMessage(++sequence) : sampleMessage(++sequence));
    std::vector<QByteArray> messages;
    for (benchmark::IterationCount i = 0; i < state.max_iterations; ++i)
        messages.push_back(durable ? bookingMessage(++sequence) : sampleMessage(++sequence));
    size_t next = 0;
    const auto start = SteadyClock::now();
    for (auto _ : state) {
        const auto t0 = SteadyClock::now();
        const MllpClient::Result result = client.send(messages[next++]);
        const auto t1 = SteadyClock::now();
        if (!result.ok() || !result.answer.contains("MSA|AA|")) {
            state.SkipWithError(
                result.error.isEmpty() ? "the answer is not AA" : result.error.toStdString().c_str());
            break;
        }
        latencies.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    const double seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
    if (durable)
        report(state, latencies, seconds, "target p99 <= 5 ms and >= 1,000/s on one connection:", 5000, 1000);
    else
        report(state, latencies, seconds, "the same without the commit: what the software adds", 0, 0);
}

void BM_MllpRoundTrip(benchmark::State &state)
{
    roundTrips(state, true);
}

void BM_MllpRoundTripWithoutCommit(benchmark::State &state)
{
    roundTrips(state, false);
}

/// The limit: the same insert, committed the same way, with no network and no HL7.
void BM_BareDurableCommit(benchmark::State &state)
{
    QTemporaryDir folder;
    DurableLog log(folder.path() + QStringLiteral("/bare.sqlite"));
    const QByteArray raw = sampleMessage(1);
    std::vector<double> latencies;
    latencies.reserve(size_t(state.max_iterations));
    const auto start = SteadyClock::now();
    for (auto _ : state) {
        const auto t0 = SteadyClock::now();
        log.insert(raw);
        latencies.push_back(std::chrono::duration<double, std::micro>(SteadyClock::now() - t0).count());
    }
    const double seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
    report(state, latencies, seconds, "limit: bare durable commit (WAL, synchronous=FULL)", 0, 0);
}

int checked(int result, const char *what)
{
    if (result < 0)
        throw std::runtime_error(what);
    return result;
}

void readFully(int fd, char *buffer, size_t size)
{
    size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, buffer + got, size - got);
        if (n <= 0)
            throw std::runtime_error("the echo connection closed");
        got += size_t(n);
    }
}

/// The limit: the same bytes there and back over loopback TCP, blocking sockets, no event loop.
void BM_BareLoopbackEcho(benchmark::State &state)
{
    const QByteArray message = MllpFramer::frame(sampleMessage(1));
    const int listener = checked(::socket(AF_INET, SOCK_STREAM, 0), "socket");
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    checked(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), "bind");
    checked(::listen(listener, 1), "listen");
    socklen_t length = sizeof address;
    checked(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), "getsockname");
    const int one = 1;
    std::thread echo([&] {
        const int peer = ::accept(listener, nullptr, nullptr);
        ::setsockopt(peer, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        std::vector<char> buffer(size_t(message.size()));
        try {
            for (;;) {
                readFully(peer, buffer.data(), buffer.size());
                if (::write(peer, buffer.data(), buffer.size()) != ssize_t(buffer.size()))
                    break;
            }
        } catch (const std::exception &) { }
        ::close(peer);
    });
    const int client = checked(::socket(AF_INET, SOCK_STREAM, 0), "socket");
    checked(::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address), "connect");
    ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    std::vector<char> answer(size_t(message.size()));
    std::vector<double> latencies;
    latencies.reserve(size_t(state.max_iterations));
    const auto start = SteadyClock::now();
    for (auto _ : state) {
        const auto t0 = SteadyClock::now();
        if (::write(client, message.constData(), size_t(message.size())) != message.size()) {
            state.SkipWithError("the echo write failed");
            break;
        }
        readFully(client, answer.data(), answer.size());
        latencies.push_back(std::chrono::duration<double, std::micro>(SteadyClock::now() - t0).count());
    }
    const double seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
    ::close(client);
    echo.join();
    ::close(listener);
    report(state, latencies, seconds, "limit: bare loopback echo of the same bytes", 0, 0);
}

} // namespace

BENCHMARK(BM_MllpRoundTrip)->Iterations(3000)->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_MllpRoundTripWithoutCommit)->Iterations(20000)->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_BareDurableCommit)->Iterations(3000)->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_BareLoopbackEcho)->Iterations(20000)->UseRealTime()->Unit(benchmark::kMicrosecond);

} // namespace chairside::bench
