#include "common/error.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "store/scopedtransaction.h"
#include "store/sqlquery.h"
#include "store/store.h"
#include "tempstore.h"
#include "text/namenormalizer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &db, const QString &name)
{
    SqlQuery q(db, QStringLiteral("PRAGMA ") + name, "read a pragma");
    q.exec();
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("A new file is created at the latest schema with WAL, full sync and foreign keys")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
    Database db(path);
    REQUIRE(db.version() == Database::latestVersion());
    REQUIRE(Database::latestVersion() >= 2);
    REQUIRE(pragma(db, QStringLiteral("journal_mode")) == QLatin1String("wal"));
    REQUIRE(pragma(db, QStringLiteral("synchronous")) == QLatin1String("2"));
    REQUIRE(pragma(db, QStringLiteral("foreign_keys")) == QLatin1String("1"));
    // The connection waits for other desks' writes with its own busy handler (Database::waitForLock),
    // which SQLite's busy_timeout pragma does not report: tests/reliability/tst_waiting.cpp checks it.
}

TEST_CASE("Every earlier schema version migrates to the latest and keeps its data")
{
    for (int from = 1; from < Database::latestVersion(); ++from) {
        DYNAMIC_SECTION("from version " << from)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.sqlite"));
            {
                Database old(path, from);
                REQUIRE(old.version() == from);
                // Every column, as the store has always written them: the center table has no defaults.
                old.execute(
                    QStringLiteral("INSERT INTO center (name, time_zone, early_arrival_minutes, "
                                   "grace_minutes, eligibility_fresh_days, pharmacy_lead_hours, "
                                   "slot_grid_minutes, no_show_fee_cents) "
                                   "VALUES ('Old Center', 'America/New_York', 45, 20, 30, 24, 15, 5000)"),
                    "insert a center");
            }
            Store store(path);
            REQUIRE(store.database().version() == Database::latestVersion());
            const auto center = store.centerByName(QStringLiteral("Old Center"));
            REQUIRE(center.has_value());
            REQUIRE(center->policy.earlyArrivalMinutes == 45);
            REQUIRE(center->policy.graceMinutes == 20);
        }
    }
}

TEST_CASE("A CHECK against a list of three or more values is written as comparisons, the rest kept")
{
    REQUIRE(Database::withoutListChecks(QStringLiteral(
                "CREATE TABLE t (a TEXT CHECK (a IN ('x', 'y', 'z')), b INTEGER CHECK (b IN (0, 1)), "
                "c TEXT CHECK (c IN ('', 'p',\n    'q')), d TEXT CHECK (d IN ('one', 'two')))"))
        == QLatin1String("CREATE TABLE t (a TEXT CHECK ((a = 'x' OR a = 'y' OR a = 'z')), "
                         "b INTEGER CHECK (b IN (0, 1)), c TEXT CHECK ((c = '' OR c = 'p' OR c = 'q')), "
                         "d TEXT CHECK (d IN ('one', 'two')))"));
    const QString plain = QStringLiteral("CREATE TABLE u (id INTEGER PRIMARY KEY, note TEXT)");
    REQUIRE(Database::withoutListChecks(plain) == plain);
}

TEST_CASE("The schema's checks need no table built per row, and still refuse what they refused")
{
    for (const int from : {12, Database::latestVersion()}) {
        DYNAMIC_SECTION((from == 12 ? "migrated from version 12" : "created new"))
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("checks.sqlite"));
            {
                Database old(path, from);
            }
            Database db(path);
            {
                // No table is left with a list of three or more values to check against.
                SqlQuery tables(db,
                    QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table'"),
                    "read the tables");
                tables.exec();
                int read = 0;
                while (tables.next()) {
                    ++read;
                    INFO(tables.value(0).toString().toStdString());
                    REQUIRE(Database::withoutListChecks(tables.value(1).toString())
                        == tables.value(1).toString());
                }
                REQUIRE(read > 20);
            }
            // Writing a message costs no temporary table: SQLite's plan for it opens none.
            {
                SqlQuery plan(db,
                    QStringLiteral(
                        "EXPLAIN INSERT INTO interface_message (received_at, channel, format, raw, "
                        "state, needs_kind) VALUES (1, 'file', 'hl7v2', x'00', 'applied', '')"),
                    "explain the insert");
                plan.exec();
                while (plan.next())
                    REQUIRE(plan.value(1).toString() != QLatin1String("OpenEphemeral"));
            }
            const auto insert = [&db](const QString &channel, const QString &state) {
                db.execute(QStringLiteral("INSERT INTO interface_message (received_at, channel, format, raw, "
                                          "state) VALUES (1, '%1', 'hl7v2', x'00', '%2')")
                               .arg(channel, state),
                    "record a message");
            };
            REQUIRE_NOTHROW(insert(QStringLiteral("folder"), QStringLiteral("ignored")));
            REQUIRE_THROWS_AS(insert(QStringLiteral("smtp"), QStringLiteral("applied")), Error);
            REQUIRE_THROWS_AS(insert(QStringLiteral("file"), QStringLiteral("lost")), Error);
            const auto addUser = [&db](const QString &name, const QString &role) {
                db.execute(
                    QStringLiteral("INSERT INTO app_user (name, role, created_at) VALUES ('%1', '%2', 1)")
                        .arg(name, role),
                    "add a user");
            };
            REQUIRE_NOTHROW(addUser(QStringLiteral("nurse1"), QStringLiteral("nurse")));
            REQUIRE_THROWS_AS(addUser(QStringLiteral("janitor1"), QStringLiteral("janitor")), Error);
            REQUIRE(pragma(db, QStringLiteral("integrity_check")) == QLatin1String("ok"));
        }
    }
}

