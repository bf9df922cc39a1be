#include "hl7error.h"

namespace chairside {

QString Hl7Error::location() const
{
    if (segment.isEmpty())
        return {};
    QString where = segment;
    if (sequence > 1)
        where += QStringLiteral("(%1)").arg(sequence);
    if (field > 0) {
        where += QStringLiteral("-%1").arg(field);
        if (repetition > 1)
            where += QStringLiteral("(%1)").arg(repetition);
        if (component > 0)
            where += QStringLiteral(".%1").arg(component);
    }
    return where;
}

QString Hl7Error::toString() const
{
    QString where = location();
    if (line > 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("line %1").arg(line);
    return where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
}

bool Hl7Error::isRejection() const
{
    switch (code) {
    case Code::UnsupportedMessageType:
    case Code::UnsupportedEvent:
    case Code::UnsupportedProcessingId:
    case Code::UnsupportedVersion:
        return true;
    default:
        return false;
    }
}

Hl7Error Hl7Error::at(Code code, const QString &segment, int field, int component, const QString &reason)
{
    Hl7Error error;
    error.code = code;
    error.segment = segment;
    error.field = field;
    error.component = component;
    error.reason = reason;
    return error;
}

} // namespace chairside
