#include "cli/commandline.h"
#include "common/clock.h"
#include "common/error.h"
#include "demo/demogenerator.h"
#include "fixture.h"
#include "scheduling/centertime.h"
#include "store/sqlquery.h"
#include "store/store.h"
#include "tempstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <optional>

using namespace chairside;

namespace {

const QDate kTuesday(2026, 12, 1); // open 07:00-21:00

QDateTime newYork(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone("America/New_York")).toUTC();
}

/// A fresh store filled by the generator, the clock at 08:00 on the demo day.
struct Demo
{
    explicit Demo(quint32 seed = 1, int patients = 2000, QDate date = kTuesday)
        : clock(newYork(kTuesday, 8))
    {
        DemoGenerator::Options options;
        options.date = date;
        options.patients = patients;
        options.seed = seed;
        summary = DemoGenerator(temp.store(), clock).generate(options);
        center = *temp->center(summary.centerId);
    }

    Store &store() { return temp.store(); }

    /// Every appointment the demo made, in start order.
    QList<Appointment> all()
    {
        return store().appointmentsAtCenter(
            center.id, newYork(summary.date.addDays(-60), 0), newYork(summary.date.addDays(60), 0));
    }

    QList<Appointment> on(QDate day)
    {
        return store().appointmentsAtCenter(
            center.id, CenterTime::dayStartUtc(center, day), CenterTime::dayEndUtc(center, day));
    }

    QList<Appointment> ofPatientOn(qint64 patientId, QDate day)
    {
        return store().appointmentsOfPatient(
            patientId, CenterTime::dayStartUtc(center, day), CenterTime::dayEndUtc(center, day));
    }

    QList<Appointment> ofPatient(qint64 patientId)
    {
        return store().appointmentsOfPatient(
            patientId, newYork(summary.date.addDays(-60), 0), newYork(summary.date.addDays(60), 0));
    }

    test::TempStore temp;
    FixedClock clock;
    DemoGenerator::Summary summary;
    Center center;
};

/// A digest of every row of every table: equal digests mean equal databases.
QByteArray digest(Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table :
        {"center", "center_hours", "chair", "therapy", "app_user", "patient", "patient_name_token",
            "prescriber_order", "coverage", "prior_authorization", "appointment", "appointment_history"}) {
        SqlQuery q(store.database(),
            QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3, 4").arg(QLatin1String(table)),
            "read a table for the digest");
        q.exec();
        const int columns = q.columnCount();
        // A password hash has a random salt: the same seed gives the same passwords, not the same hashes.
        const int salted = q.columnIndex(QStringLiteral("password_hash"));
        hash.addData(QByteArrayView(table));
        while (q.next()) {
            for (int c = 0; c < columns; ++c) {
                if (c == salted)
                    continue;
                hash.addData(q.value(c).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result();
}

bool overlap(const Appointment &a, const Appointment &b)
{
    return a.startUtc < b.endUtc() && b.startUtc < a.endUtc();
}

QMap<QString, DemoGenerator::Story> storiesByCode(const DemoGenerator::Summary &summary)
{
    QMap<QString, DemoGenerator::Story> result;
    for (const DemoGenerator::Story &story : summary.stories)
        result.insert(story.code, story);
    return result;
}

Error::Kind refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        return error.kind();
    }
    FAIL("nothing was refused");
    return Error::Kind::Store;
}

} // namespace

TEST_CASE("The same seed gives the same demo, another seed another one")
{
    Demo first(7, 300);
    Demo again(7, 300);
    Demo other(8, 300);
    const QByteArray digestFirst = digest(first.store());
    REQUIRE(digestFirst == digest(again.store()));
    REQUIRE(digestFirst != digest(other.store()));
    REQUIRE(first.summary.appointments == again.summary.appointments);
    REQUIRE(first.summary.stories.size() == again.summary.stories.size());
    for (qsizetype i = 0; i < first.summary.stories.size(); ++i) {
        CHECK(first.summary.stories[i].mrn == again.summary.stories[i].mrn);
        CHECK(first.summary.stories[i].story == again.summary.stories[i].story);
    }
}

