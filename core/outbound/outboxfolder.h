#pragma once

#include "deliveryresult.h"

#include <QString>

namespace chairside {

/// The outbox-folder transport: each message becomes one file, `<control id>.hl7`, written whole to a
/// temporary file in the same folder, flushed to disk and then renamed, so a reader polling the folder
/// never sees half a message. The folder is made when missing. Writing the same message again (after a
/// crash before its result was recorded) replaces the file with the same bytes.
class OutboxFolder final
{
public:
    explicit OutboxFolder(QString path);

    const QString &path() const { return m_path; }

    /// Writes the message; failed, with the reason, when the folder or the file cannot be written.
    DeliveryResult deliver(const QByteArray &message) const;
    DeliveryResult operator()(const QByteArray &message) const { return deliver(message); }

    /// The file's name for a control id: its letters, digits, '-', '_' and '.', other characters as '_'.
    static QString fileName(const QString &controlId);

private:
    QString m_path;
};

} // namespace chairside
