#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace chairside {

/// A date as people type it at the desk, in the search box, in a dialog or on the command line: the
/// one reading of typed dates, so the same text is the same date everywhere. Accepted: 1961-03-04 (also
/// with / or .), 03/04/1961, 3-4-1961 or 3.4.1961 (month first, as written in the US), 3/4/61, eight
/// digits 19610304 or 03041961, and spelled in English: "4 March 1961", "March 4, 1961", "Mar 4 1961";
/// on a desk in another language, spelled in it too ("4 de marzo de 1961", "4 mar 1961").
namespace TypedDate {

/// How a two-digit year is read.
enum class Century
{
    Past, ///< the latest such year not after today: a date of birth (61 is 1961 in 2026, 19 is 2019)
    Nearest, ///< the year nearest to today: an appointment, an order's dates (30 is 2030, 98 is 1998)
};

/// The date, or nothing when the text is not one whole date.
std::optional<QDate> parse(const QString &text, QDate today, Century century = Century::Nearest);

/// A date of birth: read with Century::Past, and nothing when it lies after `today`.
std::optional<QDate> birthDate(const QString &text, QDate today);

/// Whether a single word of a search looks like a date being written (a separator between digits), as
/// opposed to a phone's digits or an MRN: such a word is a date or, until it is complete, nothing.
bool looksLikeDate(const QString &word);

/// The first word of a search that is a whole date of birth ("alvarez 3/4/1961", "smith 19610304"),
/// read as birthDate() does. Words of digits alone count only with eight digits.
std::optional<QDate> birthDateIn(const QString &query, QDate today);

} // namespace TypedDate

} // namespace chairside
