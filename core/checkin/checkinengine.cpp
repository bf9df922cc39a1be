#include "checkinengine.h"

#include "common/error.h"
#include "scheduling/centertime.h"
#include "text/desktext.h"
#include "text/namenormalizer.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace chairside {

namespace {

/// When another appointment keeps a chair busy. A booked one holds it for its scheduled span; a patient
/// already admitted holds it until the nurse completes the infusion, which the schedule cannot know: at
/// least the scheduled span, and from now on for the whole infusion if it has not begun, or for a
/// moment more if it has run past its expected end.
std::pair<QDateTime, QDateTime> heldSpan(const Appointment &a, const QDateTime &nowUtc)
{
    const qint64 length = qint64(a.minutes) * 60;
    switch (a.status) {
    case AppointmentStatus::CheckedIn:
        return {std::min(a.startUtc, nowUtc), std::max(a.endUtc(), nowUtc.addSecs(length))};
    case AppointmentStatus::InProgress: {
        const QDateTime began = a.startedAtUtc.isValid() ? a.startedAtUtc : a.startUtc;
        return {
            std::min(a.startUtc, began), std::max({a.endUtc(), began.addSecs(length), nowUtc.addSecs(60)})};
    }
    default:
        return {a.startUtc, a.endUtc()};
    }
}

/// Applies the rules to one set of facts. A class only to keep the facts, today and the growing
/// decision at hand while the rules run one after another.
class Rules final
{
public:
    explicit Rules(const CheckInFacts &facts)
        : m_facts(facts)
        , m_center(facts.center)
        , m_now(facts.nowUtc)
        , m_today(CenterTime::localDate(facts.center, facts.nowUtc))
    { }

    Decision run()
    {
        const CheckInEngine::Identity identity = CheckInEngine::identify(m_facts.request, m_facts.candidates);
        if (!identity.patient) {
            m_decision.reasons << *identity.problem;
            m_decision.outcome = Outcome::Unidentified;
            return m_decision;
        }
        m_decision.patient = identity.patient;
        m_decision.identifiers = identity.identifiers;

        const Appointment *concerned = chooseAppointment();
        if (concerned)
            m_decision.appointment = *concerned;
        m_decision.nextAppointment = nextAfter(concerned);

        if (!concerned)
            noAppointmentToday();
        else
            judge(*concerned);

        m_decision.outcome = Outcome::Admit;
        for (const Reason &reason : m_decision.reasons) {
            if (reason.blocks())
                m_decision.outcome = std::max(m_decision.outcome, outcomeOf(reason.code));
        }
        return m_decision;
    }

private:
    void add(ReasonCode code, const QString &message) { m_decision.reasons << Reason {code, message}; }

    /// The instant's date on the center's clock. The arrival's own instant is asked for most (the readiness
    /// queue's arrival is the appointment's start) and is known: a zone's conversion is not free.
    QDate localDate(const QDateTime &utc) const
    {
        return utc == m_now ? m_today : CenterTime::localDate(m_center, utc);
    }

    QString centerName(qint64 centerId) const
    {
        if (centerId == m_center.id)
            return m_center.name;
        m_named.insert(centerId);
        return m_facts.centerNames.value(
            centerId, QCoreApplication::translate("CheckInEngine", "another of our centers"));
    }

public:
    /// The other centers the decision's messages spoke of, once run() has made it.
    const QSet<qint64> &named() const { return m_named; }

private:
    std::optional<Chair> chairById(qint64 chairId) const
    {
        for (const Chair &chair : m_facts.chairs) {
            if (chair.id == chairId)
                return chair;
        }
        return std::nullopt;
    }

    /// The appointment the patient has come for: the one an override names, else today's here.
    const Appointment *chooseAppointment() const
    {
        if (m_facts.focusAppointmentId != 0) {
            for (const Appointment &a : m_facts.appointments) {
                if (a.id == m_facts.focusAppointmentId)
                    return &a;
            }
            return nullptr;
        }
        QList<const Appointment *> here;
        QList<const Appointment *> elsewhere;
        for (const Appointment &a : m_facts.appointments) {
            if (a.status == AppointmentStatus::EnteredInError || localDate(a.startUtc) != m_today)
                continue;
            (a.centerId == m_center.id ? here : elsewhere) << &a;
        }
        const auto first = [](const QList<const Appointment *> &list, auto predicate) -> const Appointment * {
            const auto it = std::find_if(list.begin(), list.end(), predicate);
            return it == list.end() ? nullptr : *it;
        };
        const auto last = [](const QList<const Appointment *> &list, auto predicate) -> const Appointment * {
            const auto it = std::find_if(list.rbegin(), list.rend(), predicate);
            return it == list.rend() ? nullptr : *it;
        };
        // Someone already in a chair is answered about that infusion, not a later one the same day.
        if (const Appointment *a = first(here, [](const Appointment *x) { return isAdmitted(x->status); }))
            return a;
        // Of two bookings today, the one still to come (or within its grace); else the last one missed.
        const qint64 graceSecs = qint64(m_center.policy.graceMinutes) * 60;
        if (const Appointment *a = first(here, [&](const Appointment *x) {
                return isActive(x->status) && m_now <= x->startUtc.addSecs(graceSecs);
            }))
            return a;
        if (const Appointment *a = last(here, [](const Appointment *x) { return isActive(x->status); }))
            return a;
        if (const Appointment *a
            = last(here, [](const Appointment *x) { return x->status == AppointmentStatus::NoShow; }))
            return a;
        if (const Appointment *a
            = last(here, [](const Appointment *x) { return x->status == AppointmentStatus::Cancelled; }))
            return a;
        return first(elsewhere, [](const Appointment *x) { return isActive(x->status); });
    }

