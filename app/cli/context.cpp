#include "context.h"

#include "access/permission.h"
#include "auth/accountservice.h"
#include "common/error.h"
#include "scheduling/centertime.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>
#include <optional>
#include <sodium.h>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace chairside::cli {

const OptionSpec *Command::option(const QString &name) const
{
    for (const OptionSpec &spec : options) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

Context::Context(QTextStream &outStream, QTextStream &errStream)
    : out(outStream)
    , err(errStream)
{ }

Context::~Context() = default;

Store &Context::store()
{
    if (!m_store) {
        QString path;
        try {
            path = DatabaseLocation::resolve(dbPath);
        } catch (const Error &notAFile) {
            // Where the database is was given on the command line or in the environment: a mistake in how
            // the tool was called, not in the data.
            throw UsageError(notAFile.message());
        }
        m_store = std::make_unique<Store>(path);
        m_store->setAuditFromCli(true);
    }
    return *m_store;
}

const Clock &Context::clock()
{
    if (m_clock)
        return *m_clock;
    if (atText.isEmpty()) {
        m_clock = std::make_unique<SystemClock>();
        return *m_clock;
    }
    QDateTime at = QDateTime::fromString(atText, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(atText, Qt::ISODate);
    if (!at.isValid()) {
        throw Error::badData(QStringLiteral("at"),
            QStringLiteral(
                "--at \"%1\" is not an ISO 8601 time such as 2026-12-02T09:55 or 2026-12-02T14:55:00Z.")
                .arg(atText));
    }
    if (at.timeSpec() == Qt::LocalTime) {
        // No offset given: the wall clock of the center this command is about; UTC before any center exists.
        const bool anyCenter = has(QStringLiteral("center")) || !store().centers().isEmpty();
        if (anyCenter)
            at = wallTime(QStringLiteral("at"), center(), at);
        else
            at = QDateTime(at.date(), at.time(), QTimeZone::utc());
    }
    m_clock = std::make_unique<FixedClock>(at.toUTC());
    return *m_clock;
}

namespace {

/// A line typed at the terminal with echo off, or nothing when stdin is not a terminal. The prompt goes
/// to stderr, so stdout stays the command's output.
std::optional<QString> askHidden(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved {};
    const bool quiet = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios noEcho = saved;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);
    }
    char line[1024];
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    QString text;
    if (read)
        text = QString::fromLocal8Bit(line, qsizetype(std::strcspn(line, "\r\n")));
    sodium_memzero(line, sizeof line);
    return text;
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

} // namespace

QString Context::secret(const char *variable, const QString &prompt, bool confirm)
{
    // An empty variable is as good as none: no account has an empty password.
    if (!qEnvironmentVariableIsEmpty(variable))
        return qEnvironmentVariable(variable);
    auto first = askHidden(prompt);
    if (!first) {
        throw Error(Error::Kind::Forbidden,
            QStringLiteral(
                "%1 needs a password: set %2, or run chairside-cli at a terminal to be asked for it.")
                .arg(command ? command->name() : QStringLiteral("chairside-cli"),
                    QString::fromLatin1(variable)),
            QStringLiteral("password"));
    }
    if (confirm) {
        auto again = askHidden(QStringLiteral("The same again: "));
        if (!again || *again != *first)
            throw Error::badData(
                QStringLiteral("password"), QStringLiteral("The two passwords differ; nothing was changed."));
    }
    return *first;
}

User Context::actingUser()
{
    if (m_user)
        return *m_user;
    const QString name = userName.isEmpty() ? QStringLiteral("admin") : userName;
    const QString password = secret("CHAIRSIDE_PASSWORD", QStringLiteral("Password for %1: ").arg(name));
    try {
        m_user = AccountService(store(), clock()).logIn(name, password);
    } catch (const Error &refused) {
        // The desktop's log-in screen says this; here it is a refusal of the command itself.
        if (refused.kind() != Error::Kind::Refused)
            throw;
        throw Error(Error::Kind::Forbidden, refused.message(), refused.field());
    }
    return *m_user;
}

User Context::requireUser(Permission permission)
{
    User user = actingUser();
    requirePermission(user, permission);
    return user;
}

User Context::requireUser(Permission permission, const AuditEvent &refusal)
{
    User user = actingUser();
    requirePermission(store(), nowUtc(), user, permission, refusal);
    return user;
}

QString Context::value(const QString &option) const
{
    const QStringList list = values.value(option);
    if (list.isEmpty())
        throw UsageError(QStringLiteral("%1 needs --%2.").arg(command ? command->name() : QString(), option));
    return list.last();
}

QString Context::valueOr(const QString &option, const QString &fallback) const
{
    const QStringList list = values.value(option);
    return list.isEmpty() ? fallback : list.last();
}

int Context::intValue(const QString &option, int fallback, int minimum, int maximum) const
{
    if (!has(option))
        return fallback;
    bool ok = false;
    const int number = value(option).trimmed().toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        throw Error::badData(option,
            QStringLiteral("--%1 \"%2\" is not a whole number from %3 to %4.")
                .arg(option, value(option))
                .arg(minimum)
                .arg(maximum));
    }
    return number;
}