TEST_CASE("The demo has the center, its chairs, the four therapies, the staff and the patients")
{
    Demo demo;
    Store &store = demo.store();
    REQUIRE(demo.summary.date == kTuesday);

    REQUIRE(demo.center.name == QLatin1String("Riverside Infusion Center"));
    REQUIRE(demo.center.timeZoneId == "America/New_York");
    REQUIRE(demo.center.hours.spans(Qt::Tuesday) == QList<OpenSpan> {{7 * 60, 21 * 60}});
    REQUIRE(demo.center.hours.spans(Qt::Thursday) == QList<OpenSpan> {{7 * 60, 21 * 60}});
    REQUIRE(demo.center.hours.spans(Qt::Wednesday) == QList<OpenSpan> {{7 * 60, 19 * 60}});
    REQUIRE(demo.center.hours.spans(Qt::Saturday) == QList<OpenSpan> {{8 * 60, 14 * 60}});
    REQUIRE_FALSE(demo.center.hours.isOpenOn(Qt::Sunday));
    REQUIRE(demo.center.policy == Policy {});

    const QList<Chair> chairs = store.chairs(demo.center.id);
    REQUIRE(demo.summary.chairs == 24);
    REQUIRE(chairs.size() == 24);
    const auto suites = std::count_if(
        chairs.begin(), chairs.end(), [](const Chair &c) { return c.kind == Chair::Kind::Suite; });
    REQUIRE(suites == 4);
    REQUIRE(store.chairByLabel(demo.center.id, QStringLiteral("20")));
    REQUIRE(store.chairByLabel(demo.center.id, QStringLiteral("Suite D"))->kind == Chair::Kind::Suite);

    const QList<Therapy> therapies = store.therapies();
    REQUIRE(therapies.size() == 4);
    const auto infliximab = store.therapyByName(QStringLiteral("Remicade"));
    REQUIRE(infliximab);
    CHECK(infliximab->defaultMinutes == 120);
    CHECK(infliximab->intervalWeeks == 8);
    CHECK((infliximab->compounded && infliximab->beyondUseHours == 24));
    CHECK(store.therapyByName(QStringLiteral("Entyvio"))->defaultMinutes == 30);
    const auto ocrelizumab = store.therapyByName(QStringLiteral("ocrelizumab"));
    CHECK((ocrelizumab->defaultMinutes == 210 && ocrelizumab->intervalWeeks == 26));
    const auto ivig = store.therapyByName(QStringLiteral("immune globulin"));
    REQUIRE(ivig);
    CHECK((ivig->defaultMinutes == 180 && ivig->intervalWeeks == 4 && !ivig->compounded));

    REQUIRE(store.userByName(QStringLiteral("admin"))->role == Role::Admin);
    REQUIRE(store.userByName(QStringLiteral("nurse.kim"))->role == Role::Nurse);
    REQUIRE(store.userByName(QStringLiteral("desk.rivera"))->role == Role::Receptionist);

    const QList<Appointment> all = demo.all();
    REQUIRE(all.size() == demo.summary.appointments);
    REQUIRE(all.size() >= 70);
    REQUIRE(all.size() <= 95);
    QSet<qint64> booked;
    for (const Appointment &a : all)
        booked.insert(a.patientId);
    REQUIRE(store.patientCount() == demo.summary.patients);
    REQUIRE(demo.summary.patients == booked.size() + 2000);

    // Every appointment was booked by the desk some days ahead.
    for (const Appointment &a : all) {
        CHECK(a.createdBy == QLatin1String("desk.rivera"));
        CHECK(a.createdAtUtc < a.startUtc.addDays(-1));
    }

    SqlQuery mrns(store.database(), QStringLiteral("SELECT mrn FROM patient"), "read the MRNs");
    mrns.exec();
    const QRegularExpression format(QStringLiteral("^M\\d{6,}$"));
    int count = 0;
    while (mrns.next()) {
        ++count;
        if (!format.match(mrns.value(0).toString()).hasMatch())
            FAIL("MRN " << mrns.value(0).toString().toStdString() << " is not like M004217");
    }
    REQUIRE(count == demo.summary.patients);
}

