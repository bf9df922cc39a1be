#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace chairside {

/// The last entry known to have been written: kept outside the database, beside the key, so that a
/// trail cut short (its newest entries deleted) is told apart from a trail that simply ends there.
struct AuditHead
{
    qint64 sequence = 0;
    QByteArray hash; ///< lower-case hex, as in AuditEntry::hash
};

} // namespace chairside
