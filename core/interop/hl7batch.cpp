#include "hl7batch.h"

#include <algorithm>

namespace chairside {

namespace {

bool isBatchSegment(QByteArrayView line)
{
    if (line.size() < 4)
        return false;
    const QByteArrayView name = line.first(3);
    const bool batch = name == QByteArrayView("FHS") || name == QByteArrayView("BHS")
        || name == QByteArrayView("BTS") || name == QByteArrayView("FTS");
    return batch
        && (line.size() == 3 || !((line[3] >= 'A' && line[3] <= 'Z') || (line[3] >= '0' && line[3] <= '9')));
}

bool isHeader(QByteArrayView line)
{
    return line.size() >= 4 && line.startsWith(QByteArrayView("MSH"))
        && !((line[3] >= 'A' && line[3] <= 'Z') || (line[3] >= '0' && line[3] <= '9'));
}

} // namespace

Hl7Batch Hl7Batch::split(const QByteArray &bytes)
{
    Hl7Batch batch;
    const QByteArrayView view(bytes);
    qsizetype messageStart = -1;
    int messageLine = 0;
    int line = 1;
    int declaredCount = -1;
    int inBatch = 0;
    bool strayReported = false; // one error for a run of stray lines, not one per line
    const auto finish = [&](qsizetype end) {
        if (messageStart >= 0) {
            batch.messages.append(Hl7Message::parse(bytes, messageStart, end, messageLine));
            ++inBatch;
        }
        messageStart = -1;
    };

    qsizetype pos = 0;
    while (pos < view.size()) {
        // Framing bytes end a message (0x1C) or start one (0x0B); neither is part of a line.
        if (view[pos] == '\x1c') {
            finish(pos);
            ++pos;
            continue;
        }
        if (view[pos] == '\x0b') {
            finish(pos);
            ++pos;
            continue;
        }
        qsizetype end = pos;
        while (end < view.size() && view[end] != '\r' && view[end] != '\n' && view[end] != '\x1c'
            && view[end] != '\x0b')
            ++end;
        const QByteArrayView text = view.sliced(pos, end - pos);
        const bool blank = std::all_of(
            text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\0'; });
        if (isHeader(text)) {
            finish(pos);
            messageStart = pos;
            messageLine = line;
            strayReported = false;
        } else if (isBatchSegment(text)) {
            finish(pos);
            const QByteArrayView name = text.first(3);
            if (name == QByteArrayView("BHS") || name == QByteArrayView("FHS")) {
                inBatch = 0;
            } else if (name == QByteArrayView("BTS")) {
                // BTS-1, the batch's message count, when the sender gives one.
                const char separator = text[3];
                QByteArrayView count = text.sliced(4);
                const qsizetype next = count.indexOf(separator);
                if (next >= 0)
                    count = count.first(next);
                bool ok = false;
                declaredCount = QString::fromLatin1(count).trimmed().toInt(&ok);
                if (ok && declaredCount != inBatch)
                    batch.warnings.append(
                        QStringLiteral("Line %1: the batch trailer counts %2 messages, but %3 "
                                       "were found.")
                            .arg(line)
                            .arg(declaredCount)
                            .arg(inBatch));
            }
        } else if (!blank && messageStart < 0 && !strayReported) {
            Hl7Error error;
            error.code = Hl7Error::Code::SegmentSequence;
            error.line = line;
            error.reason
                = QStringLiteral("Text outside any message (no MSH segment before it); it was not read.");
            batch.errors.append(error);
            strayReported = true;
        }
        pos = end;
        if (pos < view.size() && (view[pos] == '\r' || view[pos] == '\n')) {
            if (view[pos] == '\r' && pos + 1 < view.size() && view[pos + 1] == '\n')
                ++pos;
            ++pos;
            ++line;
        }
    }
    finish(view.size());
    return batch;
}

} // namespace chairside