TEST_CASE("The demo day is busy from opening to the evening, the days around it less so")
{
    Demo demo(3, 0);
    const QDate day = demo.summary.date;
    const QDate monday = day.addDays(-1);
    const QList<Appointment> today = demo.on(day);
    REQUIRE(today.size() >= 35);
    REQUIRE(today.size() <= 45);
    REQUIRE(demo.on(monday).size() >= 10);
    REQUIRE(demo.on(monday).size() < today.size());
    REQUIRE(demo.on(day.addDays(1)).size() >= 8);
    REQUIRE(demo.on(day.addDays(2)).size() >= 8);
    // Later ones, so a walk-in has a next appointment to be shown.
    const auto later = demo.store().appointmentsAtCenter(demo.center.id,
        CenterTime::dayStartUtc(demo.center, day.addDays(3)),
        CenterTime::dayStartUtc(demo.center, day.addDays(30)));
    REQUIRE(later.size() >= 3);

    // The day is played by hand: everything on it is still booked, but for the one cancellation.
    int cancelled = 0;
    int compounded = 0;
    int ready = 0;
    for (const Appointment &a : today) {
        if (a.status == AppointmentStatus::Cancelled) {
            ++cancelled;
            continue;
        }
        REQUIRE(a.status == AppointmentStatus::Booked);
        const Therapy therapy = *demo.store().therapy(a.therapyId);
        if (!therapy.compounded) {
            REQUIRE(a.prep == PrepState::NotNeeded);
            continue;
        }
        ++compounded;
        if (a.prep == PrepState::Ready) {
            ++ready;
            // Prepared before the infusion and still within its beyond-use time past the grace period.
            REQUIRE(a.preparedAtUtc < a.startUtc);
            REQUIRE(a.preparedAtUtc.secsTo(a.startUtc) + demo.center.policy.graceMinutes * 60
                <= therapy.beyondUseHours * 3600);
        }
    }
    REQUIRE(cancelled == 1);
    REQUIRE(ready == compounded - 1); // the dose the pharmacy has not made yet

    // Mostly prepared the evening before.
    const auto evening = std::count_if(today.begin(), today.end(), [&](const Appointment &a) {
        return a.prep == PrepState::Ready
            && CenterTime::localDate(demo.center, a.preparedAtUtc) == day.addDays(-1);
    });
    REQUIRE(evening * 2 > ready);

    const auto minuteOf
        = [&](const Appointment &a) { return CenterTime::localMinute(demo.center, a.startUtc); };
    const auto [first, last] = std::minmax_element(today.begin(), today.end(),
        [&](const Appointment &a, const Appointment &b) { return a.startUtc < b.startUtc; });
    REQUIRE(minuteOf(*first) < 9 * 60);
    REQUIRE(minuteOf(*last) >= 18 * 60); // Tuesday's evening hours are used

    // The day before is over: mostly done, one no-show with its fee, one cancelled and moved.
    int fulfilled = 0;
    int noShows = 0;
    int moved = 0;
    for (const Appointment &a : demo.on(monday)) {
        switch (a.status) {
        case AppointmentStatus::Fulfilled:
            ++fulfilled;
            REQUIRE(a.arrivedAtUtc.isValid());
            REQUIRE(a.startedAtUtc.isValid());
            REQUIRE(a.completedAtUtc > a.startedAtUtc);
            REQUIRE(demo.store().history(a.id).size() == 5);
            break;
        case AppointmentStatus::NoShow:
            ++noShows;
            REQUIRE(a.noShowFeeCents == 5000);
            break;
        case AppointmentStatus::Cancelled:
            ++moved;
            REQUIRE(demo.store().replacementOf(a.id));
            break;
        default:
            FAIL("an appointment of the day before is still " << statusCode(a.status).toStdString());
        }
    }
    REQUIRE(noShows == 1);
    REQUIRE(moved == 1);
    REQUIRE(fulfilled >= 8);
}

