#include "interfaceservice.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/error.h"
#include "interfaceapplier.h"
#include "interfacestore.h"
#include "interop/authorizationcsv.h"
#include "interop/fhirreader.h"
#include "interop/formatdetector.h"
#include "interop/hl7ack.h"
#include "interop/hl7batch.h"
#include "interop/hl7mapper.h"
#include "interop/hl7message.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace chairside {

namespace {

const QString kMrnAuthorityKey = QStringLiteral("interface.mrn_authority");
const QString kSenderZoneKey = QStringLiteral("interface.sender_zone");

/// Files larger than this are split into HL7 messages a slice at a time, so that a file of a hundred
/// thousand messages is never indexed whole in memory.
constexpr qsizetype kSliceBytes = 4 * 1024 * 1024;

InterfaceError fromHl7(const Hl7Error &e)
{
    return InterfaceError {e.segment, e.location(), int(e.code), e.reason};
}

Hl7Error toHl7(const InterfaceError &e)
{
    static const QRegularExpression place(
        QStringLiteral("^([A-Z][A-Z0-9]{2})(?:\\((\\d+)\\))?(?:-(\\d+)(?:\\((\\d+)\\))?(?:\\.(\\d+))?)?$"));
    Hl7Error h;
    const int code = e.code;
    h.code = (code >= 100 && code <= 103) || (code >= 200 && code <= 207) ? Hl7Error::Code(code)
                                                                          : Hl7Error::Code::Internal;
    h.reason = e.reason;
    const QRegularExpressionMatch m = place.match(e.field.isEmpty() ? e.segment : e.field);
    if (m.hasMatch()) {
        h.segment = m.captured(1);
        h.sequence = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        h.field = m.captured(3).toInt();
        h.repetition = m.captured(4).toInt();
        h.component = m.captured(5).toInt();
    }
    return h;
}

InterfaceFormat formatOf(FormatDetector::Format format)
{
    switch (format) {
    case FormatDetector::Format::Hl7v2:
        return InterfaceFormat::Hl7v2;
    case FormatDetector::Format::FhirJson:
        return InterfaceFormat::Fhir;
    case FormatDetector::Format::Csv:
        return InterfaceFormat::Csv;
    case FormatDetector::Format::Unknown:
        break;
    }
    return InterfaceFormat::Unknown;
}

/// The start of each slice of an HL7 file: a segment MSH at the start of a line (or frame), near every
/// kSliceBytes. A message never spans two slices.
QList<qsizetype> sliceStarts(const QByteArray &bytes)
{
    QList<qsizetype> starts {0};
    qsizetype from = kSliceBytes;
    while (from < bytes.size()) {
        qsizetype at = from;
        for (;;) {
            at = bytes.indexOf("MSH", at);
            if (at < 0)
                return starts;
            const char before = at > 0 ? bytes.at(at - 1) : '\r';
            if (before == '\r' || before == '\n' || before == '\x0b')
                break;
            at += 3;
        }
        // A frame's start byte belongs to the message it opens.
        const qsizetype start = at > 0 && bytes.at(at - 1) == '\x0b' ? at - 1 : at;
        starts << start;
        from = start + kSliceBytes;
    }
    return starts;
}

/// A payer's CSV cut into records (a quoted value may hold a line break), with the line each starts on.
QList<std::pair<QByteArray, int>> csvRecords(const QByteArray &bytes)
{
    QList<std::pair<QByteArray, int>> records;
    qsizetype start = 0;
    int line = 1;
    int startLine = 1;
    bool quoted = false;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        const char c = i < bytes.size() ? bytes.at(i) : '\n';
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\n' && (!quoted || i == bytes.size())) {
            QByteArray record = bytes.mid(start, i - start);
            if (record.endsWith('\r'))
                record.chop(1);
            if (!record.trimmed().isEmpty())
                records.append({record, startLine});
            start = i + 1;
            ++line;
            startLine = line;
            continue;
        }
        if (c == '\n')
            ++line;
    }
    return records;
}

} // namespace

InterfaceService::InterfaceService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_interfaceStore(std::make_unique<InterfaceStore>(store.database()))
    , m_applier(std::make_unique<InterfaceApplier>(store, clock, *m_interfaceStore))
{ }