    std::optional<Appointment> nextAfter(const Appointment *concerned) const
    {
        for (const Appointment &a : m_facts.appointments) {
            if (concerned && a.id == concerned->id)
                continue;
            if (isActive(a.status) && a.startUtc > m_now && (!concerned || a.startUtc > concerned->startUtc))
                return a;
        }
        return std::nullopt;
    }

    /// " Your next appointment is on Wednesday 9 December at 10:00; please come back then."
    QString nextText(const QString &lead) const
    {
        if (!m_decision.nextAppointment)
            return QCoreApplication::translate("CheckInEngine", " We need to book you a new time.");
        const Appointment &next = *m_decision.nextAppointment;
        const QString where = next.centerId == m_center.id
            ? QString()
            : QCoreApplication::translate("CheckInEngine", " at ") + centerName(next.centerId);
        return QCoreApplication::translate("CheckInEngine", " %1 %2%3; please come back then.")
            .arg(lead, DeskText::onWhen(m_center, next.startUtc, m_today), where);
    }

    /// An order of any therapy still valid today or later with a dose left: the desk can book from it.
    bool hasOrderToBookFrom() const
    {
        return std::any_of(m_facts.orders.begin(), m_facts.orders.end(),
            [&](const PrescriberOrder &o) { return o.validTo >= m_today && o.dosesLeft() > 0; });
    }

    void noAppointmentToday()
    {
        // A walk-in and the wrong day are the same case at the desk: no dose was made for today.
        const bool doneToday = std::any_of(
            m_facts.appointments.begin(), m_facts.appointments.end(), [&](const Appointment &a) {
                return a.centerId == m_center.id && a.status == AppointmentStatus::Fulfilled
                    && localDate(a.startUtc) == m_today;
            });
        QString message = doneToday
            ? QCoreApplication::translate("CheckInEngine", "Your infusion for today has already been given.")
            : QCoreApplication::translate("CheckInEngine",
                "You have no appointment with us today, so no infusion has been "
                "prepared for you.");
        if (m_decision.nextAppointment) {
            const Appointment &next = *m_decision.nextAppointment;
            const QString where = next.centerId == m_center.id
                ? QString()
                : QCoreApplication::translate("CheckInEngine", " at ") + centerName(next.centerId);
            message += QCoreApplication::translate("CheckInEngine", " %1%2; please come back then.")
                           .arg(DeskText::bookedFor(m_center, next.startUtc, m_today), where);
        } else if (m_facts.orders.isEmpty()) {
            message += QLatin1Char(' ') + DeskText::noOrderToBook();
        } else if (!hasOrderToBookFrom()) {
            message += QLatin1Char(' ') + DeskText::orderToRenew();
        } else {
            message += QCoreApplication::translate(
                "CheckInEngine", " You have no appointment booked; the desk will book one with you.");
        }
        add(ReasonCode::NoAppointmentToday, message);
    }

    void judge(const Appointment &a)
    {
        switch (a.status) {
        case AppointmentStatus::CheckedIn:
        case AppointmentStatus::InProgress:
        case AppointmentStatus::Fulfilled:
            alreadyCheckedIn(a);
            return;
        case AppointmentStatus::Cancelled:
        case AppointmentStatus::EnteredInError:
            add(ReasonCode::AppointmentCancelled,
                QCoreApplication::translate("CheckInEngine", "Your appointment %1 was cancelled.")
                        .arg(DeskText::when(m_center, a.startUtc, m_today))
                    + nextText(QCoreApplication::translate("CheckInEngine", "Your next appointment is")));
            return;
        case AppointmentStatus::NoShow:
            add(ReasonCode::LateBeyondGrace,
                QCoreApplication::translate("CheckInEngine",
                    "Your appointment %1 was recorded as missed, and its chair and dose have gone to "
                    "others; we need to book you a new time.")
                    .arg(DeskText::when(m_center, a.startUtc, m_today)));
            return;
        case AppointmentStatus::Booked:
        case AppointmentStatus::Arrived:
            break;
        }
        if (a.centerId != m_center.id) {
            add(ReasonCode::WrongCenter,
                QCoreApplication::translate("CheckInEngine",
                    "You are booked %1 at %2, not here at %3; your infusion is prepared there.")
                    .arg(DeskText::when(m_center, a.startUtc, m_today), centerName(a.centerId),
                        m_center.name));
            return;
        }
        if (localDate(a.startUtc) != m_today) {
            add(ReasonCode::NoAppointmentToday,
                QCoreApplication::translate("CheckInEngine", "Your appointment is %1; please come back then.")
                    .arg(DeskText::onWhen(m_center, a.startUtc, m_today)));
            return;
        }
        judgeTiming(a);
        const QDate date = m_today; // the appointment's own day, as tested above
        const auto therapy = m_facts.therapies.constFind(a.therapyId);
        Therapy t;
        if (therapy != m_facts.therapies.constEnd())
            t = *therapy;
        else
            t.name = QCoreApplication::translate("CheckInEngine", "infusion");
        m_decision.readiness.reserve(4); // order, authorization, eligibility, dose
        judgeOrder(a, t, date);
        judgeAuthorization(a, t, date);
        judgeEligibility();
        judgeDose(a, t);
        judgeChair(a);
    }

