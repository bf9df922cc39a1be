// The desktop on a server: the status bar names where the data is, a lost connection shows as a banner
// over the window whose pages wait disabled until Chairside has connected again by itself, and
// File > Connect to Server builds the address from its parts and tries it before taking it.
// Run on SQLite by ctest, and on a real PostgreSQL server by tests/postgresql/run.sh.

#include "auth/accountservice.h"
#include "catchqstring.h"
#include "sessionharness.h"
#include "setup/serverdialog.h"
#include "store/pgconnection.h"
#include "store/store.h"
#include "widgets/problembanner.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;
using chairside::test::SessionHarness;

namespace {

bool statusSays(const MainWindow &window, const QString &text)
{
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    return std::any_of(
        labels.cbegin(), labels.cend(), [&](const QLabel *l) { return l->text().contains(text); });
}

/// A second center of the organization, on another clock.
Center addNorthShore(SessionHarness &h)
{
    Center north = h.f.center;
    north.id = 0;
    north.name = QStringLiteral("North Shore Infusion");
    north.timeZoneId = "America/Chicago";
    north.id = h.f.store.addCenter(north);
    return north;
}

} // namespace

TEST_CASE(
    "A lost server shows as a banner over the waiting pages, and goes when Chairside is connected again")
{
    SessionHarness h;
    h.logIn(QStringLiteral("desk"));
    // The watch the program runs (the harness keeps it off for the other tests' sake).
    h.workspace.setWatchInterval(100);
    auto *banner = h.window->findChild<ProblemBanner *>(QStringLiteral("serverBanner"));
    REQUIRE(banner);
    auto *stack = h.window->findChild<QStackedWidget *>();
    REQUIRE(stack);
    CHECK(banner->isHidden());
    CHECK(stack->isEnabled());
    Database &db = h.f.store.database();
    if (!db.isPostgreSql()) {
        // A file never goes away: the status bar names it, and there is no banner to show.
        CHECK(statusSays(*h.window, QStringLiteral("Database: chairside.sqlite")));
        h.workspace.checkForExternalChanges();
        CHECK(banner->isHidden());
        CHECK(db.isConnected());
        return;
    }
    CHECK(statusSays(*h.window, QStringLiteral("Server: ")));

    // The server ends this workstation's connection, as a restart or a dropped network would.
    {
        PgConnection administrator(test::TestDatabase::serverAddress(QStringLiteral("postgres")));
        administrator.run(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(db.pg()->backendPid()),
            "end the workstation's connection");
    }
    // The next look for changes finds it gone; the window says so at once.
    REQUIRE(QTest::qWaitFor([&] { return banner->isVisible(); }, 3000));
    CHECK(banner->message().contains(QStringLiteral("was lost")));
    CHECK_FALSE(stack->isEnabled());
    CHECK(statusSays(*h.window, QStringLiteral("(not connected)")));

    // Chairside connects again by itself (the server is up), and the pages come back.
    const bool back = QTest::qWaitFor([&] { return banner->isHidden(); }, 5000);
    INFO("connected: " << db.isConnected() << ", banner: " << banner->message().toStdString());
    REQUIRE(back);
    CHECK(stack->isEnabled());
    CHECK(db.isConnected());
    CHECK(h.f.store.patient(h.f.maria.id).has_value());
}

