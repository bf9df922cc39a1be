#include "sqlquery.h"

#include "common/error.h"
#include "database.h"

#include <QSqlError>

namespace chairside {

SqlQuery::SqlQuery(Database &db, const QString &sql, const char *what)
    : m_query(db.connection())
    , m_what(what)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail("prepare");
}

namespace {

/// An invalid QVariant is SQL NULL; a null QString is an empty text, as the NOT NULL columns expect.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

} // namespace

SqlQuery &SqlQuery::exec(std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &value : values)
        m_query.bindValue(i++, bindable(value));
    if (!m_query.exec())
        fail("run");
    return *this;
}

SqlQuery &SqlQuery::execList(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, bindable(values.at(i)));
    if (!m_query.exec())
        fail("run");
    return *this;
}

bool SqlQuery::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        fail("read");
    return false;
}

void SqlQuery::fail(const char *stage) const
{
    const QSqlError error = m_query.lastError();
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite's constraint messages are the ones a caller may want to tell apart.
    const bool constraint = detail.contains(QLatin1String("constraint"), Qt::CaseInsensitive);
    throw Error(constraint ? Error::Kind::Conflict : Error::Kind::Store,
        QStringLiteral("Could not %1 (%2 failed: %3).")
            .arg(QString::fromUtf8(m_what), QString::fromLatin1(stage), detail));
}

} // namespace chairside
