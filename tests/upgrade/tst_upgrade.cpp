// Upgrades from every earlier schema: each fixture in tests/upgrade/fixtures was written by the demo of the
// code of the day its version was the newest (tests/upgrade/make-fixtures.sh). Each migrates to the current
// schema, passes SQLite's integrity check and its audit trail verifies; then a patient is checked in on it.

#include "checkin/checkinservice.h"
#include "checkin/decision.h"
#include "common/clock.h"
#include "store/database.h"
#include "store/sqlquery.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace chairside;

namespace {

/// The fixtures by version, oldest first.
QList<std::pair<int, QString>> fixtures()
{
    const QDir folder(QStringLiteral(CHAIRSIDE_UPGRADE_FIXTURES));
    const QRegularExpression name(QStringLiteral("^schema-(\\d+)\\.sqlite$"));
    QList<std::pair<int, QString>> found;
    for (const QString &file : folder.entryList({QStringLiteral("schema-*.sqlite")}, QDir::Files)) {
        const auto match = name.match(file);
        if (match.hasMatch())
            found.append({match.captured(1).toInt(), folder.filePath(file)});
    }
    std::sort(found.begin(), found.end());
    return found;
}

/// Copies the fixture and its audit key files into `dir` as chairside.sqlite; the fixture stays as it is.
QString copyOf(const QString &fixture, const QTemporaryDir &dir)
{
    QString path = dir.filePath(QStringLiteral("chairside.sqlite"));
    for (const QString &suffix :
        {QString(), QStringLiteral(".audit-key"), QStringLiteral(".audit-key.head")}) {
        if (QFileInfo::exists(fixture + suffix)) {
            REQUIRE(QFile::copy(fixture + suffix, path + suffix));
            QFile::setPermissions(path + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    return path;
}

QString pragma(Store &store, const char *statement)
{
    SqlQuery query(store.database(), QString::fromLatin1(statement), "read a pragma");
    query.exec();
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

TEST_CASE("A database made by every earlier schema version migrates to the current one and takes a check-in")
{
    const auto all = fixtures();
    // Versions 1 and 10 were never the newest in force on their own (make-fixtures.sh says why).
    QList<int> versions;
    for (const auto &[version, file] : all)
        versions << version;
    CHECK(versions == QList<int> {2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17});
    REQUIRE(versions.last() < Database::latestVersion());

    for (const auto &[version, fixture] : all) {
        DYNAMIC_SECTION("schema " << version)
        {
            QTemporaryDir dir;
            REQUIRE(dir.isValid());
            const QString path = copyOf(fixture, dir);
            Store store(path);
            CHECK(pragma(store, "PRAGMA user_version").toInt() == Database::latestVersion());
            CHECK(pragma(store, "PRAGMA integrity_check") == QStringLiteral("ok"));
            const AuditVerdict verdict = store.verifyAudit();
            INFO(verdict.problem.toStdString());
            CHECK(verdict.intact); // the earliest versions kept no trail: an empty one verifies
            CHECK(store.patientCount() > 0);

            // The demo's day: a booked patient who is ready is admitted to a chair, as at the desk.
            const auto admin = store.userByName(QStringLiteral("admin"));
            REQUIRE(admin.has_value());
            const QList<Center> centers = store.centers();
            REQUIRE_FALSE(centers.isEmpty());
            QList<Appointment> booked;
            for (const Center &center : centers) {
                const QDateTime from(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
                for (const Appointment &appointment :
                    store.appointmentsAtCenter(center.id, from, from.addDays(90))) {
                    if (appointment.status == AppointmentStatus::Booked)
                        booked << appointment;
                }
            }
            REQUIRE_FALSE(booked.isEmpty());
            bool admitted = false;
            for (const Appointment &appointment : std::as_const(booked)) {
                const auto patient = store.patient(appointment.patientId);
                REQUIRE(patient.has_value());
                FixedClock clock(appointment.startUtc.addSecs(-5 * 60));
                CheckInService service(store, clock);
                CheckInRequest request;
                request.mrn = patient->mrn;
                request.dateOfBirth = patient->dateOfBirth;
                request.centerId = appointment.centerId;
                if (service.evaluate(request).outcome != Outcome::Admit)
                    continue;
                const Decision decision = service.checkIn(request, *admin);
                REQUIRE(decision.outcome == Outcome::Admit);
                const auto after = store.appointment(appointment.id);
                REQUIRE(after.has_value());
                CHECK(after->status == AppointmentStatus::CheckedIn);
                CHECK(after->chairId != 0);
                admitted = true;
                break;
            }
            CHECK(admitted);
            const AuditVerdict after = store.verifyAudit();
            CHECK(after.intact);
            CHECK(after.entries > verdict.entries); // the check-in is on the record
        }
    }
}
