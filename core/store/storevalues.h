#pragma once

#include "common/error.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace chairside::StoreValues {

// How the store keeps dates and instants in its columns, shared by the files that make up Store:
// dates as ISO text, instants as whole seconds since the epoch, UTC; a missing one as NULL.

inline QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QVariant instantValue(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toSecsSinceEpoch()) : QVariant();
}

/// A UTC instant without building a QTimeZone: QTimeZone::utc() costs a microsecond or more a call
/// in Qt 6.4, which is most of the time of a read of thousands of rows.
inline QDateTime instantFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
#else
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
#endif
}

/// The same, read on SQLite directly (SqliteStatement): a date's ISO text, an instant's seconds or NULL.
inline QDate dateFromText(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

inline QDateTime instantFromSeconds(bool isNull, qint64 seconds)
{
    if (isNull)
        return {};
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC);
#else
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
#endif
}

/// The one check every file of Store makes before a write: a text column that must say something.
inline void requireText(const QString &value, const char *field, const QString &what)
{
    if (value.trimmed().isEmpty())
        throw Error::badData(QString::fromLatin1(field), QStringLiteral("%1 is empty.").arg(what));
}

} // namespace chairside::StoreValues
