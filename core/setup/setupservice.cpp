#include "setupservice.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "auth/accountservice.h"
#include "common/clock.h"
#include "common/error.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace chairside {

namespace {

AuditEvent setupEvent(const User &admin, const QString &recordKind, qint64 recordId, const QString &what)
{
    AuditEvent event;
    event.action = AuditAction::SetupChanged;
    event.userName = admin.name;
    event.recordKind = recordKind;
    event.recordId = recordId;
    event.reason = what;
    return event;
}

void requireRange(int value, int minimum, int maximum, const char *field, const QString &what)
{
    if (value < minimum || value > maximum) {
        throw Error::badData(QString::fromLatin1(field),
            QCoreApplication::translate(
                "SetupService", "%1 of %2 is not possible; give a number from %3 to %4.")
                .arg(what)
                .arg(value)
                .arg(minimum)
                .arg(maximum));
    }
}

/// A change's entry: each field that changed, by its key, with its old and new value.
class FieldChanges final
{
public:
    void add(const char *key, const QString &was, const QString &now)
    {
        if (was != now)
            m_changes << QStringLiteral("%1 \"%2\" to \"%3\"").arg(QLatin1String(key), was, now);
    }
    void add(const char *key, int was, int now)
    {
        if (was != now)
            m_changes << QStringLiteral("%1 %2 to %3").arg(QLatin1String(key)).arg(was).arg(now);
    }
    void add(const char *key, bool was, bool now)
    {
        if (was != now)
            m_changes << QStringLiteral("%1 %2 to %3").arg(QLatin1String(key), yesNo(was), yesNo(now));
    }
    bool isEmpty() const { return m_changes.isEmpty(); }
    QString text() const { return m_changes.join(QStringLiteral("; ")); }

private:
    static QString yesNo(bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); }
    QStringList m_changes;
};

} // namespace

SetupService::SetupService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

void SetupService::requireAdmin(const User &admin, const QString &recordKind)
{
    requirePermission(
        m_store, m_clock.nowUtc(), admin, Permission::Administer, setupEvent(admin, recordKind, 0, {}));
}

void SetupService::validatePolicy(const Policy &p)
{
    requireRange(p.earlyArrivalMinutes, 0, kMostEarlyMinutes, "early-minutes",
        QCoreApplication::translate("SetupService", "An early check-in allowance in minutes"));
    requireRange(p.graceMinutes, 0, kMostGraceMinutes, "grace-minutes",
        QCoreApplication::translate("SetupService", "A grace period in minutes"));
    requireRange(p.eligibilityFreshDays, 0, kMostEligibilityDays, "eligibility-days",
        QCoreApplication::translate("SetupService", "An eligibility check's life in days"));
    requireRange(p.pharmacyLeadHours, 0, kMostLeadHours, "lead-hours",
        QCoreApplication::translate("SetupService", "A pharmacy lead time in hours"));
    requireRange(p.slotGridMinutes, kFewestGridMinutes, kMostGridMinutes, "grid-minutes",
        QCoreApplication::translate("SetupService", "A slot grid in minutes"));
    requireRange(p.noShowFeeCents, 0, kMostNoShowFeeCents, "no-show-fee-cents",
        QCoreApplication::translate("SetupService", "A no-show fee in cents"));
    requireRange(p.readinessDays, 1, kMostReadinessDays, "readiness-days",
        QCoreApplication::translate("SetupService", "A readiness queue's reach in days"));
}

