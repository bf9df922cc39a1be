#include "deliveryresult.h"

#include "interop/hl7message.h"

#include <QStringList>

namespace chairside {

DeliveryResult DeliveryResult::fromAck(const QByteArray &ack, const QString &controlId)
{
    const Hl7Message answer = Hl7Message::parse(ack);
    const Hl7Segment msa = answer.segment(QByteArrayView("MSA"));
    if (msa.isNull()) {
        return failed(QStringLiteral("The answer is not an HL7 acknowledgment (no MSA segment): %1")
                          .arg(QString::fromUtf8(ack.left(120)).simplified()));
    }
    const QString code = answer.text("MSA-1").trimmed().toUpper();
    const QString acknowledged = answer.text("MSA-2").trimmed();
    if (acknowledged != controlId) {
        return failed(QStringLiteral("The acknowledgment is for message %1, not %2.")
                          .arg(acknowledged.isEmpty() ? QStringLiteral("(none)") : acknowledged, controlId));
    }
    QStringList words;
    if (const QString text = answer.text("MSA-3").trimmed(); !text.isEmpty())
        words << text;
    const QList<Hl7Segment> errors = answer.segments(QByteArrayView("ERR"));
    for (const Hl7Segment &err : errors) {
        // 2.5 and later: ERR-8 the sentence, ERR-3.2 the code's words; before: ERR-1.4.2.
        QString reason = err.field(8).text().trimmed();
        if (reason.isEmpty())
            reason = err.field(3).component(2).text().trimmed();
        if (reason.isEmpty())
            reason = err.field(1).component(4).subComponent(2).text().trimmed();
        const QString where = err.field(2).component(1).text().trimmed();
        if (!reason.isEmpty() && !words.contains(reason))
            words << (where.isEmpty() ? reason : QStringLiteral("%1: %2").arg(where, reason));
    }
    const QString text
        = code + (words.isEmpty() ? QString() : QStringLiteral(" ") + words.join(QStringLiteral("; ")));
    if (code == QLatin1String("AA") || code == QLatin1String("CA"))
        return sent(text);
    if (code == QLatin1String("AE") || code == QLatin1String("AR") || code == QLatin1String("CE")
        || code == QLatin1String("CR"))
        return refused(text);
    return failed(QStringLiteral("The acknowledgment's code \"%1\" is not AA, AE or AR.").arg(code));
}

} // namespace chairside
