// demo: a new database filled with a realistic center to try Chairside by hand.

#include "access/permission.h"
#include "command.h"
#include "common/error.h"
#include "context.h"
#include "demo/demogenerator.h"
#include "store/databaselocation.h"
#include "store/store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <memory>

namespace chairside::cli {

namespace {

/// The clock of --at. Context reads a wall time without an offset on the center's clock, but before the
/// demo there is no center yet: such a time is read on the demo center's clock instead.
const Clock &demoClock(Context &ctx, std::unique_ptr<Clock> &own)
{
    if (ctx.atText.isEmpty() || !ctx.store().centers().isEmpty())
        return ctx.clock();
    QDateTime at = QDateTime::fromString(ctx.atText, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(ctx.atText, Qt::ISODate);
    // A malformed time is Context's to explain, and a time with an offset is exact anyway.
    if (!at.isValid() || at.timeSpec() != Qt::LocalTime)
        return ctx.clock();
    own = std::make_unique<FixedClock>(
        QDateTime(at.date(), at.time(), DemoGenerator::demoCenter().timeZone()).toUTC());
    return *own;
}

int demo(Context &ctx)
{
    // Not told where, the demo goes to its own file, the one `chairside --demo` opens: never into the
    // default database, which is a center's real one.
    if (ctx.dbPath.isEmpty() && qEnvironmentVariableIsEmpty("CHAIRSIDE_DB"))
        ctx.dbPath = DatabaseLocation::demoFile();
    Store &store = ctx.store();
    // A new file has nobody to ask; once there are users, filling the database is an admin's decision.
    if (!store.users().isEmpty())
        ctx.requireUser(Permission::Administer);

    DemoGenerator::Options options;
    if (ctx.has(QStringLiteral("date")))
        options.date = ctx.dateValue(QStringLiteral("date"));
    options.patients = ctx.intValue(QStringLiteral("patients"), options.patients, 0, 10'000'000);
    if (ctx.has(QStringLiteral("seed"))) {
        bool ok = false;
        const QString text = ctx.value(QStringLiteral("seed")).trimmed();
        options.seed = text.toUInt(&ok);
        if (!ok) {
            throw Error::badData(QStringLiteral("seed"),
                QStringLiteral("--seed \"%1\" is not a whole number from 0 to 4294967295.").arg(text));
        }
    }

    std::unique_ptr<Clock> ownClock;
    DemoGenerator generator(store, demoClock(ctx, ownClock));
    const DemoGenerator::Summary summary = generator.generate(options);
    const Center center = *store.center(summary.centerId);

    QJsonArray stories;
    const QLocale c = QLocale::c();
    QString storyLines;
    for (const DemoGenerator::Story &story : summary.stories) {
        const QString dob = story.dateOfBirth.toString(Qt::ISODate);
        stories.append(QJsonObject {{QStringLiteral("mrn"), story.mrn}, {QStringLiteral("name"), story.name},
            {QStringLiteral("dob"), dob}, {QStringLiteral("story"), story.story},
            {QStringLiteral("case"), story.code}});
        storyLines += QStringLiteral("  %1  %2 %3  %4\n")
                          .arg(story.mrn.leftJustified(8), story.name.leftJustified(26), dob, story.story);
    }
    const QJsonObject json {
        {QStringLiteral("center"),
            QJsonObject {{QStringLiteral("id"), center.id}, {QStringLiteral("name"), center.name},
                {QStringLiteral("tz"), QString::fromUtf8(center.timeZoneId)},
                {QStringLiteral("hours"), center.hours.toString()}}},
        {QStringLiteral("database"), QDir::toNativeSeparators(store.path())},
        {QStringLiteral("date"), summary.date.toString(Qt::ISODate)},
        {QStringLiteral("chairs"), summary.chairs}, {QStringLiteral("patients"), summary.patients},
        {QStringLiteral("appointments"), summary.appointments}, {QStringLiteral("stories"), stories}};
    const QString text
        = QStringLiteral("Created %1 (%2) in %3 for %4:\n"
                         "  %5 chairs, %6 patients, %7 appointments; open %8.\n"
                         "  Staff: admin, nurse.kim (nurse), desk.rivera (receptionist).\n\n"
                         "Patients to try at the desk (MRN, name, date of birth, what is special):\n")
              .arg(center.name, QString::fromUtf8(center.timeZoneId), QDir::toNativeSeparators(store.path()),
                  c.toString(summary.date, QStringLiteral("dddd d MMMM yyyy")))
              .arg(summary.chairs)
              .arg(summary.patients)
              .arg(summary.appointments)
              .arg(center.hours.toString())
        + storyLines;
    ctx.print(json, text);
    return 0;
}

} // namespace

void addDemoCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("demo")},
        QStringLiteral("Fill a new database with a demo center to try by hand."),
        {{QStringLiteral("date"), QStringLiteral("D"),
             QStringLiteral("the demo day (default: today at the center)")},
            {QStringLiteral("patients"), QStringLiteral("N"),
                QStringLiteral("patients beyond those with appointments (2000)")},
            {QStringLiteral("seed"), QStringLiteral("N"),
                QStringLiteral("the same seed gives the same data (1)")}},
        {},
        QStringLiteral(
            "Creates Riverside Infusion Center in New York time: 20 chairs and 4 suites, evenings on "
            "Tuesday and Thursday and a Saturday morning, the four therapies of the primer, the staff "
            "(admin, nurse.kim, desk.rivera), about 80 appointments on the demo day and the days "
            "around it, and many more patients. Some patients are set up for the primer's stories (a "
            "walk-in, the wrong day, a lapsed order, a pending authorization, a dose not ready, ...); "
            "they are listed with their MRN and date of birth. A day the center is closed moves to "
            "the next open day. Refused on a database that already has a center: give a new file "
            "with --db. Needs an admin once the database has users. Without --db (or CHAIRSIDE_DB) it fills "
            "the demo's own file, demo.sqlite in the data folder, which `chairside --demo` opens; the file "
            "is marked as a demo, and the desktop says DEMO on it.\n"
            "Example: chairside-cli --db demo.sqlite demo --date 2026-12-01"),
        demo};
}

} // namespace chairside::cli
