#include "patientrow.h"

#include "sqlitestatement.h"
#include "sqlquery.h"
#include "storevalues.h"

#include <QStringList>

#include <array>

namespace chairside::PatientRow {

namespace {

constexpr std::array<const char *, 8> kColumns
    = {"id", "mrn", "first_name", "last_name", "preferred_name", "dob", "phone", "email"};

/// One mapping for both ways of reading a row: `text` and `integer` read column i.
template<typename Text, typename Integer>
Patient fromColumns(Text text, Integer integer)
{
    Patient p;
    p.id = integer(0);
    p.mrn = text(1);
    p.firstName = text(2);
    p.lastName = text(3);
    p.preferredName = text(4);
    const QString dob = text(5);
    p.dateOfBirth = dob.isEmpty() ? QDate() : QDate::fromString(dob, Qt::ISODate);
    p.phone = text(6);
    p.email = text(7);
    return p;
}

} // namespace

QString columns(const char *alias)
{
    QStringList names;
    const QString prefix = alias ? QLatin1String(alias) + QLatin1Char('.') : QString();
    for (const char *column : kColumns)
        names << prefix + QLatin1String(column);
    return names.join(QStringLiteral(", "));
}

Patient from(const SqlQuery &row)
{
    return fromColumns(
        [&](int i) { return row.value(i).toString(); }, [&](int i) { return row.value(i).toLongLong(); });
}

Patient from(const SqliteStatement &row)
{
    return fromColumns([&](int i) { return row.text(i); }, [&](int i) { return row.integer(i); });
}

} // namespace chairside::PatientRow
