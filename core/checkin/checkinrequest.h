#pragma once

#include <QDate>
#include <QString>

namespace chairside {

/// Who is at the desk, by two identifiers: MRN and date of birth, or full name and date of birth.
/// A chair or room number never identifies a patient, so there is no place for one here.
struct CheckInRequest
{
    QString mrn;
    QString lastName;
    QString firstName;
    QDate dateOfBirth;
    qint64 centerId = 0;

    bool hasMrn() const { return !mrn.trimmed().isEmpty(); }
    bool hasName() const { return !lastName.trimmed().isEmpty() && !firstName.trimmed().isEmpty(); }

    /// Reads a name as the desk types it: "Last, First", or "First Last" (the last word is the family name).
    void setFullName(const QString &text);
};

} // namespace chairside
