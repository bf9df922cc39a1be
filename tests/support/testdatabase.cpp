#include "testdatabase.h"

#include "store/database.h"
#include "store/pgconnection.h"
#include "store/sqlquery.h"

#include <QAtomicInteger>
#include <QCoreApplication>

#include <memory>

namespace chairside::test {

namespace {

QString serverBase()
{
    return qEnvironmentVariable("CHAIRSIDE_TEST_POSTGRESQL");
}

/// Runs administrative SQL on the server's maintenance database (CREATE and DROP DATABASE cannot run in
/// a transaction, so each is a statement of its own).
void administer(const QString &sql)
{
    PgConnection connection(serverBase());
    connection.run(sql, "prepare the test's database");
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

/// The template every test database of this binary copies: made and migrated at the first test, dropped
/// when the binary ends.
class Template final
{
public:
    Template()
        : m_name(QStringLiteral("chairside_template_%1").arg(QCoreApplication::applicationPid()))
    {
        administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(m_name)));
        administer(QStringLiteral("CREATE DATABASE %1").arg(quoted(m_name)));
        // Migrated once; closed before it is copied (a template must have no connections).
        Database migrated(TestDatabase::serverAddress(m_name));
    }
    ~Template()
    {
        try {
            administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(m_name)));
        } catch (...) {
            // The cluster is thrown away with the run anyway.
        }
    }
    Q_DISABLE_COPY_MOVE(Template)

    const QString &name() const { return m_name; }

private:
    QString m_name;
};

const Template &theTemplate()
{
    static const Template made;
    return made;
}

} // namespace

bool TestDatabase::onPostgreSql()
{
    return !serverBase().isEmpty();
}

QString TestDatabase::serverAddress(const QString &databaseName)
{
    // By hand: QUrl drops the empty host of postgresql:///name, which libpq reads as "the PG* defaults".
    const QString base = serverBase();
    const qsizetype authority = base.indexOf(QLatin1String("://")) + 3;
    qsizetype query = base.indexOf(QLatin1Char('?'), authority);
    if (query < 0)
        query = base.size();
    qsizetype path = base.indexOf(QLatin1Char('/'), authority);
    if (path < 0 || path > query)
        path = query;
    return base.left(path) + QLatin1Char('/') + databaseName + base.mid(query);
}

TestDatabase::TestDatabase(const QString &fileInFolder)
{
    if (!onPostgreSql()) {
        m_location = fileInFolder;
        return;
    }
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("chairside_test_%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1));
    administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(m_name)));
    administer(
        QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(quoted(m_name), quoted(theTemplate().name())));
    m_location = serverAddress(m_name);
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty())
        return;
    try {
        administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(m_name)));
    } catch (...) {
        // Left for the throwaway cluster to take with it.
    }
}

void failInsertsInto(Database &db, const QString &table, const QString &message)
{
    const QString name = QStringLiteral("fail_") + table;
    if (!db.isPostgreSql()) {
        db.execute(
            QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 BEGIN SELECT RAISE(ABORT, '%3'); END")
                .arg(name, table, message),
            "install a failing trigger");
        return;
    }
    db.execute(QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE "
                              "EXCEPTION '%2'; END $$; CREATE TRIGGER %1 BEFORE INSERT ON %3 FOR EACH ROW "
                              "EXECUTE FUNCTION %1()")
                   .arg(name, message, table),
        "install a failing trigger");
}

void mendInsertsInto(Database &db, const QString &table)
{
    const QString name = QStringLiteral("fail_") + table;
    db.execute(db.isPostgreSql()
            ? QStringLiteral("DROP TRIGGER %1 ON %2; DROP FUNCTION %1()").arg(name, table)
            : QStringLiteral("DROP TRIGGER %1").arg(name),
        "remove the failing trigger");
}

void tamperWithAuditTrail(Database &db, const QString &sql, const QVariantList &values)
{
    if (db.isPostgreSql()) {
        db.execute(
            QStringLiteral("ALTER TABLE audit_entry DISABLE TRIGGER USER"), "switch the trail's guards off");
    } else {
        db.execute(QStringLiteral("DROP TRIGGER IF EXISTS audit_entry_no_update"), "drop a trigger");
        db.execute(QStringLiteral("DROP TRIGGER IF EXISTS audit_entry_no_delete"), "drop a trigger");
    }
    SqlQuery(db, sql, "tamper with the audit trail").execList(values);
}

} // namespace chairside::test
