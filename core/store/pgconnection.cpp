#include "pgconnection.h"

#include "sqlitefailure.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <array>
#include <cstdlib>
#include <libpq-fe.h>
#include <utility>

namespace chairside {

namespace {

// PostgreSQL's built-in type oids (pg_type.dat): fixed since the types were made, and not in libpq's
// headers.
constexpr Oid kBoolOid = 16;
constexpr Oid kByteaOid = 17;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kTextOid = 25;
constexpr Oid kOidOid = 26;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kNumericOid = 1700;

/// How long a connection attempt may take before the desk is told the server cannot be reached.
constexpr const char *kConnectTimeoutSeconds = "5";

/// One address's parts as libpq reads them: keyword to value.
QHash<QString, QString> addressParts(const QString &address)
{
    QHash<QString, QString> parts;
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(address.toUtf8().constData(), &error);
    if (!options) {
        const QString detail = error ? QString::fromUtf8(error).trimmed() : QString();
        PQfreemem(error);
        throw Error::badData(QStringLiteral("--db"),
            QCoreApplication::translate("Store", "The server address \"%1\" cannot be read: %2")
                .arg(PgConnection::displayName(address), detail));
    }
    for (const PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val)
            parts.insert(QString::fromLatin1(option->keyword), QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);
    return parts;
}

QString sqlStateOf(const PGresult *result)
{
    return QString::fromLatin1(result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr);
}

} // namespace

// ---- PgResult ----

PgResult::PgResult(pg_result *result)
    : m_result(result)
{ }

PgResult::~PgResult()
{
    PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{ }

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result, row, column);
}

QVariant PgResult::value(int row, int column) const
{
    if (isNull(row, column))
        return {};
    const char *text = PQgetvalue(m_result, row, column);
    const int length = PQgetlength(m_result, row, column);
    switch (PQftype(m_result, column)) {
    case kInt8Oid:
    case kInt4Oid:
    case kInt2Oid:
    case kOidOid:
        return QVariant(qlonglong(std::strtoll(text, nullptr, 10)));
    case kBoolOid:
        return QVariant(qlonglong(text[0] == 't' ? 1 : 0));
    case kFloat4Oid:
    case kFloat8Oid:
        return QVariant(std::strtod(text, nullptr));
    case kNumericOid: {
        // sum() of a bigint column is numeric: whole numbers read as integers, as SQLite's sum does.
        const QByteArray digits(text, length);
        if (digits.contains('.') || digits.contains('e') || digits.contains('N'))
            return QVariant(digits.toDouble());
        return QVariant(qlonglong(digits.toLongLong()));
    }
    case kByteaOid: {
        size_t size = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &size);
        QByteArray result(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return QVariant(result);
    }
    default:
        return QVariant(QString::fromUtf8(text, length));
    }
}

QString PgResult::columnName(int column) const
{
    return m_result ? QString::fromUtf8(PQfname(m_result, column)) : QString();
}

int PgResult::affected() const
{
    if (!m_result)
        return 0;
    const char *count = PQcmdTuples(m_result);
    return count && *count ? std::atoi(count) : 0;
}

// ---- PgConnection ----

bool PgConnection::isAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString PgConnection::displayName(const QString &address)
{
    // By hand rather than by libpq: this must work on an address libpq cannot read, to say which one.
    static const QRegularExpression password(
        QStringLiteral("^([a-z]+://[^:@/]*):[^@/]*@"), QRegularExpression::CaseInsensitiveOption);
    QString shown = address.trimmed();
    shown.replace(password, QStringLiteral("\\1@"));
    static const QRegularExpression secretOption(
        QStringLiteral("([?&]password=)[^&]*"), QRegularExpression::CaseInsensitiveOption);
    shown.replace(secretOption, QStringLiteral("\\1..."));
    const qsizetype scheme = shown.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        shown = shown.mid(scheme + 3);
    // No host: libpq's default, the server on this computer.
    if (shown.startsWith(QLatin1Char('/')))
        shown.prepend(QStringLiteral("localhost"));
    return shown;
}