TEST_CASE("Demo appointments lie within opening hours and never share a chair or a patient")
{
    for (const quint32 seed : {1u, 2u, 99u}) {
        // A Saturday has the shortest hours.
        for (const QDate date : {kTuesday, QDate(2026, 12, 5)}) {
            Demo demo(seed, 0, date);
            const QList<Appointment> all = demo.all();
            REQUIRE(all.size() >= 60);
            for (qsizetype i = 0; i < all.size(); ++i) {
                const Appointment &a = all[i];
                if (!CenterTime::withinHours(demo.center, a.startUtc, a.minutes))
                    FAIL("appointment " << a.id << " is outside the hours");
                for (qsizetype j = i + 1; j < all.size(); ++j) {
                    const Appointment &b = all[j];
                    if (overlap(a, b) && a.chairId == b.chairId)
                        FAIL("appointments " << a.id << " and " << b.id << " share a chair");
                    if (overlap(a, b) && a.patientId == b.patientId)
                        FAIL("appointments " << a.id << " and " << b.id << " book one patient twice at once");
                }
            }
            CHECK(demo.on(demo.summary.date).size() >= 35);
        }
    }
}

TEST_CASE("Each story of the primer has a patient whose records tell it")
{
    Demo demo(5, 0);
    Store &store = demo.store();
    const QDate day = demo.summary.date;
    const auto stories = storiesByCode(demo.summary);
    for (const char *code :
        {"ready", "late", "walk-in", "wrong-day", "lapsed-order", "order-used-up", "authorization-pending",
            "authorization-denied", "authorization-expired", "authorization-used-up", "eligibility-stale",
            "dose-not-ready", "cancelled", "no-show", "moved"}) {
        INFO(code);
        REQUIRE(stories.contains(QLatin1String(code)));
    }

    struct Case
    {
        Patient patient;
        QList<Appointment> today;
        Therapy therapy;
        PrescriberOrder order;
        PriorAuthorization authorization;
        Coverage coverage;
    };
    const auto load = [&](const char *code) {
        const DemoGenerator::Story story = stories.value(QLatin1String(code));
        INFO(code);
        Case c;
        const auto patient = store.patientByMrn(story.mrn);
        REQUIRE(patient);
        c.patient = *patient;
        REQUIRE(story.name == patient->displayName());
        REQUIRE(story.dateOfBirth == patient->dateOfBirth);
        REQUIRE_FALSE(story.story.isEmpty());
        c.today = demo.ofPatientOn(patient->id, day);
        const QList<Appointment> any = demo.ofPatient(patient->id);
        REQUIRE_FALSE(any.isEmpty());
        c.therapy = *store.therapy(any.first().therapyId);
        const auto orders = store.orders(patient->id, c.therapy.id);
        const auto authorizations = store.authorizations(patient->id, c.therapy.id);
        const auto coverages = store.coverages(patient->id);
        REQUIRE(orders.size() == 1);
        REQUIRE(authorizations.size() == 1);
        REQUIRE(coverages.size() == 1);
        c.order = orders.first();
        c.authorization = authorizations.first();
        c.coverage = coverages.first();
        return c;
    };
    const auto bookedToday = [&](const Case &c) {
        return c.today.size() == 1 && c.today.first().status == AppointmentStatus::Booked;
    };
    const auto orderOk = [&](const Case &c) { return c.order.isValidOn(day) && c.order.dosesLeft() > 0; };
    const auto authorizationOk = [&](const Case &c) {
        return c.authorization.status == PriorAuthorization::Status::Approved
            && c.authorization.isValidOn(day) && c.authorization.visitsLeft() > 0;
    };
    const auto eligibilityOk = [&](const Case &c) {
        return c.coverage.eligibilityVerifiedOn.daysTo(day) <= demo.center.policy.eligibilityFreshDays;
    };

    const Case ready = load("ready");
    REQUIRE(bookedToday(ready));
    REQUIRE((orderOk(ready) && authorizationOk(ready) && eligibilityOk(ready)));
    REQUIRE(ready.today.first().prep == PrepState::Ready);

    const Case late = load("late");
    REQUIRE((bookedToday(late) && orderOk(late) && authorizationOk(late) && eligibilityOk(late)));

    const Case walkIn = load("walk-in");
    REQUIRE(walkIn.today.isEmpty());
    const QList<Appointment> walkInLater = demo.ofPatient(walkIn.patient.id);
    REQUIRE(walkInLater.size() == 1);
    REQUIRE(CenterTime::localDate(demo.center, walkInLater.first().startUtc) > day);
    REQUIRE(walkInLater.first().status == AppointmentStatus::Booked);

    const Case wrongDay = load("wrong-day");
    REQUIRE(wrongDay.today.isEmpty());
    const QList<Appointment> nextWeek = demo.ofPatientOn(wrongDay.patient.id, day.addDays(7));
    REQUIRE(nextWeek.size() == 1);
    REQUIRE(nextWeek.first().status == AppointmentStatus::Booked);
    REQUIRE((orderOk(wrongDay) && authorizationOk(wrongDay) && eligibilityOk(wrongDay)));

    const Case lapsed = load("lapsed-order");
    REQUIRE(bookedToday(lapsed));
    REQUIRE(lapsed.order.validTo < day);
    REQUIRE((authorizationOk(lapsed) && eligibilityOk(lapsed)));

    const Case usedUp = load("order-used-up");
    REQUIRE(bookedToday(usedUp));
    REQUIRE(usedUp.order.isValidOn(day));
    REQUIRE(usedUp.order.dosesLeft() == 0);

    const Case pending = load("authorization-pending");
    REQUIRE(bookedToday(pending));
    REQUIRE(pending.authorization.status == PriorAuthorization::Status::Pending);
    REQUIRE((orderOk(pending) && eligibilityOk(pending)));

    const Case denied = load("authorization-denied");
    REQUIRE(bookedToday(denied));
    REQUIRE(denied.authorization.status == PriorAuthorization::Status::Denied);

    const Case expired = load("authorization-expired");
    REQUIRE(bookedToday(expired));
    REQUIRE(expired.authorization.status == PriorAuthorization::Status::Approved);
    REQUIRE(expired.authorization.validTo < day);

    const Case noVisits = load("authorization-used-up");
    REQUIRE(bookedToday(noVisits));
    REQUIRE(noVisits.authorization.isValidOn(day));
    REQUIRE(noVisits.authorization.visitsLeft() == 0);

    const Case stale = load("eligibility-stale");
    REQUIRE(bookedToday(stale));
    REQUIRE(stale.coverage.eligibilityVerifiedOn.daysTo(day) >= 45);
    REQUIRE((orderOk(stale) && authorizationOk(stale)));

    const Case notReady = load("dose-not-ready");
    REQUIRE(bookedToday(notReady));
    REQUIRE(notReady.therapy.compounded);
    REQUIRE(notReady.today.first().prep == PrepState::NotReady);
    REQUIRE((orderOk(notReady) && authorizationOk(notReady) && eligibilityOk(notReady)));

    const Case cancelled = load("cancelled");
    REQUIRE(cancelled.today.size() == 1);
    REQUIRE(cancelled.today.first().status == AppointmentStatus::Cancelled);
    REQUIRE_FALSE(store.replacementOf(cancelled.today.first().id));

    const Case noShow = load("no-show");
    const QList<Appointment> missed = demo.ofPatient(noShow.patient.id);
    REQUIRE(missed.size() == 1);
    REQUIRE(missed.first().status == AppointmentStatus::NoShow);
    REQUIRE(missed.first().noShowFeeCents == demo.center.policy.noShowFeeCents);
    REQUIRE(missed.first().startUtc < CenterTime::dayStartUtc(demo.center, day));

    const Case moved = load("moved");
    const QList<Appointment> movedAll = demo.ofPatient(moved.patient.id);
    REQUIRE(movedAll.size() == 2);
    REQUIRE(movedAll.first().status == AppointmentStatus::Cancelled);
    const auto replacement = store.replacementOf(movedAll.first().id);
    REQUIRE(replacement);
    REQUIRE(replacement->id == movedAll.last().id);
    REQUIRE(replacement->status == AppointmentStatus::Booked);
    REQUIRE(replacement->startUtc > CenterTime::dayEndUtc(demo.center, day));

    // Everyone else booked today is ready to be admitted: only the stories are broken on purpose.
    QSet<qint64> storyPatients;
    for (const DemoGenerator::Story &story : demo.summary.stories)
        storyPatients.insert(store.patientByMrn(story.mrn)->id);
    int others = 0;
    for (const Appointment &a : demo.on(day)) {
        if (storyPatients.contains(a.patientId))
            continue;
        ++others;
        const Therapy therapy = *store.therapy(a.therapyId);
        Case c;
        c.order = store.orders(a.patientId, therapy.id).first();
        c.authorization = store.authorizations(a.patientId, therapy.id).first();
        c.coverage = store.coverages(a.patientId).first();
        INFO("patient " << a.patientId);
        REQUIRE((orderOk(c) && authorizationOk(c) && eligibilityOk(c)));
        REQUIRE(a.prep == (therapy.compounded ? PrepState::Ready : PrepState::NotNeeded));
    }
    REQUIRE(others >= 20);
}

