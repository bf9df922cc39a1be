#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace chairside {

/// A date of birth as the receptionist types what the patient says, in any usual form: 1961-03-04,
/// 03/04/1961, 3-4-1961 or 3.4.1961 (month first, as written in the US), 03041961, 19610304,
/// 3/4/61, "4 March 1961", "March 4, 1961", "Mar 4 1961".
namespace DateOfBirth {

/// The date, or nothing when the text is not a whole date or lies after `today`. A two-digit year is
/// the latest such year not after `today` (61 is 1961 in 2026, 19 is 2019).
std::optional<QDate> parse(const QString &text, QDate today);

/// The first whole date among the words of a search ("alvarez 3/4/1961"), read as parse() does.
std::optional<QDate> findIn(const QString &query, QDate today);

} // namespace DateOfBirth

} // namespace chairside
