#pragma once

#include <QString>

#include <optional>

namespace chairside {

/// How a center numbers its patients: the text around one run of zeros in braces, "CS-{000000}" giving
/// CS-000001, CS-000002, ... The pattern is one setting for the whole organization (kSettingKey); an
/// admin sets it (PatientService::setMrnPattern) and the desk asks for the next free MRN
/// (PatientService::nextMrn).
class MrnPattern final
{
public:
    /// The key of the setting table that holds the pattern's text.
    static constexpr const char *kSettingKey = "patients.mrn-pattern";
    static constexpr int kMostDigits = 12;

    /// The pattern `text` stands for. Error::BadData on "pattern" when it has no run of zeros in braces,
    /// more than one, more than kMostDigits zeros, or a space (an MRN is one word).
    static MrnPattern parse(const QString &text);

    /// The pattern as written: "CS-{000000}".
    QString text() const;
    const QString &prefix() const { return m_prefix; }
    const QString &suffix() const { return m_suffix; }
    int digits() const { return m_digits; }

    /// The MRN with this number, zero-padded to the pattern's width.
    QString format(qint64 number) const;
    /// The number an MRN of this pattern carries, or nothing when it does not fit the pattern.
    std::optional<qint64> numberOf(const QString &mrn) const;
    /// The largest number the pattern can give.
    qint64 largest() const;

private:
    MrnPattern() = default;

    QString m_prefix;
    QString m_suffix;
    int m_digits = 0;
};

} // namespace chairside