TEST_CASE("Demo names are varied, and the common ones recur as in a real patient list")
{
    Demo demo(11, 3000);
    SqlQuery q(demo.store().database(),
        QStringLiteral("SELECT first_name, last_name, preferred_name, phone, email FROM patient"),
        "read the names");
    q.exec();
    QMap<QString, int> lastNames;
    QSet<QString> firstNames;
    int accented = 0;
    int apostrophes = 0;
    int hyphens = 0;
    int particles = 0;
    int preferred = 0;
    int emails = 0;
    const QRegularExpression phone(QStringLiteral(R"(^\(\d{3}\) 555-01\d{2}$)"));
    while (q.next()) {
        const QString first = q.value(0).toString();
        const QString last = q.value(1).toString();
        ++lastNames[last];
        firstNames.insert(first);
        const QString both = first + last;
        if (std::any_of(both.begin(), both.end(), [](QChar c) { return c.unicode() > 127; }))
            ++accented;
        apostrophes += last.contains(QLatin1Char('\'')) ? 1 : 0;
        hyphens += last.contains(QLatin1Char('-')) ? 1 : 0;
        particles += last.contains(QLatin1Char(' ')) ? 1 : 0;
        preferred += q.value(2).toString().isEmpty() ? 0 : 1;
        emails += q.value(4).toString().isEmpty() ? 0 : 1;
        if (!phone.match(q.value(3).toString()).hasMatch())
            FAIL("phone " << q.value(3).toString().toStdString() << " is not like (617) 555-0123");
    }
    CHECK(accented >= 30);
    CHECK(apostrophes >= 10);
    CHECK(hyphens >= 30);
    CHECK(particles >= 5);
    CHECK(preferred >= 30);
    CHECK(emails >= 1500);
    CHECK(firstNames.size() >= 200);
    CHECK(lastNames.size() >= 300);

    // Zipf-like: the common surnames are each far more frequent than the typical one.
    QList<int> counts = lastNames.values();
    std::sort(counts.begin(), counts.end());
    const int median = counts.value(counts.size() / 2);
    for (const char *common : {"Smith", "Johnson", "Garcia", "Nguyen", "Williams", "Brown"}) {
        INFO(common);
        CHECK(lastNames.value(QLatin1String(common)) >= 12);
        CHECK(lastNames.value(QLatin1String(common)) >= 3 * median);
    }
    // A long tail: many surnames are met only once or twice.
    const auto rare = std::count_if(lastNames.cbegin(), lastNames.cend(), [](int n) { return n <= 2; });
    CHECK(rare >= 100);
}

