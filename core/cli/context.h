#pragma once

#include "command.h"
#include "common/clock.h"
#include "model/center.h"
#include "model/user.h"

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

    /// The acting user, required to exist and to be active.
    User actingUser();
    /// Throws Error::Forbidden unless the acting user may.
    User requireUser(int permission);

    bool has(const QString &option) const { return values.contains(option); }
    /// The option's value; a UsageError if it is required and missing.
    QString value(const QString &option) const;
    QString valueOr(const QString &option, const QString &fallback) const;
    QStringList valueList(const QString &option) const { return values.value(option); }
    int intValue(const QString &option, int fallback, int minimum, int maximum) const;
    /// A calendar date: 1961-03-04, 03/04/1961 (month first) or 4 Mar 1961. Error::BadData naming the option.
    QDate dateValue(const QString &option) const;
    std::optional<QDate> optionalDate(const QString &option) const;
    /// An instant: ISO 8601 with an offset or Z is exact; without one it is the center's wall time.
    QDateTime instantValue(const QString &option, const Center &center) const;

    /// The center named by --center, or the only one (or the first, by name) when not named.
    Center center();
    std::optional<QDate> parseDate(const QString &text) const;

    /// Writes the JSON document (with --json) or the text.
    void print(const QJsonObject &json, const QString &text);

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Clock> m_clock;
};

} // namespace chairside::cli
