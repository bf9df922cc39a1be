#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace chairside {

/// Names as the desk hears them: without accents, case, apostrophes or hyphens.
/// "José" -> "jose", "O'Brien" -> "obrien", "Nguyen-Tran" -> "nguyen", "tran" and "nguyentran".
namespace NameNormalizer {

/// Folds one word: decomposes, drops accents and punctuation, lowercases, spells out ligatures.
QString fold(QStringView text);

/// Every token a name is found by: each word, each part of a hyphenated or apostrophized word, and the
/// whole name run together. Sorted and without duplicates.
QStringList tokens(QStringView name);

/// The key results are ordered by: "last first yyyy-mm-dd", folded.
QString sortKey(QStringView lastName, QStringView firstName, QDate dateOfBirth);

/// The key two words of one patient's names are found by together: the first two letters of `head`,
/// a space, then `word`. Given the start of a word as `word`, it is the start of a range of keys.
QString pairKey(QStringView head, QStringView word);

/// The digits of a phone number, without a leading North American country code.
QString phoneDigits(QStringView phone);

} // namespace NameNormalizer

} // namespace chairside