TEST_CASE("The demo refuses a database that already has a center, and leaves it as it was")
{
    test::Fixture f;
    const QByteArray before = digest(f.store);
    DemoGenerator generator(f.store, f.clock);
    REQUIRE(refusal([&] { generator.generate({}); }) == Error::Kind::Conflict);
    try {
        generator.generate({});
    } catch (const Error &error) {
        REQUIRE(error.message().contains(QLatin1String("new")));
    }
    REQUIRE(digest(f.store) == before);

    test::TempStore empty;
    DemoGenerator::Options negative;
    negative.patients = -1;
    REQUIRE(
        refusal([&] { DemoGenerator(empty.store(), f.clock).generate(negative); }) == Error::Kind::BadData);
    REQUIRE(empty->centers().isEmpty());
    REQUIRE(empty->patientCount() == 0);
}

TEST_CASE("The demo day is today at the center unless given, and a closed day moves to the next open one")
{
    // 03:30 UTC on 2 December is still 1 December in New York.
    test::TempStore temp;
    FixedClock clock(test::utc("2026-12-02T03:30:00Z"));
    DemoGenerator::Options options;
    options.patients = 0;
    REQUIRE(DemoGenerator(temp.store(), clock).generate(options).date == QDate(2026, 12, 1));

    test::TempStore sunday;
    options.date = QDate(2026, 12, 6);
    const auto summary = DemoGenerator(sunday.store(), clock).generate(options);
    REQUIRE(summary.date == QDate(2026, 12, 7));
    const Center center = *sunday->center(summary.centerId);
    REQUIRE(sunday
                ->appointmentsAtCenter(center.id, CenterTime::dayStartUtc(center, QDate(2026, 12, 7)),
                    CenterTime::dayEndUtc(center, QDate(2026, 12, 7)))
                .size()
        >= 35);
}

