// The chair roster page: the nurse's actions from a block, the keyboard, and the printed day.

#include "booking/confirmationslip.h"
#include "checkin/checkinservice.h"
#include "day/appointmentdetailsdialog.h"
#include "day/dayschedule.h"
#include "day/nurseloadstrip.h"
#include "day/rosterview.h"
#include "day/rosterwidget.h"
#include "rosterday.h"
#include "style/theme.h"
#include "widgets/statuscountsbar.h"

#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;
using test::RosterDay;

namespace {

const RosterEntry *entryOn(const RosterWidget &roster, qint64 appointmentId)
{
    for (const RosterChair &chair : roster.roster().chairs) {
        for (const RosterEntry &entry : chair.entries) {
            if (entry.appointmentId == appointmentId)
                return &entry;
        }
    }
    return nullptr;
}

/// A spot inside the block clear of its text and tags: its fill.
QColor fillOf(RosterWidget &roster, qint64 appointmentId)
{
    const QRect block = roster.blockRect(appointmentId);
    return roster.grab().toImage().pixelColor(block.right() - 6, block.bottom() - 6);
}

/// Opens an appointment's details by clicking its block where it is painted.
AppointmentDetailsDialog *clickBlock(RosterView &view, qint64 appointmentId)
{
    RosterWidget *roster = view.rosterWidget();
    const QRect block = roster->blockRect(appointmentId);
    REQUIRE_FALSE(block.isEmpty());
    QTest::mouseClick(roster, Qt::LeftButton, {}, block.center());
    AppointmentDetailsDialog *dialog = view.detailsDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->appointmentId() == appointmentId);
    REQUIRE(dialog->isVisible());
    return dialog;
}

int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    int count = 0;
    auto it = page.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace

TEST_CASE("The nurse starts an infusion from its block on the roster")
{
    RosterDay day;
    RosterView view(day.workspace);
    view.resize(1360, 860);
    view.show();
    RosterWidget *roster = view.rosterWidget();
    REQUIRE(QTest::qWaitFor([&] { return !roster->blockRect(day.mariaAt0900).isEmpty(); }));
    CHECK(fillOf(*roster, day.mariaAt0900) == Theme::statusFill(AppointmentStatus::CheckedIn));

    AppointmentDetailsDialog *dialog = clickBlock(view, day.mariaAt0900);
    REQUIRE(dialog->startButton()->isEnabled());
    CHECK_FALSE(dialog->completeButton()->isEnabled());
    CHECK_FALSE(dialog->noShowButton()->isEnabled());
    CHECK_FALSE(dialog->admitLateButton()->isEnabled());

    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);

    const auto stored = day.f.store.appointment(day.mariaAt0900);
    REQUIRE(stored);
    REQUIRE(stored->status == AppointmentStatus::InProgress);
    REQUIRE(stored->startedAtUtc == day.f.clock.nowUtc());
    REQUIRE(day.f.store.history(day.mariaAt0900).last().user == QLatin1String("nurse"));
    REQUIRE(QTest::qWaitFor([&] { return view.detailsDialog() == nullptr; }));

    // The roster shows it at once, in words, in its counts and in its paint.
    const RosterEntry *entry = entryOn(*roster, day.mariaAt0900);
    REQUIRE(entry);
    REQUIRE(entry->status == AppointmentStatus::InProgress);
    REQUIRE(view.countsBar()->counts().inChair == 1);
    QTest::mouseMove(roster, QPoint(2, 2)); // off the block, so no hover tint
    REQUIRE(fillOf(*roster, day.mariaAt0900) == Theme::statusFill(AppointmentStatus::InProgress));
}

