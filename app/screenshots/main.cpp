// Regenerates the README's screenshots from a fresh demo database: the log-in screen, the desk with a
// decision, today's arrivals and the chair roster, mid-morning on the demo day; the admin's settings and
// Interfaces page; and the set-up wizard's pages on an empty file. Run through the `screenshots` target.

#include "auth/accountservice.h"
#include "backup/backupschedule.h"
#include "backup/restoreservice.h"
#include "booking/confirmationslip.h"
#include "calls/calllistview.h"
#include "checkin/checkinservice.h"
#include "common/clock.h"
#include "common/error.h"
#include "day/appointmentdetailsdialog.h"
#include "day/arrivalsview.h"
#include "day/nurseloadstrip.h"
#include "day/rosterview.h"
#include "day/rosterwidget.h"
#include "demo/demogenerator.h"
#include "desk/deskview.h"
#include "interface/interfaceservice.h"
#include "interfaces/interfacesview.h"
#include "model/user.h"
#include "patients/patientform.h"
#include "patients/patientwindow.h"
#include "patients/registrationdialog.h"
#include "pharmacy/dosemodel.h"
#include "pharmacy/doseservice.h"
#include "pharmacy/pharmacyview.h"
#include "readiness/readinessview.h"
#include "reminders/calllist.h"
#include "reminders/reminderservice.h"
#include "reports/reportsview.h"
#include "scheduling/bookingservice.h"
#include "scheduling/centertime.h"
#include "scheduling/roster.h"
#include "scheduling/rosterservice.h"
#include "setup/backuptab.h"
#include "setup/language.h"
#include "setup/nursestab.h"
#include "setup/recoverdialog.h"
#include "setup/reminderstab.h"
#include "setup/serverdialog.h"
#include "setup/settingsdialog.h"
#include "setup/setupwizard.h"
#include "simulation/simulator.h"
#include "store/store.h"
#include "style/theme.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>

using namespace chairside;

namespace {

/// Plays the morning: each patient due before `until` is checked in ten minutes early, started on time
/// and, when the infusion is over, completed; so the roster and arrivals show a day under way.
void playMorning(Store &store, FixedClock &clock, const Center &center, QDate date, const QDateTime &until,
    const QSet<QString> &storyMrns)
{
    const auto nurse = store.userByName(QStringLiteral("nurse.kim"));
    const auto desk = store.userByName(QStringLiteral("desk.rivera"));
    if (!nurse || !desk)
        return;
    const Roster roster = RosterService(store).build(center, date);
    QList<RosterEntry> entries;
    for (const RosterChair &chair : roster.chairs)
        entries += chair.entries;
    std::sort(entries.begin(), entries.end(),
        [](const RosterEntry &a, const RosterEntry &b) { return a.startUtc < b.startUtc; });

    CheckInService service(store, clock);
    for (const RosterEntry &entry : entries) {
        if (entry.startUtc.addSecs(-10 * 60) > until || entry.status != AppointmentStatus::Booked)
            continue;
        const auto appointment = store.appointment(entry.appointmentId);
        const auto patient = appointment ? store.patient(appointment->patientId) : std::nullopt;
        if (!patient || storyMrns.contains(patient->mrn))
            continue; // the story patients are left for the desk to play
        clock.set(entry.startUtc.addSecs(-10 * 60));
        CheckInRequest request;
        request.mrn = patient->mrn;
        request.dateOfBirth = patient->dateOfBirth;
        request.centerId = center.id;
        try {
            const Decision decision = service.checkIn(request, *desk, 0);
            if (decision.outcome != Outcome::Admit)
                continue;
            if (entry.startUtc.addSecs(5 * 60) <= until) {
                clock.set(entry.startUtc.addSecs(5 * 60));
                service.start(entry.appointmentId, *nurse);
            }
            if (entry.endUtc.addSecs(5 * 60) <= until) {
                clock.set(entry.endUtc.addSecs(5 * 60));
                service.complete(entry.appointmentId, *nurse);
            }
        } catch (const Error &) {
            // A story patient the rules keep out: left as the desk found them.
        }
    }
    clock.set(until);
}

bool save(QWidget *window, const QString &path)
{
    QApplication::processEvents();
    QTest::qWait(200);
    const bool ok = window->grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write",
        qPrintable(QDir::toNativeSeparators(path)));
    return ok;
}

