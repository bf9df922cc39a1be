// import and interface watch|messages|show|retry|map|maps|set: receiving messages from other systems
// (HL7 v2, FHIR R4, payers' authorization CSV) from files and a drop folder, the quarantine and the
// mapping tables. Admins only: the acting user is the one who imports.

#include "access/permission.h"
#include "command.h"
#include "commandline.h"
#include "common/error.h"
#include "context.h"
#include "interface/interfaceservice.h"
#include "stopsignals.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

namespace chairside::cli {

namespace {

User interfaceUser(Context &ctx)
{
    AuditEvent refusal;
    refusal.action = AuditAction::InterfaceMessage;
    refusal.recordKind = QStringLiteral("interface_message");
    return ctx.requireUser(Permission::Administer, refusal);
}

/// The import's contract keeps three states: a message read with nothing to do was accepted.
QString importState(InterfaceState state)
{
    return state == InterfaceState::Ignored ? interfaceStateName(InterfaceState::Applied)
                                            : interfaceStateName(state);
}

QJsonObject receiptJson(const InterfaceReceipt &r)
{
    const InterfaceError error = r.errors.isEmpty() ? InterfaceError {} : r.errors.first();
    return QJsonObject {{QStringLiteral("id"), r.messageId}, {QStringLiteral("control_id"), r.controlId},
        {QStringLiteral("type"), r.messageType}, {QStringLiteral("state"), importState(r.state)},
        {QStringLiteral("segment"), error.segment}, {QStringLiteral("field"), error.field},
        {QStringLiteral("reason"), error.reason}};
}

QJsonObject fileJson(const QString &path, const InterfaceFileResult &result)
{
    QJsonArray messages;
    for (const InterfaceReceipt &r : result.receipts)
        messages << receiptJson(r);
    return QJsonObject {{QStringLiteral("file"), path},
        {QStringLiteral("format"), interfaceFormatName(result.format)},
        {QStringLiteral("applied"), result.applied + result.ignored},
        {QStringLiteral("duplicates"), result.duplicates},
        {QStringLiteral("quarantined"), result.quarantined}, {QStringLiteral("messages"), messages}};
}

QString fileText(const QString &path, const InterfaceFileResult &result)
{
    QString text = QStringLiteral("%1 (%2): %3 applied, %4 duplicate, %5 quarantined\n")
                       .arg(QDir::toNativeSeparators(path), interfaceFormatName(result.format))
                       .arg(result.applied + result.ignored)
                       .arg(result.duplicates)
                       .arg(result.quarantined);
    for (const InterfaceReceipt &r : result.receipts) {
        if (r.state != InterfaceState::Quarantined)
            continue;
        const InterfaceError error = r.errors.isEmpty() ? InterfaceError {} : r.errors.first();
        text
            += QStringLiteral("  message %1 %2 %3: quarantined at %4 (segment %5, field %6): %7\n")
                   .arg(r.messageId)
                   .arg(r.messageType, r.controlId, error.field.isEmpty() ? QStringLiteral("-") : error.field,
                       error.segment.isEmpty() ? QStringLiteral("-") : error.segment,
                       error.field.isEmpty() ? QStringLiteral("-") : error.field, error.reason);
    }
    return text;
}

QByteArray readWhole(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error::badData(QStringLiteral("file"),
            QStringLiteral("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return file.readAll();
}

int importFiles(Context &ctx)
{
    if (ctx.positional.isEmpty())
        throw UsageError(QStringLiteral("import needs at least one FILE."));
    const User user = interfaceUser(ctx);
    // Every file is read before any is imported: a mistyped name refuses the command, not half of it.
    QList<QByteArray> contents;
    for (const QString &path : std::as_const(ctx.positional))
        contents << readWhole(path);
    InterfaceService service(ctx.store(), ctx.clock());
    QJsonArray files;
    QString text;
    bool clean = true;
    for (qsizetype i = 0; i < ctx.positional.size(); ++i) {
        const QString path = QFileInfo(ctx.positional[i]).absoluteFilePath();
        const InterfaceFileResult result
            = service.importBytes(user, contents[i], InterfaceSource {InterfaceChannel::File, path});
        files << fileJson(ctx.positional[i], result);
        text += fileText(ctx.positional[i], result);
        clean = clean && result.clean();
    }
    ctx.print(QJsonObject {{QStringLiteral("files"), files}}, text);
    return clean ? ExitOk : ExitBadData;
}

// ---- The drop folder -------------------------------------------------------------------------------

/// Moves the file into `folder` (done/ or error/) under its own name, or with the time added when a file
/// of that name is already there.
QString moveInto(const QString &path, const QString &folder, const QDateTime &nowUtc)
{
    QDir().mkpath(folder);
    const QFileInfo info(path);
    QString target = QDir(folder).filePath(info.fileName());
    if (QFile::exists(target)) {
        target = QDir(folder).filePath(QStringLiteral("%1-%2%3").arg(info.completeBaseName(),
            nowUtc.toString(QStringLiteral("yyyyMMddTHHmmsszzz")),
            info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix()));
    }
    if (!QFile::rename(path, target)) {
        throw Error(Error::Kind::Store,
            QStringLiteral("Cannot move %1 to %2.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder)));
    }
    return target;
}

class FolderWatch final
{
public:
    FolderWatch(Context &ctx, const User &user, const QString &folder)
        : m_ctx(ctx)
        , m_user(user)
        , m_folder(QDir(folder).absolutePath())
        , m_service(ctx.store(), ctx.clock())
    { }

    /// Looks at the folder: files whose size and time stood still since the last look are processed.
    /// With `settle`, a file seen for the first time is looked at again after a moment instead.
    void scan(bool settle)
    {
        const QFileInfoList entries
            = QDir(m_folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        QHash<QString, std::pair<qint64, QDateTime>> seen;
        for (const QFileInfo &info : entries) {
            // Hidden files and ones still being written under a temporary name are left alone.
            if (info.fileName().startsWith(QLatin1Char('.')) || info.suffix() == QLatin1String("part")
                || info.suffix() == QLatin1String("tmp"))
                continue;
            const std::pair<qint64, QDateTime> now {info.size(), info.lastModified()};
            const auto before = m_sizes.constFind(info.absoluteFilePath());
            if (before == m_sizes.cend() || *before != now) {
                seen.insert(info.absoluteFilePath(), now);
                if (settle) {
                    QThread::msleep(300);
                    const QFileInfo again(info.absoluteFilePath());
                    if (again.exists() && again.size() == now.first && again.lastModified() == now.second)
                        process(info.absoluteFilePath());
                }
                continue;
            }
            process(info.absoluteFilePath());
        }
        m_sizes = seen;
    }

    int filesInError() const { return m_errors; }

private:
    void process(const QString &path)
    {
        const QDateTime now = m_ctx.nowUtc();
        QString line;
        QJsonObject json;
        bool clean = false;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            line = QStringLiteral("%1: cannot be read: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString());
            json
                = QJsonObject {{QStringLiteral("file"), path}, {QStringLiteral("error"), file.errorString()}};
        } else {
            const QByteArray bytes = file.readAll();
            file.close();
            const InterfaceFileResult result
                = m_service.importBytes(m_user, bytes, InterfaceSource {InterfaceChannel::Folder, path});
            clean = result.clean();
            line = fileText(path, result);
            json = fileJson(path, result);
        }
        const QString moved = moveInto(
            path, QDir(m_folder).filePath(clean ? QStringLiteral("done") : QStringLiteral("error")), now);
        json.insert(QStringLiteral("moved_to"), moved);
        if (!clean)
            ++m_errors;
        if (m_ctx.json)
            m_ctx.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
        else
            m_ctx.out << line.trimmed() << QStringLiteral(" -> %1\n").arg(QDir::toNativeSeparators(moved));
        m_ctx.out.flush();
    }

    Context &m_ctx;
    User m_user;
    QString m_folder;
    InterfaceService m_service;
    QHash<QString, std::pair<qint64, QDateTime>> m_sizes;
    int m_errors = 0;
};

int interfaceWatch(Context &ctx)
{
    const User user = interfaceUser(ctx);
    const QString folder = ctx.value(QStringLiteral("folder"));
    const QFileInfo info(folder);
    if (!info.isDir()) {
        throw Error::badData(QStringLiteral("folder"),
            QStringLiteral("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
    }
    FolderWatch watch(ctx, user, folder);
    if (ctx.has(QStringLiteral("once"))) {
        watch.scan(true);
        return watch.filesInError() == 0 ? ExitOk : ExitBadData;
    }
    if (!ctx.json)
        ctx.err << "Watching " << QDir::toNativeSeparators(info.absoluteFilePath())
                << " (SIGTERM or Ctrl+C stops)\n";
    ctx.err.flush();
    QEventLoop loop;
    StopSignals stop;
    QObject::connect(&stop, &StopSignals::stopRequested, &loop, &QEventLoop::quit);
    QFileSystemWatcher watcher {QStringList {info.absoluteFilePath()}};
    // A change is looked at on the next tick, and a file taken once its size stood still for a tick.
    QTimer tick;
    tick.setInterval(1000);
    bool changed = true;
    QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, &loop, [&changed] { changed = true; });
    int ticksSinceScan = 0;
    std::optional<Error> failure;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        ++ticksSinceScan;
        // Scan when told of a change, and every ten seconds anyway (a network share may not tell).
        if (!changed && ticksSinceScan < 10)
            return;
        changed = false;
        ticksSinceScan = 0;
        try {
            watch.scan(false);
        } catch (const Error &error) {
            failure = error;
            loop.quit();
        }
        changed = true; // look again next tick: a file seen once is taken when it stood still
    });
    watch.scan(false);
    tick.start();
    loop.exec();
    if (failure)
        throw *failure;
    if (!ctx.json)
        ctx.err << "Stopped watching.\n";
    return ExitOk;
}

// ---- The quarantine and the lists ------------------------------------------------------------------

QJsonValue instantJson(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject messageJson(const InterfaceMessage &m, bool withRaw)
{
    const InterfaceError error = m.error.value_or(InterfaceError {});
    QJsonObject json {{QStringLiteral("id"), m.id},
        {QStringLiteral("received_at"), instantJson(m.receivedAtUtc)},
        {QStringLiteral("channel"), interfaceChannelName(m.channel)}, {QStringLiteral("sender"), m.sender},
        {QStringLiteral("sending_application"), m.sendingApplication},
        {QStringLiteral("sending_facility"), m.sendingFacility},
        {QStringLiteral("format"), interfaceFormatName(m.format)}, {QStringLiteral("type"), m.messageType},
        {QStringLiteral("control_id"), m.controlId}, {QStringLiteral("state"), interfaceStateName(m.state)},
        {QStringLiteral("segment"), error.segment}, {QStringLiteral("field"), error.field},
        {QStringLiteral("code"), m.error ? QJsonValue(error.code) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reason"), error.reason}, {QStringLiteral("summary"), m.summary},
        {QStringLiteral("needs"),
            m.needsKind ? QJsonValue(QJsonObject {{QStringLiteral("kind"), mappingKindName(*m.needsKind)},
                {QStringLiteral("value"), m.needsValue}})
                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("applied_at"), instantJson(m.appliedAtUtc)}, {QStringLiteral("retries"), m.retries},
        {QStringLiteral("retried_by"), m.retriedBy},
        {QStringLiteral("retried_at"), instantJson(m.retriedAtUtc)},
        {QStringLiteral("duplicate_of"),
            m.duplicateOf ? QJsonValue(m.duplicateOf) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("size"), m.rawSize}};
    if (withRaw)
        json.insert(QStringLiteral("raw"), QString::fromUtf8(m.raw));
    return json;
}

int interfaceMessages(Context &ctx)
{
    const User user = interfaceUser(ctx);
    InterfaceMessageFilter filter;
    if (ctx.has(QStringLiteral("state"))) {
        const QString name = ctx.value(QStringLiteral("state")).trimmed().toLower();
        filter.state = interfaceStateFromName(name);
        if (!filter.state) {
            throw Error::badData(QStringLiteral("state"),
                QStringLiteral("--state is applied, quarantined, duplicate or ignored, not \"%1\".")
                    .arg(name));
        }
    }
    filter.limit = ctx.intValue(QStringLiteral("limit"), 50, 1, 10000);
    InterfaceService service(ctx.store(), ctx.clock());
    const QList<InterfaceMessage> list = service.messages(user, filter);
    const InterfaceCounts counts = service.counts(user);
    QJsonArray array;
    QString text;
    for (const InterfaceMessage &m : list) {
        array << messageJson(m, false);
        text += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                    .arg(m.id, 6)
                    .arg(m.receivedAtUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        interfaceStateName(m.state).leftJustified(11), m.messageType.leftJustified(9),
                        m.controlId.leftJustified(12), m.error ? m.error->toString() : m.summary);
    }
    if (list.isEmpty())
        text += QStringLiteral("No messages.\n");
    text += QStringLiteral("%1 applied, %2 quarantined, %3 duplicate, %4 ignored\n")
                .arg(counts.applied)
                .arg(counts.quarantined)
                .arg(counts.duplicate)
                .arg(counts.ignored);
    ctx.print(QJsonObject {{QStringLiteral("messages"), array},
                  {QStringLiteral("counts"),
                      QJsonObject {{QStringLiteral("applied"), counts.applied},
                          {QStringLiteral("quarantined"), counts.quarantined},
                          {QStringLiteral("duplicate"), counts.duplicate},
                          {QStringLiteral("ignored"), counts.ignored}}}},
        text);
    return ExitOk;
}

qint64 idValue(Context &ctx)
{
    bool ok = false;
    const qint64 id = ctx.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error::badData(QStringLiteral("id"), QStringLiteral("--id is a message number."));
    return id;
}

int interfaceShow(Context &ctx)
{
    const User user = interfaceUser(ctx);
    const qint64 id = idValue(ctx);
    InterfaceService service(ctx.store(), ctx.clock());
    const auto m = service.message(user, id);
    if (!m)
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no message number %1.").arg(id),
            QStringLiteral("id"));
    QString text = QStringLiteral("Message %1: %2 %3 (%4), %5\n")
                       .arg(m->id)
                       .arg(m->messageType, m->controlId, interfaceFormatName(m->format),
                           interfaceStateName(m->state));
    text += QStringLiteral("Received %1 by %2 from %3\n")
                .arg(m->receivedAtUtc.toUTC().toString(Qt::ISODate), interfaceChannelName(m->channel),
                    m->sender);
    if (m->error)
        text += QStringLiteral("Error: segment %1, field %2, code %3: %4\n")
                    .arg(m->error->segment, m->error->field)
                    .arg(m->error->code)
                    .arg(m->error->reason);
    if (m->needsKind)
        text += QStringLiteral("Waits for a mapping: interface map --kind %1 --value \"%2\"\n")
                    .arg(mappingKindName(*m->needsKind), m->needsValue);
    if (!m->summary.isEmpty())
        text += QStringLiteral("Done: %1\n").arg(m->summary);
    if (m->retries > 0)
        text += QStringLiteral("Retried %1 times, last by %2\n").arg(m->retries).arg(m->retriedBy);
    QString raw = QString::fromUtf8(m->raw);
    raw.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    raw.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text += QStringLiteral("\n") + raw;
    ctx.print(QJsonObject {{QStringLiteral("message"), messageJson(*m, true)}}, text);
    return ExitOk;
}

int interfaceRetry(Context &ctx)
{
    const User user = interfaceUser(ctx);
    const qint64 id = idValue(ctx);
    InterfaceService service(ctx.store(), ctx.clock());
    const InterfaceReceipt r = service.retry(user, id);
    const auto m = service.message(user, id);
    const QString text = r.state == InterfaceState::Quarantined
        ? QStringLiteral("Message %1 is still quarantined: %2\n")
              .arg(id)
              .arg(r.errors.isEmpty() ? QString() : r.errors.first().toString())
        : QStringLiteral("Message %1 %2: %3\n").arg(id).arg(interfaceStateName(r.state), r.summary);
    ctx.print(QJsonObject {{QStringLiteral("message"), messageJson(*m, false)}}, text);
    return r.state == InterfaceState::Quarantined ? ExitBadData : ExitOk;
}

int interfaceMap(Context &ctx)
{
    const User user = interfaceUser(ctx);
    const QString kindName = ctx.value(QStringLiteral("kind")).trimmed().toLower();
    const auto kind = mappingKindFromName(kindName);
    if (!kind)
        throw Error::badData(QStringLiteral("kind"),
            QStringLiteral("--kind is location or service, not \"%1\".").arg(kindName));
    const QString value = ctx.value(QStringLiteral("value"));
    const int targets = int(ctx.has(QStringLiteral("center"))) + int(ctx.has(QStringLiteral("therapy")))
        + int(ctx.has(QStringLiteral("remove")));
    if (targets != 1)
        throw UsageError(QStringLiteral("interface map needs one of --center, --therapy or --remove."));
    InterfaceService service(ctx.store(), ctx.clock());
    if (ctx.has(QStringLiteral("remove"))) {
        service.removeMapping(user, *kind, value);
        ctx.print(QJsonObject {{QStringLiteral("removed"),
                      QJsonObject {
                          {QStringLiteral("kind"), kindName}, {QStringLiteral("value"), value.trimmed()}}}},
            QStringLiteral("The %1 \"%2\" is no longer mapped.").arg(kindName, value.trimmed()));
        return ExitOk;
    }
    qint64 target = 0;
    if (ctx.has(QStringLiteral("center"))) {
        if (*kind != MappingKind::Location)
            throw UsageError(QStringLiteral("A service maps to a --therapy; a location to a --center."));
        target = ctx.center().id;
    } else {
        if (*kind != MappingKind::Service)
            throw UsageError(QStringLiteral("A location maps to a --center; a service to a --therapy."));
        const QString name = ctx.value(QStringLiteral("therapy")).trimmed();
        auto therapy = ctx.store().therapyByName(name);
        bool isNumber = false;
        const qint64 number = name.toLongLong(&isNumber);
        if (!therapy && isNumber)
            therapy = ctx.store().therapy(number);
        if (!therapy)
            throw Error(Error::Kind::NotFound, QStringLiteral("There is no therapy named \"%1\".").arg(name),
                QStringLiteral("therapy"));
        target = therapy->id;
    }
    const InterfaceMapping mapping = service.setMapping(user, *kind, value, target);
    int waiting = 0;
    const QList<InterfaceWaiting> all = service.waiting(user);
    for (const InterfaceWaiting &w : all) {
        if (w.kind == mapping.kind && w.value.compare(mapping.senderValue, Qt::CaseInsensitive) == 0)
            waiting += w.messages;
    }
    QString text = QStringLiteral("The %1 \"%2\" maps to %3 (%4).")
                       .arg(kindName, mapping.senderValue, mapping.targetName)
                       .arg(mapping.targetId);
    if (waiting > 0)
        text += QStringLiteral(
            "\n%1 quarantined message(s) wait on it: retry them with interface retry --id N.")
                    .arg(waiting);
    ctx.print(
        QJsonObject {{QStringLiteral("mapping"),
                         QJsonObject {{QStringLiteral("id"), mapping.id}, {QStringLiteral("kind"), kindName},
                             {QStringLiteral("value"), mapping.senderValue},
                             {QStringLiteral("target_id"), mapping.targetId},
                             {QStringLiteral("target"), mapping.targetName}}},
            {QStringLiteral("waiting"), waiting}},
        text);
    return ExitOk;
}

int interfaceMaps(Context &ctx)
{
    const User user = interfaceUser(ctx);
    InterfaceService service(ctx.store(), ctx.clock());
    const QList<InterfaceMapping> list = service.mappings(user);
    QJsonArray array;
    QString text;
    for (const InterfaceMapping &m : list) {
        array << QJsonObject {{QStringLiteral("id"), m.id}, {QStringLiteral("kind"), mappingKindName(m.kind)},
            {QStringLiteral("value"), m.senderValue}, {QStringLiteral("target_id"), m.targetId},
            {QStringLiteral("target"), m.targetName}, {QStringLiteral("changed_by"), m.changedBy},
            {QStringLiteral("changed_at"), instantJson(m.changedAtUtc)}};
        text += QStringLiteral("%1  %2  ->  %3 (%4)\n")
                    .arg(mappingKindName(m.kind).leftJustified(8), m.senderValue.leftJustified(24),
                        m.targetName)
                    .arg(m.targetId);
    }
    QJsonArray waitingArray;
    const QList<InterfaceWaiting> waiting = service.waiting(user);
    for (const InterfaceWaiting &w : waiting) {
        waitingArray << QJsonObject {{QStringLiteral("kind"), mappingKindName(w.kind)},
            {QStringLiteral("value"), w.value}, {QStringLiteral("messages"), w.messages}};
        text += QStringLiteral("unmapped %1 \"%2\": %3 quarantined message(s) wait on it\n")
                    .arg(mappingKindName(w.kind), w.value)
                    .arg(w.messages);
    }
    if (text.isEmpty())
        text = QStringLiteral("No mappings.\n");
    ctx.print(
        QJsonObject {{QStringLiteral("mappings"), array}, {QStringLiteral("waiting"), waitingArray}}, text);
    return ExitOk;
}

int interfaceSet(Context &ctx)
{
    const User user = interfaceUser(ctx);
    if (!ctx.has(QStringLiteral("mrn-authority")) && !ctx.has(QStringLiteral("sender-zone")))
        throw UsageError(QStringLiteral("interface set needs --mrn-authority A or --sender-zone Z."));
    InterfaceService service(ctx.store(), ctx.clock());
    if (ctx.has(QStringLiteral("mrn-authority")))
        service.setMrnAuthority(user, ctx.value(QStringLiteral("mrn-authority")));
    if (ctx.has(QStringLiteral("sender-zone")))
        service.setSenderZone(user, ctx.value(QStringLiteral("sender-zone")).toLatin1());
    const InterfaceSettings s = service.settings(user);
    ctx.print(QJsonObject {{QStringLiteral("settings"),
                  QJsonObject {{QStringLiteral("mrn_authority"), s.mrnAuthority},
                      {QStringLiteral("sender_zone"), QString::fromLatin1(s.senderZone)}}}},
        QStringLiteral("MRN authority: %1\nSenders' time zone: %2")
            .arg(s.mrnAuthority.isEmpty() ? QStringLiteral("(the first MR identifier)") : s.mrnAuthority,
                s.senderZone.isEmpty() ? QStringLiteral("(the first center's)")
                                       : QString::fromLatin1(s.senderZone)));
    return ExitOk;
}

} // namespace

void addInterfaceCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("import")},
        QStringLiteral("Import HL7 v2, FHIR R4 or authorization CSV files."), {}, QStringLiteral("FILE..."),
        QStringLiteral(
            "Each file's format is detected: HL7 v2 (one message or a batch; CR, LF or CRLF; MLLP framing "
            "and\n"
            "FHS/BHS headers tolerated), FHIR R4 JSON (a resource or a Bundle), or a payer's authorization\n"
            "CSV with its header row. Each message is applied whole or quarantined whole (nothing of it\n"
            "written) with its segment, field and reason; a message already applied (same sender and\n"
            "MSH-10) counts as a duplicate. Exit status 3 when any message was quarantined."),
        importFiles};
    commands << Command {{QStringLiteral("interface"), QStringLiteral("watch")},
        QStringLiteral("Import each file dropped into a folder."),
        {{QStringLiteral("folder"), QStringLiteral("DIR"), QStringLiteral("the drop folder"), true},
            {QStringLiteral("once"), {}, QStringLiteral("process what is there now and exit")}},
        {},
        QStringLiteral(
            "Files already there and each new one (once its size stands still) are imported and\n"
            "moved to DIR/done/, or to DIR/error/ when a message in it was quarantined or it could\n"
            "not be read. Runs until SIGTERM or Ctrl+C. With --once, exit status 3 when any file\n"
            "went to error/."),
        interfaceWatch};
    commands << Command {{QStringLiteral("interface"), QStringLiteral("messages")},
        QStringLiteral("List received messages, newest first."),
        {{QStringLiteral("state"), QStringLiteral("S"),
             QStringLiteral("applied, quarantined, duplicate or ignored")},
            {QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N (default 50)")}},
        {}, {}, interfaceMessages};
    commands << Command {{QStringLiteral("interface"), QStringLiteral("show")},
        QStringLiteral("Show one message with its raw text and error."),
        {{QStringLiteral("id"), QStringLiteral("N"), QStringLiteral("the message number"), true}}, {}, {},
        interfaceShow};
    commands << Command {{QStringLiteral("interface"), QStringLiteral("retry")},
        QStringLiteral("Apply a quarantined message again."),
        {{QStringLiteral("id"), QStringLiteral("N"), QStringLiteral("the message number"), true}}, {},
        QStringLiteral("Exit status 3 when it is still quarantined."), interfaceRetry};
    commands << Command {{QStringLiteral("interface"), QStringLiteral("map")},
        QStringLiteral("Map a sender's location to a center or service to a therapy."),
        {{QStringLiteral("kind"), QStringLiteral("K"), QStringLiteral("location or service"), true},
            {QStringLiteral("value"), QStringLiteral("V"), QStringLiteral("the sender's code or text"), true},
            {QStringLiteral("center"), QStringLiteral("C"), QStringLiteral("the center (name or number)")},
            {QStringLiteral("therapy"), QStringLiteral("T"), QStringLiteral("the therapy (name or number)")},
            {QStringLiteral("remove"), {}, QStringLiteral("forget the mapping")}},
        {}, {}, interfaceMap};
    commands << Command {{QStringLiteral("interface"), QStringLiteral("maps")},
        QStringLiteral("List the mappings and the values quarantined messages wait on."), {}, {}, {},
        interfaceMaps};
    commands << Command {{QStringLiteral("interface"), QStringLiteral("set")},
        QStringLiteral("Set the MRN's assigning authority or the senders' time zone."),
        {{QStringLiteral("mrn-authority"), QStringLiteral("A"),
             QStringLiteral("the PID-3 assigning authority of the center's MRN (empty: the first MR)")},
            {QStringLiteral("sender-zone"), QStringLiteral("Z"),
                QStringLiteral("IANA zone of times sent without an offset (empty: the center's)")}},
        {}, {}, interfaceSet};
}

} // namespace chairside::cli
