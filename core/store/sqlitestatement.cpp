#include "sqlitestatement.h"

#include "common/error.h"
#include "database.h"
#include "sqlitefailure.h"
#include "sqlquery.h"
#include "statementpool.h"

#include <QDate>

#include <sqlite3.h>

namespace chairside {

SqliteStatement::SqliteStatement(Database &db, const QString &sql, const char *what)
    : m_pool(db.statementPool())
    , m_sql(sql)
    , m_handle(db.handle())
    , m_what(what)
{
    if (db.isPostgreSql()) {
        m_query = std::make_unique<SqlQuery>(db, sql, what);
        return;
    }
    int code = 0;
    m_statement = m_pool->take(sql, code);
    if (!m_statement)
        fail("prepare", code);
}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        m_pool->give(m_sql, m_statement);
}

void SqliteStatement::exec(const QVariantList &values)
{
    if (m_query) {
        m_query->execList(values);
        return;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int code = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::Bool:
            code = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
            break;
        case QMetaType::Double:
            code = sqlite3_bind_double(m_statement, i + 1, value.toDouble());
            break;
        case QMetaType::UnknownType:
            code = sqlite3_bind_null(m_statement, i + 1);
            break;
        case QMetaType::QDate: {
            // As the store keeps dates: ISO text (QVariant's own text for a date is not).
            const QByteArray text = value.toDate().toString(Qt::ISODate).toUtf8();
            code
                = sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            code
                = sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        }
        }
        if (code != SQLITE_OK)
            fail("bind", code);
    }
}

bool SqliteStatement::next()
{
    if (m_query)
        return m_query->next();
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    fail("run", code);
}

void SqliteStatement::reset()
{
    if (m_query) {
        m_query->finish();
        return;
    }
    sqlite3_reset(m_statement);
}

void SqliteStatement::run(const QVariantList &values)
{
    exec(values);
    while (next()) { }
    reset();
}

qint64 SqliteStatement::lastInsertId() const
{
    if (m_query)
        return m_query->lastInsertId();
    return sqlite3_last_insert_rowid(m_handle);
}

int SqliteStatement::changes() const
{
    if (m_query)
        return m_query->numRowsAffected();
    return sqlite3_changes(m_handle);
}

qint64 SqliteStatement::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    if (m_query)
        return !m_query->value(column).isValid();
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

void SqliteStatement::fail(const char *stage, int code) const
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
    // The step's own error is the one to keep; a reset afterwards would report it again.
    if (m_statement && qstrcmp(stage, "prepare") != 0)
        sqlite3_reset(m_statement);
    throw sqliteFailure(code, detail, m_what, stage);
}

} // namespace chairside