PgConnection::PgConnection(const QString &address)
    : m_displayName(displayName(address))
{
    const QHash<QString, QString> parts = addressParts(address);
    if (!parts.value(QStringLiteral("password")).isEmpty()) {
        throw Error::badData(QStringLiteral("--db"),
            QCoreApplication::translate("Store",
                "The server address %1 holds a password. Leave it out of the address (it would show in "
                "the list of running programs and in logs) and put it in ~/.pgpass or PGPASSWORD instead.")
                .arg(m_displayName));
    }

    // The address comes last, so that what it says wins over these defaults.
    const QByteArray addressBytes = address.trimmed().toUtf8();
    const std::array<const char *, 5> keywords {
        "client_encoding", "application_name", "connect_timeout", "dbname", nullptr};
    const std::array<const char *, 5> values {
        "UTF8", "chairside", kConnectTimeoutSeconds, addressBytes.constData(), nullptr};
    m_conn = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (!m_conn) {
        throw Error(Error::Kind::Store,
            QCoreApplication::translate(
                "Store", "Could not connect to the database server %1: out of memory.")
                .arg(m_displayName));
    }
    // The server's notices ("... does not exist, skipping") are for a person at psql, not for the desk's
    // terminal.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString detail = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        const bool refused = PQconnectionNeedsPassword(m_conn)
            || detail.contains(QLatin1String("authentication failed"))
            || detail.contains(QLatin1String("does not exist"));
        PQfinish(m_conn);
        m_conn = nullptr;
        qWarning(
            "Chairside could not connect to %s: %s", qUtf8Printable(m_displayName), qUtf8Printable(detail));
        if (refused) {
            throw Error(Error::Kind::Store,
                QCoreApplication::translate("Store",
                    "The database server %1 refused the account or the database name. Check the address, "
                    "and that this computer's password for it is in ~/.pgpass (or PGPASSWORD); the server "
                    "said: %2")
                    .arg(m_displayName, detail.section(QLatin1Char('\n'), 0, 0)));
        }
        throw Error(Error::Kind::Store,
            QCoreApplication::translate("Store",
                "Could not reach the database server %1. Check that this computer is on the network and "
                "that the server is running (or ask whoever looks after it), then try again.")
                .arg(m_displayName));
    }
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

PgResult PgConnection::run(const QString &sql, const char *what)
{
    if (!isConnected() && !(m_reconnect && m_reconnect()))
        throw connectionLostError();
    pg_result *raw = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(raw, what, "run");
    return PgResult(raw);
}

