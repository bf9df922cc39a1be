#include "simulator.h"

#include "common/clock.h"
#include "common/error.h"
#include "scheduling/bookingservice.h"
#include "scheduling/centertime.h"
#include "scheduling/nurseload.h"
#include "scheduling/slotservice.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QHash>
#include <QTemporaryDir>
#include <queue>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

namespace chairside {

namespace {

/// A therapy of the simulated mix: its usual length, dosing interval and share of the visits.
struct MixEntry
{
    const char *name;
    const char *brand;
    int minutes;
    int intervalWeeks;
    double share;
};

// Lengths and intervals as the domain primer and the labels give them; shares of a typical
// gastroenterology, neurology and rheumatology center's visits.
constexpr std::array<MixEntry, 8> kMix = {{
    {"vedolizumab", "Entyvio", 30, 8, 0.18},
    {"natalizumab", "Tysabri", 60, 4, 0.14},
    {"infliximab", "Remicade", 120, 8, 0.24},
    {"tocilizumab", "Actemra", 60, 4, 0.12},
    {"immune globulin", "Gamunex-C", 180, 4, 0.12},
    {"ocrelizumab", "Ocrevus", 210, 26, 0.08},
    {"rituximab", "Rituxan", 240, 26, 0.06},
    {"iron sucrose", "Venofer", 30, 1, 0.06},
}};

constexpr qint64 kDaySeconds = 24 * 3600;
constexpr int kWarmUpDays = 28; ///< bookings start this long before the first simulated day
const QString kDesk = QStringLiteral("desk");
const QString kNurse = QStringLiteral("nurse");

/// The random numbers of one run: the same seed, the same month, on every platform.
class Dice final
{
public:
    explicit Dice(quint64 seed)
        : m_engine(seed)
    { }
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    int between(int low, int high) { return low + int(unit() * (high - low + 1)); }
    bool chance(double p) { return unit() < p; }
    int poisson(double mean)
    {
        const double limit = std::exp(-mean);
        int k = 0;
        for (double p = unit(); p > limit; p *= unit())
            ++k;
        return k;
    }

private:
    std::mt19937_64 m_engine;
};

struct SimPatient
{
    qint64 id = 0;
    int mix = 0; ///< index into kMix
    qint64 therapyId = 0;
};

struct Event
{
    enum class Kind
    {
        Request, ///< the patient asks for a slot not before `notBefore`
        Cancel, ///< the patient cancels `appointmentId`
        Floor ///< the day `notBefore` on the floor
    };
    qint64 at = 0;
    quint64 seq = 0;
    Kind kind = Kind::Request;
    int patient = 0;
    QDate notBefore;
    qint64 appointmentId = 0;

    bool operator>(const Event &other) const { return at != other.at ? at > other.at : seq > other.seq; }
};

QDateTime utcFromSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

class Run final
{
public:
    explicit Run(const SimulationSettings &settings)
        : m_settings(settings)
        , m_dice(settings.seed)
        , m_store(m_folder.filePath(QStringLiteral("simulation.db")))
        , m_clock(QDateTime(Simulator::firstDay().addDays(-kWarmUpDays - 1), QTime(0, 0), QTimeZone::utc()))
    { }

    SimulationResult go()
    {
        setUp();
        seedDemand();
        const QDate first = Simulator::firstDay();
        for (int d = 0; d < m_settings.days; ++d) {
            const QDate date = first.addDays(d);
            if (!m_center.hours.spansOn(date).isEmpty())
                push(Event {secsAt(date, 5 * 60), 0, Event::Kind::Floor, 0, date, 0});
        }
        const qint64 end = secsAt(first.addDays(m_settings.days), 0);
        while (!m_events.empty()) {
            const Event event = m_events.top();
            m_events.pop();
            if (event.at >= end)
                break;
            m_clock.set(utcFromSecs(event.at));
            switch (event.kind) {
            case Event::Kind::Request:
                request(event);
                break;
            case Event::Kind::Cancel:
                cancel(event);
                break;
            case Event::Kind::Floor:
                floor(event.notBefore);
                break;
            }
        }
        finish();
        return m_result;
    }

private:
    qint64 secsAt(QDate date, int minute) const
    {
        return CenterTime::utcAt(m_center, date, minute).toSecsSinceEpoch();
    }

