#include "patientsearch.h"

#include "common/clock.h"
#include "store/database.h"
#include "store/patientrow.h"
#include "store/scopedtransaction.h"
#include "store/sqlitestatement.h"
#include "store/sqlquery.h"
#include "store/store.h"
#include "text/namenormalizer.h"
#include "text/typeddate.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

namespace chairside {

namespace {

constexpr int kLastNameKind = 0;
constexpr int kFirstNameKind = 1;
constexpr int kPreferredNameKind = 2;
constexpr int kAnyNameKind = kPreferredNameKind;

/// A word of a name as typed, folded. It matches a name token it is the start of, among the kinds
/// of name it may be. Words before a comma are a last name written out ("Smith, Jo"): they match a
/// whole last-name token, so Smithers is not a Smith.
struct NameWord
{
    QString prefix;
    bool whole = false;
    int firstKind = kLastNameKind;
    int lastKind = kAnyNameKind;
};

/// What the query asks for. Everything but the MRN is a condition the patient must meet.
struct Criteria
{
    QString mrn;
    QList<NameWord> words;
    std::optional<QDate> dob;
    bool contradictory = false; ///< two different dates of birth: nobody has both
    QString phone; ///< the start of the phone digits, 4 or more
    /// A bare yyyymmdd is a date, but it may as well be the start of a phone number.
    QString phoneAlternative;
};

enum class Driver
{
    Mrn,
    Dob,
    Phone,
    FullName,
    Name
};

struct Statement
{
    QString sql;
    QVariantList values;
};

/// One way of finding patients, ranked by its place in the plan. A full-name step runs several
/// statements whose rows are merged in name order; a name step's statement is chosen when it runs.
struct Step
{
    Driver driver;
    QList<Statement> statements;
};

const QString kColumns = PatientRow::columns("p");

/// The least string greater than every string that starts with the prefix: the range [prefix, end)
/// is then an index seek, where LIKE 'prefix%' would depend on the collation and the planner.
QString prefixEnd(const QString &prefix)
{
    Q_ASSERT(!prefix.isEmpty());
    std::u32string codes = prefix.toStdU32String();
    char32_t next = codes.back() + 1;
    if (next >= 0xD800 && next <= 0xDFFF)
        next = 0xE000;
    codes.back() = next;
    return QString::fromStdU32String(codes);
}

bool hasLetter(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
}

bool hasDigit(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

bool allDigits(QStringView word)
{
    return !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

/// The digits typed for a phone, without a North American country code written as its own group
/// ("+1 617", "1-617-555"): stored numbers have none.
QString phonePrefix(const QStringList &parts)
{
    const QString text = parts.join(QLatin1Char(' '));
    QString digits = NameNormalizer::phoneDigits(text);
    static const QRegularExpression countryCode(QStringLiteral(R"(^\D*1\D+\d)"));
    if (digits.startsWith(QLatin1Char('1')) && countryCode.match(text).hasMatch())
        digits.remove(0, 1);
    return digits.size() >= 4 ? digits : QString();
}

Criteria parse(const QString &query, QDate today)
{
    Criteria c;
    const QString trimmed = query.trimmed();
    if (!hasLetter(trimmed) && !hasDigit(trimmed))
        return c;
    c.mrn = trimmed;

    // "Smith, Jo": the words before the comma are the last name.
    const qsizetype comma = trimmed.indexOf(QLatin1Char(','));
    static const QRegularExpression separators(QStringLiteral(R"([\s,]+)"));
    QStringList phoneParts;
    QString compactDate;
    const auto addWords = [&](const QString &part, bool lastName) {
        for (const QString &word : part.split(separators, Qt::SkipEmptyParts)) {
            if (hasLetter(word)) {
                const QString folded = NameNormalizer::fold(word);
                if (!folded.isEmpty())
                    c.words << NameWord {
                        folded, lastName, kLastNameKind, lastName ? kLastNameKind : kAnyNameKind};
            } else if (!hasDigit(word)) {
                continue; // punctuation alone says nothing
            } else if (const auto date = TypedDate::birthDate(word, today)) {
                if (c.dob && *c.dob != *date)
                    c.contradictory = true;
                c.dob = date;
                if (allDigits(word))
                    compactDate = word;
            } else if (!word.contains(QLatin1Char('/'))) {
                phoneParts << word;
            }
            // A word with a slash that is not yet a date is one being typed: it waits until complete.
        }
    };
    addWords(comma < 0 ? trimmed : trimmed.left(comma), comma >= 0);
    if (comma >= 0)
        addWords(trimmed.mid(comma + 1), false);

    c.phone = phonePrefix(phoneParts);
    if (c.words.isEmpty() && c.phone.isEmpty() && !compactDate.isEmpty() && !c.contradictory)
        c.phoneAlternative = compactDate;
    return c;
}

/// A probe of the (patient_id, token) index for the row at hand. LIMIT 1 OFFSET 0 keeps it one: without
/// it a server's planner may turn the probe into a join that reads the word's whole range first (every
/// Khoury, to keep the one born on the day asked), which a prepared statement's generic plan does.
QString nameCondition(qsizetype index, const char *patientId)
{
    return QStringLiteral(
        " AND EXISTS (SELECT 1 FROM patient_name_token w%1 WHERE w%1.patient_id = %2"
        " AND w%1.token >= ? AND w%1.token < ? AND w%1.kind BETWEEN ? AND ? LIMIT 1 OFFSET 0)")
        .arg(index)
        .arg(QLatin1String(patientId));
}

/// The range of tokens a word matches. Tokens hold only letters and digits, so [word, word + U+0001)
/// holds the word alone: a whole word is the same condition as a prefix, and one statement serves both.
QVariantList wordRange(const NameWord &word)
{
    const QString end = word.whole ? QString(word.prefix + QChar(1)) : prefixEnd(word.prefix);
    return {word.prefix, end, word.firstKind, word.lastKind};
}

/// Each name word is a probe for the row at hand (nameCondition): a few rows only, on the date-of-birth
/// and phone paths.
void addNameConditions(Statement &statement, const QList<NameWord> &words)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        statement.sql += nameCondition(i, "p.id");
        statement.values << wordRange(words[i]);
    }
}

Step mrnStep(const QString &mrn)
{
    return {Driver::Mrn, {{QStringLiteral("SELECT %1 FROM patient p WHERE p.mrn = ?").arg(kColumns), {mrn}}}};
}

/// Patients born that day are few (about 35 a day at a million), so the dob index drives.
Step dobStep(const Criteria &c)
{
    Statement statement {QStringLiteral("SELECT %1 FROM patient p WHERE p.dob = ?").arg(kColumns),
        {c.dob->toString(Qt::ISODate)}};
    if (!c.phone.isEmpty()) {
        statement.sql += QLatin1String(" AND p.phone_digits >= ? AND p.phone_digits < ?");
        statement.values << c.phone << prefixEnd(c.phone);
    }
    // A name on record is in the sort key, which the dob index holds: a patient born that day with other
    // names is passed over on the index alone, without reading the row or probing the token key. Only a
    // preferred name (not in the sort key) needs the probe to tell.
    for (qsizetype i = 0; i < c.words.size(); ++i) {
        statement.sql += QLatin1String(" AND (instr(p.sort_key, ?) > 0 OR p.preferred_name <> '')")
            + nameCondition(i, "p.id");
        statement.values << c.words[i].prefix << wordRange(c.words[i]);
    }
    statement.sql += QLatin1String(" ORDER BY p.dob, p.sort_key, p.preferred_name, p.id");
    return {Driver::Dob, {statement}};
}

/// In the phone index's order, so the number typed in full comes before longer ones it starts.
Step phoneStep(const QString &digits, const QList<NameWord> &words)
{
    // The literal `<> ''` is what lets SQLite use the partial index.
    Statement statement {QStringLiteral("SELECT %1 FROM patient p WHERE p.phone_digits <> ''"
                                        " AND p.phone_digits >= ? AND p.phone_digits < ?")
                             .arg(kColumns),
        {digits, prefixEnd(digits)}};
    addNameConditions(statement, words);
    statement.sql += QLatin1String(" ORDER BY p.phone_digits, p.id");
    return {Driver::Phone, {statement}};
}

QString joined(const QList<NameWord> &words, qsizetype from, qsizetype to)
{
    QString text;
    for (qsizetype i = from; i < to; ++i)
        text += words[i].prefix;
    return text;
}

/// The words read as a person's name: a whole last name and the start of the first ("smith jo",
/// "jo smith", "Smith, Jo"), or a whole first name and the start of the last ("john smi"). Since
/// sort_key is "last first dob", each reading is one seek of the token key, to one token and a range
/// of sort keys, already in name order; so the desk's usual query costs a page of rows however common
/// the surname, where checking words row by row would walk every Smith before the Jo's.
Step fullNameStep(const QList<NameWord> &words)
{
    const QString sql
        = QStringLiteral("SELECT %1, t.sort_key FROM patient_name_token t CROSS JOIN patient p"
                         " WHERE t.token = ? AND t.kind = ? AND t.sort_key >= ? AND t.sort_key < ?"
                         " AND p.id = t.patient_id ORDER BY t.sort_key, t.patient_id LIMIT ?")
              .arg(kColumns);
    Step step {Driver::FullName, {}};
    const auto lastThenFirst = [&](const QString &last, const QString &first) {
        const QString start = last + QLatin1Char(' ') + first;
        step.statements << Statement {sql, {last, kLastNameKind, start, prefixEnd(start)}};
    };
    // The first name on record or the preferred one ("Shawn O'Brien" for Seán).
    const auto firstThenLast = [&](const QString &first, const QString &last) {
        for (int kind : {kFirstNameKind, kPreferredNameKind})
            step.statements << Statement {sql, {first, kind, last, prefixEnd(last)}};
    };
    const qsizetype lastNameWords
        = std::count_if(words.begin(), words.end(), [](const NameWord &w) { return w.whole; });
    if (lastNameWords > 0) {
        // "Last, First": the comma says which is which.
        const QString last = joined(words, 0, lastNameWords);
        const QString first = joined(words, lastNameWords, words.size());
        lastThenFirst(last, first);
        if (!first.isEmpty())
            firstThenLast(first, last + QLatin1Char(' '));
        return step;
    }
    const qsizetype n = words.size();
    lastThenFirst(joined(words, 0, n), QString());
    for (qsizetype split = 1; split < n; ++split) {
        const QString head = joined(words, 0, split);
        const QString tail = joined(words, split, n);
        lastThenFirst(head, tail);
        lastThenFirst(tail, head);
        firstThenLast(head, tail);
        firstThenLast(tail, head);
    }
    return step;
}

/// The statements to run, best-ranked first.
QList<Step> plan(const Criteria &c)
{
    QList<Step> steps;
    if (!c.mrn.isEmpty())
        steps << mrnStep(c.mrn);
    if (c.contradictory)
        return steps;
    if (c.dob)
        steps << dobStep(c);
    if (!c.phoneAlternative.isEmpty()) {
        steps << phoneStep(c.phoneAlternative, {});
    } else if (!c.dob && !c.phone.isEmpty()) {
        steps << phoneStep(c.phone, c.words);
    } else if (!c.dob && !c.words.isEmpty()) {
        if (c.words.size() > 1 || c.words.first().whole)
            steps << fullNameStep(c.words);
        steps << Step {Driver::Name, {}};
    }
    return steps;
}

/// True when every word is a whole name of the patient, not only the start of one.
bool namesWhole(const QList<NameWord> &words, const Patient &p)
{
    const QStringList tokens[] = {NameNormalizer::tokens(p.lastName), NameNormalizer::tokens(p.firstName),
        NameNormalizer::tokens(p.preferredName)};
    return std::all_of(words.begin(), words.end(), [&](const NameWord &word) {
        for (int kind = word.firstKind; kind <= word.lastKind; ++kind) {
            if (std::binary_search(tokens[kind].begin(), tokens[kind].end(), word.prefix))
                return true;
        }
        return false;
    });
}

MatchKind kindOf(Driver driver, const Criteria &c, const Patient &p)
{
    switch (driver) {
    case Driver::Mrn:
        return MatchKind::Mrn;
    case Driver::Dob:
        return !c.words.isEmpty() && namesWhole(c.words, p) ? MatchKind::NameAndDob : MatchKind::Dob;
    case Driver::Phone:
        return MatchKind::Phone;
    case Driver::FullName:
    case Driver::Name:
        break;
    }
    return MatchKind::NamePrefix;
}

/// Resets the statement however reading ends: a statement left mid-way holds a read transaction
/// open, which would pin the WAL and show this desk stale data.
class ResetWhenDone final
{
public:
    explicit ResetWhenDone(SqliteStatement &query)
        : m_query(query)
    { }
    ~ResetWhenDone() { m_query.reset(); }
    Q_DISABLE_COPY_MOVE(ResetWhenDone)

private:
    SqliteStatement &m_query;
};

/// Counting this far is cheap (a covering range of the key); a word with fewer tokens than this
/// drives a scan that ends within a millisecond even when it finds nobody.
constexpr int kRareWordTokens = 256;

} // namespace

struct PatientSearch::Statements
{
    explicit Statements(Database &database)
        : db(database)
    { }