QString PgConnection::translate(
    const QString &sql, const QHash<QString, QString> &identityColumns, bool &returnsId)
{
    QString out;
    out.reserve(sql.size() + 16);
    int parameter = 0;
    const qsizetype size = sql.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // Quoted text or a quoted name, its doubled quotes included, copied as it is.
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? size : end + 1;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('-') && i + 1 < size && sql.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? size : end;
            out += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++parameter);
        } else {
            out += c;
        }
    }

    returnsId = false;
    static const QRegularExpression insert(
        QStringLiteral(R"re(^\s*INSERT\s+INTO\s+"?(\w+)"?)re"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression returning(
        QStringLiteral(R"(\bRETURNING\b)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = insert.match(out);
    const QString column = match.hasMatch() ? identityColumns.value(match.captured(1).toLower()) : QString();
    if (!column.isEmpty() && !returning.match(out).hasMatch()) {
        while (out.endsWith(QLatin1Char(';')) || out.endsWith(QLatin1Char(' '))
            || out.endsWith(QLatin1Char('\n')))
            out.chop(1);
        out += QLatin1String(" RETURNING ") + column;
        returnsId = true;
    }
    return out;
}

const PgConnection::Statement &PgConnection::prepare(const QString &sql, const char *what)
{
    const auto found = m_prepared.constFind(sql);
    if (found != m_prepared.constEnd())
        return *found;

    Statement statement;
    statement.name = "chairside_" + QByteArray::number(m_nextStatement);
    statement.sql = translate(sql, m_identityColumns, statement.returnsId);
    const QByteArray text = statement.sql.toUtf8();

    // A failed PREPARE inside a transaction would end it: a savepoint keeps the transaction usable, so
    // that the retry below (and the caller's error handling) can go on in it.
    const bool inTransaction = PQtransactionStatus(m_conn) == PQTRANS_INTRANS;
    // Parameters whose type the server cannot infer (`? IS NULL`) are declared text and prepared again.
    QList<Oid> types;
    for (int attempt = 0; attempt < 32; ++attempt) {
        if (inTransaction)
            PQclear(PQexec(m_conn, "SAVEPOINT chairside_prepare"));
        pg_result *raw = PQprepare(
            m_conn, statement.name.constData(), text.constData(), int(types.size()), types.constData());
        const bool ok = raw && PQresultStatus(raw) == PGRES_COMMAND_OK;
        if (ok) {
            PQclear(raw);
            statement.types = types;
            if (inTransaction)
                PQclear(PQexec(m_conn, "RELEASE chairside_prepare"));
            ++m_nextStatement;
            return *m_prepared.insert(sql, statement);
        }
        const QString state = sqlStateOf(raw);
        static const QRegularExpression which(QStringLiteral(R"(parameter \$(\d+))"));
        const QRegularExpressionMatch parameter
            = which.match(QString::fromUtf8(raw ? PQresultErrorMessage(raw) : ""));
        if (inTransaction) {
            PQclear(PQexec(m_conn, "ROLLBACK TO chairside_prepare"));
            PQclear(PQexec(m_conn, "RELEASE chairside_prepare"));
        }
        if (state == QLatin1String("42P18") && parameter.hasMatch()) {
            const int position = parameter.captured(1).toInt();
            while (types.size() < position)
                types.append(0);
            types[position - 1] = kTextOid;
            PQclear(raw);
            continue;
        }
        fail(raw, what, "prepare");
    }
    throw Error(Error::Kind::Store,
        QStringLiteral("Could not %1 (prepare failed: too many untyped values).")
            .arg(QString::fromUtf8(what)));
}

PgResult PgConnection::execute(const Statement &statement, const QVariantList &values, const char *what)
{
    if (!isConnected() && !(m_reconnect && m_reconnect()))
        throw connectionLostError();
    const auto count = values.size();
    QList<QByteArray> texts(count);
    QList<const char *> pointers(count, nullptr);
    QList<int> lengths(count, 0);
    QList<int> formats(count, 0);
    for (qsizetype i = 0; i < count; ++i) {
        const QVariant &value = values.at(i);
        const int type = value.isNull() && value.typeId() != QMetaType::QString ? int(QMetaType::UnknownType)
                                                                                : value.typeId();
        switch (type) {
        case QMetaType::UnknownType:
            continue; // NULL
        case QMetaType::Bool:
            texts[i] = value.toBool() ? "1" : "0";
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            texts[i] = QByteArray::number(value.toLongLong());
            break;
        case QMetaType::Double:
            texts[i] = QByteArray::number(value.toDouble(), 'g', 17);
            break;
        case QMetaType::QByteArray:
            texts[i] = value.toByteArray();
            formats[i] = 1; // as bytes
            break;
        case QMetaType::QDateTime:
            texts[i] = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
            break;
        case QMetaType::QDate:
            texts[i] = value.toDate().toString(Qt::ISODate).toUtf8();
            break;
        default:
            texts[i] = value.toString().toUtf8();
            break;
        }
        // A null QString binds an empty text, as the NOT NULL columns expect (as on SQLite).
        pointers[i] = texts[i].isNull() ? "" : texts[i].constData();
        lengths[i] = int(texts[i].size());
    }
    pg_result *raw = PQexecPrepared(m_conn, statement.name.constData(), int(count), pointers.constData(),
        lengths.constData(), formats.constData(), 0);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(raw, what, "run");
    return PgResult(raw);
}

bool PgConnection::isConnected() const
{
    return m_conn && !m_lost && PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::reconnect()
{
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK)
        return false;
    m_lost = false;
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    for (const Statement &statement : std::as_const(m_prepared)) {
        pg_result *raw = PQprepare(m_conn, statement.name.constData(), statement.sql.toUtf8().constData(),
            int(statement.types.size()), statement.types.constData());
        const bool ok = raw && PQresultStatus(raw) == PGRES_COMMAND_OK;
        PQclear(raw);
        if (!ok) {
            m_lost = true; // tried again at the next look
            return false;
        }
    }
    return true;
}

int PgConnection::takeNotifications(const QByteArray &channel)
{
    if (!m_conn || !PQconsumeInput(m_conn))
        return 0;
    const int self = PQbackendPID(m_conn);
    int count = 0;
    while (PGnotify *notify = PQnotifies(m_conn)) {
        if (notify->be_pid != self && channel == notify->relname)
            ++count;
        PQfreemem(notify);
    }
    return count;
}

int PgConnection::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn) : 0;
}

int PgConnection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

void PgConnection::fail(pg_result *result, const char *what, const char *stage) const
{
    QByteArray state = result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    QString detail
        = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn)).trimmed();
    if (detail.isEmpty())
        detail = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    if (PQstatus(m_conn) != CONNECTION_OK)
        state = "08006"; // the connection is gone, whatever the statement's own state
    if (state.startsWith("08") || state == "57P01" || state == "57P02" || state == "57P03")
        m_lost = true;
    PQclear(result);
    throw pgFailure(state, detail, what, stage);
}

