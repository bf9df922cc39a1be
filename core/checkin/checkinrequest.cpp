#include "checkinrequest.h"

#include <QStringList>

namespace chairside {

void CheckInRequest::setFullName(const QString &text)
{
    const QString name = text.simplified();
    const qsizetype comma = name.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        lastName = name.left(comma).trimmed();
        firstName = name.mid(comma + 1).trimmed();
        return;
    }
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    if (space < 0) {
        lastName = name;
        firstName.clear();
        return;
    }
    firstName = name.left(space);
    lastName = name.mid(space + 1);
}

} // namespace chairside