TEST_CASE("A database from a newer program is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db(path);
        db.execute(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1),
            "pretend to be newer");
        db.execute(QStringLiteral("PRAGMA journal_mode = DELETE"), "leave WAL");
    }
    const QByteArray before = fileHash(path);
    try {
        Store store(path);
        FAIL("a newer database was opened");
    } catch (const Error &error) {
        REQUIRE(error.kind() == Error::Kind::Newer);
        REQUIRE(error.message().contains(QLatin1String("newer Chairside")));
        REQUIRE(error.message().contains(QLatin1String("untouched")));
    }
    REQUIRE(fileHash(path) == before);
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A file that is not a database is reported, not overwritten")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    const QByteArray before = fileHash(path);
    REQUIRE_THROWS_AS(Store(path), Error);
    REQUIRE(fileHash(path) == before);
}

TEST_CASE("A scoped transaction rolls back unless committed, and nests as savepoints")
{
    test::TempStore temp;
    Store &store = temp.store();
    Center center;
    center.name = QStringLiteral("Riverside");
    center.timeZoneId = "America/New_York";
    center.hours = OpeningHours::parse(QStringLiteral("mon-fri 07:00-19:00"));
    {
        auto outer = store.transaction();
        store.addCenter(center); // opens its own, nested transaction
        REQUIRE(store.centerByName(QStringLiteral("Riverside")));
    }
    REQUIRE_FALSE(store.centerByName(QStringLiteral("Riverside")));
    REQUIRE(store.database().transactionDepth() == 0);

    {
        auto outer = store.transaction();
        store.addCenter(center);
        outer->commit();
    }
    temp.reopen();
    const auto saved = temp->centerByName(QStringLiteral("Riverside"));
    REQUIRE(saved);
    REQUIRE(saved->hours == center.hours);
}

TEST_CASE(
    "Inside a single undo point, inner transactions take no savepoints and a failed one spoils the whole")
{
    test::TempStore temp;
    Store &store = temp.store();
    Database &db = store.database();
    Center center;
    center.name = QStringLiteral("Riverside");
    center.timeZoneId = "America/New_York";
    center.hours = OpeningHours::parse(QStringLiteral("mon-fri 07:00-19:00"));
    const auto countCenters = [&db] {
        SqlQuery q(db, QStringLiteral("SELECT count(*) FROM center"), "count the centers");
        q.exec();
        REQUIRE(q.next());
        return q.value(0).toInt();
    };

    SECTION("inner transactions that commit are kept with the part that commits")
    {
        ScopedTransaction outer(db);
        {
            ScopedTransaction part(db);
            const SingleUndoPoint undo(db);
            store.addCenter(center);
            REQUIRE(db.transactionDepth() == 2); // the inner one has come and gone
            part.commit();
        }
        outer.commit();
        REQUIRE(countCenters() == 1);
    }

    SECTION("an inner transaction left uncommitted cannot be undone alone: the part refuses to commit")
    {
        ScopedTransaction outer(db);
        bool refused = false;
        {
            ScopedTransaction part(db);
            const SingleUndoPoint undo(db);
            store.addCenter(center);
            {
                ScopedTransaction inner(db);
                center.name = QStringLiteral("Second");
                store.addCenter(center);
                // left without commit(): its write stays in the file until the part rolls back
            }
            REQUIRE(countCenters() == 2);
            try {
                part.commit();
            } catch (const Error &error) {
                refused = error.kind() == Error::Kind::Store;
            }
        }
        REQUIRE(refused);
        // The part rolled back whole, the outer transaction goes on and commits nothing of it.
        REQUIRE(countCenters() == 0);
        REQUIRE(db.transactionDepth() == 1);
        outer.commit();
        REQUIRE(countCenters() == 0);
    }

    SECTION("outside the undo point's scope, transactions nest as savepoints again")
    {
        ScopedTransaction outer(db);
        {
            ScopedTransaction part(db);
            const SingleUndoPoint undo(db);
            part.commit();
        }
        {
            ScopedTransaction savepoint(db);
            store.addCenter(center);
        } // rolled back on its own
        REQUIRE(countCenters() == 0);
        store.addCenter(center);
        outer.commit();
        REQUIRE(countCenters() == 1);
    }
}