/// One simulated day under a slot policy, as the roster and its nurse strip show it: the infusions as they
/// ran (started and ended) on the simulator's floor, on the same day of the same seed. The simulator runs
/// the month's first `days` days for it.
bool simulatedDay(SlotOffers offers, const QString &path)
{
    constexpr int kDays = 10;
    SimulationSettings settings;
    settings.days = kDays;
    settings.seed = 1;
    settings.offers = offers;
    const SimulationResult result = Simulator(settings).run();
    const QDate date = Simulator::firstDay().addDays(kDays - 2); // the second Tuesday
    RosterInput input;
    input.center.id = 1;
    input.center.name = QStringLiteral("Simulated center (%1)").arg(slotOffersName(offers));
    input.center.timeZoneId = "America/Chicago";
    input.center.hours = OpeningHours::parse(Simulator::hoursText());
    input.date = date;
    input.nurses.offers = offers;
    for (int i = 1; i <= settings.chairs; ++i)
        input.chairs << Chair {i, 1, QString::number(i)};
    QHash<QString, qint64> therapyIds;
    qint64 id = 0;
    for (const SimulatedInfusion &infusion : result.infusions) {
        if (infusion.date != date)
            continue;
        if (!therapyIds.contains(infusion.therapy)) {
            Therapy therapy;
            therapy.id = therapyIds.size() + 1;
            therapy.name = infusion.therapy;
            therapyIds.insert(infusion.therapy, therapy.id);
            input.therapies << therapy;
        }
        Appointment a;
        a.id = ++id;
        a.patientId = id;
        a.centerId = 1;
        a.chairId = infusion.chair.toLongLong();
        a.therapyId = therapyIds.value(infusion.therapy);
        a.startUtc = CenterTime::utcAt(input.center, date, infusion.startMinute);
        a.minutes = infusion.endMinute - infusion.startMinute;
        a.status = AppointmentStatus::Fulfilled;
        input.appointments << a;
        input.patientNames.insert(a.patientId, QStringLiteral("Patient %1").arg(id));
    }
    const Roster roster = buildRoster(input);

    QWidget page;
    page.setObjectName(QStringLiteral("simulatedDay"));
    auto *layout = new QVBoxLayout(&page);
    auto *title = new QLabel(
        QStringLiteral("%1 slot offers, seed 1: %2 infusions on %3, at most %4 starts in 15 minutes")
            .arg(offers == SlotOffers::Level ? QStringLiteral("Levelled") : QStringLiteral("Earliest-first"))
            .arg(id)
            .arg(QLocale(QLocale::English).toString(date, QStringLiteral("dddd d MMMM yyyy")))
            .arg(roster.nurses.peakStarts()),
        &page);
    QFont bigger = title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    bigger.setWeight(QFont::DemiBold);
    title->setFont(bigger);
    layout->addWidget(title);
    auto *strip = new NurseLoadStrip(&page);
    auto *widget = new RosterWidget(&page);
    layout->addWidget(strip);
    layout->addWidget(widget, 1);
    QObject::connect(widget, &RosterWidget::laidOut, strip, [strip, widget, center = input.center] {
        strip->setDay(center, widget->roster().nurses, widget->timeAxis(), 0);
    });
    page.resize(1500, 1000);
    widget->setRoster(input.center, roster);
    page.show();
    return save(&page, path);
}

