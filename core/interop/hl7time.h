#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

namespace chairside {

/// An HL7 v2 timestamp (TS/DTM): `YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]`, read to the UTC
/// instant it names. A timestamp with an offset is exact; one without is a wall time on the sender's
/// clock, read in the zone given (the center's, unless the interface is told otherwise). A wall time
/// the clocks skip is an error; one they pass twice is taken as the first.
struct Hl7Time
{
    enum class Precision
    {
        Year,
        Month,
        Day,
        Hour,
        Minute,
        Second,
        Fraction
    };

    QDateTime utc; ///< invalid when the text is empty or unreadable
    Precision precision = Precision::Day;
    bool hadOffset = false;
    QString error; ///< why the text could not be read; empty when it was, or when it was empty

    bool isValid() const { return utc.isValid(); }
    /// The local date and time as written, before any zone: what a date of birth is.
    QDate date;
    QTime time;

    static Hl7Time parse(QStringView text, const QTimeZone &senderZone);
};

/// An HL7 v2 date, or the date part of a timestamp (some senders give a time with a date of birth).
/// Invalid when unreadable, and then `error` (when given) says why.
QDate hl7Date(QStringView text, QString *error = nullptr);

/// The instant in the form HL7 writes it, `YYYYMMDDHHMMSS+ZZZZ`, in the given zone.
QString hl7Timestamp(const QDateTime &instant, const QTimeZone &zone);

} // namespace chairside
