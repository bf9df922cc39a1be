#include "catchqstring.h"
#include "common/clock.h"
#include "common/error.h"
#include "search/patientsearch.h"
#include "searchroster.h"
#include "store/database.h"
#include "store/scopedtransaction.h"
#include "store/store.h"
#include "text/namenormalizer.h"
#include "text/typeddate.h"

#include <QSet>

#include <algorithm>
#include <catch2/catch.hpp>
#include <iterator>
#include <random>

using namespace chairside;
using namespace chairside::test;

namespace {

QStringList mrns(const QList<PatientMatch> &matches)
{
    QStringList result;
    for (const PatientMatch &m : matches)
        result << m.patient.mrn;
    return result;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

bool allOfKind(const QList<PatientMatch> &matches, MatchKind kind)
{
    return std::all_of(
        matches.begin(), matches.end(), [kind](const PatientMatch &m) { return m.kind == kind; });
}

bool noDuplicates(const QList<PatientMatch> &matches)
{
    QSet<qint64> ids;
    for (const PatientMatch &m : matches)
        ids.insert(m.patient.id);
    return ids.size() == matches.size();
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

} // namespace

TEST_CASE("An MRN finds its patient first, letters and all")
{
    SearchRoster roster;
    PatientSearch search(roster.store);

    const auto byMrn = search.find(QStringLiteral("M0001"));
    REQUIRE(byMrn.size() == 1);
    CHECK(byMrn.first().patient.lastName == QLatin1String("Alvarez"));
    CHECK(byMrn.first().patient.dateOfBirth == QDate(1961, 3, 4));
    CHECK(byMrn.first().kind == MatchKind::Mrn);

    const auto withLetters = search.find(QStringLiteral("  MRN-004217 "));
    REQUIRE(!withLetters.isEmpty());
    CHECK(withLetters.first().patient.mrn == QLatin1String("MRN-004217"));
    CHECK(withLetters.first().kind == MatchKind::Mrn);

    const auto digitsOnly = search.find(QStringLiteral("004218"));
    REQUIRE(!digitsOnly.isEmpty());
    CHECK(digitsOnly.first().patient.lastName == QLatin1String("Nguyen"));
    CHECK(digitsOnly.first().kind == MatchKind::Mrn);
}

TEST_CASE("A name is found as the desk hears it")
{
    SearchRoster roster;
    PatientSearch search(roster.store);
    const QStringList smiths = list({"M0009", "M0007", "M0006", "MRN-004217", "M0017", "M0008"});

    SECTION("a surname, whole or begun, lists last names before first names and longer names after")
    {
        CHECK(mrns(search.find(QStringLiteral("smith"))) == smiths);
        CHECK(mrns(search.find(QStringLiteral("smi"))) == smiths);
        CHECK(mrns(search.find(QStringLiteral("SMITH"))) == smiths);
        CHECK(allOfKind(search.find(QStringLiteral("smi")), MatchKind::NamePrefix));
    }
    SECTION("without the accents, or with them")
    {
        const QStringList joses = list({"M0002", "M0003", "M0015"});
        CHECK(sorted(mrns(search.find(QStringLiteral("jose")))) == joses);
        CHECK(sorted(mrns(search.find(QStringLiteral("José")))) == joses);
        CHECK(sorted(mrns(search.find(QStringLiteral("JOSÉ")))) == joses);
        CHECK(mrns(search.find(QStringLiteral("garcia"))) == list({"M0002"}));
        CHECK(mrns(search.find(QStringLiteral("muller"))) == list({"M0010"}));
        CHECK(mrns(search.find(QStringLiteral("Müller"))) == list({"M0010"}));
        CHECK(mrns(search.find(QStringLiteral("zoe"))) == list({"M0010"}));
    }
    SECTION("without the apostrophe, or with it, or by the preferred name")
    {
        CHECK(mrns(search.find(QStringLiteral("obrien"))) == list({"M0004"}));
        CHECK(mrns(search.find(QStringLiteral("O'Brien"))) == list({"M0004"}));
        CHECK(mrns(search.find(QStringLiteral("O’Brien"))) == list({"M0004"}));
        CHECK(mrns(search.find(QStringLiteral("brien"))) == list({"M0004"}));
        CHECK(mrns(search.find(QStringLiteral("sean"))) == list({"M0004"}));
        CHECK(mrns(search.find(QStringLiteral("shawn"))) == list({"M0004"}));
        CHECK(mrns(search.find(QStringLiteral("shawn obrien"))) == list({"M0004"}));
        CHECK(mrns(search.find(QStringLiteral("Shawn O'B"))) == list({"M0004"}));
        CHECK(mrns(search.find(QStringLiteral("obrien shawn"))) == list({"M0004"}));
        CHECK(mrns(search.find(QStringLiteral("O'Brien, Shawn"))) == list({"M0004"}));
        CHECK(mrns(search.find(QStringLiteral("O'Brien, Se"))) == list({"M0004"}));
    }
    SECTION("a hyphenated or several-word name by any of its words")
    {
        CHECK(sorted(mrns(search.find(QStringLiteral("nguyen tran")))) == list({"004218", "M0005"}));
        CHECK(mrns(search.find(QStringLiteral("Nguyen-Tran"))) == list({"M0005"}));
        CHECK(mrns(search.find(QStringLiteral("nguyentran"))) == list({"M0005"}));
        CHECK(mrns(search.find(QStringLiteral("linh nguyen"))) == list({"M0005"}));
        CHECK(mrns(search.find(QStringLiteral("tran linh"))) == list({"M0005"}));
        CHECK(mrns(search.find(QStringLiteral("de la cruz"))) == list({"M0015"}));
        CHECK(mrns(search.find(QStringLiteral("delacruz"))) == list({"M0015"}));
        CHECK(mrns(search.find(QStringLiteral("cruz maria"))) == list({"M0015"}));
        CHECK(mrns(search.find(QStringLiteral("maria alv"))) == list({"M0001"}));
        CHECK(mrns(search.find(QStringLiteral("maria jose de"))) == list({"M0015"}));
        CHECK(mrns(search.find(QStringLiteral("cruz mar"))) == list({"M0015"}));
        CHECK(mrns(search.find(QStringLiteral("de cruz"))) == list({"M0015"}));
    }
    SECTION("several words, each the start of a name")
    {
        CHECK(sorted(mrns(search.find(QStringLiteral("smi jo"))))
            == list({"M0006", "M0007", "M0008", "M0017"}));
        CHECK(sorted(mrns(search.find(QStringLiteral("jo smi"))))
            == list({"M0006", "M0007", "M0008", "M0017"}));
        // Read as a name first, in name order: last Smith and first Jo..., or first Smith and last Jo...
        // (Smith Jones); then the other arrangements (Jonathan Smithers).
        CHECK(mrns(search.find(QStringLiteral("smith jo"))) == list({"M0017", "M0007", "M0006", "M0008"}));
        CHECK(mrns(search.find(QStringLiteral("jo smith"))) == list({"M0017", "M0007", "M0006", "M0008"}));
        CHECK(mrns(search.find(QStringLiteral("smith jo"), 3)) == list({"M0017", "M0007", "M0006"}));
        CHECK(mrns(search.find(QStringLiteral("john smith"))) == list({"M0006"}));
    }
    SECTION("\"Last, First\": the whole last name, then the start of the first")
    {
        CHECK(mrns(search.find(QStringLiteral("Smith, Jo"))) == list({"M0007", "M0006"}));
        CHECK(mrns(search.find(QStringLiteral("smith,jo"))) == list({"M0007", "M0006"}));
        CHECK(mrns(search.find(QStringLiteral("Smith, John"))) == list({"M0006"}));
        CHECK(mrns(search.find(QStringLiteral("Smith,"))) == list({"M0009", "M0007", "M0006", "MRN-004217"}));
        CHECK(mrns(search.find(QStringLiteral("Jones, Smith"))) == list({"M0017"}));
        CHECK(mrns(search.find(QStringLiteral("Nguyen-Tran, Linh"))) == list({"M0005"}));
        CHECK(mrns(search.find(QStringLiteral("O'Brien, Seán"))) == list({"M0004"}));
        CHECK(mrns(search.find(QStringLiteral("de la Cruz, María"))) == list({"M0015"}));
        CHECK(search.find(QStringLiteral("Smit, Jo")).isEmpty());
        CHECK(search.find(QStringLiteral("Jo, Smith")).isEmpty());
    }
    SECTION("a name nobody has")
    {
        CHECK(search.find(QStringLiteral("zz")).isEmpty());
        CHECK(search.find(QStringLiteral("smith zz")).isEmpty());
    }
}

TEST_CASE("A date of birth is read in the forms people write it")
{
    SearchRoster roster;
    PatientSearch search(roster.store);
    // Born 4 March 1961, in name order: Alvarez, Martinez, Smith, Smithers.
    const QStringList born = list({"M0001", "M0003", "M0006", "M0008"});

    for (const char *form : {"1961-03-04", "1961-3-4", "03/04/1961", "3/4/1961", "03-04-1961", "3.4.1961"}) {
        INFO(form);
        const auto found = search.find(QString::fromLatin1(form));
        CHECK(mrns(found) == born);
        CHECK(allOfKind(found, MatchKind::Dob));
    }
    CHECK(search.find(QStringLiteral("04/03/1961")).isEmpty()); // month first: 3 April
    CHECK(search.find(QStringLiteral("02/30/1961")).isEmpty());
}

TEST_CASE("Eight digits are tried as an MRN before they are read as a date")
{
    SearchRoster roster;
    PatientSearch search(roster.store);
    const auto found = search.find(QStringLiteral("19610304"));
    REQUIRE(mrns(found) == list({"19610304", "M0001", "M0003", "M0006", "M0008"}));
    CHECK(found.first().kind == MatchKind::Mrn);
    CHECK(allOfKind(found.mid(1), MatchKind::Dob));

    // Without that MRN it is the date alone.
    const auto date = search.find(QStringLiteral("19700505"));
    CHECK(mrns(date) == list({"M0014", "M0013"}));
    CHECK(allOfKind(date, MatchKind::Dob));
}

TEST_CASE("Phone digits find a patient whatever the punctuation")
{
    SearchRoster roster;
    PatientSearch search(roster.store);

    const auto shared = search.find(QStringLiteral("617-555"));
    CHECK(mrns(shared) == list({"M0001", "M0002"}));
    CHECK(allOfKind(shared, MatchKind::Phone));
    for (const char *form : {"(617) 555-0142", "6175550142", "617 555 0142", "617.555.0142",
             "+1 617 555 0142", "1-617-555-0142", "16175550142"}) {
        INFO(form);
        CHECK(mrns(search.find(QString::fromLatin1(form))) == list({"M0001"}));
    }
    CHECK(mrns(search.find(QStringLiteral("2125"))) == list({"M0004"}));
    CHECK(mrns(search.find(QStringLiteral("718-555"))) == list({"M0006"}));
    // Fewer than four digits say too little, and the typed digits must be the start of the number.
    CHECK(search.find(QStringLiteral("617")).isEmpty());
    CHECK(search.find(QStringLiteral("5550142")).isEmpty());
    // A name narrows the phone matches.
    CHECK(mrns(search.find(QStringLiteral("garcia 617-555"))) == list({"M0002"}));
}

TEST_CASE("A name with a date of birth ranks the whole name above a begun one")
{
    SearchRoster roster;
    PatientSearch search(roster.store);

    const auto smith = search.find(QStringLiteral("smith 1961-03-04"));
    REQUIRE(mrns(smith) == list({"M0006", "M0008"}));
    CHECK(smith[0].kind == MatchKind::NameAndDob);
    CHECK(smith[1].kind == MatchKind::Dob);

    const auto jose = search.find(QStringLiteral("jose 03/04/1961"));
    REQUIRE(mrns(jose) == list({"M0003"}));
    CHECK(jose[0].kind == MatchKind::NameAndDob);
    CHECK(mrns(search.find(QStringLiteral("José 3/4/1961"))) == list({"M0003"}));
    const auto compact = search.find(QStringLiteral("Alvarez Maria 19610304"));
    REQUIRE(mrns(compact) == list({"M0001"}));
    CHECK(compact[0].kind == MatchKind::NameAndDob);

    // Adams comes before Zimmer by name, but only Zimmer's first name is "Jo" exactly.
    const auto jo = search.find(QStringLiteral("jo 1970-05-05"));
    REQUIRE(mrns(jo) == list({"M0013", "M0014"}));
    CHECK(jo[0].kind == MatchKind::NameAndDob);
    CHECK(jo[1].kind == MatchKind::Dob);

    const auto lastFirst = search.find(QStringLiteral("Smith, Jo 1961-03-04"));
    REQUIRE(mrns(lastFirst) == list({"M0006"}));
    CHECK(lastFirst[0].kind == MatchKind::Dob);

    // Nobody is born on two days.
    CHECK(search.find(QStringLiteral("smith 1972-05-05 1961-03-04")).isEmpty());
    CHECK(search.find(QStringLiteral("garcia 1961-03-04")).isEmpty());
}

TEST_CASE("Prefix matches come in name order, one page at a time")
{
    TempStore temp;
    const char *const firstNames[] = {"Wei", "Ana", "Sung-min", "Chloé", "Marcus", "Priya", "Dmitri", "Aoife",
        "Kwame", "Fatima", "Hiroshi", "Olga", "Tomás", "Grace", "Noah", "Zainab", "Eun-ji", "Björn", "Leila",
        "Mateo", "Ngozi", "Ivan", "Siobhán", "Ravi", "Camille", "Yusuf", "Hana", "Pedro", "Ingrid", "Kofi"};
    QStringList expected;
    {
        const auto transaction = temp->transaction();
        int n = 0;
        for (const char *first : firstNames) {
            Patient p;
            p.mrn = QStringLiteral("L%1").arg(++n, 4, 10, QLatin1Char('0'));
            p.firstName = QString::fromUtf8(first);
            p.lastName = n % 3 == 0 ? QStringLiteral("LEE") : QStringLiteral("Lee");
            p.dateOfBirth = QDate(1940, 1, 1).addDays(n * 811);
            temp->addPatient(p);
            expected << NameNormalizer::sortKey(p.lastName, p.firstName, p.dateOfBirth);
        }
        // The same name twice: the older patient first.
        for (const QDate dob : {QDate(1990, 6, 1), QDate(1950, 6, 1)}) {
            Patient p;
            p.mrn = QStringLiteral("L%1").arg(++n, 4, 10, QLatin1Char('0'));
            p.firstName = QStringLiteral("Grace");
            p.lastName = QStringLiteral("Lee");
            p.dateOfBirth = dob;
            temp->addPatient(p);
            expected << NameNormalizer::sortKey(p.lastName, p.firstName, p.dateOfBirth);
        }
        Patient leeds;
        leeds.mrn = QStringLiteral("L0900");
        leeds.firstName = QStringLiteral("Aaron");
        leeds.lastName = QStringLiteral("Leeds");
        leeds.dateOfBirth = QDate(1977, 7, 7);
        temp->addPatient(leeds);
        transaction->commit();
    }
    std::sort(expected.begin(), expected.end());
    // Longer names that start the same come after the whole word.
    expected << NameNormalizer::sortKey(u"Leeds", u"Aaron", QDate(1977, 7, 7));

    PatientSearch search(temp.store());
    const auto keysOf = [](const QList<PatientMatch> &matches) {
        QStringList keys;
        for (const PatientMatch &m : matches)
            keys << NameNormalizer::sortKey(m.patient.lastName, m.patient.firstName, m.patient.dateOfBirth);
        return keys;
    };

    const auto page = search.find(QStringLiteral("lee"));
    REQUIRE(page.size() == 20);
    CHECK(keysOf(page) == expected.mid(0, 20));
    CHECK(allOfKind(page, MatchKind::NamePrefix));
    CHECK(keysOf(search.find(QStringLiteral("le"), 5)) == expected.mid(0, 5));
    CHECK(keysOf(search.find(QStringLiteral("lee"), 200)) == expected);
    CHECK(search.find(QStringLiteral("lee"), 0).isEmpty());

    const auto graces = search.find(QStringLiteral("Lee, Grace"));
    REQUIRE(graces.size() == 3);
    CHECK(graces[0].patient.dateOfBirth < graces[1].patient.dateOfBirth);
    CHECK(graces[1].patient.dateOfBirth < graces[2].patient.dateOfBirth);
}

TEST_CASE("A patient is listed once, under the best way they matched")
{
    SearchRoster roster;
    // Her MRN is also her phone number.
    roster.add(QStringLiteral("6175550142"), QStringLiteral("Inés"), QStringLiteral("Alvarez-Ruiz"),
        QDate(1993, 10, 2), QStringLiteral("617-555-0142"));
    PatientSearch search(roster.store);

    for (const char *query :
        {"nguyen", "nguyen tran", "jo", "smith", "alvarez", "alvarez ruiz", "s", "617-555"}) {
        INFO(query);
        const auto found = search.find(QString::fromUtf8(query));
        CHECK(!found.isEmpty());
        CHECK(noDuplicates(found));
    }
    // "Nguyen-Tran" has the tokens nguyen and nguyentran; both start with "nguyen".
    CHECK(sorted(mrns(search.find(QStringLiteral("nguyen")))) == list({"004218", "M0005"}));

    const auto byNumber = search.find(QStringLiteral("6175550142"));
    REQUIRE(mrns(byNumber) == list({"6175550142", "M0001"}));
    CHECK(byNumber[0].kind == MatchKind::Mrn);
    CHECK(byNumber[1].kind == MatchKind::Phone);
}

TEST_CASE("A query with nothing to look for finds nobody")
{
    SearchRoster roster;
    PatientSearch search(roster.store);
    for (const char *query : {"", "   ", "\t\n", "'", "-,.", " , ", "()", "/"}) {
        INFO('"' << query << '"');
        CHECK(search.find(QString::fromLatin1(query)).isEmpty());
        CHECK(search.explain(QString::fromLatin1(query)).isEmpty());
    }
}

TEST_CASE("A date or number still being typed does not hide the names typed so far")
{
    SearchRoster roster;
    PatientSearch search(roster.store);
    const QStringList smiths = mrns(search.find(QStringLiteral("smith")));
    REQUIRE(smiths.size() == 6);
    CHECK(mrns(search.find(QStringLiteral("smith 03/04"))) == smiths);
    CHECK(mrns(search.find(QStringLiteral("smith 1"))) == smiths);
    CHECK(mrns(search.find(QStringLiteral("smith 03/04/1961"))) == list({"M0006", "M0008"}));
}

TEST_CASE("Every path of the lookup runs on an index")
{
    SearchRoster roster;
    PatientSearch search(roster.store);
    for (const char *query : {"smith", "s", "smith jo", "smi jo", "shawn obrien", "Smith, Jo",
             "nguyen tran linh", "1961-03-04", "smith 1961-03-04", "617-555", "garcia 617-555",
             "smith 1961-03-04 718-555", "M0001", "19610304"}) {
        const QStringList plans = search.explain(QString::fromLatin1(query));
        REQUIRE(!plans.isEmpty());
        for (const QString &plan : plans) {
            INFO(query << ":\n" << plan.toStdString());
            if (roster.store.database().isPostgreSql()) {
                // PostgreSQL's words: an index scan with its condition, never a whole table. (Its planner
                // may sort the few rows a rare word finds rather than walk the common one in order.)
                CHECK(plan.contains(QLatin1String("Index")));
                CHECK(plan.contains(QLatin1String("Cond:")));
                CHECK(!plan.contains(QLatin1String("Seq Scan")));
                continue;
            }
            CHECK((plan.contains(QLatin1String("USING INDEX"))
                || plan.contains(QLatin1String("USING PRIMARY KEY"))
                || plan.contains(QLatin1String("USING COVERING INDEX"))
                || plan.contains(QLatin1String("USING INTEGER PRIMARY KEY"))));
            CHECK(!plan.contains(QLatin1String("SCAN patient")));
            CHECK(!plan.contains(QLatin1String("SCAN t")));
            CHECK(!plan.contains(QLatin1String("TEMP B-TREE")));
        }
    }
    if (roster.store.database().isPostgreSql()) {
        const QString namePlan = search.explain(QStringLiteral("smith")).last();
        INFO(namePlan.toStdString());
        CHECK(namePlan.contains(QLatin1String("patient_name_token_pkey")));
        CHECK(namePlan.contains(QLatin1String("(token >= ")));
        CHECK(namePlan.contains(QLatin1String("patient_pkey")));
        CHECK(!namePlan.contains(QLatin1String("Sort")));
        CHECK(search.explain(QStringLiteral("1961-03-04")).last().contains(QLatin1String("patient_dob")));
        CHECK(search.explain(QStringLiteral("617-555")).last().contains(QLatin1String("patient_phone")));
        return;
    }
    // The name path: a range of the token key, the patient row by its id.
    const QString namePlan = search.explain(QStringLiteral("smith")).last();
    CHECK(namePlan.contains(QLatin1String("SEARCH t USING PRIMARY KEY (token>? AND token<?)")));
    CHECK(namePlan.contains(QLatin1String("SEARCH p USING INTEGER PRIMARY KEY (rowid=?)")));
    // Read as a full name: one token and a range of sort keys.
    const QStringList fullName = search.explain(QStringLiteral("smith jo"));
    CHECK(fullName
              .filter(QStringLiteral("USING PRIMARY KEY (token=? AND kind=? AND sort_key>? AND sort_key<?)"))
              .size()
        == fullName.size() - 2);
    CHECK(search.explain(QStringLiteral("1961-03-04"))
              .last()
              .contains(QLatin1String("USING INDEX patient_dob (dob=?)")));
    CHECK(search.explain(QStringLiteral("617-555"))
              .last()
              .contains(QLatin1String("USING INDEX patient_phone")));
}

TEST_CASE("The lookup sees a patient another desk has just registered")
{
    SearchRoster roster;
    PatientSearch search(roster.store);
    // Stops reading part-way through the Smiths.
    REQUIRE(search.find(QStringLiteral("smith"), 1).size() == 1);

    Store otherDesk(roster.temp.path());
    Patient p;
    p.mrn = QStringLiteral("M0100");
    p.firstName = QStringLiteral("Priya");
    p.lastName = QStringLiteral("Smithfield");
    p.dateOfBirth = QDate(1982, 2, 2);
    otherDesk.addPatient(p);

    CHECK(mrns(search.find(QStringLiteral("M0100"))) == list({"M0100"}));
    CHECK(mrns(search.find(QStringLiteral("smithf"))) == list({"M0100"}));
}

TEST_CASE("Begun words find exactly the patients whose names each word begins")
{
    // Names that share their first letters, hyphens and apostrophes, a name repeated as a first and a
    // last name, and preferred names: every way a word can begin a name, or begin it only in part.
    const char *const lastNames[] = {"Smith", "Smithers", "Smart", "Small", "Johnson", "Jones", "Nguyen-Tran",
        "O'Brien", "de la Cruz", "Ó Súilleabháin", "Sánchez", "Sanders", "Li", "Lin", "James"};
    const char *const firstNames[] = {"John", "Joanna", "Jonathan", "Jo", "Sam", "Samantha", "Mary Ann",
        "María José", "Seán", "Siobhán", "James", "Li", "Linh", "Smith"};
    const char *const preferredNames[] = {"", "", "", "Shawn", "Jojo", "Sam"};
    TempStore temp;
    QList<Patient> patients;
    std::mt19937 dice(20261127);
    const auto pick = [&](const auto &items) { return QString::fromUtf8(items[dice() % std::size(items)]); };
    {
        const auto transaction = temp->transaction();
        for (int n = 1; n <= 240; ++n) {
            Patient p;
            p.mrn = QStringLiteral("B%1").arg(n, 4, 10, QLatin1Char('0'));
            p.lastName = pick(lastNames);
            p.firstName = pick(firstNames);
            p.preferredName = pick(preferredNames);
            p.dateOfBirth = QDate(1940, 1, 1).addDays(n * 97);
            p.id = temp->addPatient(p);
            patients << p;
        }
        transaction->commit();
    }
    const auto begins = [](const QStringList &tokens, const QString &word) {
        return std::any_of(
            tokens.begin(), tokens.end(), [&](const QString &t) { return t.startsWith(word); });
    };
    // The words people type: the start of some name word, sometimes a letter more that fits nobody.
    QStringList allTokens;
    for (const char *name : lastNames)
        allTokens << NameNormalizer::tokens(QString::fromUtf8(name));
    for (const char *name : firstNames)
        allTokens << NameNormalizer::tokens(QString::fromUtf8(name));
    const auto typedWord = [&] {
        const QString token = allTokens[dice() % allTokens.size()];
        QString word = token.left(1 + dice() % token.size());
        if (dice() % 8 == 0)
            word += QLatin1Char('q');
        return word;
    };

    PatientSearch search(temp.store());
    int pairs = 0;
    for (int round = 0; round < 400; ++round) {
        QStringList words {typedWord(), typedWord()};
        if (round % 5 == 0)
            words << typedWord();
        const QString query = words.join(QLatin1Char(' '));
        INFO(query.toStdString());
        QSet<qint64> onRecord; // every word begins a last or first name
        // Every word, or words run together ("o brien" for O'Brien), begins one of the names, the
        // preferred one too.
        QSet<qint64> anyName;
        for (const Patient &p : patients) {
            const QStringList recorded
                = NameNormalizer::tokens(p.lastName) + NameNormalizer::tokens(p.firstName);
            const QStringList all = recorded + NameNormalizer::tokens(p.preferredName);
            if (std::all_of(
                    words.begin(), words.end(), [&](const QString &w) { return begins(recorded, w); }))
                onRecord.insert(p.id);
            for (int cuts = 0; cuts < 1 << (words.size() - 1); ++cuts) {
                QStringList groups {words[0]};
                for (qsizetype i = 1; i < words.size(); ++i) {
                    if (cuts & (1 << (i - 1)))
                        groups << words[i];
                    else
                        groups.last() += words[i];
                }
                if (std::all_of(
                        groups.begin(), groups.end(), [&](const QString &g) { return begins(all, g); }))
                    anyName.insert(p.id);
            }
        }
        QSet<qint64> found;
        for (const PatientMatch &m : search.find(query, 1000))
            found.insert(m.patient.id);
        CHECK(found.contains(onRecord));
        CHECK(anyName.contains(found));
        const QString plan = search.explain(query).join(QLatin1Char('\n'));
        if (plan.contains(QLatin1String("SEARCH pr USING PRIMARY KEY (pair>? AND pair<?)"))
            || (plan.contains(QLatin1String("patient_name_pair_pkey"))
                && plan.contains(QLatin1String("(pair >= "))))
            ++pairs;
    }
    // The pair key was what answered most of them; the rest were words one of which begins another.
    CHECK(pairs > 200);
}

TEST_CASE("A lookup that fails part-way ends its read, names what failed, and the desk can still write")
{
    SearchRoster roster;
    PatientSearch search(roster.store);
    REQUIRE_FALSE(search.find(QStringLiteral("smi jo")).isEmpty());
    // The pair index gone from under the lookup stands for any failure between its first and last read.
    Database &db = roster.store.database();
    db.execute(QStringLiteral("ALTER TABLE patient_name_pair RENAME TO pairs_aside"), "hide the pair index");
    REQUIRE_THROWS_MATCHES(
        search.find(QStringLiteral("smi jo")), Error, Catch::Predicate<Error>([](const Error &e) {
            return e.kind() == Error::Kind::Store && e.message().contains(QLatin1String("patient_name_pair"))
                && !e.message().startsWith(QLatin1String("Could not x"));
        }));
    REQUIRE(db.transactionDepth() == 0);
    db.execute(
        QStringLiteral("ALTER TABLE pairs_aside RENAME TO patient_name_pair"), "put the pair index back");
    // Before, the connection stayed inside the read, and every later write failed until a restart.
    const Patient added = roster.add(
        QStringLiteral("M9001"), QStringLiteral("Ada"), QStringLiteral("Lovelace"), QDate(1915, 12, 10));
    REQUIRE(added.id > 0);
    REQUIRE(mrns(search.find(QStringLiteral("lovelace"))) == list({"M9001"}));
}

TEST_CASE("A lookup inside a write sees what the write has done")
{
    SearchRoster roster;
    PatientSearch search(roster.store);
    ScopedTransaction write(roster.store.database());
    roster.add(
        QStringLiteral("M9002"), QStringLiteral("Grace"), QStringLiteral("Hopper"), QDate(1906, 12, 9));
    REQUIRE(mrns(search.find(QStringLiteral("hopper grace"))) == list({"M9002"}));
    write.commit();
}

TEST_CASE("The search box reads a date as the desk's date field does")
{
    SearchRoster roster;
    FixedClock clock(utc("2026-12-01T15:00:00Z"));
    PatientSearch search(roster.store, clock);
    const QStringList born = list({"M0001", "M0003", "M0006", "M0008"});
    for (const char *form : {"3/4/61", "03041961", "3-4-61"}) {
        INFO(form);
        CHECK(mrns(search.find(QString::fromLatin1(form))) == born);
        CHECK(TypedDate::birthDateIn(QString::fromLatin1(form), clock.nowUtc().date()) == QDate(1961, 3, 4));
    }
}