void SetupService::validatePhone(const QString &phone)
{
    const QString text = phone.trimmed();
    if (text.isEmpty())
        return;
    // Digits with the usual separators, a leading + and an extension: "(312) 555-0100 ext. 12".
    static const QRegularExpression dialable(QStringLiteral(R"(^\+?[0-9 ().\-/]+((ext\.?|x)\s*[0-9]+)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype digits = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    if (text.size() > 40 || digits < 3 || !dialable.match(text).hasMatch()) {
        throw Error::badData(QStringLiteral("phone"),
            QCoreApplication::translate("SetupService",
                "\"%1\" is not a phone number; give digits with spaces, dashes or brackets, "
                "e.g. (312) 555-0100.")
                .arg(text));
    }
}

void SetupService::validateCenter(const Center &center)
{
    if (center.name.trimmed().isEmpty())
        throw Error::badData(
            QStringLiteral("name"), QCoreApplication::translate("SetupService", "The center needs a name."));
    if (center.timeZoneId.trimmed().isEmpty() || !QTimeZone(center.timeZoneId.trimmed()).isValid()) {
        throw Error::badData(QStringLiteral("tz"),
            QCoreApplication::translate("SetupService",
                "\"%1\" is not a time zone this computer knows; use an IANA name such as America/New_York.")
                .arg(QString::fromUtf8(center.timeZoneId)));
    }
    validatePhone(center.phone);
    if (center.hours.isEmpty()) {
        throw Error::badData(QStringLiteral("hours"),
            QCoreApplication::translate(
                "SetupService", "The center is open on no day of the week; give its opening hours."));
    }
    validatePolicy(center.policy);
}

void SetupService::validateTherapy(const Therapy &therapy)
{
    if (therapy.name.trimmed().isEmpty())
        throw Error::badData(QStringLiteral("name"),
            QCoreApplication::translate("SetupService", "The therapy needs its generic name."));
    requireRange(therapy.defaultMinutes, 1, kMostInfusionMinutes, "minutes",
        QCoreApplication::translate("SetupService", "An infusion in minutes"));
    requireRange(therapy.intervalWeeks, 0, kMostIntervalWeeks, "interval-weeks",
        QCoreApplication::translate("SetupService", "A dosing interval in weeks"));
    requireRange(therapy.beyondUseHours, 0, kMostBeyondUseHours, "beyond-use-hours",
        QCoreApplication::translate("SetupService", "A beyond-use time in hours"));
    requireRange(therapy.drugCostCents, 0, kMostDrugCostCents, "drug-cost-cents",
        QCoreApplication::translate("SetupService", "A dose's cost in cents"));
}

Chair::Kind SetupService::chairKindNamed(const QString &name)
{
    const QString word = name.trimmed().toLower();
    for (const Chair::Kind kind : {Chair::Kind::Chair, Chair::Kind::Suite}) {
        if (word == Chair::kindName(kind))
            return kind;
    }
    throw Error::badData(QStringLiteral("kind"),
        QCoreApplication::translate("SetupService", "A chair is a chair or a suite, not \"%1\".").arg(word));
}

Center SetupService::addCenter(const User &admin, Center center)
{
    requireAdmin(admin, QStringLiteral("center"));
    return addCenterAs(admin, std::move(center));
}

Center SetupService::addCenterAs(const User &admin, Center center)
{
    center.name = center.name.trimmed();
    center.timeZoneId = center.timeZoneId.trimmed();
    center.phone = center.phone.trimmed();
    validateCenter(center);
    ScopedTransaction transaction(m_store.database());
    center.id = m_store.addCenter(center);
    m_store.audit(setupEvent(admin, QStringLiteral("center"), center.id,
                      QStringLiteral("center added, open %1").arg(center.hours.toString())),
        m_clock.nowUtc());
    transaction.commit();
    return center;
}

Chair SetupService::addChair(const User &admin, Chair chair)
{
    requireAdmin(admin, QStringLiteral("chair"));
    return addChairAs(admin, std::move(chair));
}

Chair SetupService::addChairAs(const User &admin, Chair chair)
{
    chair.label = chair.label.trimmed();
    ScopedTransaction transaction(m_store.database());
    chair.id = m_store.addChair(chair);
    m_store.audit(setupEvent(admin, QStringLiteral("chair"), chair.id,
                      QStringLiteral("%1 %2 added to center %3")
                          .arg(Chair::kindName(chair.kind), chair.label)
                          .arg(chair.centerId)),
        m_clock.nowUtc());
    transaction.commit();
    return chair;
}

Therapy SetupService::addTherapy(const User &admin, Therapy therapy)
{
    requireAdmin(admin, QStringLiteral("therapy"));
    return addTherapyAs(admin, std::move(therapy));
}

Therapy SetupService::addTherapyAs(const User &admin, Therapy therapy)
{
    therapy.name = therapy.name.trimmed();
    therapy.brand = therapy.brand.trimmed();
    validateTherapy(therapy);
    ScopedTransaction transaction(m_store.database());
    therapy.id = m_store.addTherapy(therapy);
    m_store.audit(setupEvent(admin, QStringLiteral("therapy"), therapy.id,
                      QStringLiteral("therapy %1 added").arg(therapy.name)),
        m_clock.nowUtc());
    transaction.commit();
    return therapy;
}

Center SetupService::updateCenter(const User &admin, Center center)
{
    requireAdmin(admin, QStringLiteral("center"));
    center.name = center.name.trimmed();
    center.timeZoneId = center.timeZoneId.trimmed();
    center.phone = center.phone.trimmed();
    validateCenter(center);
    ScopedTransaction transaction(m_store.database());
    const std::optional<Center> before = m_store.center(center.id);
    if (!before)
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("SetupService", "There is no center number %1.").arg(center.id));
    if (const auto named = m_store.centerByName(center.name); named && named->id != center.id) {
        throw Error(Error::Kind::Conflict,
            QCoreApplication::translate("SetupService", "Another center is named \"%1\".").arg(named->name),
            QStringLiteral("name"));
    }
    FieldChanges changes;
    changes.add("name", before->name, center.name);
    changes.add("tz", QString::fromUtf8(before->timeZoneId), QString::fromUtf8(center.timeZoneId));
    changes.add("phone", before->phone, center.phone);
    changes.add("hours", before->hours.toString(), center.hours.toString());
    const Policy &was = before->policy;
    const Policy &now = center.policy;
    changes.add("early-minutes", was.earlyArrivalMinutes, now.earlyArrivalMinutes);
    changes.add("grace-minutes", was.graceMinutes, now.graceMinutes);
    changes.add("eligibility-days", was.eligibilityFreshDays, now.eligibilityFreshDays);
    changes.add("lead-hours", was.pharmacyLeadHours, now.pharmacyLeadHours);
    changes.add("grid-minutes", was.slotGridMinutes, now.slotGridMinutes);
    changes.add("no-show-fee-cents", was.noShowFeeCents, now.noShowFeeCents);
    changes.add("readiness-days", was.readinessDays, now.readinessDays);
    if (changes.isEmpty())
        return *before;
    m_store.updateCenter(center);
    m_store.audit(setupEvent(admin, QStringLiteral("center"), center.id,
                      QStringLiteral("center changed: %1").arg(changes.text())),
        m_clock.nowUtc());
    transaction.commit();
    return *m_store.center(center.id);
}

