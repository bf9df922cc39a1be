#pragma once

#include <QDate>
#include <QString>

namespace chairside {

struct Patient
{
    qint64 id = 0;
    QString mrn;
    QString firstName;
    QString lastName;
    QString preferredName;
    QDate dateOfBirth;
    QString phone;
    QString email;

    /// "Last, First" as the desk reads a name back.
    QString displayName() const { return lastName + QStringLiteral(", ") + firstName; }
};

} // namespace chairside