    SqliteStatement &prepared(const QString &sql)
    {
        auto it = bySql.find(sql);
        if (it == bySql.end())
            it = bySql.emplace(sql, std::make_unique<SqliteStatement>(db, sql, "look up the patient")).first;
        return *it->second;
    }

    /// How many tokens the word matches, counting no further than kRareWordTokens.
    int tokenCount(const NameWord &word)
    {
        SqliteStatement &q = prepared(
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM patient_name_token WHERE token >= ?"
                           " AND token < ? AND kind BETWEEN ? AND ? LIMIT %1) AS matched")
                .arg(kRareWordTokens));
        const ResetWhenDone reset(q);
        q.exec(wordRange(word));
        return q.next() ? int(q.integer(0)) : 0;
    }

    /// Every patient each word starts a name of. One word drives a range scan of the token key, in
    /// (token, kind, sort_key) order so reading stops after a page; the others are checked row by row.
    /// The driver is a rare word when there is one (then the scan is short even if it finds few), else
    /// a whole last name, else the longest word. CROSS JOIN keeps the token table outermost whatever
    /// statistics ANALYZE gathers.
    ///
    /// With several words, only the names on record count (a preferred name is found written in full
    /// beside the last name, by fullNameStep): each of their tokens is part of the row's sort_key, so
    /// a substring test of the row in hand rules out almost every row before the index is probed.
    /// Probing for each row would cost a random read per row, thousands of them for a common surname.
    Statement nameScan(QList<NameWord> words)
    {
        qsizetype driver = 0;
        if (words.size() > 1) {
            for (NameWord &word : words)
                word.lastKind = std::min(word.lastKind, kFirstNameKind);
            if (auto statement = pairScan(words))
                return *statement;
            QList<int> counts;
            for (const NameWord &word : words)
                counts << tokenCount(word);
            const auto selectivity
                = [&](qsizetype i) { return std::tuple(-counts[i], words[i].whole, words[i].prefix.size()); };
            for (qsizetype i = 1; i < words.size(); ++i) {
                if (selectivity(i) > selectivity(driver))
                    driver = i;
            }
        }
        Statement statement {QStringLiteral("SELECT %1 FROM patient_name_token t CROSS JOIN patient p"
                                            " WHERE t.token >= ? AND t.token < ? AND t.kind BETWEEN ? AND ?"
                                            " AND p.id = t.patient_id")
                                 .arg(kColumns),
            wordRange(words[driver])};
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (i == driver)
                continue;
            // instr() is SQLite's; PostgreSQL spells it strpos().
            statement.sql
                += QLatin1String(" AND instr(t.sort_key, ?) > 0") + nameCondition(i, "t.patient_id");
            statement.values << words[i].prefix << wordRange(words[i]);
        }
        statement.sql += QLatin1String(" ORDER BY t.token, t.kind, t.sort_key, t.patient_id");
        return statement;
    }

    /// Several begun words, two of them read together from the pair key: the longest word as typed after
    /// the first two letters of the shortest (of two letters or more). Then the rows read are the page,
    /// bar the few where the shorter word's two letters begin a different word ("smart" for "smi"), which
    /// the row's sort key rules out. None when a word is too short for it, or when one word begins
    /// another: both may be the same name word then, and a pair holds two.
    std::optional<Statement> pairScan(const QList<NameWord> &words)
    {
        qsizetype longest = 0;
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (words[i].prefix.size() > words[longest].prefix.size())
                longest = i;
        }
        std::optional<qsizetype> shortest;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (i == longest || words[i].prefix.toUcs4().size() < 2)
                continue;
            if (!shortest || words[i].prefix.size() < words[*shortest].prefix.size())
                shortest = i;
        }
        if (!shortest)
            return std::nullopt;
        for (qsizetype i = 0; i < words.size(); ++i) {
            for (qsizetype j = 0; j < words.size(); ++j) {
                if (i != j && words[j].prefix.startsWith(words[i].prefix))
                    return std::nullopt;
            }
        }
        const NameWord &head = words[*shortest];
        const NameWord &tail = words[longest];
        const QString start = NameNormalizer::pairKey(head.prefix, tail.prefix);
        Statement statement {QStringLiteral("SELECT %1 FROM patient_name_pair pr CROSS JOIN patient p"
                                            " WHERE pr.pair >= ? AND pr.pair < ? AND p.id = pr.patient_id")
                                 .arg(kColumns),
            {start, tail.whole ? QString(start + QChar(1)) : prefixEnd(start)}};
        for (qsizetype i = 0; i < words.size(); ++i) {
            // The key itself says the longest word begins a last or first name, and that a name starts with
            // the shortest word's two letters; what it cannot say is checked for each row.
            const bool keySays = (i == longest && !words[i].whole)
                || (i == *shortest && !words[i].whole && words[i].prefix.toUcs4().size() == 2);
            if (keySays)
                continue;
            statement.sql
                += QLatin1String(" AND instr(pr.sort_key, ?) > 0") + nameCondition(i, "pr.patient_id");
            statement.values << words[i].prefix << wordRange(words[i]);
        }
        statement.sql += QLatin1String(" ORDER BY pr.pair, pr.sort_key, pr.patient_id");
        return statement;
    }

    /// Whether the step's statements end with "LIMIT ?", a page: every step that reads its rows in the
    /// order it shows them. The date of birth with names ranks the few born that day two ways and reads
    /// them all. SQLite stops where its reader stops anyway; a server sends every row a statement finds
    /// (the whole range of a one-letter name), so there the page's end must be in the statement.
    static bool readsAPage(const Step &step, const Criteria &criteria)
    {
        return step.driver == Driver::FullName || !(step.driver == Driver::Dob && !criteria.words.isEmpty());
    }

    QList<Statement> statementsOf(const Step &step, const Criteria &criteria)
    {
        QList<Statement> statements
            = step.driver == Driver::Name ? QList<Statement> {nameScan(criteria.words)} : step.statements;
        // The full name's readings carry their LIMIT already.
        if (step.driver != Driver::FullName && readsAPage(step, criteria)) {
            for (Statement &statement : statements)
                statement.sql += QLatin1String(" LIMIT ?");
        }
        return statements;
    }

    /// The step's next `room` patients, skipping those an earlier step found.
    QList<PatientMatch> run(const Step &step, const Criteria &criteria, qsizetype room, QSet<qint64> &seen)
    {
        return step.driver == Driver::FullName ? runMerged(step, room, seen)
                                               : runInOrder(step, criteria, room, seen);
    }

    /// Each reading is in name order and holds at most a page: merged, their first page is the step's.
    QList<PatientMatch> runMerged(const Step &step, qsizetype room, QSet<qint64> &seen)
    {
        QList<std::pair<QString, Patient>> named;
        for (const Statement &statement : step.statements) {
            SqliteStatement &q = prepared(statement.sql);
            const ResetWhenDone reset(q);
            q.exec(statement.values + QVariantList {room});
            while (q.next())
                named.append({q.text(8), PatientRow::from(q)});
        }
        std::sort(named.begin(), named.end(), [](const auto &a, const auto &b) {
            return std::pair(a.first, a.second.id) < std::pair(b.first, b.second.id);
        });
        QList<PatientMatch> rows;
        for (const auto &[sortKey, patient] : named) {
            if (rows.size() == room)
                break;
            if (!seen.contains(patient.id)) {
                seen.insert(patient.id);
                rows << PatientMatch {patient, MatchKind::NamePrefix};
            }
        }
        return rows;
    }

    QList<PatientMatch> runInOrder(
        const Step &step, const Criteria &criteria, qsizetype room, QSet<qint64> &seen)
    {
        // Only the date-of-birth step ranks its rows two ways (whole names first), so only it may need
        // to read past a page of lower-ranked rows; those are the few patients born that day.
        const bool ranksTwoWays = step.driver == Driver::Dob && !criteria.words.isEmpty();
        QList<PatientMatch> rows;
        qsizetype best = 0;
        const bool paged = readsAPage(step, criteria);
        for (const Statement &statement : statementsOf(step, criteria)) {
            SqliteStatement &q = prepared(statement.sql);
            const ResetWhenDone reset(q);
            // A page, and as many more as earlier steps' patients it may pass over.
            q.exec(paged ? statement.values + QVariantList {qint64(room + seen.size())} : statement.values);
            while (q.next()) {
                const Patient patient = PatientRow::from(q);
                if (seen.contains(patient.id))
                    continue;
                seen.insert(patient.id);
                const MatchKind kind = kindOf(step.driver, criteria, patient);
                if (kind == MatchKind::NameAndDob)
                    ++best;
                rows << PatientMatch {patient, kind};
                if (best >= room || (!ranksTwoWays && rows.size() >= room))
                    break;
            }
        }
        std::stable_sort(rows.begin(), rows.end(),
            [](const PatientMatch &a, const PatientMatch &b) { return int(a.kind) < int(b.kind); });
        return rows.mid(0, room);
    }

    Database &db;
    // One per shape of query (which index drives, how many name words): a handful in practice.
    std::map<QString, std::unique_ptr<SqliteStatement>> bySql;
};

