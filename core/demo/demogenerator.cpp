#include "demogenerator.h"

#include "auth/accountservice.h"
#include "common/clock.h"
#include "common/error.h"
#include "demonames.h"
#include "dice.h"
#include "rankedpicker.h"
#include "scheduling/centertime.h"
#include "store/scopedtransaction.h"
#include "store/store.h"
#include "text/desktext.h"
#include "text/namenormalizer.h"

#include <QLocale>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <random>
#include <utility>
#include <vector>

namespace chairside {

namespace {

QString deskUser()
{
    return QStringLiteral("desk.rivera");
}

QString nurseUser()
{
    return QStringLiteral("nurse.kim");
}

/// Makes patients with names, dates of birth, phones, emails and unique MRNs.
class PatientMaker final
{
public:
    explicit PatientMaker(Dice &dice)
        : m_dice(dice)
        , m_nextMrn(1000 + dice.below(900))
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

    Patient make()
    {
        Patient p;
        p.mrn = QStringLiteral("M%1").arg(m_nextMrn, 6, 10, QLatin1Char('0'));
        // Gaps, as a real MRN list has from merged and retired records.
        m_nextMrn += 1 + m_dice.below(4);

        const Names &family = m_origins[pickOrigin()];
        p.lastName = family.last[qsizetype(family.lastRanks.pick(m_dice))];
        if (m_dice.percent(4)) {
            // Some families join two names: Nguyen-Tran, Smith-Jones, Garcia-Murphy.
            const Names &other = m_origins[pickOrigin()];
            const QString &second = other.last[qsizetype(other.lastRanks.pick(m_dice))];
            if (second != p.lastName && isSimple(p.lastName) && isSimple(second))
                p.lastName = p.lastName + QLatin1Char('-') + second;
        }
        // Mostly a first name of the same origin; families mix, so not always.
        const Names &given = m_dice.percent(12) ? m_origins[pickOrigin()] : family;
        const auto first = qsizetype(given.firstRanks.pick(m_dice));
        p.firstName = given.first[first];
        if (!given.nicknames[first].isEmpty() && m_dice.percent(15))
            p.preferredName = given.nicknames[first];

        static const QDate oldest(1935, 1, 1);
        static const QDate youngest(2006, 12, 31);
        p.dateOfBirth = oldest.addDays(m_dice.below(int(oldest.daysTo(youngest)) + 1));

        static const int areaCodes[] = {617, 857, 781, 339, 508, 774, 978, 351, 413};
        // 555-0100 to 555-0199 are the numbers set aside for fiction.
        p.phone = QStringLiteral("(%1) 555-01%2")
                      .arg(areaCodes[m_dice.below(int(std::size(areaCodes)))])
                      .arg(m_dice.below(100), 2, 10, QLatin1Char('0'));

        if (m_dice.percent(70)) {
            static const char *const domains[] = {"example.com", "example.org", "example.net"};
            QString local
                = NameNormalizer::fold(p.firstName) + QLatin1Char('.') + NameNormalizer::fold(p.lastName);
            if (m_dice.percent(40))
                local += QString::number(m_dice.between(1, 99));
            p.email
                = local + QLatin1Char('@') + QLatin1String(domains[m_dice.below(int(std::size(domains)))]);
        }
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

    static bool isSimple(const QString &name)
    {
        return !name.contains(QLatin1Char(' ')) && !name.contains(QLatin1Char('-'));
    }

    Dice &m_dice;
    std::vector<Names> m_origins;
    std::vector<quint32> m_originCumulative;
    int m_nextMrn;
};

/// [from, to) in seconds since the epoch.
struct Interval
{
    qint64 from = 0;
    qint64 to = 0;
};

bool overlapsAny(const std::vector<Interval> &taken, const Interval &span)
{
    return std::any_of(
        taken.begin(), taken.end(), [&](const Interval &t) { return t.from < span.to && span.from < t.to; });
}

/// Where and when the demo books one of its stories: a chair, a day and a start (not the slot finder's Slot).
struct DemoBooking
{
    std::size_t chair = 0;
    QDate day;
    int minute = 0; ///< local wall-clock minute of the day
    QDateTime startUtc;
    int minutes = 0;