    void push(Event event)
    {
        event.seq = ++m_seq;
        m_events.push(event);
    }

    void setUp()
    {
        // A throwaway database need not survive a power cut: no waiting for the disk on every commit.
        m_store.database().execute(
            QStringLiteral("PRAGMA synchronous = OFF"), "speed up the throwaway database");
        m_center.name = QStringLiteral("Simulated center");
        m_center.timeZoneId = "America/Chicago";
        m_center.hours = OpeningHours::parse(Simulator::hoursText());
        m_center.id = m_store.addCenter(m_center);
        for (int i = 1; i <= m_settings.chairs; ++i) {
            Chair chair;
            chair.centerId = m_center.id;
            chair.label = QString::number(i);
            m_store.addChair(chair);
        }
        m_policy.offers = m_settings.offers;
        m_store.setNursePolicy(m_center.id, m_policy);
        for (const MixEntry &entry : kMix) {
            Therapy therapy;
            therapy.name = QString::fromLatin1(entry.name);
            therapy.brand = QString::fromLatin1(entry.brand);
            therapy.defaultMinutes = entry.minutes;
            therapy.intervalWeeks = entry.intervalWeeks;
            therapy.compounded = true;
            therapy.beyondUseHours = 24;
            m_therapyIds << m_store.addTherapy(therapy);
            m_therapyNames.insert(m_therapyIds.last(), therapy.name);
        }
    }

    int addPatient(int mix)
    {
        const int index = int(m_patients.size());
        Patient patient;
        patient.mrn = QStringLiteral("SIM%1").arg(index + 1, 6, 10, QLatin1Char('0'));
        patient.firstName = QStringLiteral("Patient");
        patient.lastName = QStringLiteral("Simulated %1").arg(index + 1);
        patient.dateOfBirth = QDate(1970, 1, 1).addDays(index % 15000);
        SimPatient p;
        p.id = m_store.addPatient(patient);
        p.mix = mix;
        p.therapyId = m_therapyIds[mix];
        const QDate first = Simulator::firstDay();
        PrescriberOrder order;
        order.patientId = p.id;
        order.therapyId = p.therapyId;
        order.prescriber = QStringLiteral("Prescriber");
        order.validFrom = first.addDays(-365);
        order.validTo = first.addDays(365);
        order.dosesAuthorized = 100;
        m_store.addOrder(order);
        PriorAuthorization authorization;
        authorization.patientId = p.id;
        authorization.therapyId = p.therapyId;
        authorization.payer = QStringLiteral("Payer");
        authorization.reference = QStringLiteral("PA%1").arg(index + 1);
        authorization.validFrom = order.validFrom;
        authorization.validTo = order.validTo;
        authorization.visitsApproved = 100;
        m_store.addAuthorization(authorization);
        m_patients << p;
        m_patientIndex.insert(p.id, index);
        return index;
    }

    int pickMix()
    {
        double u = m_dice.unit();
        for (std::size_t i = 0; i < kMix.size(); ++i) {
            u -= kMix[i].share;
            if (u < 0)
                return int(i);
        }
        return int(kMix.size() - 1);
    }