InterfaceService::~InterfaceService() = default;

void InterfaceService::requireAdmin(const User &user, qint64 messageId)
{
    AuditEvent refusal;
    refusal.action = AuditAction::InterfaceMessage;
    refusal.recordKind = QStringLiteral("interface_message");
    refusal.recordId = messageId;
    requirePermission(m_store, m_clock.nowUtc(), user, Permission::Administer, refusal);
}

void InterfaceService::count(InterfaceFileResult &result, const InterfaceReceipt &receipt) const
{
    switch (receipt.state) {
    case InterfaceState::Applied:
        ++result.applied;
        break;
    case InterfaceState::Quarantined:
        ++result.quarantined;
        break;
    case InterfaceState::Duplicate:
        ++result.duplicates;
        break;
    case InterfaceState::Ignored:
        ++result.ignored;
        break;
    }
}

InterfaceReceipt InterfaceService::process(
    InterfaceMessage &record, const User &user, const std::function<InterfaceOutcome(qint64)> &apply)
{
    const QDateTime now = m_clock.nowUtc();
    const bool recordedApplied = record.id == 0;
    if (record.id == 0) {
        // Recorded first, for what applying it writes to name it; recorded as the outcome most messages
        // have, so that writing the outcome seldom moves the row in the state's index. Nobody sees this
        // row before the outcome is written: both are in the caller's transaction.
        record.state = InterfaceState::Applied;
        record.id = m_interfaceStore->addMessage(record);
    }
    InterfaceOutcome outcome;
    std::optional<InterfaceQuarantine> refused;
    {
        ScopedTransaction part(m_store.database());
        // One savepoint for the message, whichever store calls applying it makes.
        const SingleUndoPoint undo(m_store.database());
        try {
            outcome = apply(record.id);
            part.commit();
        } catch (const InterfaceQuarantine &quarantine) {
            refused = quarantine;
        } catch (const Error &error) {
            if (error.kind() == Error::Kind::Store || error.kind() == Error::Kind::Forbidden
                || error.kind() == Error::Kind::Newer) {
                m_applier->forgetHeldChairs();
                throw;
            }
            refused = InterfaceQuarantine(
                InterfaceApplier::errorFor(record.format, error.field(), error.message()));
        }
    }
    if (refused) {
        // Its savepoint rolled back whatever it booked.
        m_applier->forgetHeldChairs();
    }
    InterfaceReceipt receipt;
    receipt.messageId = record.id;
    receipt.format = record.format;
    receipt.messageType = record.messageType;
    receipt.controlId = record.controlId;
    AuditEvent event;
    event.action = AuditAction::InterfaceMessage;
    event.userName = user.name;
    event.recordKind = QStringLiteral("interface_message");
    event.recordId = record.id;
    if (refused) {
        record.state = InterfaceState::Quarantined;
        record.error = refused->error();
        record.needsKind = refused->needsKind();
        record.needsValue = refused->needsValue();
        record.summary.clear();
        record.appliedAtUtc = {};
        record.duplicateOf = 0;
        receipt.errors << refused->error();
        receipt.needsKind = record.needsKind;
        receipt.needsValue = record.needsValue;
        event.result = AuditResult::Failed;
        // The place and the code only: the reason may quote what the sender wrote about the patient.
        event.reason = QStringLiteral("%1 %2 quarantined: %3 (%4)")
                           .arg(record.messageType, record.controlId, refused->error().field)
                           .arg(refused->error().code)
                           .simplified();
    } else {
        record.state = outcome.state;
        record.error.reset();
        record.needsKind.reset();
        record.needsValue.clear();
        record.summary = outcome.done.join(QStringLiteral("; "));
        record.appliedAtUtc = outcome.state == InterfaceState::Applied ? now : QDateTime();
        record.duplicateOf = outcome.duplicateOf;
        receipt.summary = record.summary;
        event.patientId = outcome.patientId;
        event.reason
            = QStringLiteral("%1 %2 %3: %4")
                  .arg(record.messageType, record.controlId, interfaceStateName(record.state), record.summary)
                  .simplified();
    }
    receipt.state = record.state;
    if (recordedApplied && record.state == InterfaceState::Applied)
        m_interfaceStore->setApplied(record);
    else
        m_interfaceStore->setOutcome(record);
    m_store.audit(event, now);
    return receipt;
}