    void alreadyCheckedIn(const Appointment &a)
    {
        m_decision.chair = chairById(a.chairId);
        const QString chair = m_decision.chair ? DeskText::chairPhrase(*m_decision.chair)
                                               : QCoreApplication::translate("CheckInEngine", "your chair");
        QString message;
        if (a.status == AppointmentStatus::Fulfilled) {
            message = QCoreApplication::translate(
                "CheckInEngine", "Your infusion for today has already been given.");
        } else if (a.status == AppointmentStatus::InProgress) {
            message
                = QCoreApplication::translate("CheckInEngine", "Your infusion is already under way in %1.")
                      .arg(chair);
        } else {
            const QDateTime since = a.checkedInAtUtc.isValid() ? a.checkedInAtUtc : m_now;
            message = QCoreApplication::translate(
                "CheckInEngine", "You are already checked in (since %1); please go to %2.")
                          .arg(DeskText::time(m_center, since), chair);
        }
        add(ReasonCode::AlreadyCheckedIn, message);
    }

    void judgeTiming(const Appointment &a)
    {
        const Policy &policy = m_center.policy;
        const QDateTime opens = a.startUtc.addSecs(-qint64(policy.earlyArrivalMinutes) * 60);
        if (m_now < opens) {
            add(ReasonCode::TooEarly,
                QCoreApplication::translate("CheckInEngine",
                    "Your appointment is today at %1 and check-in opens at %2; please take a seat or come "
                    "back then.")
                    .arg(DeskText::time(m_center, a.startUtc), DeskText::time(m_center, opens)));
            return;
        }
        // A patient already seen at the desk (arrived, then kept waiting) is late only as of that arrival.
        const QDateTime arrival = a.arrivedAtUtc.isValid() && a.arrivedAtUtc < m_now ? a.arrivedAtUtc : m_now;
        const qint64 lateSecs = a.startUtc.secsTo(arrival);
        const qint64 lateMinutes = lateSecs / 60;
        if (lateSecs > qint64(policy.graceMinutes) * 60) {
            add(ReasonCode::LateBeyondGrace,
                QCoreApplication::translate("CheckInEngine",
                    "Your appointment was at %1, %2 ago, and we can hold a chair only %3; we need to book "
                    "you a new time.")
                    .arg(DeskText::time(m_center, a.startUtc),
                        DeskText::count(lateMinutes, "minute", "minutes"),
                        DeskText::count(policy.graceMinutes, "minute", "minutes")));
        } else if (lateMinutes >= 1) {
            add(ReasonCode::LateWithinGrace,
                QCoreApplication::translate("CheckInEngine",
                    "You are %1 late for your %2 appointment, within our %3 grace period; you can still "
                    "be seen.")
                    .arg(DeskText::count(lateMinutes, "minute", "minutes"),
                        DeskText::time(m_center, a.startUtc),
                        QCoreApplication::translate("CheckInEngine", "%1-minute").arg(policy.graceMinutes)));
        }
    }