    /// A panel on their dosing intervals, each first due somewhere in one interval, and new referrals.
    void seedDemand()
    {
        const QDate first = Simulator::firstDay();
        const QDate end = first.addDays(m_settings.days);
        int openMinutes = 0;
        for (const OpenSpan &span : m_center.hours.spansOn(first))
            openMinutes += span.closesMinute - span.opensMinute;
        double meanMinutes = 0;
        for (const MixEntry &entry : kMix)
            meanMinutes += entry.share * entry.minutes;
        const double visitsPerDay = SimulationSettings::kLoad * m_settings.chairs * openMinutes / meanMinutes;
        const double panelPerDay = std::max(visitsPerDay - SimulationSettings::kReferralsPerDay, 0.0);
        for (std::size_t i = 0; i < kMix.size(); ++i) {
            const int intervalDays = kMix[i].intervalWeeks * 7;
            // Open days in one interval: five of every seven.
            const int patients = int(std::lround(panelPerDay * kMix[i].share * intervalDays * 5.0 / 7.0));
            for (int n = 0; n < patients; ++n) {
                const QDate due = first.addDays(m_dice.between(0, intervalDays - 1));
                if (due >= end)
                    continue;
                const int patient = addPatient(int(i));
                const QDate asked = due.addDays(-m_dice.between(7, 21));
                request(patient, due, std::max(asked, first.addDays(-kWarmUpDays)));
            }
        }
        for (QDate day = first.addDays(-7); day < end; day = day.addDays(1)) {
            if (m_center.hours.spansOn(day).isEmpty())
                continue;
            const int referrals = m_dice.poisson(SimulationSettings::kReferralsPerDay);
            for (int n = 0; n < referrals; ++n) {
                ++m_result.referrals;
                request(addPatient(pickMix()), day.addDays(m_dice.between(2, 7)), day);
            }
        }
    }

    /// The patient asks on `day`, during office hours, for a slot not before `notBefore`.
    void request(int patient, QDate notBefore, QDate day)
    {
        push(Event {
            secsAt(day, m_dice.between(9 * 60, 17 * 60)), 0, Event::Kind::Request, patient, notBefore, 0});
    }

    void request(const Event &event)
    {
        const SimPatient &p = m_patients[event.patient];
        SlotService finder(m_store, m_clock);
        const QList<Slot> offered = finder.forPatient(p.id, p.therapyId, m_center.id,
            SimulationSettings::kOffered, CenterTime::dayStartUtc(m_center, event.notBefore));
        if (offered.isEmpty()) {
            retryTomorrow(event);
            return;
        }
        qsizetype choice = 0;
        const double u = m_dice.unit();
        if (u < SimulationSettings::kTakesEarliest) {
            for (qsizetype k = 0; k < offered.size(); ++k) {
                if (offered[k].earliest)
                    choice = k;
            }
        } else if (u >= SimulationSettings::kTakesEarliest + SimulationSettings::kTakesFirst) {
            choice = std::min<qsizetype>(m_dice.between(1, 2), offered.size() - 1);
        }
        const Slot &slot = offered[choice];
        BookingRequest booking;
        booking.patientId = p.id;
        booking.therapyId = p.therapyId;
        booking.centerId = m_center.id;
        booking.startUtc = slot.startUtc;
        booking.chairId = slot.chairId;
        booking.user = kDesk;
        Appointment appointment;
        try {
            appointment = BookingService(m_store, m_clock).book(booking);
        } catch (const Error &) {
            // Taken since it was offered (it cannot be, in one thread), or refused: ask again tomorrow.
            retryTomorrow(event);
            return;
        }
        ++m_result.bookings;
        if (m_dice.chance(SimulationSettings::kCancelRate)) {
            const qint64 at = appointment.startUtc.toSecsSinceEpoch() - m_dice.between(1, 4) * kDaySeconds;
            if (at > event.at)
                push(Event {at, 0, Event::Kind::Cancel, event.patient, event.notBefore, appointment.id});
        }
    }

    void retryTomorrow(const Event &event)
    {
        Event again = event;
        again.at += kDaySeconds;
        push(again);
    }

    void cancel(const Event &event)
    {
        const auto appointment = m_store.appointment(event.appointmentId);
        if (!appointment || appointment->status != AppointmentStatus::Booked)
            return;
        m_store.changeStatus(appointment->id, AppointmentStatus::Cancelled, kDesk, m_clock.nowUtc(),
            QStringLiteral("patient cancelled"));
        ++m_result.cancellations;
        Event again = event;
        again.kind = Event::Kind::Request;
        again.at += 3600;
        push(again);
    }

