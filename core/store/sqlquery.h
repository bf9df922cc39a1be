#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace chairside {

class Database;

/// A prepared statement whose every failure becomes an Error::Store that says what was being done.
/// Prepared once and reused: keep it as a member where a statement runs on a hot path.
class SqlQuery final
{
public:
    SqlQuery(Database &db, const QString &sql, const char *what);

    /// Binds the values positionally and executes. Throws on failure.
    SqlQuery &exec(std::initializer_list<QVariant> values = {});
    SqlQuery &execList(const QVariantList &values);

    /// The next row; false at the end. Throws Error::Store when reading fails part-way (an I/O error, a
    /// damaged page), which would otherwise look like the end of the rows.
    bool next();
    QVariant value(int index) const { return m_query.value(index); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

    QSqlQuery &query() { return m_query; }

private:
    [[noreturn]] void fail(const char *stage) const;

    QSqlQuery m_query;
    const char *m_what;
};

} // namespace chairside