    Interval interval() const
    {
        const qint64 from = startUtc.toSecsSinceEpoch();
        return {from, from + qint64(minutes) * 60};
    }
};

/// What is deliberately wrong with a patient's paperwork, so a story can be played at the desk.
enum class Defect
{
    None,
    LapsedOrder,
    OrderUsedUp,
    AuthorizationPending,
    AuthorizationDenied,
    AuthorizationExpired,
    AuthorizationUsedUp,
    EligibilityStale,
};

struct Records
{
    Patient patient;
    PrescriberOrder order;
    Coverage coverage;
    PriorAuthorization authorization;
};

enum class DayKind
{
    Past,
    Demo,
    Future
};

/// One run of the generator: the dice, the center being built and the chairs' occupancy so far.
class DemoBuilder final
{
public:
    DemoBuilder(Store &store, const Clock &clock, Center center, QDate date, quint32 seed)
        : m_store(store)
        , m_clock(clock)
        , m_center(std::move(center))
        , m_date(date)
        , m_dice(seed)
        , m_maker(m_dice)
        , m_locale(QLocale::c())
    { }

    DemoGenerator::Summary run(int extraPatients)
    {
        setUpCenter();
        bookAppointments();
        addMorePatients(extraPatients);

        DemoGenerator::Summary summary;
        summary.centerId = m_center.id;
        summary.date = m_date;
        summary.chairs = int(m_chairs.size());
        summary.patients = m_patients + extraPatients;
        summary.appointments = m_appointments;
        summary.stories = m_stories;
        return summary;
    }

private:
    // ---- The center, its chairs, therapies and staff --------------------------------------------

    void setUpCenter()
    {
        m_center.id = m_store.addCenter(m_center);
        for (int n = 1; n <= 20; ++n)
            addChair(QString::number(n), Chair::Kind::Chair);
        for (const char *suite : {"Suite A", "Suite B", "Suite C", "Suite D"})
            addChair(QString::fromLatin1(suite), Chair::Kind::Suite);

        m_infliximab = addTherapy("infliximab", "Remicade", 120, 8, true, 24);
        m_vedolizumab = addTherapy("vedolizumab", "Entyvio", 30, 8, true, 24);
        m_ocrelizumab = addTherapy("ocrelizumab", "Ocrevus", 210, 26, true, 24);
        m_ivig = addTherapy("immune globulin", "Gamunex-C", 180, 4, false, 0);

        // The staff it makes get their role's demo password and mark the file as a demo, so the log-in
        // screen may show those passwords; users already there keep theirs.
        QList<User> made;
        for (const auto &[name, role] : {std::pair {QStringLiteral("admin"), Role::Admin},
                 std::pair {nurseUser(), Role::Nurse}, std::pair {deskUser(), Role::Receptionist}}) {
            if (const auto user = addUserIfMissing(name, role))
                made << *user;
        }
        AccountService(m_store, m_clock).setUpDemoAccounts(made);
    }

    void addChair(const QString &label, Chair::Kind kind)
    {
        Chair chair;
        chair.centerId = m_center.id;
        chair.label = label;
        chair.kind = kind;
        chair.id = m_store.addChair(chair);
        m_chairs.push_back(chair);
        m_chairBusy.emplace_back();
    }

    Therapy addTherapy(
        const char *name, const char *brand, int minutes, int weeks, bool compounded, int beyondUse)
    {
        Therapy t;
        t.name = QString::fromLatin1(name);
        t.brand = QString::fromLatin1(brand);
        t.defaultMinutes = minutes;
        t.intervalWeeks = weeks;
        t.compounded = compounded;
        t.beyondUseHours = beyondUse;
        t.id = m_store.addTherapy(t);
        return t;
    }

    std::optional<User> addUserIfMissing(const QString &name, Role role)
    {
        if (m_store.userByName(name))
            return std::nullopt;
        User user;
        user.name = name;
        user.role = role;
        user.id = m_store.addUser(user, m_clock.nowUtc());
        return user;
    }