    void floor(QDate date)
    {
        const QDateTime dayStart = CenterTime::dayStartUtc(m_center, date);
        const QDateTime dayEnd = CenterTime::dayEndUtc(m_center, date);
        QList<Appointment> day;
        for (const Appointment &a : m_store.chairHoldsAtCenter(m_center.id, dayStart, dayEnd)) {
            if (a.status == AppointmentStatus::Booked && a.startUtc >= dayStart)
                day << a;
        }
        std::sort(day.begin(), day.end(), [](const Appointment &a, const Appointment &b) {
            return a.startUtc != b.startUtc ? a.startUtc < b.startUtc : a.id < b.id;
        });
        // One transaction for the day's floor: the statuses of a day are one write.
        ScopedTransaction transaction(m_store.database());
        QHash<qint64, QString> chairLabels;
        for (const Chair &chair : m_store.chairs(m_center.id))
            chairLabels.insert(chair.id, chair.label);

        const int weekday = date.dayOfWeek();
        const int chairs = m_settings.chairs;
        std::array<int, NurseLoad::kSteps> tokens {};
        for (int i = 0; i < NurseLoad::kSteps; ++i)
            tokens[std::size_t(i)]
                = m_policy.startCapacity(weekday, i * NurseLoad::kStepMinutes / 60, chairs);
        std::array<int, NurseLoad::kSteps> starts {};
        std::vector<int> inChairs(24 * 60 * 2, 0);
        QHash<qint64, int> chairFree;
        const QList<OpenSpan> &spans = m_center.hours.spansOn(date);

        for (const Appointment &a : std::as_const(day)) {
            const int booked = CenterTime::localMinute(m_center, a.startUtc);
            if (m_dice.chance(SimulationSettings::kNoShowRate)) {
                m_store.changeStatus(a.id, AppointmentStatus::NoShow, kNurse,
                    a.startUtc.addSecs(qint64(m_center.policy.graceMinutes + 1) * 60),
                    QStringLiteral("did not come"));
                ++m_result.noShows;
                request(indexOf(a.patientId), date.addDays(1), date);
                continue;
            }
            const int offset = m_dice.chance(SimulationSettings::kLateRate)
                ? m_dice.between(1, SimulationSettings::kMostLateMinutes)
                : -m_dice.between(0, SimulationSettings::kMostEarlyMinutes);
            const int arrival = booked + offset;
            const QDateTime arrivedAt = CenterTime::utcAt(m_center, date, arrival);
            if (offset > m_center.policy.graceMinutes) {
                m_store.changeStatus(a.id, AppointmentStatus::Cancelled, kDesk, arrivedAt,
                    QStringLiteral("late beyond grace"));
                ++m_result.lateRebooked;
                request(indexOf(a.patientId), date.addDays(1), date);
                continue;
            }
            int ready = std::max({arrival, booked, chairFree.value(a.chairId, 0)});
            int step = std::clamp(ready / NurseLoad::kStepMinutes, 0, NurseLoad::kSteps - 1);
            while (step < NurseLoad::kSteps - 1 && tokens[std::size_t(step)] <= 0)
                ++step;
            --tokens[std::size_t(step)];
            const int start = std::max(ready, step * NurseLoad::kStepMinutes);
            const double run = SimulationSettings::kShortestRun
                + m_dice.unit() * (SimulationSettings::kLongestRun - SimulationSettings::kShortestRun);
            const int end = start + std::max(1, int(std::lround(a.minutes * run)));
            chairFree.insert(a.chairId, end);
            ++starts[std::size_t(std::clamp(start / NurseLoad::kStepMinutes, 0, NurseLoad::kSteps - 1))];
            for (int m = start; m < end && m < int(inChairs.size()); ++m)
                ++inChairs[std::size_t(m)];
            m_waits.push_back(start - std::max(arrival, booked));

            m_store.changeStatus(a.id, AppointmentStatus::Arrived, kDesk, arrivedAt);
            m_store.changeStatus(a.id, AppointmentStatus::CheckedIn, kDesk, arrivedAt.addSecs(60));
            m_store.changeStatus(
                a.id, AppointmentStatus::InProgress, kNurse, CenterTime::utcAt(m_center, date, start));
            m_store.changeStatus(
                a.id, AppointmentStatus::Fulfilled, kNurse, CenterTime::utcAt(m_center, date, end));
            ++m_result.patientsServed;
            m_result.infusions << SimulatedInfusion {
                date, chairLabels.value(a.chairId), m_therapyNames.value(a.therapyId), booked, start, end};

            int closes = 24 * 60;
            for (const OpenSpan &span : spans) {
                if (booked >= span.opensMinute && booked < span.closesMinute)
                    closes = span.closesMinute;
            }
            m_result.minutesPastClosing += std::max(0, end - closes);
            const SimPatient &p = m_patients[indexOf(a.patientId)];
            const int intervalDays = kMix[std::size_t(p.mix)].intervalWeeks * 7;
            if (intervalDays > 0) {
                const QDate due = date.addDays(intervalDays);
                if (due < Simulator::firstDay().addDays(m_settings.days))
                    push(Event {CenterTime::utcAt(m_center, date, end).toSecsSinceEpoch(), 0,
                        Event::Kind::Request, indexOf(a.patientId), due, 0});
            }
        }

        transaction.commit();
        for (int i = 0; i < NurseLoad::kSteps; ++i)
            m_result.peakStarts = std::max(m_result.peakStarts, starts[std::size_t(i)]);
        for (int m = 0; m < 24 * 60; ++m) {
            if (inChairs[std::size_t(m)] > m_policy.chairCapacity(weekday, m / 60, chairs))
                ++m_result.nurseOverloadMinutes;
        }
        for (const OpenSpan &span : spans) {
            for (int m = span.opensMinute; m < span.closesMinute; ++m)
                m_usedMinutes += inChairs[std::size_t(m)];
            m_openChairMinutes += qint64(span.closesMinute - span.opensMinute) * chairs;
        }
    }

