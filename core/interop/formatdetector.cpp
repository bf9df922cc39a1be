#include "formatdetector.h"

#include "authorizationcsv.h"

namespace chairside::FormatDetector {

Format detect(QByteArrayView bytes)
{
    if (bytes.startsWith(QByteArrayView("\xEF\xBB\xBF")))
        bytes = bytes.sliced(3);
    qsizetype pos = 0;
    while (pos < bytes.size()
        && (bytes[pos] == ' ' || bytes[pos] == '\t' || bytes[pos] == '\r' || bytes[pos] == '\n'))
        ++pos;
    const QByteArrayView rest = bytes.sliced(pos);
    if (rest.isEmpty())
        return Format::Unknown;
    if (rest.front() == '\x0b')
        return Format::Hl7v2;
    for (const char *name : {"MSH", "FHS", "BHS"}) {
        if (rest.size() >= 4 && rest.startsWith(QByteArrayView(name))) {
            const char separator = rest[3];
            const bool letterOrDigit = (separator >= 'A' && separator <= 'Z')
                || (separator >= 'a' && separator <= 'z') || (separator >= '0' && separator <= '9');
            if (!letterOrDigit && separator > ' ' && separator < 0x7f)
                return Format::Hl7v2;
        }
    }
    if (rest.front() == '{')
        return rest.first(std::min<qsizetype>(rest.size(), 1 << 20))
                   .contains(QByteArrayView("\"resourceType\""))
            ? Format::FhirJson
            : Format::Unknown;
    if (AuthorizationCsv::looksLikeHeader(rest))
        return Format::Csv;
    return Format::Unknown;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Hl7v2:
        return QStringLiteral("hl7v2");
    case Format::FhirJson:
        return QStringLiteral("fhir");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

} // namespace chairside::FormatDetector
