#pragma once

#include <QByteArrayView>
#include <QString>

namespace chairside {

/// What a file holds, judged from its first bytes (after a UTF-8 byte-order mark, blank lines and
/// spaces): HL7 v2 when it starts with an MLLP start byte (0x0B) or a segment MSH, FHS or BHS
/// followed by a field separator; FHIR when it is a JSON object with a "resourceType"; CSV when its
/// first line has a comma and is the authorization list's header (AuthorizationCsv).
namespace FormatDetector {

enum class Format
{
    Unknown,
    Hl7v2,
    FhirJson,
    Csv,
};

Format detect(QByteArrayView bytes);
QString formatName(Format format);

} // namespace FormatDetector

} // namespace chairside