Chair SetupService::updateChair(const User &admin, Chair chair)
{
    requireAdmin(admin, QStringLiteral("chair"));
    chair.label = chair.label.trimmed();
    if (chair.label.isEmpty())
        throw Error::badData(
            QStringLiteral("label"), QCoreApplication::translate("SetupService", "The chair needs a label."));
    ScopedTransaction transaction(m_store.database());
    const std::optional<Chair> before = m_store.chair(chair.id);
    if (!before)
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("SetupService", "There is no chair number %1.").arg(chair.id));
    chair.centerId = before->centerId;
    if (const auto labelled = m_store.chairByLabel(chair.centerId, chair.label);
        labelled && labelled->id != chair.id) {
        throw Error(Error::Kind::Conflict,
            QCoreApplication::translate("SetupService", "This center already has a chair labelled \"%1\".")
                .arg(labelled->label),
            QStringLiteral("label"));
    }
    if (before->active && !chair.active) {
        // A chair taken out of use must not strand the patients booked on it.
        const QDateTime now = m_clock.nowUtc();
        int booked = 0;
        QDateTime first;
        const QList<Appointment> holds
            = m_store.chairHoldsAtCenter(chair.centerId, now.addSecs(-24 * 3600), now.addYears(5));
        for (const Appointment &a : holds) {
            if (a.chairId == chair.id && a.endUtc() > now) {
                if (booked++ == 0)
                    first = a.startUtc;
            }
        }
        if (booked > 0) {
            throw Error(Error::Kind::Conflict,
                QCoreApplication::translate("SetupService",
                    "%1 %2 has %3 appointment(s) from now on, the first at %4 UTC; move them "
                    "to another chair before taking it out of use.")
                    .arg(Chair::kindLabel(before->kind), before->label)
                    .arg(booked)
                    .arg(first.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                QStringLiteral("active"));
        }
    }
    FieldChanges changes;
    changes.add("label", before->label, chair.label);
    changes.add("kind", Chair::kindName(before->kind), Chair::kindName(chair.kind));
    changes.add("active", before->active, chair.active);
    if (changes.isEmpty())
        return *before;
    m_store.updateChair(chair);
    m_store.audit(setupEvent(admin, QStringLiteral("chair"), chair.id,
                      QStringLiteral("chair changed: %1").arg(changes.text())),
        m_clock.nowUtc());
    transaction.commit();
    return chair;
}

