#include "duplicatefinder.h"

#include "store/store.h"
#include "text/namenormalizer.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace chairside::DuplicateFinder {

namespace {

/// The words of a name worth comparing: single letters (an initial) say too little.
QSet<QString> words(const QString &name)
{
    QSet<QString> result;
    const QStringList tokens = NameNormalizer::tokens(name);
    for (const QString &token : tokens) {
        if (token.size() >= 2)
            result.insert(token);
    }
    return result;
}

bool share(const QSet<QString> &a, const QSet<QString> &b)
{
    return a.intersects(b);
}

} // namespace

int editDistance(QStringView a, QStringView b, int cap)
{
    if (std::abs(a.size() - b.size()) > cap)
        return cap + 1;
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[size_t(j)]
                = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
            rowBest = std::min(rowBest, current[size_t(j)]);
        }
        if (rowBest > cap)
            return cap + 1;
        std::swap(previous, current);
    }
    return std::min(previous[size_t(b.size())], cap + 1);
}

bool similarNames(const Patient &a, const Patient &b)
{
    const QSet<QString> lastA = words(a.lastName);
    const QSet<QString> lastB = words(b.lastName);
    const QSet<QString> firstA = words(a.firstName) + words(a.preferredName);
    const QSet<QString> firstB = words(b.firstName) + words(b.preferredName);
    if (share(lastA, lastB) || share(firstA, firstB))
        return true;
    if (share(lastA, firstB) && share(firstA, lastB)) // first and last names swapped
        return true;
    const QString wholeA = NameNormalizer::fold(a.lastName) + NameNormalizer::fold(a.firstName);
    const QString wholeB = NameNormalizer::fold(b.lastName) + NameNormalizer::fold(b.firstName);
    return editDistance(wholeA, wholeB, 2) <= 2;
}

QList<LikelyDuplicate> find(Store &store, const Patient &candidate, int limit)
{
    QList<LikelyDuplicate> found;
    const auto entry = [&](const Patient &p) -> LikelyDuplicate & {
        for (LikelyDuplicate &d : found) {
            if (d.patient.id == p.id)
                return d;
        }
        found << LikelyDuplicate {p, false, false};
        return found.last();
    };
    const QList<Patient> born = store.patientsBornOn(candidate.dateOfBirth, kReadLimit);
    for (const Patient &p : born) {
        if (p.id != candidate.id && similarNames(candidate, p))
            entry(p).sameBirthAndName = true;
    }
    if (NameNormalizer::phoneDigits(candidate.phone).size() >= 7) {
        const QList<Patient> sharing = store.patientsByPhone(candidate.phone, kReadLimit);
        for (const Patient &p : sharing) {
            if (p.id != candidate.id)
                entry(p).samePhone = true;
        }
    }
    // The strongest first: the same birth day and name, and the same phone too; then by name.
    std::stable_sort(found.begin(), found.end(), [](const LikelyDuplicate &x, const LikelyDuplicate &y) {
        const int rankX = (x.sameBirthAndName ? 2 : 0) + (x.samePhone ? 1 : 0);
        const int rankY = (y.sameBirthAndName ? 2 : 0) + (y.samePhone ? 1 : 0);
        return rankX > rankY;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

} // namespace chairside::DuplicateFinder