TEST_CASE("The nurse's actions follow the appointment's status and the user's role")
{
    RosterDay day;
    RosterView view(day.workspace);
    view.resize(1360, 860);
    view.show();

    SECTION("a receptionist sees the actions but may not use them, and is told why")
    {
        day.workspace.setUser(day.user("desk"));
        AppointmentDetailsDialog *dialog = clickBlock(view, day.mariaAt0900);
        CHECK_FALSE(dialog->startButton()->isEnabled());
        CHECK(dialog->startButton()->toolTip().contains(QLatin1String("nurse")));
        CHECK_FALSE(dialog->noShowButton()->isEnabled());
    }
    SECTION("a booked patient: no start; a no-show only once the time has come")
    {
        AppointmentDetailsDialog *dialog = clickBlock(view, day.anaAt1000);
        CHECK_FALSE(dialog->startButton()->isEnabled());
        CHECK_FALSE(dialog->completeButton()->isEnabled());
        CHECK_FALSE(dialog->noShowButton()->isEnabled());
        dialog->close();

        day.f.clock.set(day.f.local(RosterDay::kTuesday, 10, 20));
        dialog = clickBlock(view, day.anaAt1000);
        REQUIRE(dialog->noShowButton()->isEnabled());
        test::answerNextModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return false;
            box->button(QMessageBox::Yes)->click();
            return true;
        });
        QTest::mouseClick(dialog->noShowButton(), Qt::LeftButton);
        const auto stored = day.f.store.appointment(day.anaAt1000);
        REQUIRE(stored);
        CHECK(stored->status == AppointmentStatus::NoShow);
        CHECK(stored->noShowFeeCents == 5000);
        CHECK(stored->prep == PrepState::Wasted);
        CHECK(view.countsBar()->counts().noShow == 1);
    }
    SECTION("an infusion running: complete it")
    {
        CheckInService(day.f.store, day.f.clock).start(day.mariaAt0900, day.user("nurse"));
        view.reload();
        AppointmentDetailsDialog *dialog = clickBlock(view, day.mariaAt0900);
        CHECK_FALSE(dialog->startButton()->isEnabled());
        REQUIRE(dialog->completeButton()->isEnabled());
        QTest::mouseClick(dialog->completeButton(), Qt::LeftButton);
        CHECK(day.f.store.appointment(day.mariaAt0900)->status == AppointmentStatus::Fulfilled);
        CHECK(view.countsBar()->counts().done == 1);
    }
}

TEST_CASE("A late arrival is admitted from the roster with the nurse's reason")
{
    RosterDay day;
    // Ana comes at 10:40 for 10:00: beyond the 15 minutes' grace, the desk sends her to reschedule.
    day.f.clock.set(day.f.local(RosterDay::kTuesday, 10, 40));
    CheckInRequest ana;
    ana.mrn = day.ana.mrn;
    ana.dateOfBirth = day.ana.dateOfBirth;
    ana.centerId = day.f.center.id;
    const Decision desk = CheckInService(day.f.store, day.f.clock).checkIn(ana, day.user("desk"));
    REQUIRE(desk.has(ReasonCode::LateBeyondGrace));

    RosterView view(day.workspace);
    view.resize(1360, 860);
    view.show();
    AppointmentDetailsDialog *dialog = clickBlock(view, day.anaAt1000);
    REQUIRE(dialog->admitLateButton()->isEnabled());
    test::answerNextModal([](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        if (!input)
            return false;
        auto *text = input->findChild<QPlainTextEdit *>();
        REQUIRE(text);
        QTest::keyClicks(text, QStringLiteral("Suite A free until close, dose good until 14:00"));
        input->accept();
        return true;
    });
    QTest::mouseClick(dialog->admitLateButton(), Qt::LeftButton);

    const auto stored = day.f.store.appointment(day.anaAt1000);
    REQUIRE(stored);
    CHECK(stored->status == AppointmentStatus::CheckedIn);
    const QList<OverrideRecord> overrides = day.f.store.checkInOverrides(day.anaAt1000);
    REQUIRE(overrides.size() == 1);
    CHECK(overrides.first().code == QLatin1String("LATE_BEYOND_GRACE"));
    CHECK(overrides.first().reason == QLatin1String("Suite A free until close, dose good until 14:00"));
    CHECK(overrides.first().user == QLatin1String("nurse"));
    const RosterEntry *entry = entryOn(*view.rosterWidget(), day.anaAt1000);
    REQUIRE(entry);
    CHECK(entry->status == AppointmentStatus::CheckedIn);
}

TEST_CASE("Arrows move between the roster's blocks and Enter opens one")
{
    RosterDay day;
    RosterView view(day.workspace);
    view.resize(1360, 860);
    view.show();
    RosterWidget *roster = view.rosterWidget();
    roster->setFocus();

    // The first key picks the first block still to come: chair 1's Maria (chair 2's 08:30 ended at 09:00).
    QTest::keyClick(roster, Qt::Key_Down);
    CHECK(roster->currentAppointment() == day.mariaAt0900);
    QTest::keyClick(roster, Qt::Key_Down);
    CHECK(roster->currentAppointment() == day.liamAt0830);
    QTest::keyClick(roster, Qt::Key_Down);
    CHECK(roster->currentAppointment() == day.zoeAt1100);
    QTest::keyClick(roster, Qt::Key_Down); // chair 4 is empty: on to the suite
    CHECK(roster->currentAppointment() == day.anaAt1000);
    QTest::keyClick(roster, Qt::Key_Down); // nothing below
    CHECK(roster->currentAppointment() == day.anaAt1000);
    QTest::keyClick(roster, Qt::Key_Up);
    CHECK(roster->currentAppointment() == day.zoeAt1100);

    QTest::keyClick(roster, Qt::Key_Return);
    AppointmentDetailsDialog *dialog = view.detailsDialog();
    REQUIRE(dialog);
    CHECK(dialog->appointmentId() == day.zoeAt1100);
}

