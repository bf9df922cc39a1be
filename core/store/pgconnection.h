#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

struct pg_conn;
struct pg_result;

namespace chairside {

/// The rows one statement returned from the server, all of them at once (the store's statements read
/// a page of rows at most), each value as the store reads SQLite's: an integer as qlonglong, a real as
/// double, text as QString, bytea as QByteArray, NULL as an invalid QVariant.
class PgResult final
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    Q_DISABLE_COPY(PgResult)

    int rows() const;
    int columns() const;
    QVariant value(int row, int column) const;
    bool isNull(int row, int column) const;
    QString columnName(int column) const;
    /// The rows an INSERT, UPDATE or DELETE changed.
    int affected() const;

private:
    pg_result *m_result = nullptr;
};

/// One connection to a PostgreSQL server, through libpq: the address as the person wrote it
/// (postgresql://user@host:port/dbname, or postgres://), the password from libpq's own places
/// (PGPASSWORD, ~/.pgpass, a service file) and never from the address, so that it is never on a
/// command line, in a window's title or in a log.
///
/// The store's SQL is written once for both backends with SQLite's `?` placeholders; prepare() turns them
/// into PostgreSQL's $1, $2 ... and gives an INSERT into a table with an identity id a RETURNING id, so
/// that the new row's id comes back with it as SQLite's last_insert_rowid would. That is the whole of the
/// statements' translation: what differs beyond it is written per backend where it is used.
class PgConnection final
{
public:
    /// Whether `text` is a PostgreSQL server's address rather than a file.
    static bool isAddress(const QString &text);
    /// The address with any password removed, for the status bar and for messages:
    /// "desk1@db.example:5432/chairside".
    static QString displayName(const QString &address);

    /// Connects. Throws Error::BadData when the address carries a password, Error::Store in words when
    /// the server cannot be reached or refuses the account.
    explicit PgConnection(const QString &address);
    ~PgConnection();
    Q_DISABLE_COPY_MOVE(PgConnection)

    pg_conn *handle() const { return m_conn; }
    const QString &displayName() const { return m_displayName; }

    /// Runs `sql` (one statement or several, no values) and returns the last statement's rows.
    PgResult run(const QString &sql, const char *what);

    struct Statement
    {
        QByteArray name;
        QString sql; ///< as sent to the server
        bool returnsId = false; ///< the translation added RETURNING with the identity column
        QList<unsigned int> types; ///< parameter types declared (text) where the server could not infer them
    };
    /// The prepared statement for `sql` (SQLite's dialect, see above), prepared the first time.
    const Statement &prepare(const QString &sql, const char *what);
    /// Runs a prepared statement with `values` bound in order.
    PgResult execute(const Statement &statement, const QVariantList &values, const char *what);

    /// The tables with an identity column (the id the server makes), by table: an INSERT into one returns
    /// that column.
    void setIdentityColumns(QHash<QString, QString> columns) { m_identityColumns = std::move(columns); }

    /// Whether the connection is up (as far as libpq knows: a failed statement finds out).
    bool isConnected() const;
    /// Connects again to the same server and prepares again every statement prepared so far (their names
    /// stay valid). False when the server still cannot be reached.
    bool reconnect();
    /// What a statement run on a lost connection calls first: the owner's way to connect again (and set
    /// the connection up), returning whether it is up. Without it, or when it fails, the statement is
    /// refused at once with connectionLostError().
    void setReconnect(std::function<bool()> reconnect) { m_reconnect = std::move(reconnect); }

    /// Reads what the server sent unasked, without waiting: returns how many notifications on
    /// `channel` came from other connections since the last call.
    int takeNotifications(const QByteArray &channel);
    /// The server process serving this connection (pg_backend_pid() there).
    int backendPid() const;
    /// The connection's socket, to wait on for notifications; -1 when closed.
    int socket() const;

    /// `sql` with its `?` placeholders numbered as $1, $2 ... (quoted text and comments kept as they are);
    /// `returnsId` set and RETURNING added when it inserts into one of `identityColumns`' tables.
    static QString translate(
        const QString &sql, const QHash<QString, QString> &identityColumns, bool &returnsId);

private:
    [[noreturn]] void fail(pg_result *result, const char *what, const char *stage) const;

    pg_conn *m_conn = nullptr;
    /// The server said it ends this session (shut down, restarted, the session terminated): libpq may
    /// not have seen the socket close yet, but nothing more will work on it.
    mutable bool m_lost = false;
    QString m_displayName;
    QHash<QString, QString> m_identityColumns;
    std::function<bool()> m_reconnect;
    QHash<QString, Statement> m_prepared;
    int m_nextStatement = 1;
};

/// The Error for a failed statement on a PostgreSQL server, from its SQLSTATE: the failures a desk can
/// act on (the server gone, a full disk on the server, a lock held too long, an account without the
/// right) are said in words and the server's own text goes to the log; a broken constraint is
/// Error::Conflict, as on SQLite.
/// What a desk is told while the server cannot be reached (nothing is logged: the loss was, once).
Error connectionLostError();

Error pgFailure(const QByteArray &sqlState, const QString &detail, const char *what, const char *stage);

} // namespace chairside
