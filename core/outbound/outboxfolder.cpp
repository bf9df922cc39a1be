#include "outboxfolder.h"

#include "interop/hl7message.h"

#include <QDir>
#include <QSaveFile>

#include <utility>

namespace chairside {

OutboxFolder::OutboxFolder(QString path)
    : m_path(std::move(path))
{ }

QString OutboxFolder::fileName(const QString &controlId)
{
    QString name;
    name.reserve(controlId.size() + 4);
    for (const QChar c : controlId) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('_') || c == QLatin1Char('.');
        name += plain ? c : QLatin1Char('_');
    }
    // A name of dots alone would be the folder itself or its parent.
    if (name.isEmpty() || name.count(QLatin1Char('.')) == name.size())
        name.prepend(QLatin1Char('_'));
    return name + QStringLiteral(".hl7");
}

DeliveryResult OutboxFolder::deliver(const QByteArray &message) const
{
    const QString controlId = Hl7Message::parse(message).controlId();
    if (controlId.isEmpty())
        return DeliveryResult::failed(
            QStringLiteral("The message has no control id (MSH-10) to name its file."));
    const QDir dir(m_path);
    if (!dir.exists() && !QDir().mkpath(m_path)) {
        return DeliveryResult::failed(
            QStringLiteral("Could not create the outbox folder %1.").arg(QDir::toNativeSeparators(m_path)));
    }
    const QString target = dir.filePath(fileName(controlId));
    // QSaveFile writes a temporary file beside the target, flushes it to disk and renames it over the
    // target on commit: the file appears whole or not at all.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        return DeliveryResult::failed(QStringLiteral("Could not write %1: %2.")
                                          .arg(QDir::toNativeSeparators(target), file.errorString()));
    }
    if (file.write(message) != message.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return DeliveryResult::failed(
            QStringLiteral("Could not write %1: %2.").arg(QDir::toNativeSeparators(target), why));
    }
    return DeliveryResult::sent(QStringLiteral("written to %1").arg(QDir::toNativeSeparators(target)));
}

} // namespace chairside