TEST_CASE("The roster's day changes with previous, today and next")
{
    RosterDay day;
    day.f.book(day.f.maria, day.f.vedolizumab, RosterDay::kTuesday.addDays(1), 9, 0);
    RosterView view(day.workspace);
    CHECK(view.date() == RosterDay::kTuesday);
    CHECK(view.countsBar()->counts().booked == 2);

    view.showNextDay();
    CHECK(view.date() == RosterDay::kTuesday.addDays(1));
    CHECK(view.rosterWidget()->roster().date == RosterDay::kTuesday.addDays(1));
    CHECK(view.countsBar()->counts().booked == 1);
    CHECK(view.utilizationLabel()->text().contains(QLatin1String("%")));

    view.showPreviousDay();
    view.showPreviousDay();
    CHECK(view.date() == RosterDay::kTuesday.addDays(-1));
    view.showToday();
    CHECK(view.date() == RosterDay::kTuesday);
}

TEST_CASE("The day's roster prints to a one-page PDF, even with many chairs")
{
    RosterDay day;
    for (int n = 5; n <= 30; ++n) {
        Chair chair;
        chair.centerId = day.f.center.id;
        chair.label = QString::number(n);
        day.f.store.addChair(chair);
    }
    RosterView view(day.workspace);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString path = dir.filePath(QStringLiteral("roster.pdf"));
    REQUIRE(view.savePdf(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    REQUIRE(pdf.startsWith("%PDF"));
    REQUIRE(pdf.size() > 2000);
    REQUIRE(pdfPages(pdf) == 1);

    // Straight onto any paged device, as the print dialog's printer is.
    const QString direct = dir.filePath(QStringLiteral("direct.pdf"));
    {
        QPdfWriter writer(direct);
        REQUIRE(view.printTo(&writer));
        CHECK(writer.pageLayout().orientation() == QPageLayout::Landscape);
    }
    QFile directFile(direct);
    REQUIRE(directFile.open(QIODevice::ReadOnly));
    CHECK(pdfPages(directFile.readAll()) == 1);

    // A file that cannot be written is reported, not ignored.
    CHECK_FALSE(view.savePdf(dir.filePath(QStringLiteral("missing/folder/roster.pdf"))));
}

TEST_CASE("The day's roster exports to CSV, a row per appointment under a header row")
{
    RosterDay day;
    RosterView view(day.workspace);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("roster.csv"));
    REQUIRE(view.saveCsv(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    int appointments = 0;
    for (const RosterChair &chair : view.day().roster().chairs)
        appointments += int(chair.entries.size());
    REQUIRE(appointments > 0);
    CHECK(lines.size() == appointments + 1);
    CHECK(lines.front().startsWith(QStringLiteral("date,chair,start,end,minutes,appointment")));
    CHECK(lines[1].startsWith(view.date().toString(Qt::ISODate) + QLatin1Char(',')));

    // The button is there for the keyboard and the screen reader; a file that cannot be written is reported.
    bool found = false;
    const QList<QPushButton *> buttons = view.findChildren<QPushButton *>();
    for (const QPushButton *button : buttons)
        found = found || button->accessibleName() == QStringLiteral("Export roster as CSV");
    CHECK(found);
    CHECK_FALSE(view.saveCsv(dir.filePath(QStringLiteral("missing/folder/roster.csv"))));
}

TEST_CASE("The printed roster and the confirmation slip keep the light paper colours under the dark palette")
{
    RosterDay day;
    RosterView view(day.workspace);
    const Theme::Mode was = Theme::current();
    struct Restore
    {
        Theme::Mode mode;
        ~Restore() { Theme::apply(mode); }
    } restore {was};

    const auto printedRoster = [&] {
        QImage page(1100, 850, QImage::Format_RGB32);
        page.fill(Qt::red);
        QPainter painter(&page);
        view.rosterWidget()->paintPage(painter, QRectF(0, 0, 1100, 850), view.font());
        painter.end();
        return page;
    };
    const Appointment booked = *day.f.store.appointment(day.mariaAt0900);
    const ConfirmationSlip slip = ConfirmationSlip::forAppointment(
        day.f.center, booked, *day.f.store.patient(booked.patientId), nullptr, nullptr);
    const auto printedSlip = [&] {
        QImage page(850, 1100, QImage::Format_RGB32);
        page.fill(Qt::red);
        QPainter painter(&page);
        slip.paint(painter, QRectF(0, 0, 850, 1100));
        painter.end();
        return page;
    };

    Theme::apply(Theme::Mode::Light);
    // The first text a process paints loads its fonts, which may shift a glyph by a pixel: warm up, then
    // compare like with like.
    printedRoster();
    printedSlip();
    const QImage lightRoster = printedRoster();
    const QImage lightSlip = printedSlip();
    // The day has blocks in several statuses, each filled with its light tint on the paper.
    REQUIRE(lightRoster.pixelColor(lightRoster.width() - 2, lightRoster.height() - 2) != QColor(Qt::red));
    int tinted = 0;
    for (int y = 0; y < lightRoster.height(); y += 4) {
        for (int x = 0; x < lightRoster.width(); x += 4) {
            const QColor c = lightRoster.pixelColor(x, y);
            tinted += c == Theme::statusFill(AppointmentStatus::Booked) ? 1 : 0;
        }
    }
    REQUIRE(tinted > 20);

    Theme::apply(Theme::Mode::Dark);
    REQUIRE(QApplication::palette().color(QPalette::Base).lightness() < 100); // the screen is dark
    const QImage darkRoster = printedRoster();
    const QImage darkSlip = printedSlip();
    REQUIRE(darkRoster == lightRoster);
    REQUIRE(darkSlip == lightSlip);
    REQUIRE(darkSlip.pixelColor(5, 5) == QColor(Qt::white));
}

TEST_CASE("The roster's strip shows the starts per 15 minutes against the nurses, red where they go beyond")
{
    RosterDay day;
    // One nurse all day, who starts one infusion in 15 minutes and may have two patients.
    NursePolicy policy;
    policy.startsPerNurseStep = 1;
    policy.patientsPerNurse = 2;
    policy.applyShifts(QStringLiteral("mon-sun 00-24=1"), QStringLiteral("nurses"));
    day.f.store.setNursePolicy(day.f.center.id, policy);
    // A second start in Maria's 15 minutes.
    const Patient ben = day.f.addReadyPatient(QStringLiteral("MRN-BEN"), QStringLiteral("Ben"),
        QStringLiteral("Ortiz"), QDate(1966, 2, 3), day.f.vedolizumab);
    day.f.book(ben, day.f.vedolizumab, RosterDay::kTuesday, 9, 10, &day.f.chairs[2]);

    RosterView view(day.workspace);
    view.resize(1360, 860);
    view.show();
    NurseLoadStrip *strip = view.nurseStrip();
    REQUIRE(strip != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return strip->load().date() == RosterDay::kTuesday; }));
    const int nine = 9 * 4;
    REQUIRE(strip->load().steps()[std::size_t(nine)].starts == 2);
    REQUIRE(strip->load().steps()[std::size_t(nine)].startCapacity == 1);
    REQUIRE(strip->stepText(nine).startsWith(
        QStringLiteral("09:00–09:15: 2 starts, the nurses can start 1; 2 patients in chairs")));
    REQUIRE(strip->stepText(10 * 4).startsWith(QStringLiteral("10:00–10:15: 1 starts")));
    REQUIRE(strip->accessibleDescription().startsWith(
        QStringLiteral("At most 2 starts in 15 minutes, at 09:00, where the nurses can start 1.")));

    // The step sits over its hours on the roster below, and its bar is red.
    const RosterTimeAxis &axis = view.rosterWidget()->timeAxis();
    const double nineX = axis.xAt(day.f.local(RosterDay::kTuesday, 9, 7)) + view.scrollArea()->frameWidth();
    REQUIRE(strip->stepAt(nineX) == nine);
    const QImage image = strip->grab().toImage();
    const QColor bar = image.pixelColor(int(nineX), 2 + strip->fontMetrics().height() / 2);
    INFO("bar " << bar.name().toStdString());
    CHECK(bar.red() > 150);
    CHECK(bar.green() < 120);
    // A step with one start, within what the nurse can start, is not red.
    const double tenX = axis.xAt(day.f.local(RosterDay::kTuesday, 10, 7)) + view.scrollArea()->frameWidth();
    const QColor calm = image.pixelColor(int(tenX), 2 + strip->fontMetrics().height() / 2);
    CHECK_FALSE((calm.red() > 150 && calm.green() < 120));
}
