#include "setup/serverdialog.h"

#include "common/error.h"
#include "store/pgconnection.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace chairside {

namespace {

constexpr int kDefaultPort = 5432;

} // namespace

ServerDialog::ServerDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_tls(new QCheckBox(tr("&Encrypt the connection (TLS)"), this))
    , m_address(new QLabel(this))
    , m_outcome(new QLabel(this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("e.g. db.riverside.example"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setText(QStringLiteral("chairside"));
    m_account->setObjectName(QStringLiteral("serverAccount"));
    m_account->setPlaceholderText(tr("this workstation's account, e.g. desk1"));
    m_tls->setChecked(true);
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setObjectName(QStringLiteral("serverOutcome"));
    m_outcome->setWordWrap(true);

    // What the address already says, when it names a server.
    if (PgConnection::isAddress(current)) {
        const QUrl url(current.trimmed());
        m_host->setText(url.host());
        m_port->setValue(url.port(kDefaultPort));
        m_database->setText(url.path().mid(1));
        m_account->setText(url.userName());
        m_tls->setChecked(!url.query().contains(QLatin1String("sslmode=disable"))
            && !url.query().contains(QLatin1String("sslmode=prefer")));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(QString(), m_tls);
    form->addRow(tr("Address:"), m_address);

    auto *password = new QLabel(
        tr("The password is not typed here: Chairside takes it from this computer's ~/.pgpass file (or the "
           "PGPASSWORD variable), where whoever looks after the server puts it."),
        this);
    password->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    QPushButton *tryButton = buttons->addButton(tr("&Try"), QDialogButtonBox::ActionRole);
    tryButton->setObjectName(QStringLiteral("serverTry"));
    connect(tryButton, &QPushButton::clicked, this, &ServerDialog::test);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(password);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_host, m_database, m_account})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::updateAddress);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerDialog::updateAddress);
    connect(m_tls, &QCheckBox::toggled, this, &ServerDialog::updateAddress);
    updateAddress();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

ServerDialog::~ServerDialog() = default;

QString ServerDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    if (m_port->value() != kDefaultPort)
        url.setPort(m_port->value());
    url.setUserName(m_account->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    if (m_tls->isChecked())
        url.setQuery(QStringLiteral("sslmode=require"));
    return url.toString();
}

void ServerDialog::updateAddress()
{
    m_address->setText(address());
    m_outcome->clear();
}

QString ServerDialog::tryConnecting(const QString &address)
{
    try {
        PgConnection connection(address);
        connection.run(QStringLiteral("SELECT 1"), "try the connection");
        return {};
    } catch (const Error &error) {
        return error.message();
    }
}

bool ServerDialog::test()
{
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty()
        || m_account->text().trimmed().isEmpty()) {
        m_outcome->setText(tr("Fill in the server, the database and this workstation's account."));
        return false;
    }
    m_outcome->setText(tr("Connecting to %1…").arg(PgConnection::displayName(address())));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = tryConnecting(address());
    QGuiApplication::restoreOverrideCursor();
    m_outcome->setText(problem.isEmpty() ? tr("Connected: the server answered.") : problem);
    return problem.isEmpty();
}

void ServerDialog::accept()
{
    if (test())
        QDialog::accept();
}

} // namespace chairside