    void judgeOrder(const Appointment &a, const Therapy &t, QDate date)
    {
        QList<PrescriberOrder> mine;
        for (const PrescriberOrder &o : m_facts.orders) {
            if (o.therapyId == a.therapyId)
                mine << o;
        }
        // Of several valid orders, count against the one that lapses first.
        const PrescriberOrder *usable = nullptr;
        for (const PrescriberOrder &o : mine) {
            if (o.isValidOn(date) && o.dosesLeft() > 0 && (!usable || o.validTo < usable->validTo))
                usable = &o;
        }
        ReadinessLine line {ReadinessLine::Item::Order, false, {}};
        if (usable) {
            m_decision.orderId = usable->id;
            line.ok = true;
            if (m_facts.describeReadyLines)
                line.text = QCoreApplication::translate(
                    "CheckInEngine", "Order%1 valid until %2: %3 of %4 doses left")
                                .arg(usable->prescriber.isEmpty()
                                        ? QString()
                                        : QCoreApplication::translate("CheckInEngine", " from ")
                                            + usable->prescriber,
                                    DeskText::date(usable->validTo, m_today))
                                .arg(usable->dosesLeft())
                                .arg(usable->dosesAuthorized);
            m_decision.readiness << line;
            return;
        }
        const PrescriberOrder *usedUp = nullptr;
        const PrescriberOrder *lapsed = nullptr;
        const PrescriberOrder *future = nullptr;
        for (const PrescriberOrder &o : mine) {
            if (o.isValidOn(date))
                usedUp = usedUp ? usedUp : &o;
            else if (o.validTo < date && (!lapsed || o.validTo > lapsed->validTo))
                lapsed = &o;
            else if (o.validFrom > date && (!future || o.validFrom < future->validFrom))
                future = &o;
        }
        if (usedUp) {
            add(ReasonCode::OrderDosesUsed,
                QCoreApplication::translate("CheckInEngine",
                    "All %1 doses on your prescriber's order for %2 have been given; your prescriber must "
                    "renew the order before we can infuse you.")
                    .arg(usedUp->dosesAuthorized)
                    .arg(t.name));
            line.text = QCoreApplication::translate(
                "CheckInEngine", "Order used up: all %1 doses given; the prescriber must renew it")
                            .arg(usedUp->dosesAuthorized);
        } else if (lapsed && !future) {
            add(ReasonCode::OrderExpired,
                QCoreApplication::translate("CheckInEngine",
                    "Your prescriber's order for %1 ran out on %2; your prescriber must renew it before we "
                    "can infuse you.")
                    .arg(t.name, DeskText::date(lapsed->validTo, m_today)));
            line.text = QCoreApplication::translate(
                "CheckInEngine", "Order expired on %1; the prescriber must renew it")
                            .arg(DeskText::date(lapsed->validTo, m_today));
        } else if (future) {
            add(ReasonCode::OrderMissing,
                QCoreApplication::translate("CheckInEngine",
                    "Your prescriber's order for %1 starts only on %2; we need to book you a new time "
                    "from then.")
                    .arg(t.name, DeskText::date(future->validFrom, m_today)));
            line.text
                = QCoreApplication::translate("CheckInEngine", "No order valid today: the next starts on %1")
                      .arg(DeskText::date(future->validFrom, m_today));
        } else {
            add(ReasonCode::OrderMissing,
                QCoreApplication::translate("CheckInEngine",
                    "We have no prescriber's order for your %1; your prescriber must send one before we "
                    "can infuse you.")
                    .arg(t.name));
            line.text = QCoreApplication::translate("CheckInEngine", "No prescriber's order on file for %1")
                            .arg(t.name);
        }
        m_decision.readiness << line;
    }

    void judgeAuthorization(const Appointment &a, const Therapy &t, QDate date)
    {
        using Status = PriorAuthorization::Status;
        QList<PriorAuthorization> mine;
        for (const PriorAuthorization &p : m_facts.authorizations) {
            if (p.therapyId == a.therapyId)
                mine << p;
        }
        const PriorAuthorization *usable = nullptr;
        for (const PriorAuthorization &p : mine) {
            if (p.status == Status::Approved && p.isValidOn(date) && p.visitsLeft() > 0
                && (!usable || p.validTo < usable->validTo))
                usable = &p;
        }
        ReadinessLine line {ReadinessLine::Item::Authorization, false, {}};
        if (usable) {
            m_decision.authorizationId = usable->id;
            line.ok = true;
            if (m_facts.describeReadyLines)
                line.text
                    = QCoreApplication::translate(
                        "CheckInEngine", "Approved%1 until %2: %3 of %4 visits left")
                          .arg(usable->payer.isEmpty()
                                  ? QString()
                                  : QCoreApplication::translate("CheckInEngine", " by ") + usable->payer,
                              DeskText::date(usable->validTo, m_today))
                          .arg(usable->visitsLeft())
                          .arg(usable->visitsApproved);
            m_decision.readiness << line;
            return;
        }
        const auto find = [&](auto predicate) -> const PriorAuthorization * {
            const auto it = std::find_if(mine.begin(), mine.end(), predicate);
            return it == mine.end() ? nullptr : &*it;
        };
        const auto payerOf = [](const PriorAuthorization &p) {
            return p.payer.isEmpty()
                ? QCoreApplication::translate("CheckInEngine", "Your insurance")
                : QCoreApplication::translate("CheckInEngine", "Your insurance (%1)").arg(p.payer);
        };
        const PriorAuthorization *usedUp = find(
            [&](const PriorAuthorization &x) { return x.status == Status::Approved && x.isValidOn(date); });
        const PriorAuthorization *pending = find(
            [&](const PriorAuthorization &x) { return x.status == Status::Pending && x.validTo >= date; });
        const PriorAuthorization *denied = find(
            [&](const PriorAuthorization &x) { return x.status == Status::Denied && x.validTo >= date; });
        const PriorAuthorization *lapsed = find(
            [&](const PriorAuthorization &x) { return x.status == Status::Approved && x.validTo < date; });
        const auto payerName = [](const PriorAuthorization &p) {
            return p.payer.isEmpty() ? QCoreApplication::translate("CheckInEngine", "the payer") : p.payer;
        };
        if (usedUp) {
            add(ReasonCode::AuthVisitsUsed,
                QCoreApplication::translate("CheckInEngine",
                    "%1 approved %2 for %3, and they have all been used; it must approve more before we can "
                    "infuse you.")
                    .arg(payerOf(*usedUp), DeskText::count(usedUp->visitsApproved, "visit", "visits"),
                        t.name));
            line.text = QCoreApplication::translate(
                "CheckInEngine", "Authorization used up: all %1 approved visits taken")
                            .arg(usedUp->visitsApproved);
        } else if (pending) {
            add(ReasonCode::AuthPending,
                QCoreApplication::translate(
                    "CheckInEngine", "%1 has not yet approved %2; we cannot infuse you until it does.")
                    .arg(payerOf(*pending), t.name));
            line.text = QCoreApplication::translate("CheckInEngine", "Authorization pending with %1")
                            .arg(payerName(*pending));
        } else if (denied) {
            add(ReasonCode::AuthDenied,
                QCoreApplication::translate("CheckInEngine",
                    "%1 denied the authorization for %2; we cannot infuse you unless it is approved on "
                    "appeal.")
                    .arg(payerOf(*denied), t.name));
            line.text = QCoreApplication::translate("CheckInEngine", "Authorization denied by %1")
                            .arg(payerName(*denied));
        } else if (lapsed) {
            add(ReasonCode::AuthExpired,
                QCoreApplication::translate("CheckInEngine",
                    "%1's authorization for %2 ended on %3; it must be renewed before we can infuse you.")
                    .arg(payerOf(*lapsed), t.name, DeskText::date(lapsed->validTo, m_today)));
            line.text = QCoreApplication::translate("CheckInEngine", "Authorization expired on %1")
                            .arg(DeskText::date(lapsed->validTo, m_today));
        } else {
            add(ReasonCode::AuthMissing,
                QCoreApplication::translate("CheckInEngine",
                    "Your insurance has not authorized %1 for %2; we must obtain the authorization before we "
                    "can infuse you.")
                    .arg(t.name, DeskText::date(date, m_today)));
            line.text = QCoreApplication::translate("CheckInEngine", "No prior authorization covering %1")
                            .arg(DeskText::date(date, m_today));
        }
        m_decision.readiness << line;
    }