TEST_CASE("chairside-cli demo --json reports the center, the counts and the stories")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    // No --date: the day comes from --at, read on the demo center's clock although no center exists yet.
    const cli::Result result = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--db"), path,
        QStringLiteral("--at"), QStringLiteral("2026-12-01T23:30"), QStringLiteral("--json"),
        QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("150"), QStringLiteral("--seed"),
        QStringLiteral("4")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == cli::ExitOk);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8(), &parseError).object();
    REQUIRE(parseError.error == QJsonParseError::NoError);

    const QJsonObject center = json.value(QStringLiteral("center")).toObject();
    REQUIRE(center.value(QStringLiteral("name")).toString() == QLatin1String("Riverside Infusion Center"));
    REQUIRE(center.value(QStringLiteral("tz")).toString() == QLatin1String("America/New_York"));
    REQUIRE(center.value(QStringLiteral("id")).toInteger() > 0);
    REQUIRE(json.value(QStringLiteral("date")).toString() == QLatin1String("2026-12-01"));
    REQUIRE(json.value(QStringLiteral("chairs")).toInt() == 24);
    const int appointments = json.value(QStringLiteral("appointments")).toInt();
    REQUIRE(appointments >= 70);
    const int patients = json.value(QStringLiteral("patients")).toInt();
    REQUIRE(patients > 150);
    REQUIRE(patients < 150 + appointments);

    const QJsonArray stories = json.value(QStringLiteral("stories")).toArray();
    REQUIRE(stories.size() >= 13);
    for (const QJsonValue value : stories) {
        const QJsonObject story = value.toObject();
        REQUIRE(story.value(QStringLiteral("mrn")).toString().startsWith(QLatin1Char('M')));
        REQUIRE(story.value(QStringLiteral("name")).toString().contains(QLatin1String(", ")));
        REQUIRE(QDate::fromString(story.value(QStringLiteral("dob")).toString(), Qt::ISODate).isValid());
        REQUIRE_FALSE(story.value(QStringLiteral("story")).toString().isEmpty());
    }

    // The same command again: the file has a center now. An admin is told to use a new file; a
    // receptionist may not fill a database at all. Each logs in with the demo password of their role.
    std::optional<test::ScopedEnv> password(std::in_place, "CHAIRSIDE_PASSWORD", "admin-demo");
    const cli::Result again = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--db"), path,
        QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("0")});
    REQUIRE(again.exitCode == cli::ExitBadData);
    const QJsonObject error
        = QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
    REQUIRE(error.value(QStringLiteral("kind")).toString() == QLatin1String("conflict"));
    password.emplace("CHAIRSIDE_PASSWORD", "desk-demo");
    const cli::Result desk = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--db"), path,
        QStringLiteral("--user"), QStringLiteral("desk.rivera"), QStringLiteral("demo")});
    REQUIRE(desk.exitCode == cli::ExitForbidden);
}