    // ---- Days, times and chairs -----------------------------------------------------------------

    QDate openDay(QDate from, int step) const
    {
        QDate day = from;
        while (!m_center.hours.isOpenOn(day.dayOfWeek()))
            day = day.addDays(step);
        return day;
    }

    QDateTime at(QDate day, int minute) const { return CenterTime::utcAt(m_center, day, minute); }

    /// When the desk booked it: some days before, in office hours.
    QDateTime bookedBefore(QDate day, int minDays, int maxDays)
    {
        return at(day.addDays(-m_dice.between(minDays, maxDays)), 8 * 60 + 15 * m_dice.below(38));
    }

    /// A start spread over the day: the index-th of count, from opening to the evening.
    int spreadMinute(QDate day, int index, int count)
    {
        const QList<OpenSpan> &spans = m_center.hours.spansOn(day);
        const int opens = spans.first().opensMinute;
        const int closes = spans.last().closesMinute;
        return opens + (closes - opens) * index / std::max(1, count) + 15 * m_dice.below(4);
    }

    /// The nearest start to `target` on the slot grid where a chair (a suite first, when asked) is
    /// free for the whole infusion and the patient is not booked elsewhere.
    std::optional<DemoBooking> findSlot(
        QDate day, int minutes, int target, qint64 patientId = 0, bool preferSuite = false)
    {
        const QList<OpenSpan> &spans = m_center.hours.spansOn(day);
        if (spans.isEmpty())
            return std::nullopt;
        const int grid = m_center.policy.slotGridMinutes;
        const int base = target - target % grid;
        for (int step = 0; step <= 24 * 60 / grid; ++step) {
            for (const int sign : {1, -1}) {
                if (step == 0 && sign < 0)
                    continue;
                const int minute = base + sign * step * grid;
                const bool fits = std::any_of(spans.begin(), spans.end(), [&](const OpenSpan &span) {
                    return minute >= span.opensMinute && minute + minutes <= span.closesMinute;
                });
                if (!fits)
                    continue;
                DemoBooking slot;
                slot.day = day;
                slot.minute = minute;
                slot.startUtc = at(day, minute);
                slot.minutes = minutes;
                if (!CenterTime::withinHours(m_center, slot.startUtc, minutes))
                    continue;
                const Interval span = slot.interval();
                if (patientId != 0 && overlapsAny(m_patientBusy[patientId], span))
                    continue;
                for (const std::size_t chair : chairOrder(preferSuite)) {
                    if (!overlapsAny(m_chairBusy[chair], span)) {
                        slot.chair = chair;
                        return slot;
                    }
                }
            }
        }
        return std::nullopt;
    }

    /// A slot a story cannot do without. Twenty-four chairs leave room for every story on any open day,
    /// so this only fails if the center's hours were changed to leave none.
    static DemoBooking required(const std::optional<DemoBooking> &slot)
    {
        if (!slot) {
            throw Error(Error::Kind::Refused,
                QStringLiteral("The demo center's hours leave no free chair for one of the story patients."));
        }
        return *slot;
    }