    void judgeEligibility()
    {
        QDate verified;
        for (const Coverage &c : m_facts.coverages) {
            if (c.eligibilityVerifiedOn.isValid()
                && (!verified.isValid() || c.eligibilityVerifiedOn > verified))
                verified = c.eligibilityVerifiedOn;
        }
        const int freshDays = m_center.policy.eligibilityFreshDays;
        ReadinessLine line {ReadinessLine::Item::Eligibility, false, {}};
        if (!verified.isValid()) {
            add(ReasonCode::EligibilityStale,
                QCoreApplication::translate("CheckInEngine",
                    "We have no check of your insurance eligibility on file; please take a seat while we "
                    "verify it now."));
            line.text
                = QCoreApplication::translate("CheckInEngine", "Eligibility never verified: verify now");
        } else if (const qint64 age = verified.daysTo(m_today); age > freshDays) {
            add(ReasonCode::EligibilityStale,
                QCoreApplication::translate("CheckInEngine",
                    "Your insurance eligibility was last checked on %1, more than %2 ago; please take a seat "
                    "while we verify it now.")
                    .arg(DeskText::date(verified, m_today), DeskText::count(freshDays, "day", "days")));
            line.text = QCoreApplication::translate(
                "CheckInEngine", "Eligibility last verified %1, %2 ago (older than %3): verify now")
                            .arg(DeskText::date(verified, m_today), DeskText::count(age, "day", "days"),
                                DeskText::count(freshDays, "day", "days"));
        } else {
            line.ok = true;
            if (m_facts.describeReadyLines)
                line.text = QCoreApplication::translate("CheckInEngine", "Eligibility verified %1")
                                .arg(DeskText::date(verified, m_today));
        }
        m_decision.readiness << line;
    }

