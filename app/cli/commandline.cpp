#include "commandline.h"

#include "common/error.h"
#include "context.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace chairside::cli {

namespace {

const QList<Command> &commands()
{
    static const QList<Command> all = [] {
        QList<Command> list;
        addSetupCommands(list);
        addUserCommands(list);
        addPatientCommands(list);
        addScheduleCommands(list);
        addPharmacyCommands(list);
        addCheckInCommands(list);
        addReadinessCommands(list);
        addDemoCommands(list);
        addRosterCommands(list);
        addFindCommands(list);
        addAuditCommands(list);
        addBackupCommands(list);
        addListenCommands(list);
        addInterfaceCommands(list);
        addOutboundCommands(list);
        addReminderCommands(list);
        addExportCommands(list);
        addCapacityCommands(list);
        addSimulateCommands(list);
        addReportCommands(list);
        return list;
    }();
    return all;
}

const char *const kGlobalHelp
    = "Global options:\n"
      "  --db PATH      the database file (default: $CHAIRSIDE_DB, else the user's data folder)\n"
      "  --json         print one JSON document on stdout\n"
      "  --at TIME      the clock for this command, ISO 8601 (default: now); without an\n"
      "                 offset it is the center's wall clock\n"
      "  --user NAME    the acting user (default: admin); the password comes from\n"
      "                 $CHAIRSIDE_PASSWORD or, at a terminal, is asked for without echo\n"
      "  --help         this text, or a command's own with COMMAND --help\n";

QString overview()
{
    QString text
        = QStringLiteral("Usage: chairside-cli [global options] COMMAND [options]\n\n"
                         "Front-desk check-in and chair roster for an infusion center.\n\nCommands:\n");
    qsizetype width = 18;
    for (const Command &c : commands())
        width = std::max(width, c.name().size() + 1);
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n").arg(c.name().leftJustified(width), c.summary);
    text += QLatin1Char('\n') + QString::fromLatin1(kGlobalHelp)
        + QStringLiteral(
            "\nExit status: 0 done, 1 database failure, 2 usage error, 3 data refused (nothing written), "
            "4 not allowed for the acting user (wrong or missing password, locked out, or the role may "
            "not).\n");
    text += QStringLiteral("Exit status 5: the audit trail is not intact (audit verify).\n");
    return text;
}

QString commandHelp(const Command &c)
{
    QString usage = QStringLiteral("Usage: chairside-cli [global options] %1").arg(c.name());
    for (const OptionSpec &o : c.options) {
        QString part = QStringLiteral("--") + o.name;
        if (!o.valueName.isEmpty())
            part += QLatin1Char(' ') + o.valueName;
        usage += QLatin1Char(' ') + (o.required ? part : QLatin1Char('[') + part + QLatin1Char(']'));
    }
    if (!c.positionalName.isEmpty())
        usage += QLatin1Char(' ') + c.positionalName;
    QString text = usage + QStringLiteral("\n\n") + c.summary + QStringLiteral("\n");
    if (!c.options.isEmpty()) {
        text += QStringLiteral("\nOptions:\n");
        for (const OptionSpec &o : c.options) {
            QString left = QStringLiteral("--") + o.name;
            if (!o.valueName.isEmpty())
                left += QLatin1Char(' ') + o.valueName;
            // An option too long for its column has its words on the next line, under the others'.
            constexpr int column = 22;
            const QString gap = left.size() < column
                ? QString(column - left.size(), QLatin1Char(' '))
                : QStringLiteral("\n") + QString(column + 2, QLatin1Char(' '));
            text += QStringLiteral("  %1%2%3%4\n")
                        .arg(left, gap, o.help, o.required ? QStringLiteral(" (required)") : QString());
        }
    }
    if (!c.details.isEmpty())
        text += QLatin1Char('\n') + c.details
            + (c.details.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"));
    text += QLatin1Char('\n') + QString::fromLatin1(kGlobalHelp);
    return text;
}

struct Parsed
{
    bool help = false;
    bool version = false;
    const Command *command = nullptr;
};

/// Global options anywhere; then the longest run of words naming a command; then its own options.
Parsed parse(const QStringList &arguments, Context &ctx)
{
    Parsed parsed;
    QStringList rest;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        QString name = arg;
        QString inlineValue;
        bool hasInline = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            name = arg.section(QLatin1Char('='), 0, 0);
            inlineValue = arg.section(QLatin1Char('='), 1);
            hasInline = true;
        }
        const auto takeValue = [&]() -> QString {
            if (hasInline)
                return inlineValue;
            if (i + 1 >= arguments.size())
                throw UsageError(QStringLiteral("%1 needs a value.").arg(name));
            return arguments[++i];
        };
        if (name == QLatin1String("--db"))
            ctx.dbPath = takeValue();
        else if (name == QLatin1String("--at"))
            ctx.atText = takeValue();
        else if (name == QLatin1String("--user"))
            ctx.userName = takeValue();
        else if (name == QLatin1String("--json"))
            ctx.json = true;
        else if (name == QLatin1String("--help") || name == QLatin1String("-h"))
            parsed.help = true;
        else if (name == QLatin1String("--version"))
            parsed.version = true;
        else
            rest << arg;
    }