Error connectionLostError()
{
    return Error(Error::Kind::Store,
        QCoreApplication::translate("Store",
            "The connection to the database server was lost, so nothing was saved. Chairside connects "
            "again by itself; try again in a moment."));
}

Error pgFailure(const QByteArray &sqlState, const QString &detail, const char *what, const char *stage)
{
    const QByteArray errorClass = sqlState.left(2);
    QString words;
    if (errorClass == "08" || sqlState == "57P01" || sqlState == "57P02" || sqlState == "57P03") {
        words = connectionLostError().message();
    } else if (sqlState == "53100") {
        words = QCoreApplication::translate("Store",
            "The database server's disk is full, so nothing was saved. Ask whoever looks after the server "
            "to free some space, then try again.");
    } else if (errorClass == "53" || errorClass == "58") {
        words = QCoreApplication::translate("Store",
            "The database server could not do this now (it is short of memory or its disk reported an "
            "error), so nothing was saved. Try again; if it keeps happening, ask whoever looks after the "
            "server.");
    } else if (sqlState == "55P03" || sqlState == "40001" || sqlState == "40P01" || sqlState == "57014") {
        words = storeBusyWords();
    } else if (sqlState == "42501") {
        words = QCoreApplication::translate("Store",
            "The database server does not let this account do that, so nothing was changed. Ask whoever "
            "looks after the server to check the account's rights.");
    } else if (sqlState == "25006") {
        words = QCoreApplication::translate("Store",
            "The database server is read-only at the moment (a standby), so nothing was saved. Ask whoever "
            "looks after the server which one to connect to.");
    }
    if (!words.isEmpty()) {
        if (sqlState != "55P03")
            qWarning("Chairside could not %s (%s failed: %s, SQLSTATE %s)", what, stage,
                qUtf8Printable(detail), sqlState.constData());
        Error error(Error::Kind::Store, words);
        if (sqlState == "40001" || sqlState == "40P01")
            error.markTransient();
        return error;
    }
    // Integrity constraints (class 23) are the failures callers tell apart, as SQLite's constraints: in
    // words where a desk can meet them, the server's text kept for the log.
    if (sqlState == "23P01") {
        qWarning("Chairside could not %s: %s", what, qUtf8Printable(detail));
        return Error(Error::Kind::Conflict,
            QCoreApplication::translate("Store",
                "That chair was booked for part of that time by another desk a moment ago, so nothing was "
                "changed. Look at the free slots again and choose another."));
    }
    if (sqlState == "23505") {
        qWarning("Chairside could not %s: %s", what, qUtf8Printable(detail));
        return Error(Error::Kind::Conflict,
            QCoreApplication::translate("Store",
                "That is on file already (another desk may have just added it), so nothing was changed. Look "
                "it up, then try again if it is still needed."));
    }
    return Error(errorClass == "23" ? Error::Kind::Conflict : Error::Kind::Store,
        QStringLiteral("Could not %1 (%2 failed: %3).")
            .arg(QString::fromUtf8(what), QString::fromLatin1(stage),
                detail.section(QLatin1Char('\n'), 0, 0)));
}

} // namespace chairside