    void judgeDose(const Appointment &a, const Therapy &t)
    {
        ReadinessLine line {ReadinessLine::Item::Dose, false, {}};
        if (!t.compounded || a.prep == PrepState::NotNeeded) {
            line.ok = true;
            line.text = QCoreApplication::translate("CheckInEngine", "No compounded dose needed");
        } else if (a.prep == PrepState::NotReady) {
            add(ReasonCode::MedicationNotReady,
                QCoreApplication::translate("CheckInEngine",
                    "The pharmacy has not finished preparing your %1 yet; please take a seat and we will "
                    "call you.")
                    .arg(t.name));
            line.text = QCoreApplication::translate(
                "CheckInEngine", "Dose not prepared yet: waiting for the pharmacy");
        } else if (a.prep == PrepState::Wasted) {
            add(ReasonCode::DoseExpired,
                QCoreApplication::translate("CheckInEngine",
                    "The %1 prepared for you has been discarded; a new dose must be made, so we need to book "
                    "you a new time.")
                    .arg(t.name));
            line.text
                = QCoreApplication::translate("CheckInEngine", "Dose wasted: a new one must be compounded");
        } else {
            // USP 797: the dose must be used before its beyond-use time, so the infusion has to begin by
            // then.
            const QDateTime begins = std::max(m_now, a.startUtc);
            const bool dated = a.preparedAtUtc.isValid() && t.beyondUseHours > 0;
            const QDateTime usableUntil
                = dated ? a.preparedAtUtc.addSecs(qint64(t.beyondUseHours) * 3600) : QDateTime();
            if (dated && begins > usableUntil) {
                add(ReasonCode::DoseExpired,
                    QCoreApplication::translate("CheckInEngine",
                        "The %1 prepared for you could be used only until %2; a new dose must be made, so we "
                        "need to book you a new time.")
                        .arg(t.name, DeskText::when(m_center, usableUntil, m_today)));
                line.text = QCoreApplication::translate("CheckInEngine", "Dose past its beyond-use time (%1)")
                                .arg(DeskText::when(m_center, usableUntil, m_today));
            } else {
                line.ok = true;
                if (m_facts.describeReadyLines)
                    line.text = dated
                        ? QCoreApplication::translate("CheckInEngine", "Dose ready, usable until %1")
                              .arg(DeskText::when(m_center, usableUntil, m_today))
                        : QCoreApplication::translate("CheckInEngine", "Dose ready");
            }
        }
        m_decision.readiness << line;
    }

    bool chairFree(qint64 chairId, const Appointment &a, const QDateTime &from, const QDateTime &to) const
    {
        return std::none_of(
            m_facts.occupancy.begin(), m_facts.occupancy.end(), [&](const Appointment &other) {
                if (other.id == a.id || other.chairId != chairId || !holdsChair(other.status))
                    return false;
                const auto [begins, ends] = heldSpan(other, m_now);
                return begins < to && ends > from;
            });
    }

    void judgeChair(const Appointment &a)
    {
        const QDateTime from = std::max(m_now, a.startUtc);
        const QDateTime to = from.addSecs(qint64(a.minutes) * 60);
        if (const auto booked = chairById(a.chairId); booked && chairFree(booked->id, a, from, to)) {
            m_decision.chair = booked;
            return;
        }
        for (const Chair &chair : m_facts.chairs) {
            if (chair.id != a.chairId && chairFree(chair.id, a, from, to)) {
                m_decision.chair = chair;
                return;
            }
        }
        add(ReasonCode::ChairNotFree,
            QCoreApplication::translate("CheckInEngine",
                "Every chair is taken for the %1 your infusion needs from %2; please take a seat and we will "
                "call you as soon as one is free.")
                .arg(DeskText::count(a.minutes, "minute", "minutes"), DeskText::time(m_center, from)));
    }

    const CheckInFacts &m_facts;
    const Center &m_center;
    const QDateTime m_now;
    const QDate m_today;
    Decision m_decision;
    mutable QSet<qint64> m_named;
};

QString overrideRefusal(ReasonCode code)
{
    switch (code) {
    case ReasonCode::PatientNotFound:
    case ReasonCode::IdentityMismatch:
    case ReasonCode::IdentityAmbiguous:
        return QCoreApplication::translate(
            "CheckInEngine", "nothing overrides the two identifiers; confirm who the patient is first");
    case ReasonCode::OrderMissing:
    case ReasonCode::OrderExpired:
    case ReasonCode::OrderDosesUsed:
        return QCoreApplication::translate(
            "CheckInEngine", "nothing overrides the prescriber's order; the prescriber must renew it");
    case ReasonCode::AuthMissing:
    case ReasonCode::AuthPending:
    case ReasonCode::AuthDenied:
    case ReasonCode::AuthExpired:
    case ReasonCode::AuthVisitsUsed:
        return QCoreApplication::translate(
            "CheckInEngine", "nothing overrides the payer's authorization; without it the claim is denied");
    case ReasonCode::DoseExpired:
    case ReasonCode::MedicationNotReady:
        return QCoreApplication::translate("CheckInEngine", "the dose decides this, not a person");
    default:
        return QCoreApplication::translate("CheckInEngine",
            "only LATE_BEYOND_GRACE (nurse or admin) and ELIGIBILITY_STALE (admin) can be overridden");
    }
}

QString breakGlassRefusal(ReasonCode code)
{
    switch (code) {
    case ReasonCode::PatientNotFound:
    case ReasonCode::IdentityMismatch:
    case ReasonCode::IdentityAmbiguous:
        return QCoreApplication::translate(
            "CheckInEngine", "nothing overrides the two identifiers; confirm who the patient is first");
    case ReasonCode::OrderMissing:
    case ReasonCode::OrderExpired:
    case ReasonCode::OrderDosesUsed:
        return QCoreApplication::translate(
            "CheckInEngine", "without a valid prescriber's order there is nothing to infuse");
    case ReasonCode::DoseExpired:
    case ReasonCode::MedicationNotReady:
        return QCoreApplication::translate("CheckInEngine", "the dose decides this, not a person");
    case ReasonCode::ChairNotFree:
        return QCoreApplication::translate("CheckInEngine", "a chair in use cannot be given twice");
    case ReasonCode::AppointmentCancelled:
        return QCoreApplication::translate(
            "CheckInEngine", "a cancelled appointment has no dose; book a new time");
    default:
        return QCoreApplication::translate("CheckInEngine",
            "break glass passes only LATE_BEYOND_GRACE, ELIGIBILITY_STALE, AUTH_MISSING, AUTH_PENDING, "
            "AUTH_EXPIRED and AUTH_VISITS_USED");
    }
}

/// Refuses a pass that names no reason (`unnamed` says what to name), or names one `passable` does not
/// let through; `refusal` is the sentence that says why, from the code.
void requirePassable(const QList<ReasonCode> &codes, const QString &unnamed,
    const std::function<bool(ReasonCode)> &passable, const std::function<QString(ReasonCode)> &refusal)
{
    if (codes.isEmpty())
        throw Error::badData(QStringLiteral("code"), unnamed);
    for (ReasonCode code : codes) {
        if (!passable(code))
            throw Error(Error::Kind::Refused, refusal(code), QStringLiteral("code"));
    }
}

} // namespace

