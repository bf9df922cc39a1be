#pragma once

#include "hl7error.h"
#include "hl7message.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace chairside {

/// The answer to an HL7 v2 message (original acknowledgment mode).
///
/// MSH swaps the message's sending and receiving application and facility, carries a new control id,
/// the message's processing id and version, and the message type in the version's shape (`ACK` in 2.2,
/// `ACK^S12` in 2.3, `ACK^S12^ACK` from 2.3.1). MSA-1 is AA, AE or AR, MSA-2 the message's control id,
/// MSA-3 a sentence. Each error becomes an ERR in the version's style: up to 2.4, repetitions of
/// ERR-1 (`segment^sequence^field^code&text&HL70357`); from 2.5, one ERR per error with ERR-2 the
/// location (`segment^sequence^field^repetition^component`), ERR-3 the code (`code^text^HL70357`),
/// ERR-4 the severity and ERR-8 the sentence. Segments end in CR; the frame is the caller's.
namespace Hl7Ack {

enum class Code
{
    Accept, ///< AA: applied (or already applied: a resent message)
    Error, ///< AE: read, but its content cannot be applied
    Reject, ///< AR: refused as such (a type, event or version not read here)
};

QString codeText(Code code);

/// AA when there is no error, AR when one refuses the message as such, else AE.
Code codeFor(const QList<Hl7Error> &errors);

struct Options
{
    QString controlId; ///< this ACK's own MSH-10
    QDateTime nowUtc; ///< MSH-7
    QTimeZone zone = QTimeZone::utc(); ///< MSH-7 is written on this clock
    /// MSH-3 when the message named no receiving application.
    QString application = QStringLiteral("CHAIRSIDE");
};

/// The ACK for a message. `text` is MSA-3; when empty and there are errors, the first error's sentence.
QByteArray build(const Hl7Message &message, Code code, const Options &options, const QString &text = {},
    const QList<Hl7Error> &errors = {});

/// The table 0357 words for an error code: "Required field missing".
QString errorCodeText(Hl7Error::Code code);

} // namespace Hl7Ack

} // namespace chairside
