// The admin's Interfaces page on the whole window: messages imported through the real InterfaceService
// are listed as they arrive, a quarantined one shows where and why, the location it waits on is mapped
// on the page and the message retried into an appointment; the page is the admin's alone.

#include "catchqstring.h"
#include "interface/interfaceservice.h"
#include "interfaces/interfacemessagemodel.h"
#include "interfaces/interfacesview.h"
#include "interfaces/mappingdialog.h"
#include "sessionharness.h"
#include "store/sqlquery.h"
#include "store/store.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(CHAIRSIDE_INTEROP_SAMPLES "/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// The window with the admin signed in, an InterfaceService acting as the same admin (as the listener
/// and the importer do) and the Interfaces page showing.
struct Page
{
    Page()
        : admin(*s.f.store.accountByName(QStringLiteral("admin")))
        , service(s.f.store, s.f.clock)
    {
        s.logIn(QStringLiteral("admin"));
        view = s.window->interfaces();
        REQUIRE(view != nullptr);
        s.window->showPage(s.window->pages()->indexOf(view));
    }

    InterfaceFileResult import(const char *name)
    {
        return service.importBytes(
            admin, sample(name), InterfaceSource {InterfaceChannel::File, QString::fromLatin1(name)});
    }

    /// Waits for the page to hear of the store's change, as it does of another program's.
    bool listed(qint64 messageId)
    {
        return QTest::qWaitFor([&] { return view->model()->rowOf(messageId) >= 0; }, 3000);
    }

    qint64 appointmentOfKey(const QString &sender, const QString &key)
    {
        SqlQuery q(s.f.store.database(),
            QStringLiteral(
                "SELECT appointment_id FROM interface_appointment_key WHERE sender = ? AND key = ?"),
            "read the key");
        q.exec({sender, key});
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    QString tabText() const { return s.window->pages()->tabText(s.window->pages()->indexOf(view)); }

    chairside::test::SessionHarness s;
    User admin;
    InterfaceService service;
    InterfacesView *view = nullptr;
};

} // namespace

TEST_CASE("A message imported while the page shows is listed, quarantined first, with the tab's count")
{
    Page p;
    REQUIRE(p.tabText() == QStringLiteral("Interfaces"));
    REQUIRE(p.view->model()->rowCount() == 0);

    p.service.setMapping(p.admin, MappingKind::Service, QStringLiteral("OFFICE VISIT-15"), p.s.f.ivig.id);
    const InterfaceFileResult result = p.import("siu-s12-ntierprise-v2.3.hl7");
    REQUIRE(result.quarantined == 1);
    const qint64 id = result.receipts.first().messageId;

    REQUIRE(p.listed(id));
    CHECK(p.tabText() == QStringLiteral("Interfaces (1)"));
    CHECK(p.view->quarantinedCount() == 1);
    CHECK(p.view->receivedToday() == 1);
    CHECK(p.view->stateFilter() == InterfaceState::Quarantined);
    const int row = p.view->model()->rowOf(id);
    const QAbstractItemModel *model = p.view->model();
    CHECK(
        model->index(row, InterfaceMessageModel::TypeColumn).data().toString() == QStringLiteral("SIU^S12"));
    CHECK(model->index(row, InterfaceMessageModel::StateColumn).data().toString()
        == QStringLiteral("Quarantined"));
    CHECK(
        model->index(row, InterfaceMessageModel::FormatColumn).data().toString() == QStringLiteral("HL7 v2"));
    CHECK(model->index(row, InterfaceMessageModel::ReasonColumn)
              .data()
              .toString()
              .contains(QStringLiteral("MainOffi")));
    CHECK(p.view->countsLabel()->accessibleName().contains(QStringLiteral("1 quarantined")));

    SECTION("the search narrows the list by control id or type")
    {
        p.view->setSearch(QStringLiteral("ADT"));
        CHECK(p.view->table()->isRowHidden(row));
        p.view->setSearch(QStringLiteral("siu^s12"));
        CHECK_FALSE(p.view->table()->isRowHidden(row));
    }
}