CheckInEngine::Identity CheckInEngine::identify(
    const CheckInRequest &request, const QList<Patient> &candidates)
{
    Identity identity;
    // Said only when something is wrong: most requests are answered without it.
    const auto dobText = [&request] {
        return request.dateOfBirth.isValid()
            ? DeskText::dateOfBirth(request.dateOfBirth)
            : QCoreApplication::translate("CheckInEngine", "(no date given)");
    };
    if (request.hasMrn()) {
        const QString mrn = request.mrn.trimmed();
        const auto holder = std::find_if(candidates.begin(), candidates.end(),
            [&](const Patient &p) { return p.mrn.compare(mrn, Qt::CaseInsensitive) == 0; });
        if (holder == candidates.end()) {
            identity.problem = Reason {ReasonCode::PatientNotFound,
                QCoreApplication::translate("CheckInEngine",
                    "We have no patient with MRN %1; please check the number on the card, or give your full "
                    "name and date of birth.")
                    .arg(mrn)};
            return identity;
        }
        if (holder->dateOfBirth != request.dateOfBirth) {
            identity.problem = Reason {ReasonCode::IdentityMismatch,
                QCoreApplication::translate("CheckInEngine",
                    "The date of birth %1 does not match our record for MRN %2; please confirm both before "
                    "we go on.")
                    .arg(dobText(), mrn)};
            return identity;
        }
        if (request.hasName()
            && NameNormalizer::sortKey(request.lastName, request.firstName, request.dateOfBirth)
                != NameNormalizer::sortKey(holder->lastName, holder->firstName, holder->dateOfBirth)) {
            identity.problem = Reason {ReasonCode::IdentityMismatch,
                QCoreApplication::translate("CheckInEngine",
                    "The name given does not match our record for MRN %1; please confirm the name and the "
                    "number before we go on.")
                    .arg(mrn)};
            return identity;
        }
        identity.patient = *holder;
        identity.identifiers = QStringLiteral("mrn+dob");
        return identity;
    }

    const QString spokenName = request.firstName.trimmed() + QLatin1Char(' ') + request.lastName.trimmed();
    if (!request.hasName() || !request.dateOfBirth.isValid()) {
        identity.problem = Reason {ReasonCode::PatientNotFound,
            QCoreApplication::translate("CheckInEngine",
                "Two identifiers are needed: your MRN or full name, and your date of birth.")};
        return identity;
    }
    const QString key = NameNormalizer::sortKey(request.lastName, request.firstName, request.dateOfBirth);
    QList<Patient> matches;
    for (const Patient &p : candidates) {
        if (p.dateOfBirth == request.dateOfBirth
            && NameNormalizer::sortKey(p.lastName, p.firstName, p.dateOfBirth) == key)
            matches << p;
    }
    if (matches.isEmpty()) {
        identity.problem = Reason {ReasonCode::PatientNotFound,
            QCoreApplication::translate("CheckInEngine",
                "We have no patient named %1 born on %2; please check the spelling and the date, or give "
                "the MRN on your card.")
                .arg(spokenName, dobText())};
    } else if (matches.size() > 1) {
        identity.problem = Reason {ReasonCode::IdentityAmbiguous,
            QCoreApplication::translate("CheckInEngine",
                "More than one patient is named %1 and born on %2; please give the MRN on your card so we "
                "know which one you are.")
                .arg(spokenName, dobText())};
    } else {
        identity.patient = matches.first();
        identity.identifiers = QStringLiteral("name+dob");
    }
    return identity;
}

Decision CheckInEngine::decide(const CheckInFacts &facts)
{
    return Rules(facts).run();
}

