#include "authorizationcsv.h"

#include "hl7value.h"

#include <QHash>
#include <QSet>

namespace chairside {

namespace {

QString columnName(const QString &header)
{
    QString name = header.trimmed().toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

const QStringList &knownColumns()
{
    static const QStringList columns
        = {QStringLiteral("mrn"), QStringLiteral("payer"), QStringLiteral("reference"),
            QStringLiteral("therapy"), QStringLiteral("valid_from"), QStringLiteral("valid_to"),
            QStringLiteral("visits_approved"), QStringLiteral("visits_used"), QStringLiteral("status")};
    return columns;
}

struct Record
{
    int line = 0;
    QStringList fields;
    bool unterminated = false;
};

/// Splits CSV text into records, each with the line it starts on.
QList<Record> records(const QString &text)
{
    QList<Record> out;
    Record current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    const auto endRecord = [&]() {
        current.fields.append(field);
        const bool blank = current.fields.size() == 1 && current.fields.front().trimmed().isEmpty();
        if (!blank)
            out.append(current);
        current = Record();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            current.fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            current.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        current.unterminated = true;
    if (!field.isEmpty() || !current.fields.isEmpty() || quoted)
        endRecord();
    return out;
}

} // namespace

QString AuthorizationCsv::LineError::toString() const
{
    return column.isEmpty() ? QStringLiteral("line %1: %2").arg(line).arg(reason)
                            : QStringLiteral("line %1, %2: %3").arg(line).arg(column, reason);
}

QStringList AuthorizationCsv::requiredColumns()
{
    return knownColumns().mid(0, 7);
}

bool AuthorizationCsv::looksLikeHeader(QByteArrayView bytes)
{
    qsizetype end = 0;
    while (end < bytes.size() && bytes[end] != '\r' && bytes[end] != '\n')
        ++end;
    const QString first = QString::fromUtf8(bytes.first(end));
    if (!first.contains(QLatin1Char(',')))
        return false;
    int known = 0;
    for (const QString &header : first.split(QLatin1Char(','))) {
        QString name = header.trimmed();
        if (name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')) && name.size() >= 2)
            name = name.mid(1, name.size() - 2);
        if (knownColumns().contains(columnName(name)))
            ++known;
    }
    return known >= 2;
}

AuthorizationCsv AuthorizationCsv::parse(const QByteArray &bytes)
{
    AuthorizationCsv out;
    QByteArrayView view(bytes);
    if (view.startsWith(QByteArrayView("\xEF\xBB\xBF")))
        view = view.sliced(3);
    const QString text = isValidUtf8(view) ? QString::fromUtf8(view) : QString::fromLatin1(view);
    const QList<Record> all = records(text);
    if (all.isEmpty()) {
        out.errors.append(LineError {1, {}, QStringLiteral("The file is empty: a header row is needed.")});
        return out;
    }

    const Record &header = all.front();
    QHash<QString, int> index;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = columnName(header.fields[i]);
        if (!knownColumns().contains(name)) {
            out.warnings.append(QStringLiteral("line %1: the column \"%2\" is not read.")
                                    .arg(header.line)
                                    .arg(header.fields[i]));
            continue;
        }
        if (index.contains(name)) {
            out.errors.append(
                LineError {header.line, name, QStringLiteral("The column appears twice in the header.")});
            return out;
        }
        index.insert(name, int(i));
    }
    QStringList missing;
    for (const QString &name : requiredColumns()) {
        if (!index.contains(name))
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        out.errors.append(LineError {header.line, {},
            QStringLiteral("The header lacks the column%1 %2 (required: %3).")
                .arg(missing.size() > 1 ? QStringLiteral("s") : QString(), missing.join(QStringLiteral(", ")),
                    requiredColumns().join(QStringLiteral(", ")))});
        return out;
    }

    QHash<QString, int> references;
    for (qsizetype r = 1; r < all.size(); ++r) {
        const Record &record = all[r];
        const qsizetype errorsBefore = out.errors.size();
        const auto fail = [&](const QString &column, const QString &reason) {
            out.errors.append(LineError {record.line, column, reason});
        };
        if (record.unterminated) {
            fail({}, QStringLiteral("A quoted value is not closed."));
            continue;
        }
        if (record.fields.size() != header.fields.size()) {
            fail({},
                QStringLiteral("%1 values where the header has %2 columns.")
                    .arg(record.fields.size())
                    .arg(header.fields.size()));
            continue;
        }
        const auto value = [&](const QString &name) {
            return index.contains(name) ? record.fields[index.value(name)].trimmed() : QString();
        };
        InboundAuthorization row;
        row.line = record.line;
        for (const char *name : {"mrn", "payer", "reference", "therapy"}) {
            if (value(QString::fromLatin1(name)).isEmpty())
                fail(QString::fromLatin1(name), QStringLiteral("is empty."));
        }
        row.mrn = value(QStringLiteral("mrn"));
        row.payer = value(QStringLiteral("payer"));
        row.reference = value(QStringLiteral("reference"));
        row.therapy = value(QStringLiteral("therapy"));
        const auto date = [&](const QString &name) {
            const QString written = value(name);
            const QDate parsed = QDate::fromString(written, QStringLiteral("yyyy-MM-dd"));
            if (!parsed.isValid())
                fail(name,
                    written.isEmpty() ? QStringLiteral("is empty.")
                                      : QStringLiteral("\"%1\" is not a date (YYYY-MM-DD).").arg(written));
            return parsed;
        };
        row.validFrom = date(QStringLiteral("valid_from"));
        row.validTo = date(QStringLiteral("valid_to"));
        if (row.validFrom.isValid() && row.validTo.isValid() && row.validTo < row.validFrom)
            fail(QStringLiteral("valid_to"),
                QStringLiteral("%1 is before valid_from %2.")
                    .arg(row.validTo.toString(Qt::ISODate), row.validFrom.toString(Qt::ISODate)));
        const auto count = [&](const QString &name, int fallback) {
            const QString written = value(name);
            if (written.isEmpty() && fallback >= 0)
                return fallback;
            bool ok = false;
            const int number = written.toInt(&ok);
            if (!ok || number < 0 || number > 10000) {
                fail(name,
                    written.isEmpty()
                        ? QStringLiteral("is empty.")
                        : QStringLiteral("\"%1\" is not a whole number from 0 to 10000.").arg(written));
                return 0;
            }
            return number;
        };
        row.visitsApproved = count(QStringLiteral("visits_approved"), -1);
        row.visitsUsed = count(QStringLiteral("visits_used"), 0);
        if (row.visitsUsed > row.visitsApproved)
            fail(QStringLiteral("visits_used"),
                QStringLiteral("%1 visits used of %2 approved.").arg(row.visitsUsed).arg(row.visitsApproved));
        const QString status = value(QStringLiteral("status")).toLower();
        if (!status.isEmpty()) {
            if (const auto parsed = PriorAuthorization::statusFromName(status))
                row.status = *parsed;
            else
                fail(QStringLiteral("status"),
                    QStringLiteral("\"%1\" is not approved, pending or denied.")
                        .arg(value(QStringLiteral("status"))));
        }
        if (!row.reference.isEmpty()) {
            if (references.contains(row.reference))
                fail(QStringLiteral("reference"),
                    QStringLiteral("\"%1\" is already on line %2.")
                        .arg(row.reference)
                        .arg(references.value(row.reference)));
            else
                references.insert(row.reference, record.line);
        }
        if (out.errors.size() == errorsBefore)
            out.rows.append(row);
    }
    return out;
}

} // namespace chairside