InterfaceReceipt InterfaceService::processUnreadable(const QByteArray &raw, InterfaceFormat format,
    const InterfaceSource &source, const User &user, const InterfaceError &error, qint64 existingId)
{
    InterfaceMessage record;
    record.id = existingId;
    record.receivedAtUtc = m_clock.nowUtc();
    record.channel = source.channel;
    record.sender = source.sender;
    record.format = format;
    record.raw = raw;
    return process(record, user,
        [&error](qint64) -> InterfaceOutcome { throw InterfaceQuarantine(error, {}, {}, true); });
}

InterfaceReceipt InterfaceService::processHl7(const Hl7Message &message, const InterfaceSource &source,
    const User &user, qint64 existingId, bool withAck)
{
    InterfaceMessage record;
    record.id = existingId;
    record.receivedAtUtc = m_clock.nowUtc();
    record.channel = source.channel;
    record.sender = source.sender;
    record.format = InterfaceFormat::Hl7v2;
    record.sendingApplication = message.text("MSH-3.1").trimmed();
    record.sendingFacility = message.text("MSH-4.1").trimmed();
    record.messageType = message.messageType()
        + (message.triggerEvent().isEmpty() ? QString() : QLatin1Char('^') + message.triggerEvent());
    record.controlId = message.controlId();
    record.raw = message.bytes().toByteArray();

    InterfaceReceipt receipt;
    const std::optional<qint64> earlier = record.controlId.isEmpty() || !message.isValid()
        ? std::nullopt
        : m_interfaceStore->appliedWithControlId(
            record.sendingApplication, record.sendingFacility, record.controlId);
    if (earlier && *earlier != existingId) {
        // A resent message: answered as the first was, with no second effect.
        record.state = InterfaceState::Duplicate;
        record.duplicateOf = *earlier;
        record.summary = QStringLiteral("the same message as message %1: nothing changed").arg(*earlier);
        if (existingId == 0)
            record.id = m_interfaceStore->addMessage(record);
        else
            m_interfaceStore->setOutcome(record);
        AuditEvent event;
        event.action = AuditAction::InterfaceMessage;
        event.userName = user.name;
        event.recordKind = QStringLiteral("interface_message");
        event.recordId = record.id;
        event.reason = QStringLiteral("%1 %2 duplicate of message %3")
                           .arg(record.messageType, record.controlId)
                           .arg(*earlier);
        m_store.audit(event, record.receivedAtUtc);
        receipt.messageId = record.id;
        receipt.state = record.state;
        receipt.format = record.format;
        receipt.messageType = record.messageType;
        receipt.controlId = record.controlId;
        receipt.summary = record.summary;
    } else {
        const QString sender = record.sendingApplication + QLatin1Char('^') + record.sendingFacility;
        QList<Hl7Error> hl7Errors;
        receipt = process(record, user, [&](qint64 messageId) {
            if (!message.isValid()) {
                hl7Errors = message.errors();
                const Hl7Error &first = hl7Errors.first();
                throw InterfaceQuarantine(fromHl7(first), {}, {}, first.isRejection());
            }
            const Hl7Mapped mapped = Hl7Mapper::map(message, m_applier->hl7Options());
            if (!mapped.ok()) {
                hl7Errors = mapped.errors;
                if (hl7Errors.isEmpty())
                    hl7Errors << Hl7Error::at(Hl7Error::Code::UnsupportedMessageType, QStringLiteral("MSH"),
                        9, 0, QStringLiteral("The message could not be read."));
                const Hl7Error &first = hl7Errors.first();
                throw InterfaceQuarantine(fromHl7(first), {}, {}, first.isRejection());
            }
            return m_applier->applyHl7(mapped, sender, messageId);
        });
        if (receipt.state == InterfaceState::Quarantined && hl7Errors.size() > 1) {
            receipt.errors.clear();
            for (const Hl7Error &e : std::as_const(hl7Errors))
                receipt.errors << fromHl7(e);
        }
    }
    if (withAck) {
        QList<Hl7Error> ackErrors;
        for (const InterfaceError &e : std::as_const(receipt.errors))
            ackErrors << toHl7(e);
        Hl7Ack::Options options;
        options.controlId = QStringLiteral("CS%1").arg(receipt.messageId);
        options.nowUtc = m_clock.nowUtc();
        options.zone = m_applier->hl7Options().senderZone;
        Hl7Ack::Code code = Hl7Ack::Code::Accept;
        if (receipt.state == InterfaceState::Quarantined)
            code = Hl7Ack::codeFor(ackErrors) == Hl7Ack::Code::Reject ? Hl7Ack::Code::Reject
                                                                      : Hl7Ack::Code::Error;
        receipt.ack = Hl7Ack::build(message, code, options, {}, ackErrors);
    }
    return receipt;
}

