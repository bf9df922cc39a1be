#include "appointmentcode.h"

#include <QRegularExpression>

namespace chairside::AppointmentCode {

QString format(qint64 appointmentId)
{
    return QStringLiteral("CS%1").arg(appointmentId, 7, 10, QLatin1Char('0'));
}

std::optional<qint64> parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*CS-?(\d{1,12})\s*$)"), QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 id = match.captured(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace chairside::AppointmentCode