TEST_CASE("The message shown names its segment, field and reason, and its raw HL7 one segment a line")
{
    Page p;
    p.service.setMapping(p.admin, MappingKind::Service, QStringLiteral("OFFICE VISIT-15"), p.s.f.ivig.id);
    const qint64 id = p.import("siu-s12-ntierprise-v2.3.hl7").receipts.first().messageId;
    REQUIRE(p.listed(id));
    p.view->selectMessage(id);
    REQUIRE(p.view->selectedMessageId() == id);

    const auto kept = p.service.message(p.admin, id);
    REQUIRE(kept);
    REQUIRE(kept->error);
    REQUIRE_FALSE(kept->error->segment.isEmpty());
    const QString problem = p.view->problemText()->text();
    CHECK(p.view->problemText()->isVisible());
    CHECK(problem.contains(QStringLiteral("segment %1").arg(kept->error->segment)));
    CHECK(problem.contains(kept->error->field));
    CHECK(problem.contains(kept->error->reason));
    CHECK(problem.contains(QStringLiteral("the location “MainOffi” to be mapped")));
    CHECK(p.view->detailTitle()->text().contains(QStringLiteral("Quarantined")));

    const QStringList lines = p.view->rawView()->toPlainText().split(QLatin1Char('\n'));
    REQUIRE(lines.size() >= 3);
    CHECK(lines.first().startsWith(QStringLiteral("MSH|")));
    CHECK(lines.at(1).startsWith(QStringLiteral("SCH|")));
    CHECK_FALSE(p.view->rawView()->toPlainText().contains(QLatin1Char('\r')));
    CHECK(p.view->rawView()->isReadOnly());
    CHECK(p.view->retryButton()->isEnabled());
}

TEST_CASE("The location a quarantined message waits on is mapped on the page, and the message retried "
          "books the appointment")
{
    Page p;
    p.service.setMapping(p.admin, MappingKind::Service, QStringLiteral("OFFICE VISIT-15"), p.s.f.ivig.id);
    const qint64 id = p.import("siu-s12-ntierprise-v2.3.hl7").receipts.first().messageId;
    REQUIRE(p.listed(id));
    const QString sender = QStringLiteral("Ntierprise^Ntierprise Clinic");
    REQUIRE(p.appointmentOfKey(sender, QStringLiteral("13030")) == 0);

    p.view->tabs()->setCurrentIndex(1);
    QTableWidget *waiting = p.view->waitingTable();
    REQUIRE(waiting->rowCount() == 1);
    CHECK(waiting->item(0, 1)->text() == QStringLiteral("MainOffi"));
    waiting->setCurrentCell(0, 0);
    p.view->findChild<QPushButton *>(QStringLiteral("interfaceMapWaitingButton"))->click();
    auto *dialog = p.view->findChild<MappingDialog *>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->valueField()->text() == QStringLiteral("MainOffi"));

    SECTION("an empty value is refused under its field, and nothing is mapped")
    {
        dialog->valueField()->clear();
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->problem().isEmpty());
        CHECK(dialog->valueField()->property("problem").toBool());
        CHECK(p.service.mappings(p.admin, MappingKind::Location).isEmpty());
        dialog->reject();
    }
    SECTION("mapped to the center, the page offers the retry, and the message is applied")
    {
        REQUIRE(dialog->selectTarget(p.s.f.center.id));
        dialog->accept();
        QApplication::processEvents();
        const auto mapped = p.service.mappings(p.admin, MappingKind::Location);
        REQUIRE(mapped.size() == 1);
        CHECK(mapped.first().senderValue == QStringLiteral("MainOffi"));
        CHECK(mapped.first().targetId == p.s.f.center.id);
        REQUIRE(p.view->mappingTable()->rowCount() == 2);

        REQUIRE(p.view->offerButton()->isVisible());
        CHECK(p.view->offerLabel()->text().contains(QStringLiteral("1 quarantined message waited on")));
        p.view->offerButton()->click();
        CHECK(p.service.message(p.admin, id)->state == InterfaceState::Applied);
        const qint64 appointment = p.appointmentOfKey(sender, QStringLiteral("13030"));
        REQUIRE(appointment > 0);
        CHECK(p.s.f.store.appointment(appointment)->therapyId == p.s.f.ivig.id);
        CHECK(p.view->waitingTable()->rowCount() == 0);
        CHECK(p.view->findChild<QLabel *>(QStringLiteral("interfaceMappingStatus"))
                  ->text()
                  .startsWith(QStringLiteral("1 of the messages retried went through")));
        CHECK(p.tabText() == QStringLiteral("Interfaces"));
    }
}

