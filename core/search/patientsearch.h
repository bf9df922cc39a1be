#pragma once

#include "model/patient.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace chairside {

class Clock;
class Store;

/// How a result matched the query, best first: the order results are ranked in.
enum class MatchKind
{
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
/// birth, date of birth, phone, then prefix matches; one bounded page. Every path is an index range
/// scan, so it stays fast at a million patients.
///
/// Name words match the start of any last, first or preferred name. Several name words are first read
/// as a person's name, in name order: a whole last name and the start of the first ("smith jo",
/// "Smith, Jo"), or a whole first or preferred name and the start of the last ("shawn o'b"); then come
/// the others whose last and first names each word starts ("smi jo" finds Jonathan Smithers), in the
/// order of the most selective word's names. "Smith, Jo" wants the last name Smith exactly.
///
/// Its statements are prepared on the store's connection: keep it no longer than the store.
class PatientSearch final
{
public:
    /// `clock` tells today, which decides how a two-digit year reads ("3/4/61" is a date of birth in
    /// the past); without one, the system's.
    PatientSearch(Store &store, const Clock &clock);
    explicit PatientSearch(Store &store);
    ~PatientSearch();
    Q_DISABLE_COPY_MOVE(PatientSearch)

    /// At most `limit` patients, each once under its best MatchKind. Nothing for a query that is empty
    /// or only punctuation. Reads in one transaction, so the steps see one state of the file. Throws
    /// Error::Store, naming what failed, when the database fails; the read is ended either way.
    QList<PatientMatch> find(const QString &query, int limit = 20);

    /// SQLite's plan for each statement find(query) would run, one text per statement, its lines
    /// joined by newlines: lets tests and benchmarks hold every path of the search to an index.
    QStringList explain(const QString &query);

private:
    // Prepared statements by their SQL: a query per keystroke reuses them instead of preparing anew.
    struct Statements;
    Store &m_store;
    const Clock &m_clock;
    std::unique_ptr<Statements> m_statements;
};

} // namespace chairside
