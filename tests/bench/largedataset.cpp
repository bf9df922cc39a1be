#include "largedataset.h"

#include "common/error.h"
#include "demo/demonames.h"
#include "demo/dice.h"
#include "demo/rankedpicker.h"
#include "model/appointment.h"
#include "model/center.h"
#include "model/chair.h"
#include "model/coverage.h"
#include "model/patient.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "model/therapy.h"
#include "model/user.h"
#include "store/scopedtransaction.h"
#include "store/sqlquery.h"
#include "store/store.h"
#include "text/namenormalizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

namespace chairside::bench {

namespace {

/// CPU seconds this process has used so far.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

class PatientMaker final
{
public:
    explicit PatientMaker(Dice &dice)
        : m_dice(dice)
    {
        quint32 total = 0;
        for (const DemoNames::Origin &origin : DemoNames::origins()) {
            Names names {RankedPicker(origin.lastNames.size(), origin.rankOffset),
                RankedPicker(origin.firstNames.size(), 6.0), {}, {}, {}};
            for (const char *name : origin.lastNames)
                names.last << QString::fromUtf8(name);
            for (const DemoNames::FirstName &name : origin.firstNames) {
                names.first << QString::fromUtf8(name.name);
                names.nicknames << (name.nickname ? QString::fromUtf8(name.nickname) : QString());
            }
            m_origins.push_back(std::move(names));
            total += quint32(origin.weight);
            m_originCumulative.push_back(total);
        }
    }

    Patient make(int number)
    {
        Patient p;
        p.mrn = QStringLiteral("L%1").arg(number, 7, 10, QLatin1Char('0'));
        const Names &family = m_origins[pickOrigin()];
        p.lastName = family.last[qsizetype(family.lastRanks.pick(m_dice))];
        if (m_dice.percent(4)) {
            const Names &other = m_origins[pickOrigin()];
            const QString &second = other.last[qsizetype(other.lastRanks.pick(m_dice))];
            if (second != p.lastName && !p.lastName.contains(QLatin1Char(' '))
                && !second.contains(QLatin1Char(' ')))
                p.lastName = p.lastName + QLatin1Char('-') + second;
        }
        const Names &given = m_dice.percent(12) ? m_origins[pickOrigin()] : family;
        const auto first = qsizetype(given.firstRanks.pick(m_dice));
        p.firstName = given.first[first];
        if (!given.nicknames[first].isEmpty() && m_dice.percent(15))
            p.preferredName = given.nicknames[first];
        static const QDate oldest(1930, 1, 1);
        static const QDate youngest(2008, 12, 31);
        p.dateOfBirth = oldest.addDays(m_dice.below(int(oldest.daysTo(youngest)) + 1));
        static const int areaCodes[] = {617, 857, 781, 339, 508, 774, 978, 351, 413};
        p.phone = QStringLiteral("(%1) 555-%2")
                      .arg(areaCodes[m_dice.below(int(std::size(areaCodes)))])
                      .arg(m_dice.below(10000), 4, 10, QLatin1Char('0'));
        if (m_dice.percent(60))
            p.email = NameNormalizer::fold(p.firstName) + QLatin1Char('.') + QString::number(number)
                + QStringLiteral("@example.org");
        return p;
    }

private:
    struct Names
    {
        RankedPicker lastRanks;
        RankedPicker firstRanks;
        QStringList last;
        QStringList first;
        QStringList nicknames;
    };
    std::size_t pickOrigin()
    {
        const auto draw = quint32(m_dice.below(int(m_originCumulative.back())));
        return std::size_t(std::upper_bound(m_originCumulative.begin(), m_originCumulative.end(), draw)
            - m_originCumulative.begin());
    }
    Dice &m_dice;
    std::vector<Names> m_origins;
    std::vector<quint32> m_originCumulative;
};

constexpr int kCenters = 50;
constexpr int kAheadDays = 90;

QString cachePath(const LargeDataset::Options &options)
{
    return QDir(options.folder)
        .filePath(QStringLiteral("large-%1-%2-%3y-v%4.sqlite")
                      .arg(options.seed)
                      .arg(options.patients)
                      .arg(options.years)
                      .arg(LargeDataset::kVersion));
}

struct TherapyPlan
{
    qint64 id = 0;
    int minutes = 0;
    bool compounded = true;
};

/// Infusion patient i (1-based) comes to center (i % 50) + 1 for therapy (i / 20) % 4.
int therapyOfPatient(int i)
{
    return (i / kCenters) % 4;
}

class Builder final
{
public:
    Builder(Store &store, const LargeDataset::Options &options)
        : m_store(store)
        , m_options(options)
        , m_dice(options.seed)
    { }

