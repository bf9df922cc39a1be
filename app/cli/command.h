#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace chairside::cli {

class Context;

struct OptionSpec
{
    QString name; ///< without the dashes: "mrn"
    QString valueName; ///< "M"; empty for a flag
    QString help;
    bool required = false;
    bool repeatable = false;
};

/// One command of chairside-cli: its words ("center", "add"), what it takes, and what it does.
/// run() returns the exit status; it throws chairside::Error or UsageError to refuse.
struct Command
{
    QStringList words;
    QString summary;
    QList<OptionSpec> options;
    QString positionalName; ///< e.g. "QUERY"; empty when the command takes none
    QString details; ///< a paragraph for --help: rules, output, examples
    std::function<int(Context &)> run;

    QString name() const { return words.join(QLatin1Char(' ')); }
    const OptionSpec *option(const QString &name) const;
};

/// A mistake in how the command was called: exit status 2.
class UsageError final : public std::exception
{
public:
    explicit UsageError(QString message)
        : m_message(std::move(message))
        , m_what(m_message.toUtf8())
    { }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QString m_message;
    QByteArray m_what;
};

// Each file of commands adds its own.
void addSetupCommands(QList<Command> &commands);
void addPatientCommands(QList<Command> &commands);
void addScheduleCommands(QList<Command> &commands);
void addPharmacyCommands(QList<Command> &commands);
void addCheckInCommands(QList<Command> &commands);
void addDemoCommands(QList<Command> &commands);
void addRosterCommands(QList<Command> &commands);
void addFindCommands(QList<Command> &commands);
void addAuditCommands(QList<Command> &commands);
void addBackupCommands(QList<Command> &commands);
void addUserCommands(QList<Command> &commands);
void addReadinessCommands(QList<Command> &commands);
void addListenCommands(QList<Command> &commands);
void addInterfaceCommands(QList<Command> &commands);
void addOutboundCommands(QList<Command> &commands);
void addExportCommands(QList<Command> &commands);
void addReminderCommands(QList<Command> &commands);
void addCapacityCommands(QList<Command> &commands);
void addSimulateCommands(QList<Command> &commands);
void addReportCommands(QList<Command> &commands);

} // namespace chairside::cli