InterfaceReceipt InterfaceService::processFhir(
    const QByteArray &bytes, const InterfaceSource &source, const User &user, qint64 existingId)
{
    InterfaceMessage record;
    record.id = existingId;
    record.receivedAtUtc = m_clock.nowUtc();
    record.channel = source.channel;
    record.sender = source.sender;
    record.format = InterfaceFormat::Fhir;
    record.raw = bytes;
    const QJsonObject top = QJsonDocument::fromJson(bytes).object();
    record.messageType = top.value(QStringLiteral("resourceType")).toString();
    record.controlId = top.value(QStringLiteral("id")).toString();
    return process(record, user, [&](qint64 messageId) {
        const FhirRead read = FhirReader::read(bytes, m_applier->fhirOptions());
        if (!read.ok()) {
            const FhirError &first = read.errors.first();
            throw InterfaceQuarantine(InterfaceError {record.messageType, first.path, 102, first.reason});
        }
        return m_applier->applyFhir(read, messageId);
    });
}

InterfaceReceipt InterfaceService::processCsvRow(
    const QByteArray &raw, int line, const InterfaceSource &source, const User &user, qint64 existingId)
{
    InterfaceMessage record;
    record.id = existingId;
    record.receivedAtUtc = m_clock.nowUtc();
    record.channel = source.channel;
    record.sender = source.sender;
    record.format = InterfaceFormat::Csv;
    record.messageType = QStringLiteral("authorization");
    record.raw = raw;
    const AuthorizationCsv csv = AuthorizationCsv::parse(raw);
    if (!csv.rows.isEmpty())
        record.controlId = csv.rows.first().reference;
    const QString where = QStringLiteral("line %1").arg(line);
    return process(record, user, [&](qint64 messageId) {
        if (!csv.ok() || csv.rows.isEmpty()) {
            const AuthorizationCsv::LineError first = csv.errors.isEmpty()
                ? AuthorizationCsv::LineError {2, QString(), QStringLiteral("The row could not be read.")}
                : csv.errors.first();
            throw InterfaceQuarantine(InterfaceError {where, first.column, 102, first.reason});
        }
        try {
            return m_applier->applyAuthorization(csv.rows.first(), messageId);
        } catch (InterfaceQuarantine &quarantine) {
            InterfaceError error = quarantine.error();
            error.segment = where;
            throw InterfaceQuarantine(error, quarantine.needsKind(), quarantine.needsValue());
        } catch (const Error &e) {
            if (e.kind() == Error::Kind::Store || e.kind() == Error::Kind::Forbidden)
                throw;
            throw InterfaceQuarantine(InterfaceError {where, e.field(), 207, e.message()});
        }
    });
}

