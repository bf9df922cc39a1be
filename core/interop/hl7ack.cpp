#include "hl7ack.h"

#include "hl7time.h"

namespace chairside::Hl7Ack {

QString codeText(Code code)
{
    switch (code) {
    case Code::Accept:
        return QStringLiteral("AA");
    case Code::Error:
        return QStringLiteral("AE");
    case Code::Reject:
        return QStringLiteral("AR");
    }
    return {};
}

Code codeFor(const QList<Hl7Error> &errors)
{
    if (errors.isEmpty())
        return Code::Accept;
    for (const Hl7Error &error : errors) {
        if (error.isRejection())
            return Code::Reject;
    }
    return Code::Error;
}

QString errorCodeText(Hl7Error::Code code)
{
    using C = Hl7Error::Code;
    switch (code) {
    case C::SegmentSequence:
        return QStringLiteral("Segment sequence error");
    case C::RequiredFieldMissing:
        return QStringLiteral("Required field missing");
    case C::DataType:
        return QStringLiteral("Data type error");
    case C::TableValue:
        return QStringLiteral("Table value not found");
    case C::UnsupportedMessageType:
        return QStringLiteral("Unsupported message type");
    case C::UnsupportedEvent:
        return QStringLiteral("Unsupported event code");
    case C::UnsupportedProcessingId:
        return QStringLiteral("Unsupported processing id");
    case C::UnsupportedVersion:
        return QStringLiteral("Unsupported version id");
    case C::UnknownKey:
        return QStringLiteral("Unknown key identifier");
    case C::DuplicateKey:
        return QStringLiteral("Duplicate key identifier");
    case C::RecordLocked:
        return QStringLiteral("Application record locked");
    case C::Internal:
        return QStringLiteral("Application internal error");
    }
    return {};
}

QByteArray build(const Hl7Message &message, Code code, const Options &options, const QString &text,
    const QList<Hl7Error> &errors)
{
    const Hl7Segment msh = message.segment(QByteArrayView("MSH"));
    Hl7Encoding encoding; // the ACK is written with the standard delimiters
    encoding.charset = message.encoding().charset;
    const auto escape = [&](const QString &value) { return hl7Escape(value, encoding); };
    // A field of the original, its components kept: decoded from the sender's delimiters, written in ours.
    const auto copy = [&](int field) {
        const Hl7Value value = msh.field(field);
        QByteArray out;
        for (int c = 1; c <= value.componentCount(); ++c) {
            if (c > 1)
                out.append(encoding.component);
            const Hl7Value component = value.component(c);
            for (int s = 1; s <= component.subComponentCount(); ++s) {
                if (s > 1)
                    out.append(encoding.subComponent);
                out.append(component.subComponent(s).isNull() ? QByteArray("\"\"")
                                                              : escape(component.subComponent(s).text()));
            }
        }
        return out;
    };

    const int version
        = message.versionNumber() >= 220 && message.versionNumber() < 300 ? message.versionNumber() : 251;
    const QString versionText
        = message.versionNumber() == version ? message.version() : QStringLiteral("2.5.1");
    const QString trigger = message.triggerEvent();
    QByteArray type = "ACK";
    if (version >= 230 && !trigger.isEmpty())
        type += encoding.component + escape(trigger);
    if (version >= 231 && !trigger.isEmpty())
        type += QByteArray(1, encoding.component) + "ACK";

    QByteArray application = copy(5);
    if (application.isEmpty())
        application = escape(options.application);
    const QString processing
        = message.processingId().isEmpty() ? QStringLiteral("P") : message.processingId();

    QByteArray out = "MSH|^~\\&|" + application + '|' + copy(6) + '|' + copy(3) + '|' + copy(4) + '|'
        + hl7Timestamp(options.nowUtc, options.zone).toLatin1() + "||" + type + '|'
        + escape(options.controlId) + '|' + escape(processing) + '|' + escape(versionText);
    if (const Hl7Value charset = msh.field(18); charset.hasValue())
        out += "||||||" + copy(18);
    out += '\r';

    QString sentence = text;
    if (sentence.isEmpty() && !errors.isEmpty())
        sentence = errors.front().toString();
    out += "MSA|" + codeText(code).toLatin1() + '|' + escape(message.controlId());
    if (!sentence.isEmpty())
        out += '|' + escape(sentence);
    out += '\r';

    const auto number = [](int value) { return value > 0 ? QByteArray::number(value) : QByteArray(); };
    if (version < 250) {
        if (!errors.isEmpty()) {
            out += "ERR|";
            for (qsizetype i = 0; i < errors.size(); ++i) {
                const Hl7Error &error = errors[i];
                if (i > 0)
                    out += encoding.repetition;
                out += escape(error.segment) + '^'
                    + (error.segment.isEmpty() ? QByteArray() : number(error.sequence)) + '^'
                    + number(error.field) + '^' + QByteArray::number(int(error.code)) + '&'
                    + escape(errorCodeText(error.code)) + "&HL70357";
            }
            out += '\r';
        }
    } else {
        for (const Hl7Error &error : errors) {
            QByteArray location;
            if (!error.segment.isEmpty()) {
                location = escape(error.segment) + '^' + number(error.sequence) + '^' + number(error.field)
                    + '^' + (error.field > 0 ? number(std::max(1, error.repetition)) : QByteArray()) + '^'
                    + number(error.component);
                while (location.endsWith('^'))
                    location.chop(1);
            }
            out += "ERR||" + location + '|' + QByteArray::number(int(error.code)) + '^'
                + escape(errorCodeText(error.code)) + "^HL70357|E||||" + escape(error.reason) + '\r';
        }
    }
    return out;
}

} // namespace chairside::Hl7Ack
