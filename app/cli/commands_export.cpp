// export --fhir: a center's day for other systems, as a FHIR R4 Bundle.

#include "access/permission.h"
#include "command.h"
#include "commandline.h"
#include "common/error.h"
#include "context.h"
#include "export/dayexport.h"
#include "scheduling/centertime.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace chairside::cli {

namespace {

int exportDay(Context &ctx)
{
    if (!ctx.has(QStringLiteral("fhir")))
        throw UsageError(QStringLiteral("export needs a format: --fhir (a FHIR R4 Bundle)."));
    const User user = ctx.requireUser(Permission::ViewSchedule);
    const Center center = ctx.center();
    const QDate date = ctx.dateValue(QStringLiteral("date"));
    const QJsonObject bundle = DayExport(ctx.store(), ctx.clock()).fhirBundle(center, date, user);
    const QByteArray json = QJsonDocument(bundle).toJson(QJsonDocument::Indented);
    if (!ctx.has(QStringLiteral("out"))) {
        ctx.out << QString::fromUtf8(json);
        ctx.out.flush();
        return ExitOk;
    }

    const QString path = ctx.value(QStringLiteral("out")).trimmed();
    if (path.isEmpty())
        throw Error::badData(QStringLiteral("out"), QStringLiteral("--out needs a file name."));
    // Written whole, then renamed into place: a reader never sees half a Bundle.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("out"));
    }
    const int entries = int(bundle.value(QStringLiteral("entry")).toArray().size());
    ctx.print(QJsonObject {{QStringLiteral("written"), QDir::toNativeSeparators(path)},
                  {QStringLiteral("date"), date.toString(Qt::ISODate)},
                  {QStringLiteral("center"), center.name}, {QStringLiteral("entries"), entries}},
        QStringLiteral("Wrote %1's %2 (%3 resources) to %4.")
            .arg(center.name, date.toString(Qt::ISODate))
            .arg(entries)
            .arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

} // namespace

void addExportCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("export")},
        QStringLiteral("Export a day's appointments with their patients for other systems."),
        {{QStringLiteral("fhir"), {}, QStringLiteral("as a FHIR R4 Bundle (JSON); the one format so far")},
            {QStringLiteral("date"), QStringLiteral("D"), QStringLiteral("the day, on the center's calendar"),
                true},
            {QStringLiteral("center"), QStringLiteral("C"),
                QStringLiteral("the center (default: the only one)")},
            {QStringLiteral("out"), QStringLiteral("FILE"),
                QStringLiteral("write to this file (default: stdout)")}},
        {},
        QStringLiteral(
            "A Bundle of type collection: a Location for the center and one for each chair used, a Patient "
            "for each patient once (the MRN as identifier), and an Appointment for each appointment of the "
            "day (status, start and end in UTC, minutesDuration, the therapy as serviceType, the patient and "
            "chair as participants). Without --out the Bundle is printed on stdout; with --out the file is "
            "written whole and, with --json, {\"written\", \"date\", \"center\", \"entries\"} is printed."),
        exportDay};
}

} // namespace chairside::cli
