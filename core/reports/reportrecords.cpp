#include "reportrecords.h"

#include <QStringList>

namespace chairside {

QString WalkIn::offeredText(const QList<OfferedSlot> &offered)
{
    QStringList parts;
    for (const OfferedSlot &slot : offered)
        parts << QStringLiteral("%1:%2").arg(slot.startUtc.toSecsSinceEpoch()).arg(slot.chairId);
    return parts.join(QLatin1Char(','));
}

QList<OfferedSlot> WalkIn::offeredFromText(const QString &text)
{
    QList<OfferedSlot> result;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        bool startOk = false;
        bool chairOk = false;
        const qint64 seconds = part.left(colon).toLongLong(&startOk);
        const qint64 chair = colon < 0 ? 0 : part.mid(colon + 1).toLongLong(&chairOk);
        if (!startOk || !chairOk)
            continue; // a part the program never wrote: left out rather than shown wrong
        result << OfferedSlot {QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC), chair};
    }
    return result;
}

} // namespace chairside