InterfaceReceipt InterfaceService::receive(
    const User &user, const QByteArray &raw, const InterfaceSource &source)
{
    requireAdmin(user);
    m_applier->begin(user);
    ScopedTransaction transaction(m_store.database());
    InterfaceReceipt receipt;
    const InterfaceFormat format = formatOf(FormatDetector::detect(raw));
    if (format == InterfaceFormat::Hl7v2) {
        const Hl7Batch batch = Hl7Batch::split(raw);
        if (batch.messages.size() == 1) {
            receipt = processHl7(batch.messages.first(), source, user, 0, true);
        } else {
            const InterfaceError error {QStringLiteral("MSH"), QStringLiteral("MSH"), 100,
                batch.messages.isEmpty()
                    ? QStringLiteral("No message was found in what was sent.")
                    : QStringLiteral("%1 messages were sent as one; send one message at a time.")
                          .arg(batch.messages.size())};
            receipt = processUnreadable(raw, format, source, user, error, 0);
            Hl7Ack::Options options;
            options.controlId = QStringLiteral("CS%1").arg(receipt.messageId);
            options.nowUtc = m_clock.nowUtc();
            receipt.ack = Hl7Ack::build(batch.messages.isEmpty() ? Hl7Message() : batch.messages.first(),
                Hl7Ack::Code::Reject, options, error.reason, {toHl7(error)});
        }
    } else if (format == InterfaceFormat::Fhir) {
        receipt = processFhir(raw, source, user, 0);
    } else {
        const InterfaceError error {QString(), QString(), 200,
            format == InterfaceFormat::Csv
                ? QStringLiteral(
                    "A payer's authorization list is taken as a file (import or the drop folder), not here.")
                : QStringLiteral(
                    "Not an HL7 v2 message, a FHIR R4 resource or a payer's authorization list.")};
        receipt = processUnreadable(raw, format, source, user, error, 0);
    }
    transaction.commit();
    return receipt;
}

InterfaceFileResult InterfaceService::importBytes(const User &user, const QByteArray &bytes,
    const InterfaceSource &source, const std::function<void(const InterfaceReceipt &)> &each)
{
    requireAdmin(user);
    m_applier->begin(user);
    InterfaceFileResult result;
    result.format = formatOf(FormatDetector::detect(bytes));
    auto transaction = std::make_unique<ScopedTransaction>(m_store.database());
    int sinceCommit = 0;
    const auto took = [&](const InterfaceReceipt &receipt) {
        count(result, receipt);
        result.receipts << receipt;
        if (each)
            each(receipt);
        if (++sinceCommit >= kImportChunk) {
            transaction->commit();
            transaction = std::make_unique<ScopedTransaction>(m_store.database());
            sinceCommit = 0;
        }
    };
    switch (result.format) {
    case InterfaceFormat::Hl7v2: {
        const QList<qsizetype> starts = sliceStarts(bytes);
        for (qsizetype s = 0; s < starts.size(); ++s) {
            const qsizetype from = starts[s];
            const qsizetype to = s + 1 < starts.size() ? starts[s + 1] : bytes.size();
            const Hl7Batch batch = Hl7Batch::split(
                starts.size() == 1 ? bytes : QByteArray::fromRawData(bytes.constData() + from, to - from));
            for (const Hl7Error &stray : batch.errors) {
                // Text outside any message is kept too: nothing is dropped without a word.
                took(processUnreadable({}, InterfaceFormat::Hl7v2, source, user, fromHl7(stray), 0));
            }
            for (const Hl7Message &message : batch.messages)
                took(processHl7(message, source, user, 0, false));
        }
        break;
    }
    case InterfaceFormat::Fhir:
        took(processFhir(bytes, source, user, 0));
        break;
    case InterfaceFormat::Csv: {
        const QList<std::pair<QByteArray, int>> records = csvRecords(bytes);
        for (qsizetype i = 1; i < records.size(); ++i)
            took(processCsvRow(
                records.first().first + '\n' + records[i].first, records[i].second, source, user, 0));
        break;
    }
    case InterfaceFormat::Unknown:
        took(processUnreadable(bytes, InterfaceFormat::Unknown, source, user,
            InterfaceError {QString(), QString(), 200,
                QStringLiteral(
                    "Not HL7 v2, FHIR R4 JSON or a payer's authorization list with its header row.")},
            0));
        break;
    }
    transaction->commit();
    return result;
}

