#include "reportkind.h"

#include <QCoreApplication>

#include <array>

namespace chairside {

namespace {

struct KindText
{
    ReportKind kind;
    const char *name;
    const char *label;
};

constexpr std::array kKinds {
    KindText {
        ReportKind::NoShows, "no-shows", QT_TRANSLATE_NOOP("ReportKind", "No-shows and late cancellations")},
    KindText {ReportKind::Utilization, "utilization", QT_TRANSLATE_NOOP("ReportKind", "Chair utilization")},
    KindText {ReportKind::Waits, "waits", QT_TRANSLATE_NOOP("ReportKind", "Waits from arrival to chair")},
    KindText {ReportKind::Starts, "starts", QT_TRANSLATE_NOOP("ReportKind", "Starts against nurse capacity")},
    KindText {ReportKind::WalkIns, "walk-ins", QT_TRANSLATE_NOOP("ReportKind", "Walk-ins turned away")},
    KindText {ReportKind::Reschedules, "reschedules",
        QT_TRANSLATE_NOOP("ReportKind", "Reschedules at the desk by reason")},
};

} // namespace

QString reportKindName(ReportKind kind)
{
    for (const KindText &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<ReportKind> reportKindFromName(const QString &name)
{
    const QString word = name.trimmed().toLower();
    for (const KindText &k : kKinds) {
        if (word == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QList<ReportKind> allReportKinds()
{
    QList<ReportKind> kinds;
    for (const KindText &k : kKinds)
        kinds << k.kind;
    return kinds;
}

QString reportKindLabel(ReportKind kind)
{
    for (const KindText &k : kKinds) {
        if (k.kind == kind)
            return QCoreApplication::translate("ReportKind", k.label);
    }
    return {};
}

} // namespace chairside
