#pragma once

#include "model/patient.h"

#include <QList>
#include <QString>

#include <memory>

namespace chairside {

class Store;

/// How a result matched the query, best first: the order results are ranked in.
enum class MatchKind {
    Mrn, ///< the query is this patient's MRN exactly
    NameAndDob, ///< every name word matches a whole name of the patient, and the date of birth matches
    Dob, ///< the date of birth matches (and name words, if any, match as prefixes)
    Phone, ///< the phone digits match
    NamePrefix, ///< every name word is the start of one of the patient's names
};

struct PatientMatch
{
    Patient patient;
    MatchKind kind = MatchKind::NamePrefix;
};

/// The desk's one search box: MRN, name as spoken, date of birth in its usual written forms, phone
/// digits, or a mix ("smith 1961-03-04", "Smith, Jo"). Ranked: exact MRN, exact name with date of
/// birth, then prefix matches in name order; one bounded page. Every path is an index range scan, so
/// it stays fast at a million patients.
class PatientSearch final
{
public:
    explicit PatientSearch(Store &store);
    ~PatientSearch();
    Q_DISABLE_COPY_MOVE(PatientSearch)

    QList<PatientMatch> find(const QString &query, int limit = 20);

private:
    struct Statements;
    Store &m_store;
    std::unique_ptr<Statements> m_statements;
};

} // namespace chairside