int Context::wholeNumber(const QString &option, int fallback) const
{
    if (!has(option))
        return fallback;
    bool ok = false;
    const int number = value(option).trimmed().toInt(&ok);
    if (!ok) {
        throw Error::badData(
            option, QStringLiteral("--%1 \"%2\" is not a whole number.").arg(option, value(option)));
    }
    return number;
}

std::optional<QDate> Context::parseDate(const QString &text, TypedDate::Century century)
{
    return TypedDate::parse(text, nowUtc().date(), century);
}

QDate Context::dateValue(const QString &option, TypedDate::Century century)
{
    const QString text = value(option);
    const auto date = parseDate(text, century);
    if (!date) {
        throw Error::badData(option,
            QStringLiteral("--%1 \"%2\" is not a date; write it as 1961-03-04 or 03/04/1961.")
                .arg(option, text));
    }
    return *date;
}

std::optional<QDate> Context::optionalDate(const QString &option)
{
    if (!has(option))
        return std::nullopt;
    return dateValue(option);
}

QDateTime Context::wallTime(const QString &option, const Center &c, const QDateTime &typed)
{
    QString repeated;
    QDateTime at = CenterTime::wallTimeToUtc(c, typed.date(), typed.time(), option, &repeated);
    if (!repeated.isEmpty())
        note(QStringLiteral("--%1: %2").arg(option, repeated));
    return at;
}

void Context::note(const QString &text)
{
    m_notes << text;
    if (!json)
        err << "chairside-cli: note: " << text << '\n';
}

QDateTime Context::instantValue(const QString &option, const Center &c)
{
    const QString text = value(option).trimmed();
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid()) {
        throw Error::badData(option,
            QStringLiteral(
                "--%1 \"%2\" is not a time; write it as 2026-12-02T10:00 (the center's clock) or with an "
                "offset, 2026-12-02T15:00:00Z.")
                .arg(option, text));
    }
    if (at.timeSpec() == Qt::LocalTime)
        at = wallTime(option, c, at);
    return at.toUTC();
}

Center Context::center()
{
    if (has(QStringLiteral("center"))) {
        const QString name = value(QStringLiteral("center"));
        std::optional<Center> found = store().centerByName(name);
        bool isNumber = false;
        const qint64 id = name.toLongLong(&isNumber);
        if (!found && isNumber)
            found = store().center(id);
        if (!found) {
            throw Error(Error::Kind::NotFound, QStringLiteral("There is no center named \"%1\".").arg(name),
                QStringLiteral("center"));
        }
        // Once the acting user is known, only a center they work at.
        if (m_user)
            requirePermissionAt(store(), *m_user, Permission::ViewSchedule, found->id);
        return *found;
    }
    const QList<Center> all = store().centers();
    if (all.isEmpty()) {
        throw Error(Error::Kind::NotFound,
            QStringLiteral("The database has no center yet; add one with \"center add\" or run \"demo\"."),
            QStringLiteral("center"));
    }
    if (m_user) {
        const QList<Center> theirs = centersOf(*m_user, all);
        if (theirs.isEmpty()) {
            throw Error(Error::Kind::Forbidden,
                QStringLiteral("%1 works at no center; an admin can add one with \"user centers\".")
                    .arg(m_user->name),
                QStringLiteral("center"));
        }
        return theirs.first();
    }
    return all.first();
}

void Context::print(const QJsonObject &document, const QString &text)
{
    if (json) {
        QJsonObject withNotes = document;
        if (!m_notes.isEmpty())
            withNotes.insert(QStringLiteral("notes"), QJsonArray::fromStringList(m_notes));
        out << QString::fromUtf8(QJsonDocument(withNotes).toJson(QJsonDocument::Indented));
    } else if (!text.isEmpty())
        out << text << (text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"));
}

} // namespace chairside::cli