InterfaceReceipt InterfaceService::retry(const User &user, qint64 messageId)
{
    requireAdmin(user, messageId);
    const auto stored = m_interfaceStore->message(messageId, true);
    if (!stored) {
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no message number %1.").arg(messageId),
            QStringLiteral("id"));
    }
    if (stored->state != InterfaceState::Quarantined) {
        throw Error(Error::Kind::Refused,
            QStringLiteral("Message %1 is %2; only a quarantined message is retried.")
                .arg(messageId)
                .arg(interfaceStateName(stored->state)),
            QStringLiteral("id"));
    }
    m_applier->begin(user);
    ScopedTransaction transaction(m_store.database());
    m_interfaceStore->markRetried(messageId, user.name, m_clock.nowUtc());
    const InterfaceSource source {stored->channel, stored->sender};
    InterfaceReceipt receipt;
    const InterfaceFormat format = stored->format == InterfaceFormat::Unknown
        ? formatOf(FormatDetector::detect(stored->raw))
        : stored->format;
    if (format == InterfaceFormat::Hl7v2) {
        const Hl7Batch batch = Hl7Batch::split(stored->raw);
        if (batch.messages.size() == 1)
            receipt = processHl7(batch.messages.first(), source, user, messageId, false);
        else
            receipt = processUnreadable(
                stored->raw, format, source, user, stored->error.value_or(InterfaceError {}), messageId);
    } else if (format == InterfaceFormat::Fhir) {
        receipt = processFhir(stored->raw, source, user, messageId);
    } else if (format == InterfaceFormat::Csv) {
        const int line = stored->error ? stored->error->segment.mid(5).toInt() : 0;
        receipt = processCsvRow(stored->raw, line > 0 ? line : 2, source, user, messageId);
    } else {
        receipt = processUnreadable(
            stored->raw, format, source, user, stored->error.value_or(InterfaceError {}), messageId);
    }
    transaction.commit();
    return receipt;
}

QList<InterfaceReceipt> InterfaceService::retryWaitingOn(
    const User &user, MappingKind kind, const QString &value)
{
    requireAdmin(user);
    QList<InterfaceReceipt> receipts;
    const QList<qint64> ids = m_interfaceStore->waitingOn(kind, value.trimmed());
    for (const qint64 id : ids)
        receipts << retry(user, id);
    return receipts;
}

QList<InterfaceMessage> InterfaceService::messages(const User &user, const InterfaceMessageFilter &filter)
{
    requireAdmin(user);
    InterfaceMessageFilter bounded = filter;
    bounded.limit = std::clamp(filter.limit, 1, 10000);
    bounded.offset = std::max(0, filter.offset);
    ScopedTransaction read(m_store.database(), ScopedTransaction::Kind::Read);
    QList<InterfaceMessage> list = m_interfaceStore->messages(bounded);
    read.commit();
    return list;
}

std::optional<InterfaceMessage> InterfaceService::message(const User &user, qint64 id)
{
    requireAdmin(user, id);
    return m_interfaceStore->message(id, true);
}

InterfaceCounts InterfaceService::counts(const User &user)
{
    requireAdmin(user);
    return m_interfaceStore->counts();
}

QList<InterfaceWaiting> InterfaceService::waiting(const User &user)
{
    requireAdmin(user);
    QList<InterfaceWaiting> list;
    const auto rows = m_interfaceStore->waiting();
    for (const auto &[kind, value, messages] : rows)
        list << InterfaceWaiting {kind, value, messages};
    return list;
}

QList<InterfaceMapping> InterfaceService::mappings(const User &user, std::optional<MappingKind> kind)
{
    requireAdmin(user);
    return m_interfaceStore->mappings(kind);
}