TEST_CASE("Connect to Server builds the address from its parts, never asks for a password, and tries it")
{
    ServerDialog dialog(
        QStringLiteral("postgresql://desk1@db.riverside.example:5433/center?sslmode=require"));
    // The parts of the current address, read back.
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("serverHost"))->text()
        == QStringLiteral("db.riverside.example"));
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("serverAccount"))->text() == QStringLiteral("desk1"));
    CHECK(
        dialog.findChild<QLineEdit *>(QStringLiteral("serverDatabase"))->text() == QStringLiteral("center"));
    CHECK(dialog.address()
        == QStringLiteral("postgresql://desk1@db.riverside.example:5433/center?sslmode=require"));
    const auto edits = dialog.findChildren<QLineEdit *>();
    CHECK(std::none_of(edits.cbegin(), edits.cend(),
        [](const QLineEdit *e) { return e->echoMode() == QLineEdit::Password; }));

    // Nothing listens on port 1 here: refused at once, said in words, and the dialog stays.
    dialog.findChild<QLineEdit *>(QStringLiteral("serverHost"))->setText(QStringLiteral("127.0.0.1"));
    dialog.findChild<QSpinBox *>()->setValue(1);
    dialog.findChild<QCheckBox *>()->setChecked(false);
    CHECK(dialog.address() == QStringLiteral("postgresql://desk1@127.0.0.1:1/center"));
    dialog.show();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("serverOutcome"))
              ->text()
              .contains(QStringLiteral("Could not reach the database server")));

    if (test::TestDatabase::onPostgreSql()) {
        // The test server answers.
        CHECK(ServerDialog::tryConnecting(test::TestDatabase::serverAddress(QStringLiteral("postgres")))
                  .isEmpty());
    }
}

TEST_CASE("View > Center lists the organization's centers and remembers the one this workstation chose")
{
    SessionHarness h;
    const Center north = addNorthShore(h);
    h.logIn(QStringLiteral("desk"));

    auto *menu = h.window->findChild<QMenu *>(QStringLiteral("centerMenu"));
    REQUIRE(menu);
    Q_EMIT menu->aboutToShow(); // read afresh as it opens
    const QList<QAction *> actions = menu->actions();
    REQUIRE(actions.size() == 2);
    QStringList names;
    for (const QAction *action : actions)
        names << action->text();
    CHECK(names.contains(h.f.center.name));
    CHECK(names.contains(north.name));
    QAction *toNorth = *std::find_if(
        actions.cbegin(), actions.cend(), [&](const QAction *a) { return a->text() == north.name; });
    CHECK_FALSE(toNorth->isChecked());

    toNorth->trigger();
    CHECK(h.workspace.center().id == north.id);
    CHECK(QSettings().value(QLatin1String(MainWindow::kRememberedCenterKey)).toString() == north.name);
    CHECK(statusSays(*h.window, north.name));
    QSettings().remove(QLatin1String(MainWindow::kRememberedCenterKey));
}

TEST_CASE("A user limited to some centers sees only theirs in View > Center, and the desk moves to one")
{
    SessionHarness h;
    const Center north = addNorthShore(h);
    const auto admin = h.f.store.accountByName(QStringLiteral("admin"));
    AccountService(h.f.store, h.f.clock)
        .setCenters(*admin, h.f.store.accountByName(QStringLiteral("desk"))->id, false, {north.id});
    REQUIRE(h.workspace.center().id == h.f.center.id);

    h.logIn(QStringLiteral("desk"));
    REQUIRE(h.window->session() == MainWindow::Session::SignedIn);
    CHECK(h.workspace.center().id == north.id);
    auto *menu = h.window->findChild<QMenu *>(QStringLiteral("centerMenu"));
    REQUIRE(menu);
    Q_EMIT menu->aboutToShow();
    REQUIRE(menu->actions().size() == 1);
    CHECK(menu->actions().first()->text() == north.name);
    CHECK(menu->actions().first()->isChecked());
}

TEST_CASE("A user who works at no center is turned back at the log-in screen, in words")
{
    SessionHarness h;
    const Center north = addNorthShore(h);
    const auto admin = h.f.store.accountByName(QStringLiteral("admin"));
    const qint64 desk = h.f.store.accountByName(QStringLiteral("desk"))->id;
    AccountService(h.f.store, h.f.clock).setCenters(*admin, desk, false, {north.id});
    // The only center the desk worked at is gone (deleting a center takes its rows along).
    h.f.store.database().execute(QStringLiteral("DELETE FROM user_center WHERE user_id = %1").arg(desk),
        "take the desk's center away");

    h.logIn(QStringLiteral("desk"));
    CHECK(h.window->session() == MainWindow::Session::SignedOut);
    bool said = false;
    for (const QString &text : h.visibleTexts())
        said = said || text.contains(QStringLiteral("desk works at no center yet"));
    CHECK(said);
}