    std::vector<std::size_t> chairOrder(bool suitesFirst)
    {
        std::vector<std::size_t> order(m_chairs.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        m_dice.shuffle(order);
        if (suitesFirst) {
            std::stable_partition(order.begin(), order.end(),
                [&](std::size_t i) { return m_chairs[i].kind == Chair::Kind::Suite; });
        }
        return order;
    }

    QString chairName(const DemoBooking &slot) const { return DeskText::chairPhrase(m_chairs[slot.chair]); }

    QString dayText(QDate day) const { return m_locale.toString(day, QStringLiteral("ddd d MMM")); }
    static QString timeText(const DemoBooking &slot)
    {
        return QTime(slot.minute / 60, slot.minute % 60).toString(QStringLiteral("HH:mm"));
    }

    // ---- Patients and their paperwork -----------------------------------------------------------

    const Therapy &anyTherapy()
    {
        const int draw = m_dice.below(100);
        if (draw < 35)
            return m_infliximab;
        if (draw < 65)
            return m_vedolizumab;
        if (draw < 85)
            return m_ivig;
        return m_ocrelizumab;
    }

    const Therapy &compoundedTherapy()
    {
        const int draw = m_dice.below(100);
        return draw < 50 ? m_infliximab : draw < 80 ? m_vedolizumab : m_ocrelizumab;
    }

    /// A patient with coverage, an order and a prior authorization for the therapy, all in order on the
    /// demo day and the weeks after it, except for the one defect asked for.
    Records addPatient(const Therapy &therapy, Defect defect = Defect::None, bool dosedRecently = false)
    {
        Records r;
        r.patient = m_maker.make();
        r.patient.id = m_store.addPatient(r.patient);
        ++m_patients;

        const DemoNames::Payer &payer
            = DemoNames::payers()[std::size_t(m_dice.below(int(DemoNames::payers().size())))];
        r.coverage.patientId = r.patient.id;
        r.coverage.payer = QString::fromUtf8(payer.name);
        r.coverage.memberId = QString::fromLatin1(payer.memberPrefix)
            + QString::number(m_dice.between(100'000'000, 999'999'999));
        r.coverage.eligibilityVerifiedOn = defect == Defect::EligibilityStale
            ? m_date.addDays(-m_dice.between(45, 75))
            : m_date.addDays(-m_dice.between(2, 21));
        r.coverage.id = m_store.addCoverage(r.coverage);

        const int perYear
            = therapy.intervalWeeks > 0 ? (52 + therapy.intervalWeeks - 1) / therapy.intervalWeeks : 6;
        PrescriberOrder &order = r.order;
        order.patientId = r.patient.id;
        order.therapyId = therapy.id;
        order.prescriber = QString::fromUtf8(
            DemoNames::prescribers()[std::size_t(m_dice.below(int(DemoNames::prescribers().size())))]);
        order.dosesAuthorized = std::max(3, perYear);
        order.dosesUsed = m_dice.between(dosedRecently ? 1 : 0, order.dosesAuthorized - 2);
        if (defect == Defect::LapsedOrder)
            order.validTo = m_date.addDays(-m_dice.between(3, 20));
        else
            order.validTo = m_date.addDays(m_dice.between(60, 330));
        order.validFrom = order.validTo.addDays(-364);
        if (defect == Defect::OrderUsedUp)
            order.dosesUsed = order.dosesAuthorized;
        order.id = m_store.addOrder(order);

        PriorAuthorization &auth = r.authorization;
        auth.patientId = r.patient.id;
        auth.therapyId = therapy.id;
        auth.payer = r.coverage.payer;
        auth.validFrom = m_date.addDays(-m_dice.between(14, 150));
        auth.validTo = m_date.addDays(m_dice.between(45, 200));
        auth.visitsApproved = therapy.intervalWeeks >= 26 ? 2 : m_dice.between(4, 6);
        auth.visitsUsed = m_dice.between(0, auth.visitsApproved - 2);
        switch (defect) {
        case Defect::AuthorizationPending:
        case Defect::AuthorizationDenied:
            // Nothing approved: the payer has not said yes, or has said no.
            auth.status = defect == Defect::AuthorizationPending ? PriorAuthorization::Status::Pending
                                                                 : PriorAuthorization::Status::Denied;
            auth.validFrom = m_date.addDays(-m_dice.between(1, 10));
            auth.visitsApproved = 0;
            auth.visitsUsed = 0;
            break;
        case Defect::AuthorizationExpired:
            auth.validTo = m_date.addDays(-m_dice.between(1, 14));
            auth.validFrom = auth.validTo.addDays(-180);
            break;
        case Defect::AuthorizationUsedUp:
            auth.visitsUsed = auth.visitsApproved;
            break;
        default:
            break;
        }
        auth.id = m_store.addAuthorization(auth);
        return r;
    }

    // ---- Appointments ---------------------------------------------------------------------------

    /// When the pharmacy finished the dose: the evening before, or that morning for an infusion so
    /// late in the day that an evening dose would pass its beyond-use time before the patient could be late.
    QDateTime preparedAt(const DemoBooking &slot, const Therapy &therapy)
    {
        QDateTime evening = at(slot.day.addDays(-1), 18 * 60 + 15 * m_dice.below(11));
        const qint64 latestUse
            = slot.startUtc.toSecsSinceEpoch() + qint64(m_center.policy.graceMinutes + 45) * 60;
        if (latestUse <= evening.toSecsSinceEpoch() + qint64(therapy.beyondUseHours) * 3600)
            return evening;
        return at(slot.day, 5 * 60 + 15 * m_dice.below(8));
    }

    /// Books the slot. `prep` is what the pharmacy has done by now; a therapy that is not compounded
    /// needs nothing.
    qint64 book(const DemoBooking &slot, qint64 patientId, const Therapy &therapy, PrepState prep,
        const QDateTime &createdAt, qint64 replacesId = 0)
    {
        Appointment a;
        a.patientId = patientId;
        a.centerId = m_center.id;
        a.chairId = m_chairs[slot.chair].id;
        a.therapyId = therapy.id;
        a.startUtc = slot.startUtc;
        a.minutes = slot.minutes;
        a.prep = therapy.compounded ? prep : PrepState::NotNeeded;
        if (a.prep == PrepState::Ready || a.prep == PrepState::Wasted)
            a.preparedAtUtc = preparedAt(slot, therapy);
        a.replacesId = replacesId;
        a.createdBy = deskUser();
        a.createdAtUtc = createdAt;
        const qint64 id = m_store.addAppointment(a);
        m_chairBusy[slot.chair].push_back(slot.interval());
        m_patientBusy[patientId].push_back(slot.interval());
        ++m_appointments;
        return id;
    }

    /// A past infusion from the desk to the chair and done, each step at a plausible time.
    void playOut(qint64 id, const DemoBooking &slot)
    {
        const QDateTime arrived = slot.startUtc.addSecs(-60 * m_dice.between(5, 35));
        const QDateTime checkedIn = arrived.addSecs(60 * m_dice.between(1, 6));
        const QDateTime started
            = std::max(slot.startUtc, checkedIn.addSecs(5 * 60)).addSecs(60 * m_dice.between(0, 15));
        const QDateTime done = started.addSecs(60 * (slot.minutes + m_dice.between(0, 15)));
        m_store.changeStatus(id, AppointmentStatus::Arrived, deskUser(), arrived);
        m_store.changeStatus(id, AppointmentStatus::CheckedIn, deskUser(), checkedIn);
        m_store.changeStatus(id, AppointmentStatus::InProgress, nurseUser(), started);
        m_store.changeStatus(id, AppointmentStatus::Fulfilled, nurseUser(), done);
    }

    /// Ordinary appointments of patients whose paperwork is in order, spread over the day.
    void fill(QDate day, int count, DayKind kind)
    {
        for (int k = 0; k < count; ++k) {
            const Therapy &therapy = anyTherapy();
            const auto slot = findSlot(day, therapy.defaultMinutes, spreadMinute(day, k, count), 0,
                therapy.defaultMinutes >= 180 && m_dice.percent(50));
            if (!slot)
                continue; // a full day simply has fewer appointments
            const Records r = addPatient(therapy, Defect::None, kind == DayKind::Past);
            const PrepState prep = kind == DayKind::Future ? PrepState::NotReady : PrepState::Ready;
            const qint64 id = book(*slot, r.patient.id, therapy, prep, bookedBefore(day, 3, 35));
            if (kind == DayKind::Past)
                playOut(id, *slot);
        }
    }

    void addStory(const Patient &patient, const char *code, const QString &story)
    {
        m_stories << DemoGenerator::Story {
            patient.mrn, patient.displayName(), story, QString::fromLatin1(code), patient.dateOfBirth};
    }

    void bookAppointments()
    {
        const QDate previous = openDay(m_date.addDays(-1), -1);
        const QDate next1 = openDay(m_date.addDays(1), 1);
        const QDate next2 = openDay(next1.addDays(1), 1);

        bookDemoDayStories();
        fill(m_date, m_dice.between(35, 45) - m_onDemoDay, DayKind::Demo);
        bookPastStories(previous, next2);
        fill(previous, m_dice.between(10, 14), DayKind::Past);
        fill(next1, m_dice.between(10, 14), DayKind::Future);
        fill(next2, m_dice.between(8, 12), DayKind::Future);
        for (int extra = m_dice.between(3, 5); extra > 0; --extra) {
            const QDate day = openDay(m_date.addDays(m_dice.between(5, 20)), 1);
            fill(day, 1, DayKind::Future);
        }
    }

    /// The patients of the primer's stories who come to the desk on the demo day, booked first so that
    /// they get their hour of the morning.
    void bookDemoDayStories()
    {
        int index = 0;
        const auto storySlot = [&](const Therapy &therapy, QDate day) {
            const int target = m_center.hours.spansOn(day).first().opensMinute + 60 + 40 * index++;
            return required(findSlot(day, therapy.defaultMinutes, target));
        };
        const auto bookToday = [&](const Therapy &therapy, Defect defect, PrepState prep = PrepState::Ready) {
            const DemoBooking slot = storySlot(therapy, m_date);
            Records r = addPatient(therapy, defect);
            book(slot, r.patient.id, therapy, prep, bookedBefore(m_date, 5, 30));
            ++m_onDemoDay;
            return std::pair {r, slot};
        };
        const QString today = QStringLiteral("booked today at %1");

        {
            const auto [r, slot] = bookToday(m_infliximab, Defect::None);
            addStory(r.patient, "ready",
                QStringLiteral("ready: booked today at %1 in %2; everything is in order, admit")
                    .arg(timeText(slot), chairName(slot)));
        }
        {
            const auto [r, slot] = bookToday(anyTherapy(), Defect::None);
            const int grace = m_center.policy.graceMinutes;
            const int late = slot.minute + grace;
            addStory(r.patient, "late",
                QStringLiteral("late arrival: booked today at %1; checking in after %2 is past the %3-minute "
                               "grace period")
                    .arg(timeText(slot), QTime(late / 60, late % 60).toString(QStringLiteral("HH:mm")))
                    .arg(grace));
        }
        {
            const Therapy &therapy = anyTherapy();
            const QDate day = openDay(m_date.addDays(m_dice.between(2, 4)), 1);
            const DemoBooking slot = storySlot(therapy, day);
            const Records r = addPatient(therapy);
            book(slot, r.patient.id, therapy, PrepState::NotReady, bookedBefore(day, 20, 40));
            addStory(r.patient, "walk-in",
                QStringLiteral("walk-in: no appointment today; next booked %1 at %2")
                    .arg(dayText(day), timeText(slot)));
        }
        {
            const Therapy &therapy = anyTherapy();
            const QDate day = m_date.addDays(7);
            const DemoBooking slot = storySlot(therapy, day);
            const Records r = addPatient(therapy);
            book(slot, r.patient.id, therapy, PrepState::NotReady, bookedBefore(m_date, 10, 40));
            addStory(r.patient, "wrong-day",
                QStringLiteral("wrong day: booked for next %1, %2 at %3, not today")
                    .arg(m_locale.dayName(day.dayOfWeek()), m_locale.toString(day, QStringLiteral("d MMM")),
                        timeText(slot)));
        }
        {
            const auto [r, slot] = bookToday(anyTherapy(), Defect::LapsedOrder);
            addStory(r.patient, "lapsed-order",
                QStringLiteral("order lapsed on %1; %2 must renew it (%3)")
                    .arg(dayText(r.order.validTo), r.order.prescriber, today.arg(timeText(slot))));
        }
        {
            const auto [r, slot] = bookToday(anyTherapy(), Defect::OrderUsedUp);
            addStory(r.patient, "order-used-up",
                QStringLiteral("order used up: all %1 doses given (%2)")
                    .arg(r.order.dosesAuthorized)
                    .arg(today.arg(timeText(slot))));
        }
        {
            const auto [r, slot] = bookToday(anyTherapy(), Defect::AuthorizationPending);
            addStory(r.patient, "authorization-pending",
                QStringLiteral("prior authorization still pending with %1 (%2)")
                    .arg(r.authorization.payer, today.arg(timeText(slot))));
        }
        {
            const auto [r, slot] = bookToday(anyTherapy(), Defect::AuthorizationDenied);
            addStory(r.patient, "authorization-denied",
                QStringLiteral("prior authorization denied by %1 (%2)")
                    .arg(r.authorization.payer, today.arg(timeText(slot))));
        }
        {
            const auto [r, slot] = bookToday(anyTherapy(), Defect::AuthorizationExpired);
            addStory(r.patient, "authorization-expired",
                QStringLiteral("prior authorization expired on %1 (%2)")
                    .arg(dayText(r.authorization.validTo), today.arg(timeText(slot))));
        }
        {
            const auto [r, slot] = bookToday(anyTherapy(), Defect::AuthorizationUsedUp);
            addStory(r.patient, "authorization-used-up",
                QStringLiteral("prior authorization has no visits left: %1 of %1 used (%2)")
                    .arg(r.authorization.visitsApproved)
                    .arg(today.arg(timeText(slot))));
        }
        {
            const auto [r, slot] = bookToday(anyTherapy(), Defect::EligibilityStale);
            const QDate verified = r.coverage.eligibilityVerifiedOn;
            addStory(r.patient, "eligibility-stale",
                QStringLiteral("eligibility last verified %1, %2 days ago (%3)")
                    .arg(dayText(verified))
                    .arg(verified.daysTo(m_date))
                    .arg(today.arg(timeText(slot))));
        }
        {
            const Therapy &therapy = compoundedTherapy();
            const auto [r, slot] = bookToday(therapy, Defect::None, PrepState::NotReady);
            addStory(r.patient, "dose-not-ready",
                QStringLiteral("dose not ready: the pharmacy has not prepared today's %1 (%2)")
                    .arg(therapy.name, today.arg(timeText(slot))));
        }
        {
            const Therapy &therapy = anyTherapy();
            const DemoBooking slot = storySlot(therapy, m_date);
            const Records r = addPatient(therapy);
            const qint64 id
                = book(slot, r.patient.id, therapy, PrepState::NotReady, bookedBefore(m_date, 10, 30));
            const QDate calledOn = m_date.addDays(-m_dice.between(1, 3));
            m_store.changeStatus(id, AppointmentStatus::Cancelled, deskUser(),
                at(calledOn, 9 * 60 + 15 * m_dice.below(30)), QStringLiteral("patient called to cancel"));
            ++m_onDemoDay;
            addStory(r.patient, "cancelled",
                QStringLiteral("cancelled: today's %1 appointment was cancelled by phone on %2; not rebooked")
                    .arg(timeText(slot), dayText(calledOn)));
        }
    }

    /// The day before: a no-show with its fee, and an appointment moved to a later day.
    void bookPastStories(QDate previous, QDate laterDay)
    {
        {
            const Therapy &therapy = anyTherapy();
            const DemoBooking slot
                = required(findSlot(previous, therapy.defaultMinutes, spreadMinute(previous, 1, 4)));
            const Records r = addPatient(therapy);
            // The dose was made for the slot and thrown away.
            const qint64 id
                = book(slot, r.patient.id, therapy, PrepState::Wasted, bookedBefore(previous, 7, 30));
            const QDateTime noticed
                = slot.startUtc.addSecs(60 * (m_center.policy.graceMinutes + m_dice.between(15, 60)));
            m_store.changeStatus(
                id, AppointmentStatus::NoShow, nurseUser(), noticed, QStringLiteral("did not come"));
            m_store.setNoShowFee(id, m_center.policy.noShowFeeCents);
            addStory(r.patient, "no-show",
                QStringLiteral("no-show on %1 at %2: a $%3.%4 fee is recorded")
                    .arg(dayText(previous), timeText(slot))
                    .arg(m_center.policy.noShowFeeCents / 100)
                    .arg(m_center.policy.noShowFeeCents % 100, 2, 10, QLatin1Char('0')));
        }
        {
            const Therapy &therapy = anyTherapy();
            const DemoBooking slot
                = required(findSlot(previous, therapy.defaultMinutes, spreadMinute(previous, 2, 4)));
            const Records r = addPatient(therapy);
            const qint64 id
                = book(slot, r.patient.id, therapy, PrepState::NotReady, bookedBefore(previous, 14, 35));
            const DemoBooking moved = required(
                findSlot(laterDay, therapy.defaultMinutes, spreadMinute(laterDay, 1, 2), r.patient.id));
            const QDateTime calledAt
                = at(previous.addDays(-m_dice.between(2, 4)), 10 * 60 + 15 * m_dice.below(20));
            m_store.changeStatus(id, AppointmentStatus::Cancelled, deskUser(), calledAt,
                QStringLiteral("patient asked to move it to %1").arg(dayText(laterDay)));
            book(moved, r.patient.id, therapy, PrepState::NotReady, calledAt, id);
            addStory(r.patient, "moved",
                QStringLiteral("moved: %1 at %2 was cancelled and rebooked for %3 at %4")
                    .arg(dayText(previous), timeText(slot), dayText(laterDay), timeText(moved)));
        }
    }

    // ---- Everyone else --------------------------------------------------------------------------

    void addMorePatients(int count)
    {
        m_store.addPatients(count, [this] { return m_maker.make(); });
    }

    Store &m_store;
    const Clock &m_clock;
    Center m_center;
    QDate m_date;
    Dice m_dice;
    PatientMaker m_maker;
    QLocale m_locale;

    std::vector<Chair> m_chairs;
    std::vector<std::vector<Interval>> m_chairBusy;
    std::map<qint64, std::vector<Interval>> m_patientBusy;
    Therapy m_infliximab;
    Therapy m_vedolizumab;
    Therapy m_ocrelizumab;
    Therapy m_ivig;

    int m_patients = 0;
    int m_appointments = 0;
    int m_onDemoDay = 0;
    QList<DemoGenerator::Story> m_stories;
};

} // namespace

DemoGenerator::DemoGenerator(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

Center DemoGenerator::demoCenter()
{
    Center center;
    center.name = QStringLiteral("Riverside Infusion Center");
    center.timeZoneId = "America/New_York";
    center.phone = QStringLiteral("(212) 555-0147"); // 555-01xx: a number kept for fiction
    center.hours = OpeningHours::parse(
        QStringLiteral("mon-fri 07:00-19:00; tue 07:00-21:00; thu 07:00-21:00; sat 08:00-14:00"));
    return center;
}

DemoGenerator::Summary DemoGenerator::generate(const Options &options)
{
    if (options.patients < 0) {
        throw Error::badData(QStringLiteral("patients"),
            QStringLiteral("The number of extra patients cannot be negative (%1 was asked for).")
                .arg(options.patients));
    }
    const Center center = demoCenter();
    QDate date = options.date.isValid() ? options.date : CenterTime::localDate(center, m_clock.nowUtc());
    // A demo of a closed day would show an empty roster: it moves to the next open day (a Sunday to Monday).
    while (!center.hours.isOpenOn(date.dayOfWeek()))
        date = date.addDays(1);

    // The demo sets a database up, as init does: its audit key is made here.
    m_store.makeAuditKeyIfNone();
    ScopedTransaction transaction(m_store.database());
    const QList<Center> existing = m_store.centers();
    if (!existing.isEmpty()) {
        throw Error(Error::Kind::Conflict,
            QStringLiteral("This database already has a center (\"%1\"); the demo only fills a new database. "
                           "Give it a new file, e.g. chairside-cli --db demo.sqlite demo.")
                .arg(existing.first().name),
            QStringLiteral("db"));
    }
    DemoBuilder builder(m_store, m_clock, center, date, options.seed);
    Summary summary = builder.run(options.patients);
    transaction.commit();
    return summary;
}

} // namespace chairside
