#include "sqlquery.h"

#include "common/error.h"
#include "database.h"
#include "pgconnection.h"
#include "sqlitefailure.h"
#include "statementpool.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>

#include <sqlite3.h>
#include <utility>

namespace chairside {

struct SqlQuery::PgState
{
    PgConnection *connection;
    PgConnection::Statement statement;
    PgResult result;
    int row = -1;
    qint64 lastId = 0;
};

SqlQuery::SqlQuery(Database &db, const QString &sql, const char *what)
    : m_pool(db.statementPool())
    , m_sql(sql)
    , m_handle(db.handle())
    , m_what(what)
{
    if (PgConnection *pg = db.pg()) {
        m_pg = std::make_unique<PgState>(PgState {pg, pg->prepare(sql, what), {}, -1, 0});
        return;
    }
    int code = 0;
    m_statement = m_pool->take(sql, code);
    if (!m_statement)
        fail("prepare", code);
}

SqlQuery::~SqlQuery()
{
    if (m_statement)
        m_pool->give(m_sql, m_statement);
}

SqlQuery::SqlQuery(SqlQuery &&other) noexcept
    : m_pg(std::move(other.m_pg))
    , m_pool(std::move(other.m_pool))
    , m_sql(std::move(other.m_sql))
    , m_handle(other.m_handle)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_what(other.m_what)
    , m_rowWaiting(other.m_rowWaiting)
    , m_done(other.m_done)
    , m_changes(other.m_changes)
{ }

void SqlQuery::bind(int position, const QVariant &value)
{
    int code = SQLITE_OK;
    // A null value of any type but text is SQL NULL; a null QString is an empty text (below).
    const int type = value.isNull() && value.typeId() != QMetaType::QString ? int(QMetaType::UnknownType)
                                                                            : value.typeId();
    switch (type) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        code = sqlite3_bind_int64(m_statement, position, value.toLongLong());
        break;
    case QMetaType::Double:
        code = sqlite3_bind_double(m_statement, position, value.toDouble());
        break;
    case QMetaType::UnknownType:
        code = sqlite3_bind_null(m_statement, position);
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        code = sqlite3_bind_blob64(
            m_statement, position, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::QDateTime: {
        const QByteArray text = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
        code = sqlite3_bind_text64(m_statement, position, text.constData(), sqlite3_uint64(text.size()),
            SQLITE_TRANSIENT, SQLITE_UTF8);
        break;
    }
    default: {
        // A date as ISO text, as the store keeps it; a null QString as an empty one.
        const QByteArray text = value.toString().toUtf8();
        code = sqlite3_bind_text64(m_statement, position, text.isNull() ? "" : text.constData(),
            sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        break;
    }
    }
    if (code != SQLITE_OK)
        fail("bind", code);
}

void SqlQuery::start()
{
    m_rowWaiting = false;
    m_done = false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        m_rowWaiting = true;
        m_changes = 0;
        return;
    }
    if (code != SQLITE_DONE)
        fail("run", code);
    m_changes = sqlite3_changes(m_handle);
    // Nothing more to read: let go of the statement's snapshot at once.
    m_done = true;
    sqlite3_reset(m_statement);
}

void SqlQuery::pgExec(const QVariantList &values)
{
    m_pg->result = PgResult();
    m_pg->row = -1;
    m_pg->result = m_pg->connection->execute(m_pg->statement, values, m_what);
    m_changes = m_pg->result.affected();
    m_done = false;
    if (m_pg->statement.returnsId) {
        // The RETURNING id the translation added: SQLite's last_insert_rowid, not rows to read.
        if (m_pg->result.rows() > 0)
            m_pg->lastId = m_pg->result.value(m_pg->result.rows() - 1, 0).toLongLong();
        m_pg->result = PgResult();
        m_done = true;
    }
}

SqlQuery &SqlQuery::exec(std::initializer_list<QVariant> values)
{
    if (m_pg) {
        pgExec(QVariantList(values));
        return *this;
    }
    sqlite3_reset(m_statement);
    int position = 1;
    for (const QVariant &value : values)
        bind(position++, value);
    start();
    return *this;
}

SqlQuery &SqlQuery::execList(const QVariantList &values)
{
    if (m_pg) {
        pgExec(values);
        return *this;
    }
    sqlite3_reset(m_statement);
    for (int i = 0; i < values.size(); ++i)
        bind(i + 1, values.at(i));
    start();
    return *this;
}

bool SqlQuery::next()
{
    if (m_pg) {
        if (m_done || ++m_pg->row >= m_pg->result.rows()) {
            m_done = true;
            return false;
        }
        return true;
    }
    if (m_rowWaiting) {
        m_rowWaiting = false;
        return true;
    }
    if (m_done)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        fail("read", code);
    m_done = true;
    sqlite3_reset(m_statement);
    return false;
}

QVariant SqlQuery::value(int index) const
{
    if (m_done)
        return {};
    if (m_pg)
        return m_pg->row >= 0 ? m_pg->result.value(m_pg->row, index) : QVariant();
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, index)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, index));
    case SQLITE_TEXT: {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
        return QVariant(QString::fromUtf8(data, sqlite3_column_bytes(m_statement, index)));
    }
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, index));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_statement, index)));
    }
    default:
        return {};
    }
}

qint64 SqlQuery::lastInsertId() const
{
    if (m_pg)
        return m_pg->lastId;
    return sqlite3_last_insert_rowid(m_handle);
}

void SqlQuery::finish()
{
    m_rowWaiting = false;
    m_done = true;
    if (m_pg) {
        m_pg->result = PgResult();
        return;
    }
    sqlite3_reset(m_statement);
}

int SqlQuery::columnCount() const
{
    if (m_pg)
        return m_pg->result.columns();
    return sqlite3_column_count(m_statement);
}

int SqlQuery::columnIndex(const QString &name) const
{
    if (m_pg) {
        for (int i = 0; i < columnCount(); ++i) {
            if (m_pg->result.columnName(i) == name)
                return i;
        }
        return -1;
    }
    for (int i = 0; i < columnCount(); ++i) {
        if (QString::fromUtf8(sqlite3_column_name(m_statement, i)) == name)
            return i;
    }
    return -1;
}

void SqlQuery::fail(const char *stage, int code) const
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
    if (m_statement && qstrcmp(stage, "prepare") != 0)
        sqlite3_reset(m_statement);
    throw sqliteFailure(code, detail, m_what, stage);
}

} // namespace chairside