    LargeDataset::Info run()
    {
        LargeDataset::Info info;
        addCatalog();
        PatientMaker maker(m_dice);
        int number = 0;
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuSeconds();
        m_store.addPatients(m_options.patients, [&] { return maker.make(++number); });
        info.patientSeconds = double(timer.nsecsElapsed()) / 1e9;
        info.patientCpuSeconds = cpuSeconds() - cpu;
        info.patients = m_options.patients;
        std::fprintf(stderr, "  %d patients in %.1f s (%.1f s of CPU)\n", m_options.patients,
            info.patientSeconds, info.patientCpuSeconds);
        addPaperwork();
        timer.restart();
        cpu = cpuSeconds();
        info.appointments = addAppointments(info.busyCenterOccupancy);
        info.appointmentSeconds = double(timer.nsecsElapsed()) / 1e9;
        info.appointmentCpuSeconds = cpuSeconds() - cpu;
        std::fprintf(stderr, "  %lld appointments in %.1f s (%.1f s of CPU)\n", info.appointments,
            info.appointmentSeconds, info.appointmentCpuSeconds);
        return info;
    }

private:
    void addCatalog()
    {
        const QDateTime now = LargeDataset::nowUtc();
        for (const auto &[name, role] : {std::pair(QStringLiteral("admin"), Role::Admin),
                 std::pair(QStringLiteral("desk"), Role::Receptionist),
                 std::pair(QStringLiteral("nurse"), Role::Nurse)}) {
            User user;
            user.name = name;
            user.role = role;
            m_store.addUser(user, now);
        }
        const Therapy therapies[] = {
            {0, QStringLiteral("infliximab"), QStringLiteral("Remicade"), 120, 8, true, 24},
            {0, QStringLiteral("ocrelizumab"), QStringLiteral("Ocrevus"), 210, 26, true, 24},
            {0, QStringLiteral("vedolizumab"), QStringLiteral("Entyvio"), 60, 8, true, 12},
            {0, QStringLiteral("iron sucrose"), QStringLiteral("Venofer"), 30, 1, false, 0},
        };
        for (const Therapy &t : therapies)
            m_therapies.push_back({m_store.addTherapy(t), t.defaultMinutes, t.compounded});

        // Fifty centers, each in a time zone of its own: the Americas, Europe, Africa, Asia and the
        // Pacific, whole-hour offsets and the half- and quarter-hour ones (St. John's, Kolkata, Kathmandu,
        // Adelaide, Chatham), both hemispheres' summer times. None changes its clocks at midnight.
        static const std::pair<const char *, const char *> places[] = {{"North Campus", "America/New_York"},
            {"Riverside", "America/Chicago"}, {"Lakeview", "America/Denver"},
            {"Hillcrest", "America/Los_Angeles"}, {"Harbor Point", "America/Phoenix"},
            {"Cedar Grove", "America/Anchorage"}, {"Elm Street", "Pacific/Honolulu"},
            {"Westgate", "America/Detroit"}, {"Summit", "America/Indiana/Indianapolis"},
            {"Oak Park", "America/Boise"}, {"Bayside", "America/Puerto_Rico"},
            {"Maple Ridge", "America/Halifax"}, {"Eastfield", "America/St_Johns"},
            {"Pinecrest", "America/Toronto"}, {"Fairview", "America/Vancouver"},
            {"Brookside", "America/Edmonton"}, {"Stonebridge", "America/Winnipeg"},
            {"Meadowbrook", "America/Regina"}, {"Clearwater", "America/Mexico_City"},
            {"Ashford", "America/Bogota"}, {"Kingsbridge", "America/Lima"},
            {"Willow Creek", "America/Montevideo"}, {"Silver Lake", "America/Sao_Paulo"},
            {"Foxhollow", "America/Argentina/Buenos_Aires"}, {"Redwood", "America/Caracas"},
            {"Glenview", "Atlantic/Reykjavik"}, {"Highgate", "Europe/London"}, {"Kilmore", "Europe/Dublin"},
            {"Belmonte", "Europe/Lisbon"}, {"Alameda", "Europe/Madrid"}, {"Montclair", "Europe/Paris"},
            {"Lindenhof", "Europe/Berlin"}, {"Colle Verde", "Europe/Rome"}, {"Kifisia", "Europe/Athens"},
            {"Kallio", "Europe/Helsinki"}, {"Moda", "Europe/Istanbul"}, {"Parkhurst", "Africa/Johannesburg"},
            {"Karen", "Africa/Nairobi"}, {"Jumeirah", "Asia/Dubai"}, {"Clifton", "Asia/Karachi"},
            {"Bandra", "Asia/Kolkata"}, {"Patan", "Asia/Kathmandu"}, {"Gulshan", "Asia/Dhaka"},
            {"Sathorn", "Asia/Bangkok"}, {"Novena", "Asia/Singapore"}, {"Meguro", "Asia/Tokyo"},
            {"Norwood", "Australia/Adelaide"}, {"Manly", "Australia/Sydney"},
            {"Ponsonby", "Pacific/Auckland"}, {"Waitangi", "Pacific/Chatham"}};
        static_assert(std::size(places) == kCenters);
        for (int c = 0; c < kCenters; ++c) {
            Center center;
            center.name = QString::fromUtf8(places[c].first) + QStringLiteral(" Infusion Center");
            center.timeZoneId = QByteArray(places[c].second);
            center.hours
                = OpeningHours::parse(c % 3 == 0 ? QStringLiteral("mon-fri 07:00-19:00; sat 08:00-14:00")
                                                 : QStringLiteral("mon-fri 07:30-18:00"));
            const qint64 id = m_store.addCenter(center);
            center.id = id;
            // Satellites of 6-26 chairs around the 60-chair campus: about as many chairs in all as twenty
            // centers of 20-60 had, so the organization's appointments stay about two million.
            const int chairs = c == 0 ? 60 : m_dice.between(6, 26);
            QList<qint64> chairIds;
            for (int k = 1; k <= chairs; ++k) {
                Chair chair;
                chair.centerId = id;
                chair.label = k % 15 == 0 ? QStringLiteral("Suite %1").arg(k / 15)
                                          : QStringLiteral("Chair %1").arg(k);
                chair.kind = k % 15 == 0 ? Chair::Kind::Suite : Chair::Kind::Chair;
                chairIds << m_store.addChair(chair);
            }
            m_centers.push_back({center, chairIds});
        }
    }