Therapy SetupService::updateTherapy(const User &admin, Therapy therapy)
{
    requireAdmin(admin, QStringLiteral("therapy"));
    therapy.name = therapy.name.trimmed();
    therapy.brand = therapy.brand.trimmed();
    validateTherapy(therapy);
    ScopedTransaction transaction(m_store.database());
    const std::optional<Therapy> before = m_store.therapy(therapy.id);
    if (!before)
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("SetupService", "There is no therapy number %1.").arg(therapy.id));
    if (const auto named = m_store.therapyByName(therapy.name); named && named->id != therapy.id) {
        throw Error(Error::Kind::Conflict,
            QCoreApplication::translate("SetupService", "Another therapy is called \"%1\".")
                .arg(therapy.name),
            QStringLiteral("name"));
    }
    FieldChanges changes;
    changes.add("name", before->name, therapy.name);
    changes.add("brand", before->brand, therapy.brand);
    changes.add("minutes", before->defaultMinutes, therapy.defaultMinutes);
    changes.add("interval-weeks", before->intervalWeeks, therapy.intervalWeeks);
    changes.add("compounded", before->compounded, therapy.compounded);
    changes.add("beyond-use-hours", before->beyondUseHours, therapy.beyondUseHours);
    changes.add("drug-cost-cents", before->drugCostCents, therapy.drugCostCents);
    if (changes.isEmpty())
        return *before;
    m_store.updateTherapy(therapy);
    m_store.audit(setupEvent(admin, QStringLiteral("therapy"), therapy.id,
                      QStringLiteral("therapy changed: %1").arg(changes.text())),
        m_clock.nowUtc());
    transaction.commit();
    return therapy;
}

Center SetupService::setUpCenter(const User &admin, CenterPlan plan)
{
    requireAdmin(admin, QStringLiteral("center"));
    // Every part is checked before anything is written, so that the first mistake is reported by its
    // field whatever its place in the plan.
    validateCenter(plan.center);
    for (const Chair &chair : std::as_const(plan.chairs)) {
        if (chair.label.trimmed().isEmpty())
            throw Error::badData(QStringLiteral("label"),
                QCoreApplication::translate("SetupService", "Every chair needs a label."));
    }
    for (const Therapy &therapy : std::as_const(plan.therapies))
        validateTherapy(therapy);

    ScopedTransaction transaction(m_store.database());
    Center center = addCenterAs(admin, plan.center);
    for (Chair &chair : plan.chairs) {
        chair.centerId = center.id;
        addChairAs(admin, chair);
    }
    for (const Therapy &therapy : std::as_const(plan.therapies)) {
        if (!m_store.therapyByName(therapy.name))
            addTherapyAs(admin, therapy);
    }
    transaction.commit();
    return center;
}

User SetupService::setUpFirstRun(const QString &adminName, const QString &password, CenterPlan plan)
{
    ScopedTransaction transaction(m_store.database());
    User admin = AccountService(m_store, m_clock).createFirstAdmin(adminName, password);
    setUpCenter(admin, std::move(plan));
    transaction.commit();
    return admin;
}

} // namespace chairside
