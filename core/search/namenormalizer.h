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

/// The digits of a phone number, without a leading North American country code.
QString phoneDigits(QStringView phone);

} // namespace NameNormalizer

} // namespace chairside