TEST_CASE(
    "A statement made again reuses the prepared one, and one outliving its database is let go", "[sqlite]")
{
    test::TempStore temp;
    Database &db = temp.store().database();
    const QString sql = QStringLiteral("SELECT ? + 1");
    {
        SqlQuery first(db, sql, "add");
        first.exec({41});
        REQUIRE(first.next());
        REQUIRE(first.value(0).toInt() == 42);
        // The same text while the first is still in use: a statement of its own, reading on its own.
        SqlQuery second(db, sql, "add");
        second.exec({1});
        REQUIRE(second.next());
        REQUIRE(second.value(0).toInt() == 2);
        REQUIRE(first.value(0).toInt() == 42);
    }
    SqlQuery again(db, sql, "add");
    again.exec({9});
    REQUIRE(again.next());
    REQUIRE(again.value(0).toInt() == 10);
    REQUIRE_FALSE(again.next());
    // NULL, text, a null text (bound as empty text) and a blob come back as they went.
    SqlQuery values(db, QStringLiteral("SELECT ?, ?, ?, typeof(?), ?"), "read values back");
    values.exec({QVariant(), QStringLiteral("José"), QString(), QString(), QByteArray("\x00\x01", 2)});
    REQUIRE(values.next());
    REQUIRE_FALSE(values.value(0).isValid());
    REQUIRE(values.value(1).toString() == QStringLiteral("José"));
    REQUIRE(values.value(2).toString().isEmpty());
    REQUIRE(values.value(3).toString() == QStringLiteral("text"));
    REQUIRE(values.value(4).toByteArray() == QByteArray("\x00\x01", 2));
    REQUIRE(values.columnCount() == 5);

    // A statement kept past its database is finalized when it goes, not handed to a pool that is gone.
    QTemporaryDir dir;
    auto database = std::make_unique<Database>(dir.filePath(QStringLiteral("short.sqlite")));
    auto kept = std::make_unique<SqlQuery>(*database, QStringLiteral("SELECT 1"), "read one");
    kept->exec();
    REQUIRE(kept->next());
    database.reset();
    kept.reset();
}

TEST_CASE("A write held off by another workstation's change is refused in plain words, nothing written")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    Database desk(path);
    Database station(path);
    station.execute(QStringLiteral("PRAGMA busy_timeout = 50"), "wait briefly");
    ScopedTransaction holding(desk);
    desk.execute(
        QStringLiteral("INSERT INTO center (name, time_zone, early_arrival_minutes, grace_minutes, "
                       "eligibility_fresh_days, pharmacy_lead_hours, slot_grid_minutes, "
                       "no_show_fee_cents) VALUES ('Desk', 'America/New_York', 45, 20, 30, 24, 15, 0)"),
        "hold the write lock");
    try {
        ScopedTransaction waiting(station);
        FAIL("a second write transaction began while the first held the lock");
    } catch (const Error &error) {
        REQUIRE(error.kind() == Error::Kind::Store);
        REQUIRE(error.message().contains(QLatin1String("busy with another workstation's change")));
        REQUIRE_FALSE(error.message().contains(QLatin1String("database is locked")));
    }
    holding.commit();
    SqlQuery count(station, QStringLiteral("SELECT count(*) FROM center"), "count the centers");
    count.exec();
    REQUIRE(count.next());
    REQUIRE(count.value(0).toInt() == 1);
}

TEST_CASE("A failed write leaves the database as it was")
{
    test::TempStore temp;
    Store &store = temp.store();
    Center center;
    center.name = QStringLiteral("Riverside");
    center.timeZoneId = "America/New_York";
    center.hours = OpeningHours::parse(QStringLiteral("mon-fri 07:00-19:00"));
    store.addCenter(center);
    REQUIRE_THROWS_AS(store.addCenter(center), Error); // same name
    center.name = QStringLiteral("Elsewhere");
    center.timeZoneId = "Mars/Olympus_Mons";
    try {
        store.addCenter(center);
        FAIL("an unknown time zone was accepted");
    } catch (const Error &error) {
        REQUIRE(error.kind() == Error::Kind::BadData);
        REQUIRE(error.field() == QLatin1String("tz"));
    }
    REQUIRE(store.centers().size() == 1);
}

