#pragma once

#include "access/permission.h"
#include "audit/auditevent.h"
#include "command.h"
#include "common/clock.h"
#include "model/center.h"
#include "model/user.h"
#include "text/typeddate.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace chairside {
class Store;
}

namespace chairside::cli {

/// What a command runs with: the global options, its own parsed options, the store (opened on first
/// use), the clock (`--at` or the system's) and the acting user (`--user`, default "admin").
class Context final
{
public:
    Context(QTextStream &out, QTextStream &err);
    ~Context();
    Q_DISABLE_COPY_MOVE(Context)

    // Set up by the parser.
    QString dbPath;
    bool json = false;
    QString atText;
    QString userName;
    const Command *command = nullptr;
    QHash<QString, QStringList> values; ///< option name -> values given
    QStringList positional;

    QTextStream &out;
    QTextStream &err;

    Store &store();
    const Clock &clock();
    QDateTime nowUtc() { return clock().nowUtc(); }

    /// The acting user (--user, default "admin"), logged in with the password from CHAIRSIDE_PASSWORD or,
    /// when stdin is a terminal, asked for without echo. Error::Forbidden (exit 4) when no password can be
    /// had, or the log-in is refused; a wrong password counts toward the lock-out as at the desktop.
    User actingUser();
    /// Throws Error::Forbidden unless the acting user may.
    User requireUser(Permission permission);
    /// The same, and a refusal is written to the audit trail as `refusal` with result refused.
    User requireUser(Permission permission, const AuditEvent &refusal);

    /// A secret from the environment variable, else asked for on the terminal without echo (twice, when
    /// `confirm`, for a new password). Error::Forbidden naming the variable when neither is possible.
    QString secret(const char *variable, const QString &prompt, bool confirm = false);

    bool has(const QString &option) const { return values.contains(option); }
    /// The option's value; a UsageError if it is required and missing.
    QString value(const QString &option) const;
    QString valueOr(const QString &option, const QString &fallback) const;
    QStringList valueList(const QString &option) const { return values.value(option); }
    int intValue(const QString &option, int fallback, int minimum, int maximum) const;
    /// A whole number whose range is the service's to check, in its words.
    int wholeNumber(const QString &option, int fallback) const;
    /// A calendar date: 1961-03-04, 03/04/1961 (month first) or 4 Mar 1961. Error::BadData naming the option.
    /// The option's date, read as the desk reads typed dates; a date of birth reads a two-digit year in
    /// the past (TypedDate::Century::Past).
    QDate dateValue(const QString &option, TypedDate::Century century = TypedDate::Century::Nearest);
    std::optional<QDate> optionalDate(const QString &option);
    /// An instant: ISO 8601 with an offset or Z is exact; without one it is the center's wall time, which
    /// is refused (Error::BadData) when the clocks skip it and read as the first when they pass it twice,
    /// with a note().
    QDateTime instantValue(const QString &option, const Center &center);

    /// Something the user should know that does not stop the command: on stderr, and in the JSON
    /// document's "notes" with --json.
    void note(const QString &text);

    /// The center named by --center, or the only one (or the first, by name) when not named.
    Center center();
    std::optional<QDate> parseDate(
        const QString &text, TypedDate::Century century = TypedDate::Century::Nearest);

    /// Writes the JSON document (with --json) or the text.
    void print(const QJsonObject &json, const QString &text);

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Clock> m_clock;
    std::optional<User> m_user; ///< logged in once per command
    QStringList m_notes;

    /// The instant of a wall time `typed` on the center's clock (CenterTime::wallTimeToUtc).
    QDateTime wallTime(const QString &option, const Center &center, const QDateTime &typed);
};

} // namespace chairside::cli