    int indexOf(qint64 patientId) const { return m_patientIndex.value(patientId); }

    void finish()
    {
        m_result.settings = m_settings;
        m_result.hours = m_center.hours.toString();
        if (!m_waits.empty()) {
            std::sort(m_waits.begin(), m_waits.end());
            double sum = 0;
            for (const int w : m_waits)
                sum += w;
            m_result.meanWaitMinutes = sum / double(m_waits.size());
            const auto index = std::size_t(std::ceil(0.9 * double(m_waits.size()))) - 1;
            m_result.p90WaitMinutes = m_waits[std::min(index, m_waits.size() - 1)];
        }
        m_result.utilization
            = m_openChairMinutes > 0 ? double(m_usedMinutes) / double(m_openChairMinutes) : 0.0;
    }

    SimulationSettings m_settings;
    Dice m_dice;
    QTemporaryDir m_folder; ///< the throwaway database and its audit key, removed with it
    Store m_store;
    FixedClock m_clock;
    Center m_center;
    NursePolicy m_policy;
    QList<qint64> m_therapyIds;
    QHash<qint64, QString> m_therapyNames;
    QList<SimPatient> m_patients;
    QHash<qint64, int> m_patientIndex;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> m_events;
    quint64 m_seq = 0;
    std::vector<int> m_waits;
    qint64 m_usedMinutes = 0;
    qint64 m_openChairMinutes = 0;
    SimulationResult m_result;
};

} // namespace

Simulator::Simulator(const SimulationSettings &settings)
    : m_settings(settings)
{ }

SimulationResult Simulator::run()
{
    return Run(m_settings).go();
}

} // namespace chairside
