#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace chairside {

/// File > Connect to Server: the address of a center's PostgreSQL server, built from its parts and
/// tried before it is taken. The password is never asked for here: libpq reads it from this computer's
/// ~/.pgpass (or PGPASSWORD), where the administrator put it, so it is never shown or remembered by
/// Chairside.
class ServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDialog)

public:
    /// `current` fills the fields when it is a server's address.
    explicit ServerDialog(const QString &current, QWidget *parent = nullptr);
    ~ServerDialog() override;

    /// postgresql://account@host:port/database, with ?sslmode=require when asked for.
    QString address() const;

    /// Connects to `address` and says how it went, in words: empty when it worked.
    static QString tryConnecting(const QString &address);

    void accept() override;

private:
    void updateAddress();
    /// Tries the address; shows the outcome below the fields. Returns whether it worked.
    bool test();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_account;
    QCheckBox *m_tls;
    QLabel *m_address;
    QLabel *m_outcome;
};

} // namespace chairside
