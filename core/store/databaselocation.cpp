#include "databaselocation.h"

#include "common/error.h"
#include "pgconnection.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace chairside {

namespace {

/// The backends an address may one day name, and what people write for them: said in the refusal so
/// that a server address where a file is needed reads as such, a misspelt one as a typo.
bool isKnownServerScheme(const QString &scheme)
{
    static const QStringList known {QStringLiteral("postgresql"), QStringLiteral("postgres"),
        QStringLiteral("mysql"), QStringLiteral("mariadb"), QStringLiteral("odbc")};
    return known.contains(scheme, Qt::CaseInsensitive);
}

} // namespace

QString DatabaseLocation::filePath(const QString &text, const QString &source)
{
    QString value = text.trimmed();
    if (value.isEmpty()) {
        throw Error::badData(
            source, QStringLiteral("%1 is empty; give the path of a Chairside database file.").arg(source));
    }
    if (value == QLatin1String(":memory:"))
        return value;

    // RFC 3986: a scheme is a letter, then letters, digits, '+', '-' or '.', then ':'. One letter is a
    // Windows drive, never a scheme.
    static const QRegularExpression schemePattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.\\-]+):"));
    const QRegularExpressionMatch match = schemePattern.match(value);
    if (!match.hasMatch())
        return value;

    const QString scheme = match.captured(1);
    if (scheme.compare(QLatin1String("file"), Qt::CaseInsensitive) == 0) {
        const QUrl url(value);
        if (url.isValid() && url.isLocalFile() && !url.toLocalFile().isEmpty())
            return url.toLocalFile();
        throw Error::badData(source,
            QStringLiteral("%1 \"%2\" is not a local file URL; write it as file:///path/to/chairside.sqlite "
                           "or give the path itself.")
                .arg(source, value));
    }
    if (isKnownServerScheme(scheme)) {
        throw Error::badData(source,
            QStringLiteral("%1 \"%2\" is a %3 server address, and this needs SQLite database files "
                           "only; give the path of a database file.")
                .arg(source, value, scheme));
    }
    throw Error::badData(source,
        QStringLiteral("%1 \"%2\" begins with \"%3:\", which is not a file path; check the spelling, or give "
                       "the path of a database file (a file whose name holds a colon as ./%2).")
            .arg(source, value, scheme));
}

QString DatabaseLocation::resolve(const QString &commandLine)
{
    const auto checked = [](const QString &text, const QString &source) {
        return PgConnection::isAddress(text) ? text.trimmed() : filePath(text, source);
    };
    if (!commandLine.isEmpty())
        return checked(commandLine, QStringLiteral("--db"));
    const QString fromEnvironment = qEnvironmentVariable("CHAIRSIDE_DB");
    if (!fromEnvironment.isEmpty())
        return checked(fromEnvironment, QStringLiteral("CHAIRSIDE_DB"));
    return defaultFile();
}

QString DatabaseLocation::beside(const QString &location, const QString &suffix)
{
    if (!PgConnection::isAddress(location))
        return location + suffix;
    QString name = PgConnection::displayName(location).section(QLatin1Char('@'), -1);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(unsafe, QStringLiteral("_"));
    // One folder for the desktop and the command line alike, whatever the program's name.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/chairside/servers");
    QDir().mkpath(folder);
    return folder + QLatin1Char('/') + name + suffix;
}

QString DatabaseLocation::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/chairside.sqlite");
}

QString DatabaseLocation::demoFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

} // namespace chairside
