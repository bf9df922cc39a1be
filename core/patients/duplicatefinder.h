#pragma once

#include "model/patient.h"

#include <QList>
#include <QStringView>

namespace chairside {

class Store;

/// A patient already on file who may be the one being registered.
struct LikelyDuplicate
{
    Patient patient;
    bool sameBirthAndName = false; ///< born the same day, with a similar name (DuplicateFinder::similarNames)
    bool samePhone = false; ///< the same phone digits
};

/// Before a patient is registered: who on file may be the same person. Two reads, each one seek on an
/// index (patient(dob, sort_key) and patient_phone), then a comparison of names as the desk hears them.
namespace DuplicateFinder {

/// At most this many patients are read for each of the two questions.
inline constexpr int kReadLimit = 200;

/// Patients born on the same day with a similar name, and patients with the same phone digits, in name
/// order, each once; `candidate.id`, when set, is left out (a patient is not their own duplicate).
QList<LikelyDuplicate> find(Store &store, const Patient &candidate, int limit = 10);

/// Names that may be one person's, as NameNormalizer folds them: a word of the last names in common, a
/// word of the first (or preferred) names in common, the two names swapped, or the whole names within
/// two typing mistakes of each other.
bool similarNames(const Patient &a, const Patient &b);

/// The number of single-letter insertions, deletions and substitutions that turn `a` into `b`, or
/// `cap` + 1 once it is more than `cap`.
int editDistance(QStringView a, QStringView b, int cap);

} // namespace DuplicateFinder

} // namespace chairside
