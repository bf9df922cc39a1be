#include "fixture.h"

#include "auth/passwordhasher.h"
#include "model/coverage.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "model/user.h"
#include "scheduling/bookingservice.h"
#include "scheduling/centertime.h"

#include <utility>

namespace chairside::test {

namespace {

Therapy makeTherapy(
    const char *name, const char *brand, int minutes, int weeks, bool compounded, int beyondUse)
{
    Therapy t;
    t.name = QString::fromLatin1(name);
    t.brand = QString::fromLatin1(brand);
    t.defaultMinutes = minutes;
    t.intervalWeeks = weeks;
    t.compounded = compounded;
    t.beyondUseHours = beyondUse;
    return t;
}

} // namespace

const QString &passwordHash()
{
    static const QString hash = PasswordHasher(SecurityPolicy {}).hash(QString::fromLatin1(kPassword));
    return hash;
}

void givePassword(Store &store, qint64 userId, const QDateTime &nowUtc)
{
    store.setPasswordHash(userId, passwordHash(), nowUtc);
}

ScopedEnv::ScopedEnv(const char *name, const QByteArray &value)
    : m_name(name)
    , m_wasSet(qEnvironmentVariableIsSet(name))
    , m_was(qgetenv(name))
{
    if (value.isNull())
        qunsetenv(name);
    else
        qputenv(name, value);
}

ScopedEnv::~ScopedEnv()
{
    if (m_wasSet)
        qputenv(m_name, m_was);
    else
        qunsetenv(m_name);
}

Fixture::Fixture()
    : store(temp.store())
    , clock(QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone("America/New_York")))
{
    center.name = QStringLiteral("Riverside Infusion Center");
    center.timeZoneId = "America/New_York";
    center.hours
        = OpeningHours::parse(QStringLiteral("mon-fri 07:00-19:00; thu 07:00-21:00; sat 08:00-14:00"));
    center.id = store.addCenter(center);

    for (const char *label : {"1", "2", "3", "4"}) {
        Chair chair;
        chair.centerId = center.id;
        chair.label = QString::fromLatin1(label);
        chair.id = store.addChair(chair);
        chairs << chair;
    }
    Chair suite;
    suite.centerId = center.id;
    suite.label = QStringLiteral("Suite A");
    suite.kind = Chair::Kind::Suite;
    suite.id = store.addChair(suite);
    chairs << suite;

    infliximab = makeTherapy("infliximab", "Remicade", 120, 8, true, 24);
    infliximab.id = store.addTherapy(infliximab);
    vedolizumab = makeTherapy("vedolizumab", "Entyvio", 30, 8, true, 12);
    vedolizumab.id = store.addTherapy(vedolizumab);
    ocrelizumab = makeTherapy("ocrelizumab", "Ocrevus", 210, 26, true, 24);
    ocrelizumab.id = store.addTherapy(ocrelizumab);
    ivig = makeTherapy("immune globulin", "IVIG", 180, 4, false, 0);
    ivig.id = store.addTherapy(ivig);

    for (const auto &[name, role] : {std::pair {"admin", Role::Admin}, std::pair {"nurse", Role::Nurse},
             std::pair {"desk", Role::Receptionist}}) {
        User user;
        user.name = QString::fromLatin1(name);
        user.role = role;
        givePassword(store, store.addUser(user, clock.nowUtc()), clock.nowUtc());
    }

    maria = addReadyPatient(QStringLiteral("M0001"), QStringLiteral("Maria"), QStringLiteral("Alvarez"),
        QDate(1961, 3, 4), infliximab);
}

Patient Fixture::addReadyPatient(
    const QString &mrn, const QString &first, const QString &last, QDate dob, const Therapy &therapy)
{
    Patient p;
    p.mrn = mrn;
    p.firstName = first;
    p.lastName = last;
    p.dateOfBirth = dob;
    p.phone = QStringLiteral("(617) 555-0100");
    p.id = store.addPatient(p);

    const QDate today = CenterTime::localDate(center, clock.nowUtc());
    PrescriberOrder order;
    order.patientId = p.id;
    order.therapyId = therapy.id;
    order.prescriber = QStringLiteral("Dr. Okafor");
    order.validFrom = today.addMonths(-6);
    order.validTo = today.addMonths(6);
    order.dosesAuthorized = 8;
    order.dosesUsed = 2;
    store.addOrder(order);

    PriorAuthorization auth;
    auth.patientId = p.id;
    auth.therapyId = therapy.id;
    auth.payer = QStringLiteral("Blue Harbor Health");
    auth.validFrom = today.addMonths(-3);
    auth.validTo = today.addMonths(3);
    auth.visitsApproved = 4;
    auth.visitsUsed = 1;
    store.addAuthorization(auth);

    Coverage coverage;
    coverage.patientId = p.id;
    coverage.payer = QStringLiteral("Blue Harbor Health");
    coverage.memberId = QStringLiteral("BHH-") + mrn;
    coverage.eligibilityVerifiedOn = today.addDays(-7);
    store.addCoverage(coverage);
    return p;
}

QDateTime Fixture::local(QDate date, int hour, int minute) const
{
    return CenterTime::utcAt(center, date, hour * 60 + minute);
}

qint64 Fixture::book(
    const Patient &patient, const Therapy &therapy, QDate date, int hour, int minute, const Chair *chair)
{
    BookingService booking(store, clock);
    BookingRequest request;
    request.patientId = patient.id;
    request.therapyId = therapy.id;
    request.centerId = center.id;
    request.startUtc = local(date, hour, minute);
    if (chair)
        request.chairId = chair->id;
    request.user = QStringLiteral("desk");
    return booking.book(request).id;
}

} // namespace chairside::test