TEST_CASE("Appointment history cannot be edited or deleted")
{
    test::TempStore temp;
    Database &db = temp->database();
    db.execute(
        QStringLiteral("INSERT INTO center (id, name, time_zone, early_arrival_minutes, grace_minutes, "
                       "eligibility_fresh_days, pharmacy_lead_hours, slot_grid_minutes, no_show_fee_cents) "
                       "VALUES (1, 'C', 'UTC', 60, 15, 30, 24, 15, 5000)"),
        "center");
    db.execute(QStringLiteral("INSERT INTO chair (id, center_id, label) VALUES (1, 1, '1')"), "chair");
    db.execute(
        QStringLiteral("INSERT INTO therapy (id, name, default_minutes) VALUES (1, 'x', 30)"), "therapy");
    db.execute(QStringLiteral("INSERT INTO patient (id, mrn, first_name, last_name, dob, sort_key) VALUES "
                              "(1, 'M1', 'A', 'B', '1970-01-01', 'b a')"),
        "patient");
    Appointment a;
    a.patientId = 1;
    a.centerId = 1;
    a.chairId = 1;
    a.therapyId = 1;
    a.startUtc = test::utc("2030-01-01T10:00:00Z");
    a.minutes = 30;
    a.createdBy = QStringLiteral("admin");
    a.createdAtUtc = test::utc("2029-12-01T10:00:00Z");
    const qint64 id = temp->addAppointment(a);
    REQUIRE(temp->history(id).size() == 1);
    REQUIRE_THROWS_AS(
        db.execute(QStringLiteral("UPDATE appointment_history SET reason = 'edited'"), "edit history"),
        Error);
    REQUIRE_THROWS_AS(db.execute(QStringLiteral("DELETE FROM appointment_history"), "delete history"), Error);
    REQUIRE(temp->history(id).size() == 1);
}

TEST_CASE("Patients on file before schema 4 get the same name pairs as those added after")
{
    struct Name
    {
        const char *first;
        const char *last;
    };
    const Name names[] = {{"John", "Smith"}, {"Mary Ann", "Nguyen-Tran"}, {"Seán", "O'Brien"}, {"Li", "Li"},
        {"Jo", "de la Cruz"}, {"Zoë", "Ó Súilleabháin"}, {"X", "Œdipe"}};
    const auto pairsOf = [](Database &db) {
        SqlQuery q(db,
            QStringLiteral("SELECT pair, sort_key, patient_id FROM patient_name_pair ORDER BY 1, 2, 3"),
            "read the pairs");
        q.exec();
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|')
                    + q.value(2).toString();
        return rows;
    };

    QTemporaryDir dir;
    const QString oldPath = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // As the store wrote patients at schema 3: the row and its name tokens.
        Database old(oldPath, 3);
        SqlQuery patient(old,
            QStringLiteral(
                "INSERT INTO patient (mrn, first_name, last_name, dob, sort_key) VALUES (?, ?, ?, ?, ?)"),
            "add a patient");
        SqlQuery token(old,
            QStringLiteral("INSERT OR IGNORE INTO patient_name_token (token, kind, sort_key, patient_id) "
                           "VALUES (?, ?, ?, ?)"),
            "index a name");
        int n = 0;
        for (const Name &name : names) {
            const QString first = QString::fromUtf8(name.first);
            const QString last = QString::fromUtf8(name.last);
            const QDate dob(1960 + n, 1, 1);
            const QString sortKey = NameNormalizer::sortKey(last, first, dob);
            patient.exec({QStringLiteral("P%1").arg(++n), first, last, dob.toString(Qt::ISODate), sortKey});
            const qint64 id = patient.lastInsertId();
            for (const QString &t : NameNormalizer::tokens(last))
                token.exec({t, 0, sortKey, id});
            for (const QString &t : NameNormalizer::tokens(first))
                token.exec({t, 1, sortKey, id});
        }
    }
    Store migrated(oldPath);
    REQUIRE(migrated.database().version() == Database::latestVersion());

    test::TempStore fresh;
    int n = 0;
    for (const Name &name : names) {
        Patient p;
        p.mrn = QStringLiteral("P%1").arg(++n);
        p.firstName = QString::fromUtf8(name.first);
        p.lastName = QString::fromUtf8(name.last);
        p.dateOfBirth = QDate(1960 + n - 1, 1, 1);
        fresh->addPatient(p);
    }
    const QStringList expected = pairsOf(fresh->database());
    CHECK(expected.contains(QStringLiteral("jo smith|smith john 1960-01-01|1")));
    CHECK(expected.filter(QStringLiteral("|li li ")).isEmpty()); // one word twice is no pair
    CHECK(pairsOf(migrated.database()) == expected);
}