    /// Every infusion patient has insurance; most have an order and an authorization in force.
    void addPaperwork()
    {
        const QDate today = LargeDataset::nowUtc().date();
        static const char *const payers[] = {
            "Blue Harbor Health", "Keystone Mutual", "Medicare Part B", "Unity Care", "Pioneer Health Plan"};
        ScopedTransaction transaction(m_store.database());
        for (int i = 1; i <= LargeDataset::infusionPatients(m_options.patients); ++i) {
            const qint64 therapyId = m_therapies[std::size_t(therapyOfPatient(i))].id;
            Coverage coverage;
            coverage.patientId = i;
            coverage.payer = QString::fromUtf8(payers[i % 5]);
            coverage.memberId = QStringLiteral("M%1").arg(i, 9, 10, QLatin1Char('0'));
            coverage.eligibilityVerifiedOn = today.addDays(-m_dice.below(m_dice.percent(90) ? 25 : 120));
            m_store.addCoverage(coverage);

            PrescriberOrder order;
            order.patientId = i;
            order.therapyId = therapyId;
            order.prescriber = QStringLiteral("Dr. Prescriber %1").arg(i % 300);
            order.validFrom = today.addDays(-m_dice.between(30, 300));
            order.validTo = order.validFrom.addDays(m_dice.percent(92) ? 365 : 20);
            order.dosesAuthorized = 26;
            order.dosesUsed = m_dice.below(12);
            m_store.addOrder(order);

            PriorAuthorization auth;
            auth.patientId = i;
            auth.therapyId = therapyId;
            auth.payer = coverage.payer;
            auth.validFrom = order.validFrom;
            auth.validTo = order.validFrom.addDays(365);
            auth.visitsApproved = 26;
            auth.visitsUsed = m_dice.below(12);
            const int roll = m_dice.below(100);
            auth.status = roll < 92 ? PriorAuthorization::Status::Approved
                : roll < 97         ? PriorAuthorization::Status::Pending
                                    : PriorAuthorization::Status::Denied;
            m_store.addAuthorization(auth);
        }
        transaction.commit();
    }

    AppointmentStatus pastStatus()
    {
        const int roll = m_dice.below(1000);
        if (roll < 880)
            return AppointmentStatus::Fulfilled;
        if (roll < 950)
            return AppointmentStatus::Cancelled;
        if (roll < 995)
            return AppointmentStatus::NoShow;
        return AppointmentStatus::EnteredInError;
    }

