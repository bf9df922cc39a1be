#include "statementpool.h"

#include <QByteArray>

#include <sqlite3.h>

namespace chairside {

namespace {

/// More idle statements than this are not worth their memory: the store's own are a few hundred.
constexpr qsizetype kMostIdle = 1000;

} // namespace

StatementPool::StatementPool(sqlite3 *handle)
    : m_handle(handle)
{ }

StatementPool::~StatementPool()
{
    close();
}

sqlite3_stmt *StatementPool::take(const QString &sql, int &code)
{
    code = SQLITE_OK;
    if (sqlite3_stmt *idle = m_idle.take(sql)) {
        ++m_lent;
        return idle;
    }
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    code = sqlite3_prepare_v3(
        m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    ++m_lent;
    return statement;
}

void StatementPool::give(const QString &sql, sqlite3_stmt *statement)
{
    if (!statement)
        return;
    --m_lent;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (!m_open || m_idle.size() >= kMostIdle || m_idle.contains(sql))
        sqlite3_finalize(statement);
    else
        m_idle.insert(sql, statement);
    if (m_closeConnection && m_lent == 0) {
        m_closeConnection = false;
        sqlite3_close(m_handle);
    }
}

void StatementPool::closeConnectionWhenReturned()
{
    m_closeConnection = m_lent > 0;
}

void StatementPool::close()
{
    for (sqlite3_stmt *statement : std::as_const(m_idle))
        sqlite3_finalize(statement);
    m_idle.clear();
    m_open = false;
}

} // namespace chairside
