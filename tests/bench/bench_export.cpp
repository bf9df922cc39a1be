// chairside-interface-bench, the export's figures: a 150-appointment day written as a FHIR R4 Bundle
// (target <= 20 ms), beside its physical limit on the same machine: the same rows read bare from SQLite,
// and the Bundle's JSON serialised alone. Builds its own small file; needs no generated organization.

#include "common/clock.h"
#include "export/dayexport.h"
#include "model/center.h"
#include "model/openinghours.h"
#include "scheduling/centertime.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <memory>
#include <sqlite3.h>
#include <vector>

using namespace chairside;

namespace {

constexpr int kAppointments = 150;
const QDate kDay(2026, 12, 1);

/// A center with 24 chairs and 150 appointments on one day (and a few the day before and after, which
/// the export leaves out), each for its own patient.
struct ExportDay
{
    ExportDay()
    {
        store = std::make_unique<Store>(dir.filePath(QStringLiteral("export.sqlite")));
        center.name = QStringLiteral("Riverside Infusion Center");
        center.timeZoneId = "America/New_York";
        center.hours = OpeningHours::parse(QStringLiteral("mon-sat 07:00-21:00"));
        center.id = store->addCenter(center);
        QList<qint64> chairs;
        for (int c = 1; c <= 24; ++c) {
            Chair chair;
            chair.centerId = center.id;
            chair.label = QString::number(c);
            chairs << store->addChair(chair);
        }
        QList<qint64> therapies;
        for (const char *name : {"infliximab", "vedolizumab", "ocrelizumab", "immune globulin"}) {
            Therapy therapy;
            therapy.name = QString::fromLatin1(name);
            therapy.brand = QStringLiteral("Brand");
            therapy.defaultMinutes = 120;
            therapies << store->addTherapy(therapy);
        }
        QList<Patient> patients;
        for (int p = 0; p < kAppointments + 20; ++p) {
            Patient patient;
            patient.mrn = QStringLiteral("M%1").arg(p, 6, 10, QLatin1Char('0'));
            patient.firstName = QStringLiteral("Given%1").arg(p);
            patient.lastName = QStringLiteral("Family%1").arg(p);
            patient.dateOfBirth = QDate(1950, 1, 1).addDays(p * 97);
            patient.phone = QStringLiteral("(555) 010-%1").arg(p, 4, 10, QLatin1Char('0'));
            patients << patient;
        }
        const QList<qint64> patientIds = store->addPatients(patients);
        QList<Appointment> appointments;
        const auto add = [&](QDate date, int index) {
            Appointment a;
            a.patientId = patientIds[index];
            a.centerId = center.id;
            a.chairId = chairs[index % chairs.size()];
            a.therapyId = therapies[index % therapies.size()];
            // Six or seven a chair, every two hours from 07:00.
            const int slot = index / int(chairs.size());
            a.startUtc = CenterTime::dayStartUtc(center, date).addSecs(qint64(7 + 2 * slot) * 3600);
            a.minutes = 110;
            a.createdBy = QStringLiteral("bench");
            a.createdAtUtc = CenterTime::dayStartUtc(center, date.addDays(-14));
            appointments << a;
        };
        for (int i = 0; i < kAppointments; ++i)
            add(kDay, i);
        for (int i = 0; i < 20; ++i) {
            add(kDay.addDays(-1), kAppointments + i);
            add(kDay.addDays(1), kAppointments + i);
        }
        store->addAppointments(appointments);
        admin.name = QStringLiteral("admin");
        admin.role = Role::Admin;
    }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Center center;
    User admin;
    FixedClock clock {QDateTime(kDay, QTime(20, 0), QTimeZone::utc())};
};

ExportDay &day()
{
    static ExportDay instance;
    return instance;
}

/// Times each iteration and labels the benchmark with the median beside the target.
class Timed
{
public:
    explicit Timed(benchmark::State &state)
        : m_state(state)
    { }
    template<typename F>
    void run(F &&body)
    {
        for (auto _ : m_state) {
            const auto start = std::chrono::steady_clock::now();
            body();
            m_us.push_back(
                std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        }
    }
    double medianMs()
    {
        std::sort(m_us.begin(), m_us.end());
        return m_us.empty() ? 0 : m_us[m_us.size() / 2] / 1000;
    }

private:
    benchmark::State &m_state;
    std::vector<double> m_us;
};

/// What the command does: the store read in one snapshot, the Bundle built, the JSON written.
void BM_ExportFhirDay(benchmark::State &state)
{
    ExportDay &d = day();
    DayExport exporter(*d.store, d.clock);
    qsizetype bytes = 0;
    int entries = 0;
    Timed timed(state);
    timed.run([&] {
        const QJsonObject bundle = exporter.fhirBundle(d.center, kDay, d.admin);
        const QByteArray json = QJsonDocument(bundle).toJson(QJsonDocument::Indented);
        bytes = json.size();
        entries = int(bundle.value(QStringLiteral("entry")).toArray().size());
        benchmark::DoNotOptimize(json.constData());
    });
    const double median = timed.medianMs();
    state.counters["appointments"] = kAppointments;
    state.counters["entries"] = entries;
    state.counters["bytes"] = double(bytes);
    state.SetLabel(QStringLiteral("median %1 ms; target <= 20 ms: %2")
                       .arg(median, 0, 'f', 2)
                       .arg(median <= 20 ? QStringLiteral("met") : QStringLiteral("MISSED"))
                       .toStdString());
}

/// The store's read alone: the day's appointments, their patients, the chairs and therapies.
void BM_ExportStoreRead(benchmark::State &state)
{
    ExportDay &d = day();
    Timed timed(state);
    int rows = 0;
    timed.run([&] {
        const Store::DayRecords records = d.store->dayRecordsAtCenter(
            d.center.id, CenterTime::dayStartUtc(d.center, kDay), CenterTime::dayEndUtc(d.center, kDay));
        rows = int(records.appointments.size() + records.patients.size());
        benchmark::DoNotOptimize(rows);
    });
    state.counters["rows"] = rows;
    state.SetLabel(QStringLiteral("median %1 ms").arg(timed.medianMs(), 0, 'f', 3).toStdString());
}

/// The limit for the read: the same appointment and patient rows stepped bare in SQLite's C API, one
/// prepared statement, every column touched, nothing built.
void BM_ExportLimitRawRows(benchmark::State &state)
{
    ExportDay &d = day();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(d.store->path().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        state.SkipWithError("cannot open the file");
        return;
    }
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT a.id, a.patient_id, a.chair_id, a.therapy_id, a.start_utc, a.minutes, a.status, p.mrn, "
        "p.first_name, p.last_name, p.dob, p.phone FROM appointment a JOIN patient p ON p.id = a.patient_id "
        "WHERE a.center_id = ? AND a.start_utc >= ? AND a.start_utc < ? ORDER BY a.start_utc, a.id",
        -1, &statement, nullptr);
    const qint64 from = CenterTime::dayStartUtc(d.center, kDay).toSecsSinceEpoch();
    const qint64 to = CenterTime::dayEndUtc(d.center, kDay).toSecsSinceEpoch();
    int rows = 0;
    Timed timed(state);
    timed.run([&] {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_bind_int64(statement, 1, d.center.id);
        sqlite3_bind_int64(statement, 2, from);
        sqlite3_bind_int64(statement, 3, to);
        rows = 0;
        qint64 sum = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            ++rows;
            for (int c = 0; c < 12; ++c)
                sum += sqlite3_column_bytes(statement, c) + sqlite3_column_int64(statement, c);
        }
        sqlite3_reset(statement);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        benchmark::DoNotOptimize(sum);
    });
    sqlite3_finalize(statement);
    sqlite3_close(db);
    state.counters["rows"] = rows;
    state.SetLabel(QStringLiteral("median %1 ms (limit: the rows read bare)")
                       .arg(timed.medianMs(), 0, 'f', 3)
                       .toStdString());
}

/// The limit for the writing: the finished Bundle serialised alone.
void BM_ExportLimitJsonAlone(benchmark::State &state)
{
    ExportDay &d = day();
    const QJsonObject bundle = DayExport(*d.store, d.clock).fhirBundle(d.center, kDay, d.admin);
    Timed timed(state);
    timed.run([&] {
        const QByteArray json = QJsonDocument(bundle).toJson(QJsonDocument::Indented);
        benchmark::DoNotOptimize(json.constData());
    });
    state.SetLabel(QStringLiteral("median %1 ms (limit: the JSON serialised alone)")
                       .arg(timed.medianMs(), 0, 'f', 3)
                       .toStdString());
}

} // namespace

BENCHMARK(BM_ExportFhirDay)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExportStoreRead)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExportLimitRawRows)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExportLimitJsonAlone)->Unit(benchmark::kMillisecond);