QSet<qint64> CheckInEngine::centersNamed(const CheckInFacts &facts)
{
    Rules rules(facts);
    rules.run();
    return rules.named();
}

std::optional<Permission> CheckInEngine::overridePermission(ReasonCode code)
{
    switch (code) {
    case ReasonCode::LateBeyondGrace:
        return Permission::OverrideLate;
    case ReasonCode::EligibilityStale:
        return Permission::OverrideEligibility;
    default:
        return std::nullopt;
    }
}

bool CheckInEngine::emergencyOverridable(ReasonCode code)
{
    switch (code) {
    case ReasonCode::LateBeyondGrace:
    case ReasonCode::EligibilityStale:
    case ReasonCode::AuthMissing:
    case ReasonCode::AuthPending:
    case ReasonCode::AuthExpired:
    case ReasonCode::AuthVisitsUsed:
        return true;
    default:
        return false;
    }
}

Decision CheckInEngine::applyOverride(const CheckInFacts &facts, const QList<ReasonCode> &codes)
{
    requirePassable(
        codes,
        QCoreApplication::translate("CheckInEngine", "Name the reason to override, e.g. LATE_BEYOND_GRACE."),
        [](ReasonCode code) { return overridePermission(code).has_value(); },
        [](ReasonCode code) {
            return QCoreApplication::translate("CheckInEngine", "%1 cannot be overridden: %2.")
                .arg(reasonCodeName(code), overrideRefusal(code));
        });
    return admitPast(facts, codes);
}

Decision CheckInEngine::applyBreakGlass(const CheckInFacts &facts, const QList<ReasonCode> &codes)
{
    requirePassable(codes,
        QCoreApplication::translate("CheckInEngine", "Name the reason to pass, e.g. AUTH_PENDING."),
        emergencyOverridable, [](ReasonCode code) {
            return QCoreApplication::translate(
                "CheckInEngine", "%1 cannot be passed even in an emergency: %2.")
                .arg(reasonCodeName(code), breakGlassRefusal(code));
        });
    return admitPast(facts, codes);
}

Decision CheckInEngine::admitPast(const CheckInFacts &facts, const QList<ReasonCode> &codes)
{
    Decision decision = decide(facts);
    if (!decision.appointment) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate(
                "CheckInEngine", "There is no appointment here today to admit the patient to."),
            QStringLiteral("appointment"));
    }
    const Appointment &a = *decision.appointment;
    if (decision.has(ReasonCode::AlreadyCheckedIn)) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate(
                "CheckInEngine", "Appointment %1 is already %2; there is nothing to override.")
                .arg(a.id)
                .arg(statusLabel(a.status).toLower()),
            QStringLiteral("appointment"));
    }
    for (ReasonCode code : codes) {
        if (!decision.has(code)) {
            QStringList present;
            for (const Reason &r : decision.reasons)
                present << reasonCodeName(r.code);
            throw Error(Error::Kind::Refused,
                QCoreApplication::translate(
                    "CheckInEngine", "Appointment %1 has no %2 to override (its reasons: %3).")
                    .arg(a.id)
                    .arg(reasonCodeName(code),
                        present.isEmpty() ? QCoreApplication::translate("CheckInEngine", "none")
                                          : present.join(QStringLiteral(", "))),
                QStringLiteral("code"));
        }
    }

    if (codes.contains(ReasonCode::LateBeyondGrace)) {
        if (!isActive(a.status)) {
            throw Error(Error::Kind::Refused,
                QCoreApplication::translate(
                    "CheckInEngine", "Appointment %1 is %2 and can no longer be admitted; book a new time.")
                    .arg(a.id)
                    .arg(statusLabel(a.status).toLower()),
                QStringLiteral("appointment"));
        }
        // The late patient starts now and must be done by closing: staff do not stay past it.
        if (!CenterTime::withinHours(facts.center, facts.nowUtc, a.minutes)) {
            const QDateTime ends = facts.nowUtc.addSecs(qint64(a.minutes) * 60);
            throw Error(Error::Kind::Refused,
                QCoreApplication::translate("CheckInEngine",
                    "Starting now, the %1-minute infusion would end at %2, after %3 closes; book a new time.")
                    .arg(a.minutes)
                    .arg(DeskText::time(facts.center, ends), facts.center.name),
                QStringLiteral("code"));
        }
    }

    for (Reason &reason : decision.reasons) {
        if (codes.contains(reason.code))
            reason.overridden = true;
    }
    const QList<Reason> remaining = decision.blocking();
    if (!remaining.isEmpty()) {
        QStringList parts;
        for (const Reason &r : remaining)
            parts << QStringLiteral("%1: %2").arg(reasonCodeName(r.code), r.message);
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate("CheckInEngine", "Appointment %1 still cannot be admitted. %2")
                .arg(a.id)
                .arg(parts.join(QLatin1Char(' '))),
            QStringLiteral("code"));
    }
    decision.outcome = Outcome::Admit;
    return decision;
}

} // namespace chairside