/// The desk and the roster again in Spanish, as a workstation set to Español shows them: a new window
/// built under the Spanish translators, the desk signed in and asked about the patient who hit traffic.
/// At the desk, as the receptionist would: the story's patient searched by last name, picked, and
/// identified by date of birth.
void identifyAtDesk(DeskView &desk, const DemoGenerator::Story &story)
{
    desk.focusSearch();
    auto *search = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!search)
        return;
    QTest::keyClicks(search, story.name.section(QLatin1Char(','), 0, 0));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::qWait(300);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::qWait(200);
    QTest::keyClicks(QApplication::focusWidget(), story.dateOfBirth.toString(QStringLiteral("MM/dd/yyyy")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::qWait(300);
}

bool spanishPictures(Store &store, FixedClock &clock, const Center &center, const DemoGenerator::Story *late,
    const QString &outDir)
{
    Language::apply(Language::localeFor(Language::Choice::Spanish));
    Workspace workspace(store, clock);
    workspace.setCenter(center);
    MainWindow window(workspace);
    window.addStandardPages();
    window.resize(1360, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "the Spanish window was never shown; its pictures may be blank\n");
    QString password;
    for (const auto &credential : AccountService(store, clock).demoCredentials()) {
        if (credential.userName == QLatin1String("desk.rivera"))
            password = credential.password;
    }
    QApplication::setActiveWindow(&window);
    if (auto *name = window.findChild<QLineEdit *>(QStringLiteral("userNameField"))) {
        name->setFocus();
        name->clear();
        QTest::keyClicks(name, QStringLiteral("desk.rivera"));
        QTest::keyClick(name, Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), password);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    bool ok = window.session() == MainWindow::Session::SignedIn;
    if (!ok)
        std::fprintf(stderr, "the demo receptionist could not sign in to the Spanish window\n");
    if (ok && late)
        identifyAtDesk(*window.desk(), *late);
    ok = save(&window, outDir + QStringLiteral("/desk-es.png")) && ok;
    window.showPage(window.pages()->indexOf(window.roster()));
    ok = save(&window, outDir + QStringLiteral("/roster-es.png")) && ok;
    window.close();
    Language::apply(Language::localeFor(Language::Choice::English));
    return ok;
}

/// Backups: the Settings tab after the morning's daily copy, and a start on a damaged copy of the day's
/// database that offers that backup. In a folder of fixed name, so that the paths shown are the same at
/// every run.
bool shootBackups(MainWindow &window, Workspace &workspace, const Clock &clock, const QString &outDir)
{
    const QDir shelf(QDir::temp().filePath(QStringLiteral("chairside-screenshots")));
    QDir(shelf).removeRecursively();
    QDir().mkpath(shelf.path());
    const QString damaged = shelf.filePath(QStringLiteral("chairside.sqlite"));
    BackupSchedule schedule(workspace.store(), clock);
    schedule.setSettings(workspace.user(), {true, BackupSchedule::defaultFolder(damaged), 14});
    const DailyBackup daily = schedule.runDaily(workspace.user());
    bool ok = daily.made;
    QFile made(daily.backup.file);
    if (made.open(QIODevice::ReadWrite)) {
        made.setFileTime(clock.nowUtc(), QFileDevice::FileModificationTime);
        made.close();
    }
    // The settings closed before are deleted first, so that the one found is the one opened now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    window.openSettings();
    if (auto *settings = window.findChild<SettingsDialog *>()) {
        settings->backupTab()->reload();
        settings->tabs()->setCurrentWidget(settings->backupTab());
        ok = save(settings, outDir + QStringLiteral("/settings-backups.png")) && ok;
        settings->close();
    }

    // The day's database as a disk might leave it: a copy with three pages overwritten.
    ok = QFile::copy(daily.backup.file, damaged) && ok;
    QFile file(damaged);
    if (file.open(QIODevice::ReadWrite) && file.size() > 4096 * 8) {
        file.seek(4096 * 4);
        file.write(QByteArray(4096 * 3, '\x5a'));
    }
    file.close();
    RecoverDialog recover(damaged, RestoreService::quickCheck(damaged), clock);
    recover.show();
    if (!QTest::qWaitForWindowExposed(&recover))
        std::fprintf(stderr, "the recovery dialog was never shown; its picture may be blank\n");
    ok = save(&recover, outDir + QStringLiteral("/recover.png")) && ok;
    recover.close();

    // File > Connect to Server, filled in for a desk of a center on a server (nothing is tried).
    ServerDialog server(QStringLiteral("postgresql://desk1@db.riverside.example/chairside?sslmode=require"));
    server.show();
    if (!QTest::qWaitForWindowExposed(&server))
        std::fprintf(stderr, "the server dialog was never shown; its picture may be blank\n");
    ok = save(&server, outDir + QStringLiteral("/server.png")) && ok;
    server.close();
    QDir(shelf).removeRecursively();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Chairside-screenshots"));
    QApplication::setApplicationVersion(QStringLiteral(CHAIRSIDE_VERSION));
    const QString outDir
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("resources/screenshots");
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(outDir));
        return 1;
    }

    QTemporaryDir dir;
    try {
        Store store(dir.filePath(QStringLiteral("demo.sqlite")));
        const QDate date(2026, 12, 2);
        FixedClock clock(QDateTime(date.addDays(-1), QTime(17, 0), QTimeZone("America/New_York")));
        DemoGenerator::Options options;
        options.date = date;
        const auto summary = DemoGenerator(store, clock).generate(options);
        const Center center = *store.center(summary.centerId);
        QSet<QString> storyMrns;
        for (const auto &story : summary.stories)
            storyMrns.insert(story.mrn);
        playMorning(store, clock, center, summary.date, CenterTime::utcAt(center, summary.date, 10 * 60 + 40),
            storyMrns);

        Theme::apply(Theme::Mode::Light);
        Workspace workspace(store, clock);
        workspace.setCenter(center);
        MainWindow window(workspace);
        window.addStandardPages();
        DeskView *desk = window.desk();
        RosterView *roster = window.roster();
        window.resize(1360, 860);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            std::fprintf(stderr, "the window was never shown; the pictures may be blank\n");

        // The window opens on the log-in screen, with the demo's accounts beside it; the receptionist signs
        // in.
        bool ok = save(&window, outDir + QStringLiteral("/login.png"));
        // Signs a demo user in through the log-in screen, as a person would.
        const auto signIn = [&](const QString &userName) {
            QString password;
            for (const auto &credential : AccountService(store, clock).demoCredentials()) {
                if (credential.userName == userName)
                    password = credential.password;
            }
            // A dialog closed before (the settings) leaves no window active offscreen: the log-in's is.
            QApplication::setActiveWindow(&window);
            if (auto *name = window.findChild<QLineEdit *>(QStringLiteral("userNameField"))) {
                name->setFocus();
                name->clear();
                QTest::keyClicks(name, userName);
                QTest::keyClick(name, Qt::Key_Return);
                QTest::keyClicks(QApplication::focusWidget(), password);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            }
            if (window.session() == MainWindow::Session::SignedIn)
                return true;
            std::fprintf(stderr, "the demo user %s could not sign in\n", qPrintable(userName));
            return false;
        };
        if (!signIn(QStringLiteral("desk.rivera")))
            return 1;

        // The desk: the patient who hit traffic, found by name and confirmed by date of birth: RESCHEDULE.
        const DemoGenerator::Story *ready = nullptr;
        for (const auto &story : summary.stories) {
            if (story.code == QLatin1String("late"))
                ready = &story;
        }
        if (ready)
            identifyAtDesk(*desk, *ready);
        ok = save(&window, outDir + QStringLiteral("/desk.png")) && ok;

        // The same patient's page, opened from the desk: the paperwork behind the answer, then a
        // registration of someone alike, which lists them before a second record is made.
        if (ready) {
            if (const auto patient = store.patientByMrn(ready->mrn)) {
                window.openPatient(patient->id, {});
                if (auto *page = window.findChild<PatientWindow *>()) {
                    page->resize(1180, 860);
                    ok = save(page, outDir + QStringLiteral("/patient.png")) && ok;
                    page->close();
                }
                // The confirmation slip of the patient's next booking, as printed at 100 dpi.
                const QList<Appointment> booked = store.appointmentsOfPatient(
                    patient->id, clock.nowUtc().addDays(-1), clock.nowUtc().addDays(120));
                if (!booked.isEmpty()) {
                    const Appointment &next = booked.last();
                    const auto chair = store.chair(next.chairId);
                    const auto therapy = store.therapy(next.therapyId);
                    const ConfirmationSlip slip = ConfirmationSlip::forAppointment(
                        center, next, *patient, chair ? &*chair : nullptr, therapy ? &*therapy : nullptr);
                    QImage paper(850, 1100, QImage::Format_RGB32);
                    paper.fill(Qt::white);
                    QPainter painter(&paper);
                    slip.paint(painter, QRectF(QPointF(64, 56), QSizeF(722, 988)));
                    painter.end();
                    ok = paper.save(outDir + QStringLiteral("/slip.png")) && ok;
                }
                if (RegistrationDialog *registration = window.registerPatient()) {
                    PatientForm *form = registration->form();
                    QTest::keyClicks(form->field(QStringLiteral("first")), patient->firstName);
                    QTest::keyClicks(form->field(QStringLiteral("last")), patient->lastName);
                    QTest::keyClicks(form->field(QStringLiteral("dob")),
                        patient->dateOfBirth.toString(QStringLiteral("MM/dd/yyyy")));
                    QTest::keyClicks(form->field(QStringLiteral("phone")), QStringLiteral("617-555-0142"));
                    ok = save(registration, outDir + QStringLiteral("/registration.png")) && ok;
                    registration->reject();
                }
            }
        }
        ok = spanishPictures(store, clock, center, ready, outDir) && ok;
        QApplication::setActiveWindow(&window);
        window.showPage(1);
        ok = save(&window, outDir + QStringLiteral("/arrivals.png")) && ok;
        window.showPage(2);
        ok = save(&window, outDir + QStringLiteral("/roster.png")) && ok;
        Theme::apply(Theme::Mode::Dark);
        roster->reload();
        ok = save(&window, outDir + QStringLiteral("/roster-dark.png")) && ok;

        // The readiness queue of the coming week: what to put right, and whom to call, before the day.
        Theme::apply(Theme::Mode::Light);
        window.showPage(window.pages()->indexOf(window.readiness()));
        window.readiness()->table()->selectRow(0);
        ok = save(&window, outDir + QStringLiteral("/readiness.png")) && ok;

        // The desk's confirmation calls for the next two days, a few already made.
        if (const auto admin = store.accountByName(QStringLiteral("admin"))) {
            CallList calls(store, clock);
            const QDate tomorrow = CenterTime::localDate(center, clock.nowUtc()).addDays(1);
            const QList<CallListRow> rows = calls.build(*admin, center, tomorrow, 2).rows;
            const CallOutcome outcomes[] = {CallOutcome::LeftMessage, CallOutcome::Confirmed,
                CallOutcome::NoAnswer, CallOutcome::Confirmed, CallOutcome::Confirmed};
            for (int i = 0; i < std::min(qsizetype(std::size(outcomes)), rows.size()); ++i)
                ReminderService(store, clock).recordCall(rows.at(i).appointment.id, outcomes[i], *admin);
        }
        window.calls()->reload();
        window.showPage(window.pages()->indexOf(window.calls()));
        window.calls()->table()->selectRow(0);
        ok = save(&window, outDir + QStringLiteral("/calls.png")) && ok;

        // Left alone, the window locks over the patients; then the admin's audit page.
        Theme::apply(Theme::Mode::Light);
        window.lockNow();
        ok = save(&window, outDir + QStringLiteral("/lock.png")) && ok;
        window.switchUser();
        if (!signIn(QStringLiteral("admin")) || !window.audit())
            return 1;
        if (auto *openAudit = window.findChild<QAction *>(QStringLiteral("auditAction")))
            openAudit->trigger();
        ok = save(&window, outDir + QStringLiteral("/audit.png")) && ok;

        // The manager's reports over the demo's week: yesterday's day played out and this morning's.
        if (auto *openReports = window.findChild<QAction *>(QStringLiteral("reportsAction")))
            openReports->trigger();
        if (ReportsView *reports = window.reports()) {
            reports->choose(ReportKind::Utilization, summary.date.addDays(-6), summary.date);
            ok = save(&window, outDir + QStringLiteral("/reports.png")) && ok;
            reports->choose(ReportKind::Starts, summary.date.addDays(-6), summary.date);
            ok = save(&window, outDir + QStringLiteral("/reports-starts.png")) && ok;
        }

        // The admin's center settings, the center's page and the users'.
        if (const auto admin = store.accountByName(QStringLiteral("admin"))) {
            // Reminders set up as a center would: its mail server and gateway, two moments, both channels.
            ReminderService reminders(store, clock);
            ReminderTransport servers;
            servers.smtp.host = QStringLiteral("mail.harbor-infusion.example");
            servers.smtp.user = QStringLiteral("reminders");
            servers.smtp.from = QStringLiteral("reminders@harbor-infusion.example");
            servers.sms.url = QStringLiteral("https://sms.gateway.example/v1/messages");
            reminders.configureTransport(servers, *admin);
            ReminderPlan plan = reminders.plan(center.id, *admin);
            plan.enabled = true;
            plan.address = QStringLiteral("12 Harbor Street, Boston MA");
            reminders.configurePlan(plan, *admin);
        }
        window.openSettings();
        if (auto *settings = window.findChild<SettingsDialog *>()) {
            ok = save(settings, outDir + QStringLiteral("/settings.png")) && ok;
            settings->tabs()->setCurrentIndex(SettingsDialog::UsersTab);
            ok = save(settings, outDir + QStringLiteral("/settings-users.png")) && ok;
            if (auto *reminders = settings->findChild<RemindersTab *>()) {
                settings->tabs()->setCurrentWidget(reminders);
                ok = save(settings, outDir + QStringLiteral("/settings-reminders.png")) && ok;
            }
            if (auto *nurses = settings->findChild<NursesTab *>()) {
                settings->tabs()->setCurrentWidget(nurses);
                ok = save(settings, outDir + QStringLiteral("/settings-nurses.png")) && ok;
            }
            settings->close();
        }
        ok = shootBackups(window, workspace, clock, outDir) && ok;

        // The pharmacy's afternoon: the nurse works through tomorrow's doses on the Pharmacy page. Some are
        // made, one bag was damaged, and the walk-in was offered a chair tomorrow morning after the cut-off.
        window.switchUser();
        if (!signIn(QStringLiteral("nurse.kim")) || !window.pharmacy())
            return 1;
        if (auto *openPharmacy = window.findChild<QAction *>(QStringLiteral("pharmacyAction")))
            openPharmacy->trigger();
        PharmacyView *pharmacy = window.pharmacy();
        const auto nurse = store.userByName(QStringLiteral("nurse.kim"));
        for (int row = 0; row < 6 && row < pharmacy->model()->rowCount(); ++row) {
            const qint64 id = pharmacy->model()->line(row).appointment.id;
            clock.set(CenterTime::utcAt(center, summary.date, 14 * 60 + 10 + row * 12));
            pharmacy->selectAppointment(id);
            if (auto *prepared = pharmacy->findChild<QPushButton *>(QStringLiteral("markPreparedButton")))
                prepared->click();
            if (row == 2 && nurse)
                DoseService(store, clock).markWasted(*nurse, id, QStringLiteral("bag damaged in transport"));
        }
        clock.set(CenterTime::utcAt(center, summary.date, 15 * 60 + 40));
        for (const auto &story : summary.stories) {
            const auto patient
                = story.code == QLatin1String("walk-in") ? store.patientByMrn(story.mrn) : std::nullopt;
            const auto therapy = store.therapyByName(QStringLiteral("vedolizumab"));
            if (!patient || !therapy)
                continue;
            BookingRequest request;
            request.patientId = patient->id;
            request.therapyId = therapy->id;
            request.centerId = center.id;
            request.startUtc = CenterTime::utcAt(center, summary.date.addDays(1), 9 * 60);
            request.user = QStringLiteral("desk.rivera");
            BookingService(store, clock).book(request);
        }
        pharmacy->reload();
        if (pharmacy->model()->rowCount() > 6)
            pharmacy->selectAppointment(pharmacy->model()->line(6).appointment.id);
        pharmacy->table()->setFocus();
        ok = save(&window, outDir + QStringLiteral("/pharmacy.png")) && ok;

        // The admin's Interfaces page after a morning of messages from the hospital's EHR: patients
        // registered and appointments booked, one message resent, two waiting for a mapping.
        window.switchUser();
        if (!signIn(QStringLiteral("admin")))
            return 1;
        if (const auto admin = store.userByName(QStringLiteral("admin"))) {
            InterfaceService interface(store, clock);
            clock.set(CenterTime::utcAt(center, summary.date, 7 * 60 + 40));
            const auto infliximab = store.therapyByName(QStringLiteral("infliximab"));
            const auto vedolizumab = store.therapyByName(QStringLiteral("vedolizumab"));
            interface.setMapping(*admin, MappingKind::Location, QStringLiteral("INFUSION"), center.id);
            if (infliximab)
                interface.setMapping(
                    *admin, MappingKind::Service, QStringLiteral("REMICADE"), infliximab->id);
            if (vedolizumab)
                interface.setMapping(
                    *admin, MappingKind::Service, QStringLiteral("ENTYVIO"), vedolizumab->id);
            const QString day = summary.date.addDays(3).toString(QStringLiteral("yyyyMMdd"));
            const auto message = [](const QStringList &segments) -> QByteArray {
                return segments.join(QLatin1Char('\r')).toUtf8() + '\r';
            };
            const auto adt = [&](const QString &control, const QString &mrn, const QString &name,
                                 const QString &dob) {
                return message(
                    {QStringLiteral("MSH|^~\\&|EPIC|MERCY|CHAIRSIDE|INF|20261202090000||ADT^A04|%1|P|2.5.1")
                            .arg(control),
                        QStringLiteral("EVN|A04|20261202090000"),
                        QStringLiteral(
                            "PID|1||%1^^^MERCY^MR||%2||%3|F|||40 Elm St^^Springfield^MA^01103||(413)555-0188")
                            .arg(mrn, name, dob),
                        QStringLiteral("PV1|1|O|INFUSION")});
            };
            const auto siu = [&](const QString &control, const QString &key, const QString &mrn,
                                 const QString &name, const QString &time, int minutes,
                                 const QString &location, const QString &service) {
                return message(
                    {QStringLiteral("MSH|^~\\&|EPIC|MERCY|CHAIRSIDE|INF|20261202090000||SIU^S12|%1|P|2.5.1")
                            .arg(control),
                        QStringLiteral("SCH||%1|||||%2||%3|min|^^%3^%4")
                                .arg(key, service)
                                .arg(minutes)
                                .arg(day + time)
                            + QStringLiteral("|").repeated(14) + QStringLiteral("Booked"),
                        QStringLiteral("PID|1||%1^^^MERCY^MR||%2||19680412|F").arg(mrn, name),
                        QStringLiteral("RGS|1"), QStringLiteral("AIS|1||%1").arg(service),
                        QStringLiteral("AIL|1||%1").arg(location)});
            };
            const QList<QByteArray> morning = {
                adt(QStringLiteral("MC40211"), QStringLiteral("MR88121"), QStringLiteral("Okafor^Grace"),
                    QStringLiteral("19680412")),
                siu(QStringLiteral("MC40212"), QStringLiteral("AP-55101"), QStringLiteral("MR88121"),
                    QStringLiteral("Okafor^Grace"), QStringLiteral("0900"), 120, QStringLiteral("INFUSION"),
                    QStringLiteral("REMICADE")),
                adt(QStringLiteral("MC40215"), QStringLiteral("MR88407"), QStringLiteral("Lindqvist^Henrik"),
                    QStringLiteral("19590903")),
                siu(QStringLiteral("MC40216"), QStringLiteral("AP-55108"), QStringLiteral("MR88407"),
                    QStringLiteral("Lindqvist^Henrik"), QStringLiteral("1000"), 30,
                    QStringLiteral("INFUSION"), QStringLiteral("ENTYVIO")),
                siu(QStringLiteral("MC40216"), QStringLiteral("AP-55108"), QStringLiteral("MR88407"),
                    QStringLiteral("Lindqvist^Henrik"), QStringLiteral("1000"), 30,
                    QStringLiteral("INFUSION"), QStringLiteral("ENTYVIO")),
                adt(QStringLiteral("MC40220"), QStringLiteral("MR88530"), QStringLiteral("Haddad^Samira"),
                    QStringLiteral("19770118")),
                siu(QStringLiteral("MC40221"), QStringLiteral("AP-55117"), QStringLiteral("MR88530"),
                    QStringLiteral("Haddad^Samira"), QStringLiteral("1100"), 120,
                    QStringLiteral("ONC 3 WEST"), QStringLiteral("REMICADE")),
                siu(QStringLiteral("MC40224"), QStringLiteral("AP-55120"), QStringLiteral("MR88121"),
                    QStringLiteral("Okafor^Grace"), QStringLiteral("1330"), 60, QStringLiteral("INFUSION"),
                    QStringLiteral("KEYTRUDA")),
                adt(QStringLiteral("MC40230"), QStringLiteral("MR88644"), QStringLiteral("Brennan^Thomas"),
                    QStringLiteral("19850627")),
            };
            qint64 firstQuarantined = 0;
            for (int i = 0; i < morning.size(); ++i) {
                clock.set(CenterTime::utcAt(center, summary.date, 8 * 60 + 12 + i * 17));
                const InterfaceReceipt receipt = interface.receive(*admin, morning.at(i),
                    InterfaceSource {InterfaceChannel::Mllp, QStringLiteral("10.20.4.17:51322")});
                if (receipt.state == InterfaceState::Quarantined && firstQuarantined == 0)
                    firstQuarantined = receipt.messageId;
            }
            clock.set(CenterTime::utcAt(center, summary.date, 15 * 60 + 40));
            if (auto *openInterfaces = window.findChild<QAction *>(QStringLiteral("interfacesAction")))
                openInterfaces->trigger();
            if (InterfacesView *page = window.interfaces()) {
                page->reload();
                page->setStateFilter(std::nullopt);
                page->selectMessage(firstQuarantined);
                page->table()->setFocus();
                ok = save(&window, outDir + QStringLiteral("/interfaces.png")) && ok;
                page->tabs()->setCurrentIndex(1);
                ok = save(&window, outDir + QStringLiteral("/interfaces-mappings.png")) && ok;
                page->tabs()->setCurrentIndex(0);
            }
        }

        // One simulated day under each slot policy (README, "A level day").
        ok = simulatedDay(SlotOffers::Earliest, outDir + QStringLiteral("/level-day-earliest.png")) && ok;
        ok = simulatedDay(SlotOffers::Level, outDir + QStringLiteral("/level-day-level.png")) && ok;

        // The first run on an empty file: each page of the set-up wizard, filled in as a new center would.
        Store empty(dir.filePath(QStringLiteral("new.sqlite")));
        Workspace fresh(empty, clock);
        fresh.setWatchInterval(0);
        SetupWizard wizard(fresh);
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            std::fprintf(stderr, "the wizard was never shown; its pictures may be blank\n");
        if (auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("centerNameField")))
            QTest::keyClicks(name, QStringLiteral("Lakeside Infusion Center"));
        if (auto *zone = wizard.findChild<QComboBox *>(QStringLiteral("timeZoneField")))
            zone->setCurrentText(QStringLiteral("America/Chicago"));
        if (auto *phone = wizard.findChild<QLineEdit *>(QStringLiteral("phoneField")))
            QTest::keyClicks(phone, QStringLiteral("(312) 555-0100"));
        for (const char *page : {"center", "hours", "chairs", "therapies", "policy", "admin"}) {
            if (QLatin1String(page) == QLatin1String("hours")) {
                if (auto *thursday = wizard.findChild<QLineEdit *>(QStringLiteral("hours_thu")))
                    thursday->setText(QStringLiteral("08:00-12:00, 13:00-20:00"));
            }
            ok = save(&wizard, outDir + QStringLiteral("/wizard-%1.png").arg(QLatin1String(page))) && ok;
            wizard.next();
        }
        return ok ? 0 : 1;
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
}