TEST_CASE("A read that fails half-way throws instead of looking like the end of the rows")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("read.sqlite")));
    // The third row cannot be computed (abs() of the smallest integer overflows): SQLite fails the step
    // there, as it would on an I/O error or a damaged page met in the middle of a scan.
    SqlQuery q(db,
        QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5) "
                       "SELECT CASE WHEN x < 3 THEN x ELSE abs(-9223372036854775807 - 1) END FROM n"),
        "count the test rows");
    q.exec();
    int rows = 0;
    const auto readAll = [&] {
        while (q.next())
            ++rows;
    };
    REQUIRE_THROWS_MATCHES(readAll(), Error, Catch::Predicate<Error>([](const Error &e) {
        return e.kind() == Error::Kind::Store && e.message().contains(QLatin1String("count the test rows"));
    }));
    REQUIRE(rows == 2);
}

TEST_CASE("A read transaction ends itself on every path and nests inside a write")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("nest.sqlite")));
    db.execute(QStringLiteral("CREATE TABLE t (x INTEGER)"), "make a test table");
    SECTION("a read that throws leaves no transaction open")
    {
        try {
            ScopedTransaction read(db, ScopedTransaction::Kind::Read);
            throw Error(Error::Kind::Store, QStringLiteral("failed half-way"));
        } catch (const Error &) { }
        REQUIRE(db.transactionDepth() == 0);
        ScopedTransaction write(db);
        db.execute(QStringLiteral("INSERT INTO t VALUES (1)"), "write after the failed read");
        write.commit();
    }
    SECTION("a read inside a write is part of it")
    {
        ScopedTransaction write(db);
        db.execute(QStringLiteral("INSERT INTO t VALUES (2)"), "write");
        {
            ScopedTransaction read(db, ScopedTransaction::Kind::Read);
            REQUIRE(db.transactionDepth() == 2);
            read.commit();
        }
        write.commit();
        REQUIRE(db.transactionDepth() == 0);
    }
}

TEST_CASE("A database location is a file path, never an address taken for a folder")
{
    const QString db = QStringLiteral("--db");
    REQUIRE(DatabaseLocation::filePath(QStringLiteral("/srv/chairside/desk.sqlite"), db)
        == QStringLiteral("/srv/chairside/desk.sqlite"));
    REQUIRE(DatabaseLocation::filePath(QStringLiteral("desk.sqlite"), db) == QStringLiteral("desk.sqlite"));
    REQUIRE(DatabaseLocation::filePath(QStringLiteral("C:\\Chairside\\desk.sqlite"), db)
        == QStringLiteral("C:\\Chairside\\desk.sqlite"));
    REQUIRE(DatabaseLocation::filePath(QStringLiteral("./desk:2.sqlite"), db)
        == QStringLiteral("./desk:2.sqlite"));
    REQUIRE(DatabaseLocation::filePath(QStringLiteral(":memory:"), db) == QStringLiteral(":memory:"));
    REQUIRE(DatabaseLocation::filePath(QStringLiteral("file:///srv/chairside/desk.sqlite"), db)
        == QStringLiteral("/srv/chairside/desk.sqlite"));

    struct Case
    {
        const char *value;
        const char *says;
    };
    for (const Case &c : {Case {"postgresql://desk@db.example/chairside", "postgresql server address"},
             Case {"postgres://db.example/chairside", "SQLite database files only"},
             Case {"postgress://db.example/chairside", "check the spelling"},
             Case {"sqlite:/x", "begins with \"sqlite:\""}, Case {"  ", "is empty"}}) {
        DYNAMIC_SECTION(c.value)
        {
            try {
                DatabaseLocation::filePath(QString::fromLatin1(c.value), QStringLiteral("CHAIRSIDE_DB"));
                FAIL("read as a file path");
            } catch (const Error &error) {
                REQUIRE(error.kind() == Error::Kind::BadData);
                REQUIRE(error.field() == QStringLiteral("CHAIRSIDE_DB"));
                REQUIRE(error.message().startsWith(QStringLiteral("CHAIRSIDE_DB")));
                REQUIRE(error.message().contains(QString::fromLatin1(c.says)));
            }
        }
    }
}