PatientSearch::PatientSearch(Store &store)
    : PatientSearch(store, systemClock())
{ }

PatientSearch::PatientSearch(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_statements(std::make_unique<Statements>(store.database()))
{ }

PatientSearch::~PatientSearch() = default;

QList<PatientMatch> PatientSearch::find(const QString &query, int limit)
{
    QList<PatientMatch> result;
    const Criteria criteria = parse(query, m_clock.nowUtc().date());
    QSet<qint64> seen;
    // One snapshot for every step, and SQLite's read lock taken once instead of once a statement.
    ScopedTransaction read(m_store.database(), ScopedTransaction::Kind::Read);
    for (const Step &step : plan(criteria)) {
        const qsizetype room = limit - result.size();
        if (room <= 0)
            break;
        result << m_statements->run(step, criteria, room, seen);
    }
    read.commit();
    return result;
}

QStringList PatientSearch::explain(const QString &query)
{
    QStringList plans;
    const Criteria criteria = parse(query, m_clock.nowUtc().date());
    for (const Step &step : plan(criteria)) {
        for (Statement statement : m_statements->statementsOf(step, criteria)) {
            if (Statements::readsAPage(step, criteria))
                statement.values << 20; // its LIMIT: a page

            Database &db = m_store.database();
            const bool server = db.isPostgreSql();
            ScopedTransaction transaction(db, ScopedTransaction::Kind::Read);
            // The plan at a center's size: a small table read whole costs a server less than its index,
            // so sequential scans are priced out there, as thousands of patients would price them.
            if (server)
                db.execute(QStringLiteral("SET LOCAL enable_seqscan = off"), "explain the patient lookup");
            SqlQuery q(db,
                (server ? QStringLiteral("EXPLAIN (COSTS OFF) ") : QStringLiteral("EXPLAIN QUERY PLAN "))
                    + statement.sql,
                "explain the patient lookup");
            q.execList(statement.values);
            QStringList lines;
            while (q.next())
                lines << q.value(server ? 0 : 3).toString(); // SQLite's words are in its fourth column
            q.finish();
            transaction.commit();
            plans << lines.join(QLatin1Char('\n'));
        }
    }
    return plans;
}

} // namespace chairside