TEST_CASE("chairside-cli demo lists the story patients with MRN and date of birth")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const cli::Result result
        = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--db"), path, QStringLiteral("--at"),
            QStringLiteral("2026-12-01T08:00:00Z"), QStringLiteral("demo"), QStringLiteral("--date"),
            QStringLiteral("2026-12-03"), QStringLiteral("--patients"), QStringLiteral("10")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == cli::ExitOk);
    REQUIRE(result.out.contains(QLatin1String("Thursday 3 December 2026")));
    Store store(path);
    const auto center = store.centers().first();
    int listed = 0;
    for (const QString &line : result.out.split(QLatin1Char('\n'))) {
        const QStringList words = line.simplified().split(QLatin1Char(' '));
        if (words.isEmpty()
            || !QRegularExpression(QStringLiteral("^M\\d{6,}$")).match(words.first()).hasMatch())
            continue;
        const auto patient = store.patientByMrn(words.first());
        REQUIRE(patient);
        REQUIRE(line.contains(patient->dateOfBirth.toString(Qt::ISODate)));
        REQUIRE(line.contains(patient->displayName()));
        ++listed;
    }
    REQUIRE(listed >= 13);
    REQUIRE(center.name == QLatin1String("Riverside Infusion Center"));
}

TEST_CASE("Store::addPatients indexes patients as addPatient does, and refuses a taken MRN whole")
{
    const auto make = [](const char *mrn, const char *first, const char *last, const char *preferred) {
        Patient p;
        p.mrn = QString::fromLatin1(mrn);
        p.firstName = QString::fromUtf8(first);
        p.lastName = QString::fromUtf8(last);
        p.preferredName = QString::fromUtf8(preferred);
        p.dateOfBirth = QDate(1961, 3, 4);
        p.phone = QStringLiteral("(617) 555-0142");
        return p;
    };
    const QList<Patient> patients {make("M000101", "José", "Nguyen-Tran", "Pepe"),
        make("M000102", "Liam", "O'Brien", ""), make("M000103", "Zoë", "de la Cruz", "")};
    const auto tokens = [](Store &store) {
        SqlQuery q(store.database(),
            QStringLiteral(
                "SELECT token, kind, sort_key, patient_id FROM patient_name_token ORDER BY 4, 2, 1"),
            "read the tokens");
        q.exec();
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1/%2/%3/%4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString());
        return rows;
    };

    test::TempStore one;
    for (const Patient &p : patients)
        one->addPatient(p);
    test::TempStore many;
    const QList<qint64> ids = many->addPatients(patients);
    REQUIRE(ids.size() == 3);
    REQUIRE(many->patient(ids[2])->lastName == QLatin1String("de la Cruz"));
    REQUIRE(tokens(many.store()).size() >= 8);
    REQUIRE(tokens(many.store()) == tokens(one.store()));

    // A taken MRN, or one given twice, refuses the whole list.
    const QList<Patient> taken {make("M000201", "Ana", "Silva", ""), make("M000102", "Other", "Person", "")};
    try {
        many->addPatients(taken);
        FAIL("a taken MRN was accepted");
    } catch (const Error &error) {
        REQUIRE(error.kind() == Error::Kind::Conflict);
        REQUIRE(error.message().contains(QLatin1String("M000102")));
    }
    const QList<Patient> twice {make("M000301", "Ana", "Silva", ""), make("M000301", "Other", "Person", "")};
    REQUIRE(refusal([&] { many->addPatients(twice); }) == Error::Kind::Conflict);
    REQUIRE(many->patientCount() == 3);
    REQUIRE_FALSE(many->patientByMrn(QStringLiteral("M000201")));

    // Made one at a time, each new id is heard.
    QList<qint64> heard;
    int made = 0;
    many->addPatients(
        2, [&] { return make(made++ == 0 ? "M000401" : "M000402", "Søren", "Østergaard", ""); },
        [&](qint64 id) { heard << id; });
    REQUIRE(heard.size() == 2);
    REQUIRE(many->patient(heard[1])->mrn == QLatin1String("M000402"));
}