    /// Each chair's day filled from opening: at every free moment an appointment starts with a chance
    /// chosen for the occupancy wanted, otherwise the chair stays free for half an hour.
    qint64 addAppointments(double &busyOccupancy)
    {
        const QDateTime now = LargeDataset::nowUtc();
        const QDate today = now.date();
        const QDate first = today.addYears(-m_options.years);
        const QDate last = today.addDays(kAheadDays);
        qint64 count = 0;
        qint64 busyHeld = 0;
        qint64 busyCapacity = 0;
        for (std::size_t c = 0; c < m_centers.size(); ++c) {
            const CenterPlan &plan = m_centers[c];
            // A center's five years at a time: one transaction and one set of prepared statements each,
            // without holding the whole organization's appointments in memory.
            QList<Appointment> batch;
            const QTimeZone zone = plan.center.timeZone();
            // The center's infusion patients: i with i % 50 == c.
            const int pool = LargeDataset::infusionPatients(m_options.patients) / kCenters;
            for (QDate day = first; day <= last; day = day.addDays(1)) {
                const QList<OpenSpan> &spans = plan.center.hours.spansOn(day);
                if (spans.isEmpty())
                    continue;
                const bool busyWindow = c == 0 && day >= today;
                // Asked for more than wanted: the ends of days that no infusion fits lose about a tenth. The
                // past at about a sixth of chair time makes five years about two million appointments.
                const double occupancy = busyWindow ? 0.95 : day >= today ? 0.37 : 0.16;
                const QDateTime midnight = QDateTime(day, QTime(0, 0), zone).toUTC();
                for (qint64 chairId : plan.chairs) {
                    for (const OpenSpan &span : spans) {
                        if (busyWindow)
                            busyCapacity += span.closesMinute - span.opensMinute;
                        int minute = span.opensMinute;
                        while (minute < span.closesMinute) {
                            const int i = int(c) + kCenters * (1 + m_dice.below(pool - 1));
                            const TherapyPlan &therapy = m_therapies[std::size_t(therapyOfPatient(i))];
                            // Chance of starting now, for the occupancy: p*d / (p*d + (1-p)*30) = u.
                            const double d = therapy.minutes;
                            const double p = occupancy * 30 / (d * (1 - occupancy) + occupancy * 30);
                            if (minute + therapy.minutes > span.closesMinute || !m_dice.chance(p)) {
                                minute += 30;
                                continue;
                            }
                            Appointment a;
                            a.patientId = i;
                            a.centerId = plan.center.id;
                            a.chairId = chairId;
                            a.therapyId = therapy.id;
                            a.startUtc = midnight.addSecs(qint64(minute) * 60);
                            a.minutes = therapy.minutes;
                            a.createdBy = QStringLiteral("desk");
                            a.createdAtUtc = a.startUtc.addDays(-m_dice.between(3, 40));
                            if (day < today) {
                                a.status = pastStatus();
                                a.prep = therapy.compounded ? PrepState::Ready : PrepState::NotNeeded;
                            } else {
                                a.status = m_dice.percent(4) ? AppointmentStatus::Cancelled
                                                             : AppointmentStatus::Booked;
                                a.prep = !therapy.compounded ? PrepState::NotNeeded
                                    : day == today           ? PrepState::Ready
                                                             : PrepState::NotReady;
                            }
                            if (a.createdAtUtc > now)
                                a.createdAtUtc = now;
                            batch << a;
                            ++count;
                            if (busyWindow && a.status != AppointmentStatus::Cancelled)
                                busyHeld += a.minutes;
                            minute += therapy.minutes;
                        }
                    }
                }
            }
            m_store.addAppointments(batch);
        }
        busyOccupancy = busyCapacity ? double(busyHeld) / double(busyCapacity) : 0;
        return count;
    }

    struct CenterPlan
    {
        Center center;
        QList<qint64> chairs;
    };

    Store &m_store;
    const LargeDataset::Options &m_options;
    Dice m_dice;
    std::vector<TherapyPlan> m_therapies;
    std::vector<CenterPlan> m_centers;
};

} // namespace

QDateTime LargeDataset::nowUtc()
{
    return QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone("America/New_York")).toUTC();
}

LargeDataset::Info LargeDataset::ensure(const Options &options)
{
    QDir().mkpath(options.folder);
    const QString path = cachePath(options);
    Info info;
    if (QFile::exists(path)) {
        Store store(path);
        info.path = path;
        SqlQuery count(
            store.database(), QStringLiteral("SELECT count(*) FROM appointment"), "count the appointments");
        count.exec();
        info.appointments = count.next() ? count.value(0).toLongLong() : 0;
        info.patients = store.patientCount();
        return info;
    }
    // Written under another name and renamed at the end: an interrupted run leaves no half file behind.
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    {
        Store store(partial);
        Builder builder(store, options);
        info = builder.run();
        store.database().execute(
            QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), "fold the log into the file");
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    if (!QFile::rename(partial, path))
        throw Error(Error::Kind::Store, QStringLiteral("Could not move the generated file to %1.").arg(path));
    info.path = path;
    info.generated = true;
    info.seconds = double(timer.nsecsElapsed()) / 1e9;
    info.cpuSeconds = cpuSeconds() - cpu;
    return info;
}

} // namespace chairside::bench