    // The command: the longest match of leading words.
    qsizetype used = 0;
    for (const Command &c : commands()) {
        const qsizetype n = c.words.size();
        if (n > rest.size() || n <= used)
            continue;
        bool match = true;
        for (qsizetype k = 0; k < n && match; ++k)
            match = rest[k] == c.words[k];
        if (match) {
            parsed.command = &c;
            used = n;
        }
    }
    if (!parsed.command) {
        if (rest.isEmpty() || parsed.help || parsed.version)
            return parsed;
        throw UsageError(QStringLiteral("\"%1\" is not a command; run chairside-cli --help for the list.")
                             .arg(rest.first()));
    }
    ctx.command = parsed.command;
    if (parsed.help)
        return parsed;

    for (qsizetype i = used; i < rest.size(); ++i) {
        const QString &arg = rest[i];
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            if (parsed.command->positionalName.isEmpty())
                throw UsageError(
                    QStringLiteral("%1 takes no \"%2\"; see %1 --help.").arg(parsed.command->name(), arg));
            ctx.positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (name.contains(QLatin1Char('='))) {
            inlineValue = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
            hasInline = true;
        }
        const OptionSpec *spec = parsed.command->option(name);
        if (!spec)
            throw UsageError(
                QStringLiteral("%1 has no option --%2; see %1 --help.").arg(parsed.command->name(), name));
        if (spec->valueName.isEmpty()) {
            ctx.values[name] << QStringLiteral("yes");
        } else {
            if (!hasInline) {
                if (i + 1 >= rest.size())
                    throw UsageError(QStringLiteral("--%1 needs a value (%2).").arg(name, spec->valueName));
                inlineValue = rest[++i];
            }
            if (ctx.values.contains(name) && !spec->repeatable)
                throw UsageError(QStringLiteral("--%1 is given twice.").arg(name));
            ctx.values[name] << inlineValue;
        }
    }
    for (const OptionSpec &spec : parsed.command->options) {
        if (spec.required && !ctx.values.contains(spec.name))
            throw UsageError(
                QStringLiteral("%1 needs --%2 %3.").arg(parsed.command->name(), spec.name, spec.valueName));
    }
    return parsed;
}

int exitFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::BadData:
    case Error::Kind::NotFound:
    case Error::Kind::Conflict:
    case Error::Kind::Refused:
        return ExitBadData;
    case Error::Kind::Forbidden:
        return ExitForbidden;
    case Error::Kind::Store:
    case Error::Kind::Newer:
        return ExitFailure;
    }
    return ExitFailure;
}

QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::BadData:
        return QStringLiteral("bad-data");
    case Error::Kind::NotFound:
        return QStringLiteral("not-found");
    case Error::Kind::Conflict:
        return QStringLiteral("conflict");
    case Error::Kind::Refused:
        return QStringLiteral("refused");
    case Error::Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Error::Kind::Store:
        return QStringLiteral("database");
    case Error::Kind::Newer:
        return QStringLiteral("newer-database");
    }
    return {};
}

int runWith(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Context ctx(out, err);
    try {
        const Parsed parsed = parse(arguments, ctx);
        if (parsed.version && !parsed.command) {
            out << "chairside-cli " << QCoreApplication::applicationVersion() << '\n';
            return ExitOk;
        }
        if (!parsed.command) {
            (parsed.help ? out : err) << overview();
            return parsed.help ? ExitOk : ExitUsage;
        }
        if (parsed.help) {
            out << commandHelp(*parsed.command);
            return ExitOk;
        }
        return parsed.command->run(ctx);
    } catch (const UsageError &error) {
        err << "chairside-cli: " << error.message() << '\n';
        if (ctx.json) {
            ctx.print(QJsonObject {{QStringLiteral("error"),
                          QJsonObject {{QStringLiteral("kind"), QStringLiteral("usage")},
                              {QStringLiteral("message"), error.message()}}}},
                {});
        }
        return ExitUsage;
    } catch (const Error &error) {
        const QString where
            = error.field().isEmpty() ? QString() : QStringLiteral(" [%1]").arg(error.field());
        err << "chairside-cli: " << error.message() << where << '\n';
        if (ctx.json) {
            QJsonObject e {{QStringLiteral("kind"), kindName(error.kind())},
                {QStringLiteral("message"), error.message()}};
            if (!error.field().isEmpty())
                e.insert(QStringLiteral("field"), error.field());
            ctx.print(QJsonObject {{QStringLiteral("error"), e}}, {});
        }
        return exitFor(error.kind());
    }
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = runWith(arguments, out, err);
    out.flush();
    err.flush();
    return status;
}

Result execute(const QStringList &arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = runWith(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace chairside::cli
