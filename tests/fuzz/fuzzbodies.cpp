#include "fuzzbodies.h"

#include "interop/authorizationcsv.h"
#include "interop/fhirreader.h"
#include "interop/formatdetector.h"
#include "interop/hl7ack.h"
#include "interop/hl7batch.h"
#include "interop/hl7mapper.h"
#include "interop/hl7time.h"

#include <QTimeZone>

namespace chairside::fuzz {

namespace {

/// Touches every value the way a reader would, so that the lazy splitting and unescaping run.
qsizetype walk(const Hl7Message &message)
{
    qsizetype total = 0;
    for (int s = 0; s < message.segmentCount(); ++s) {
        const Hl7Segment segment = message.segment(s);
        total += segment.name().size();
        for (int f = 1; f <= segment.fieldCount(); ++f) {
            const Hl7Value field = segment.field(f);
            total += field.text().size() + (field.isNull() ? 1 : 0);
            const QList<Hl7Value> repetitions = field.repetitions();
            for (const Hl7Value &repetition : repetitions) {
                const QList<Hl7Value> components = repetition.components();
                for (const Hl7Value &component : components) {
                    total += component.text().size();
                    const QList<Hl7Value> subComponents = component.subComponents();
                    for (const Hl7Value &subComponent : subComponents)
                        total += subComponent.unescaped().size();
                }
            }
            // By index too, on the first few: the two ways must agree.
            if (field.repetitionCount() != repetitions.size()
                || (!repetitions.isEmpty() && field.repetition(1).raw() != repetitions.front().raw()))
                return -1;
        }
    }
    for (const char *path :
        {"PID-3(2).4.1", "SCH-11.4", "MSH-9-2", "AIL(2)-3", "PID-5[1].1.1", "X-1", "PID-"})
        total += message.value(QByteArrayView(path)).text().size();
    return total;
}

} // namespace

bool hl7(QByteArrayView bytes, QString *why)
{
    static const QTimeZone newYork("America/New_York"); // built once: a zone is read from disk
    const QByteArray buffer = bytes.toByteArray();
    FormatDetector::detect(buffer);
    Hl7Time::parse(QString::fromLatin1(buffer.left(32)), newYork);
    hl7Date(QString::fromLatin1(buffer.left(16)));

    const Hl7Batch batch = Hl7Batch::split(buffer);
    Hl7MappingOptions options;
    options.senderZone = newYork;
    options.mrnAuthority = QStringLiteral("HOSP");
    Hl7Ack::Options ack;
    ack.controlId = QStringLiteral("FUZZ-1");
    ack.nowUtc = QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::utc());
    for (const Hl7Message &message : batch.messages) {
        if (walk(message) < 0) {
            *why = QStringLiteral("repetitions() and repetition(n) disagree");
            return false;
        }
        const Hl7Mapped mapped = Hl7Mapper::map(message, options);
        for (const Hl7Error &error : mapped.errors) {
            if (error.reason.isEmpty()) {
                *why = QStringLiteral("an error without a reason at %1").arg(error.location());
                return false;
            }
        }
        const Hl7Ack::Code code = Hl7Ack::codeFor(mapped.errors);
        const QByteArray answer = Hl7Ack::build(message, code, ack, {}, mapped.errors);
        const Hl7Message read = Hl7Message::parse(answer);
        if (!read.isValid()) {
            *why = QStringLiteral("the ACK is not a valid message: %1").arg(read.errors().front().toString());
            return false;
        }
        if (read.controlId() != ack.controlId || read.text("MSA-1") != Hl7Ack::codeText(code)
            || read.segmentCount() < 2) {
            *why = QStringLiteral("the ACK does not say what was built");
            return false;
        }
        if (message.encoding().charset == Hl7Encoding::Charset::Utf8
            && read.encoding().charset == Hl7Encoding::Charset::Utf8
            && read.text("MSA-2") != message.controlId()) {
            *why = QStringLiteral("MSA-2 \"%1\" is not the control id \"%2\"")
                       .arg(read.text("MSA-2"), message.controlId());
            return false;
        }
        walk(read);
    }
    return true;
}

bool fhir(QByteArrayView bytes, QString *why)
{
    const FhirRead read = FhirReader::read(bytes.toByteArray());
    for (const FhirError &error : read.errors) {
        if (!error.path.startsWith(QLatin1Char('$')) || error.reason.isEmpty()) {
            *why = QStringLiteral("an error without a path or a reason: %1").arg(error.toString());
            return false;
        }
    }
    return true;
}

bool csv(QByteArrayView bytes, QString *why)
{
    const AuthorizationCsv read = AuthorizationCsv::parse(bytes.toByteArray());
    for (const AuthorizationCsv::LineError &error : read.errors) {
        if (error.line < 1 || error.reason.isEmpty()) {
            *why = QStringLiteral("an error without a line or a reason: %1").arg(error.toString());
            return false;
        }
    }
    for (const InboundAuthorization &row : read.rows) {
        if (row.reference.isEmpty() || row.mrn.isEmpty() || !row.validFrom.isValid()
            || row.validTo < row.validFrom || row.visitsUsed > row.visitsApproved) {
            *why = QStringLiteral("line %1 was read though it is not valid").arg(row.line);
            return false;
        }
    }
    return true;
}

} // namespace chairside::fuzz
