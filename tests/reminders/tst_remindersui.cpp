// The desktop's part of reminders: the Settings dialog's Reminders tab and the desk's call list, driven
// through their real widgets.

#include "authhelpers.h"
#include "calls/calllistview.h"
#include "catchqstring.h"
#include "checkinhelpers.h"
#include "fixture.h"
#include "reminders/reminderservice.h"
#include "reminders/remindertransport.h"
#include "setup/reminderstab.h"
#include "setup/settingsdialog.h"
#include "store/store.h"
#include "widgetlookup.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;
using chairside::test::child;
using chairside::test::retype;

namespace {

const QDate kWednesday(2026, 12, 2);

void click(QWidget *parent, const char *button)
{
    QTest::mouseClick(child<QPushButton>(parent, button), Qt::LeftButton);
}

void check(QCheckBox *box, bool on)
{
    if (box->isChecked() != on)
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

} // namespace

TEST_CASE(
    "Settings, Reminders: the servers and the plan saved; words that name the therapy are refused and marked")
{
    test::Fixture f;
    Workspace workspace(f.store, f.clock);
    workspace.setWatchInterval(0);
    workspace.setCenter(f.center);
    workspace.setUser(test::userNamed(f, "admin"));
    SettingsDialog dialog(workspace);
    dialog.show();
    auto *tab = child<RemindersTab>(&dialog, "remindersTab");
    for (int i = 0; i < dialog.tabs()->count(); ++i) {
        if (dialog.tabs()->widget(i) == tab)
            dialog.tabs()->setCurrentIndex(i);
    }
    REQUIRE(tab->isVisible());

    // Turning reminders on before any server can send them is refused, on the channels.
    check(child<QCheckBox>(tab, "remindersEnabled"), true);
    check(child<QCheckBox>(tab, "reminderEmail"), true);
    check(child<QCheckBox>(tab, "reminderSms"), false);
    click(tab, "saveReminders");
    CHECK(tab->markedField() == QStringLiteral("channels"));
    CHECK_FALSE(f.store.reminderPlan(f.center.id).has_value());

    // A mail server to another machine without STARTTLS is refused, on that box.
    retype(child<QLineEdit>(tab, "smtpHost"), QStringLiteral("mail.clinic.example"));
    retype(child<QLineEdit>(tab, "smtpFrom"), QStringLiteral("reminders@clinic.example"));
    check(child<QCheckBox>(tab, "smtpStartTls"), false);
    click(tab, "saveReminderServers");
    CHECK(tab->markedField() == QStringLiteral("smtp-starttls"));
    CHECK(ReminderTransport::load(f.store).smtp.host.isEmpty());
    check(child<QCheckBox>(tab, "smtpStartTls"), true);
    retype(child<QLineEdit>(tab, "smtpUser"), QStringLiteral("clinic"));
    retype(child<QLineEdit>(tab, "smtpPassword"), QStringLiteral("pa55word"));
    click(tab, "saveReminderServers");
    INFO(tab->problem().toStdString());
    CHECK(tab->problem().isEmpty());
    CHECK(tab->notice() == QStringLiteral("Servers saved."));
    const ReminderTransport saved = ReminderTransport::load(f.store);
    CHECK(saved.smtp.host == QStringLiteral("mail.clinic.example"));
    CHECK(saved.smtp.startTls);
    CHECK(saved.smtp.caFile.isEmpty());
    CHECK(child<QLineEdit>(tab, "smtpPassword")->text().isEmpty());

    // The authority of a server's own certificate: a file that is not there is refused, on that box; one
    // that is, kept (as an absolute path), and the password kept as it was.
    QTemporaryDir certificates;
    REQUIRE(certificates.isValid());
    retype(child<QLineEdit>(tab, "smtpCaFile"), certificates.filePath(QStringLiteral("missing.pem")));
    click(tab, "saveReminderServers");
    CHECK(tab->markedField() == QStringLiteral("smtp-ca"));
    CHECK(ReminderTransport::load(f.store).smtp.caFile.isEmpty());
    const QString ca = certificates.filePath(QStringLiteral("ca.pem"));
    {
        QFile file(ca);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    }
    retype(child<QLineEdit>(tab, "smtpCaFile"), ca);
    click(tab, "saveReminderServers");
    INFO(tab->problem().toStdString());
    CHECK(tab->problem().isEmpty());
    CHECK(ReminderTransport::load(f.store).smtp.caFile == ca);

    auto *words = child<QPlainTextEdit>(tab, "reminderTemplate");
    words->setPlainText(QStringLiteral("Your {therapy} is on {day} at {time}."));
    click(tab, "saveReminders");
    CHECK(tab->markedField() == QStringLiteral("template"));
    CHECK(tab->problem().contains(QStringLiteral("never names the therapy")));
    CHECK_FALSE(f.store.reminderPlan(f.center.id).has_value());

    words->setPlainText(QStringLiteral("See you {day} at {time} at {center}. Call {phone} to change it."));
    retype(child<QLineEdit>(tab, "reminderMoments"), QStringLiteral("2d@18:00, 1d@09:30"));
    click(tab, "saveReminders");
    CHECK(tab->problem().isEmpty());
    const auto plan = f.store.reminderPlan(f.center.id);
    REQUIRE(plan);
    CHECK(plan->enabled);
    CHECK(plan->momentCodes() == QStringLiteral("2d@18:00,1d@09:30"));
    CHECK(plan->channels == QList<ReminderChannel> {ReminderChannel::Email});
}

TEST_CASE("The call list: tomorrow's unconfirmed appointments, one key records the outcome, the tab counts")
{
    test::Fixture f;
    Workspace workspace(f.store, f.clock);
    workspace.setWatchInterval(0);
    workspace.setCenter(f.center);
    workspace.setUser(test::userNamed(f, "desk"));
    const qint64 maria = test::bookReady(f, f.maria, f.infliximab, kWednesday, 9);
    const Patient other = f.addReadyPatient(QStringLiteral("C0002"), QStringLiteral("Lena"),
        QStringLiteral("Brooks"), QDate(1975, 8, 9), f.infliximab);
    const qint64 lena = test::bookReady(f, other, f.infliximab, kWednesday, 11);

    CallListView view(workspace);
    QStringList titles;
    QObject::connect(&view, &CallListView::titleChanged, [&titles](const QString &t) { titles << t; });
    view.show();
    REQUIRE(view.count() == 2);
    CHECK(view.title() == QStringLiteral("Calls (2)"));
    QTableWidget *table = view.table();
    CHECK(table->item(0, 2)->text() == QStringLiteral("(617) 555-0100"));

    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_N);
    REQUIRE(view.count() == 2);
    CHECK(table->item(0, 3)->text() == QStringLiteral("No answer"));
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_C);
    REQUIRE(view.count() == 1);
    CHECK(titles.last() == QStringLiteral("Calls (1)"));
    CHECK(table->item(0, 0)->data(Qt::UserRole).toLongLong() == lena);
    CHECK(f.store.confirmationsAtCenter(f.center.id, f.local(kWednesday, 0), f.local(kWednesday, 23))
              .value(maria)
              .confirmed);
    CHECK(view.summaryLabel()->text().contains(QStringLiteral("1 confirmed")));

    // A cancellation elsewhere takes the row off at the workspace's word.
    f.store.changeStatus(lena, AppointmentStatus::Cancelled, QStringLiteral("desk"), f.clock.nowUtc());
    Q_EMIT workspace.appointmentChanged(lena);
    REQUIRE(QTest::qWaitFor([&] { return view.count() == 0; }, 3000));
    CHECK(view.title() == QStringLiteral("Calls"));

    // A text reply that confirmed nothing is shown for the desk to read; a confirmation is not.
    CHECK(view.repliesLabel()->isHidden());
    ReminderService replies(f.store, f.clock);
    replies.recordReply(
        QStringLiteral("+1 212 555 0199"), QStringLiteral("STOP"), test::userNamed(f, "desk"));
    view.reload();
    CHECK_FALSE(view.repliesLabel()->isHidden());
    CHECK(view.repliesLabel()->text().contains(QStringLiteral("+1 212 555 0199 · Unknown number: “STOP”")));
}
