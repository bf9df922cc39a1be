#pragma once

#include <QString>

#include <optional>

namespace chairside {

/// The one answer the desk gets, in precedence order: a later value wins over an earlier one when
/// several reasons apply (unidentified > reschedule > wait > admit).
enum class Outcome
{
    Admit,
    Wait,
    Reschedule,
    Unidentified
};

/// "admit", "wait", "reschedule", "unidentified".
QString outcomeCode(Outcome outcome);
std::optional<Outcome> outcomeFromCode(const QString &code);

} // namespace chairside