TEST_CASE("Retry on the message shown updates its row and says what it did")
{
    Page p;
    p.service.setMapping(p.admin, MappingKind::Service, QStringLiteral("office visit"), p.s.f.infliximab.id);
    const qint64 id = p.import("siu-s12-athena-v2.2.hl7").receipts.first().messageId;
    REQUIRE(p.listed(id));
    p.view->selectMessage(id);

    SECTION("still unmapped, it stays quarantined and the status line says why")
    {
        p.view->retryButton()->click();
        CHECK(p.view->statusLine()->text().contains(QStringLiteral("still quarantined")));
        CHECK(p.service.message(p.admin, id)->retries == 1);
        CHECK(p.view->factsText()->text().contains(QStringLiteral("once, by admin")));
    }
    SECTION("once the location is mapped, it is applied")
    {
        p.service.setMapping(p.admin, MappingKind::Location, QStringLiteral("2"), p.s.f.center.id);
        p.view->retryButton()->click();
        const int row = p.view->model()->rowOf(id);
        REQUIRE(row >= 0);
        CHECK(p.view->model()->index(row, InterfaceMessageModel::StateColumn).data().toString()
            == QStringLiteral("Applied"));
        CHECK(p.view->statusLine()->text().startsWith(QStringLiteral("Message %1 was applied").arg(id)));
        CHECK_FALSE(p.view->retryButton()->isEnabled());
        CHECK_FALSE(p.view->problemText()->isVisible());
    }
}

TEST_CASE("A FHIR message's raw text is shown indented")
{
    Page p;
    p.view->setStateFilter(std::nullopt);
    const qint64 id = p.import("fhir-v1.7.0-patient-example.json").receipts.first().messageId;
    REQUIRE(p.listed(id));
    p.view->selectMessage(id);
    const QString raw = p.view->rawView()->toPlainText();
    CHECK(raw.startsWith(QLatin1Char('{')));
    CHECK(raw.contains(QStringLiteral("\n    \"resourceType\": \"Patient\"")));
}

TEST_CASE("A sender's time zone the system does not know is refused under its field")
{
    Page p;
    p.view->tabs()->setCurrentIndex(1);
    p.view->zoneBox()->setCurrentText(QStringLiteral("Mars/Olympus"));
    p.view->saveSettings();
    CHECK_FALSE(p.view->settingsProblem().isEmpty());
    CHECK(p.view->zoneBox()->property("problem").toBool());
    CHECK(p.service.settings(p.admin).senderZone.isEmpty());

    p.view->zoneBox()->setCurrentText(QStringLiteral("Europe/London"));
    p.view->authorityField()->setText(QStringLiteral("HOSP"));
    p.view->saveSettings();
    CHECK(p.view->settingsProblem().isEmpty());
    CHECK(p.service.settings(p.admin).senderZone == "Europe/London");
    CHECK(p.service.settings(p.admin).mrnAuthority == QStringLiteral("HOSP"));
}

TEST_CASE("The Interfaces page is the admin's alone, on Ctrl+8, and goes with them")
{
    chairside::test::SessionHarness s;
    s.logIn(QStringLiteral("admin"));
    REQUIRE(s.window->interfaces() != nullptr);
    auto *action = s.window->findChild<QAction *>(QStringLiteral("interfacesAction"));
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_8));
    action->trigger();
    CHECK(s.window->pages()->currentWidget() == s.window->interfaces());
    s.window->switchUser();
    REQUIRE(s.window->interfaces() == nullptr);
    for (const char *name : {"nurse", "desk"}) {
        s.logIn(QString::fromLatin1(name));
        REQUIRE(s.window->interfaces() == nullptr);
        CHECK_FALSE(action->isVisible());
        for (int i = 0; i < s.window->pages()->count(); ++i)
            REQUIRE_FALSE(s.window->pages()->tabText(i).startsWith(QStringLiteral("Interfaces")));
        s.window->switchUser();
    }
}