InterfaceMapping InterfaceService::setMapping(
    const User &user, MappingKind kind, const QString &senderValue, qint64 targetId)
{
    requireAdmin(user);
    const QString value = senderValue.trimmed();
    if (value.isEmpty())
        throw Error::badData(QStringLiteral("value"), QStringLiteral("The sender's value to map is empty."));
    if (kind == MappingKind::Location && !m_store.center(targetId)) {
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no center number %1.").arg(targetId),
            QStringLiteral("center"));
    }
    if (kind == MappingKind::Service && !m_store.therapy(targetId)) {
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no therapy number %1.").arg(targetId),
            QStringLiteral("therapy"));
    }
    const QDateTime now = m_clock.nowUtc();
    ScopedTransaction transaction(m_store.database());
    const auto before = m_interfaceStore->mapping(kind, value);
    InterfaceMapping mapping;
    mapping.kind = kind;
    mapping.senderValue = value;
    mapping.targetId = targetId;
    mapping.changedBy = user.name;
    mapping.changedAtUtc = now;
    mapping.id = m_interfaceStore->setMapping(mapping);
    const QString target
        = kind == MappingKind::Location ? QStringLiteral("center") : QStringLiteral("therapy");
    AuditEvent event;
    event.action = AuditAction::InterfaceMappingChanged;
    event.userName = user.name;
    event.recordKind = QStringLiteral("interface_mapping");
    event.recordId = mapping.id;
    event.reason = before
        ? QStringLiteral("%1 \"%2\": %3 %4 to %3 %5")
              .arg(mappingKindName(kind), value, target)
              .arg(before->targetId)
              .arg(targetId)
        : QStringLiteral("%1 \"%2\": none to %3 %4").arg(mappingKindName(kind), value, target).arg(targetId);
    m_store.audit(event, now);
    transaction.commit();
    return m_interfaceStore->mapping(kind, value).value_or(mapping);
}

void InterfaceService::removeMapping(const User &user, MappingKind kind, const QString &senderValue)
{
    requireAdmin(user);
    const QString value = senderValue.trimmed();
    const QDateTime now = m_clock.nowUtc();
    ScopedTransaction transaction(m_store.database());
    const auto before = m_interfaceStore->mapping(kind, value);
    if (!before || !m_interfaceStore->removeMapping(kind, value)) {
        throw Error(Error::Kind::NotFound,
            QStringLiteral("The %1 \"%2\" is not mapped.").arg(mappingKindName(kind), value),
            QStringLiteral("value"));
    }
    AuditEvent event;
    event.action = AuditAction::InterfaceMappingChanged;
    event.userName = user.name;
    event.recordKind = QStringLiteral("interface_mapping");
    event.recordId = before->id;
    event.reason
        = QStringLiteral("%1 \"%2\": %3 %4 to none")
              .arg(mappingKindName(kind), value,
                  kind == MappingKind::Location ? QStringLiteral("center") : QStringLiteral("therapy"))
              .arg(before->targetId);
    m_store.audit(event, now);
    transaction.commit();
}

InterfaceSettings InterfaceService::settings(const User &user)
{
    requireAdmin(user);
    InterfaceSettings settings;
    settings.mrnAuthority = m_store.setting(kMrnAuthorityKey).value_or(QString());
    settings.senderZone = m_store.setting(kSenderZoneKey).value_or(QString()).toLatin1();
    return settings;
}

namespace {

void saveSetting(
    Store &store, const User &user, const QDateTime &now, const QString &key, const QString &value)
{
    ScopedTransaction transaction(store.database());
    const QString before = store.setting(key).value_or(QString());
    store.setSetting(key, value);
    AuditEvent event;
    event.action = AuditAction::SetupChanged;
    event.userName = user.name;
    event.recordKind = QStringLiteral("setting");
    event.reason = QStringLiteral("%1 \"%2\" to \"%3\"").arg(key, before, value);
    store.audit(event, now);
    transaction.commit();
}

} // namespace

void InterfaceService::setMrnAuthority(const User &user, const QString &authority)
{
    requireAdmin(user);
    saveSetting(m_store, user, m_clock.nowUtc(), kMrnAuthorityKey, authority.trimmed());
}

void InterfaceService::setSenderZone(const User &user, const QByteArray &zoneId)
{
    requireAdmin(user);
    const QByteArray zone = zoneId.trimmed();
    if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone)) {
        throw Error::badData(QStringLiteral("zone"),
            QStringLiteral(
                "\"%1\" is not a time zone this system knows; use an IANA name such as America/New_York.")
                .arg(QString::fromLatin1(zone)));
    }
    saveSetting(m_store, user, m_clock.nowUtc(), kSenderZoneKey, QString::fromLatin1(zone));
}

} // namespace chairside
