#include "day/appointmentdetailsdialog.h"

#include "access/permission.h"
#include "checkin/checkinservice.h"
#include "checkin/noshowsweep.h"
#include "common/clock.h"
#include "common/error.h"
#include "model/appointmentstatus.h"
#include "scheduling/centertime.h"
#include "store/store.h"
#include "text/desktext.h"
#include "widgets/problembanner.h"
#include "widgets/statusbadge.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace chairside {

namespace {

QString outcomeWords(const QString &code)
{
    if (code == QLatin1String("admit"))
        return AppointmentDetailsDialog::tr("admit");
    if (code == QLatin1String("wait"))
        return AppointmentDetailsDialog::tr("wait");
    if (code == QLatin1String("reschedule"))
        return AppointmentDetailsDialog::tr("reschedule");
    if (code == QLatin1String("unidentified"))
        return AppointmentDetailsDialog::tr("not identified");
    return code;
}

QString roleWords(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return AppointmentDetailsDialog::tr("receptionist");
    case Role::Nurse:
        return AppointmentDetailsDialog::tr("nurse");
    case Role::Admin:
        return AppointmentDetailsDialog::tr("admin");
    }
    return {};
}

struct HistoryLine
{
    QDateTime atUtc;
    QString user;
    QString text;
};

} // namespace

AppointmentDetailsDialog::AppointmentDetailsDialog(
    Workspace &workspace, qint64 appointmentId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_appointmentId(appointmentId)
    , m_problem(new ProblemBanner(this))
    , m_patient(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_form(new QFormLayout)
    , m_therapy(new QLabel(this))
    , m_chair(new QLabel(this))
    , m_when(new QLabel(this))
    , m_doseIcon(new QLabel(this))
    , m_dose(new QLabel(this))
    , m_stamps(new QLabel(this))
    , m_historyList(new QTreeWidget(this))
    , m_hint(new QLabel(this))
    , m_start(new QPushButton(tr("&Start infusion"), this))
    , m_complete(new QPushButton(tr("&Complete"), this))
    , m_noShow(new QPushButton(tr("Mark &no-show"), this))
    , m_admitLate(new QPushButton(tr("&Admit late arrival…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Appointment"));
    buildLayout();
    connect(m_start, &QPushButton::clicked, this, &AppointmentDetailsDialog::startInfusion);
    connect(m_complete, &QPushButton::clicked, this, &AppointmentDetailsDialog::completeInfusion);
    connect(m_noShow, &QPushButton::clicked, this, &AppointmentDetailsDialog::markNoShow);
    connect(m_admitLate, &QPushButton::clicked, this, &AppointmentDetailsDialog::admitLate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Another desk may act on the same patient while this is open.
    connect(&m_workspace, &Workspace::everythingChanged, this, &AppointmentDetailsDialog::reload);
    connect(&m_workspace, &Workspace::appointmentChanged, this, [this](qint64 id) {
        if (id == m_appointmentId)
            reload();
    });
    connect(&m_workspace, &Workspace::userChanged, this, &AppointmentDetailsDialog::updateActions);
    reload();
    // The nurse's next step has the focus: Enter or Space does it.
    QPushButton *first = m_buttons->button(QDialogButtonBox::Close);
    for (QPushButton *action : {m_start, m_complete, m_noShow, m_admitLate}) {
        if (action->isEnabled()) {
            first = action;
            break;
        }
    }
    first->setFocus();
}

AppointmentDetailsDialog::~AppointmentDetailsDialog() = default;

AppointmentDetailsDialog *AppointmentDetailsDialog::openFor(
    Workspace &workspace, qint64 appointmentId, QWidget *parent)
{
    auto *dialog = new AppointmentDetailsDialog(workspace, appointmentId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void AppointmentDetailsDialog::buildLayout()
{
    const int line = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(line * 3 / 2, line * 3 / 2, line * 3 / 2, line);
    layout->setSpacing(line * 3 / 4);
    layout->addWidget(m_problem);

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setWeight(QFont::Bold);
    m_patient->setFont(big);
    m_patient->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_patient->setAccessibleName(tr("Patient"));
    QPalette muted = m_identity->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_identity->setPalette(muted);
    m_identity->setAccessibleName(tr("Identifiers"));

    QFont statusFont = font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.3);
    statusFont.setWeight(QFont::DemiBold);
    m_status->setFont(statusFont);
    m_status->setAccessibleName(tr("Status"));

    auto *header = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    names->setSpacing(line / 4);
    names->addWidget(m_patient);
    names->addWidget(m_identity);
    header->addLayout(names, 1);
    header->addSpacing(line);
    header->addWidget(m_statusIcon, 0, Qt::AlignVCenter);
    header->addWidget(m_status, 0, Qt::AlignVCenter);
    layout->addLayout(header);

    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setHorizontalSpacing(line * 3 / 2);
    m_form->setVerticalSpacing(line / 2);
    m_therapy->setAccessibleName(tr("Therapy"));
    m_chair->setAccessibleName(tr("Chair"));
    m_when->setAccessibleName(tr("Date and time"));
    m_dose->setAccessibleName(tr("Dose"));
    m_stamps->setAccessibleName(tr("Arrival and infusion times"));
    m_stamps->setWordWrap(true);
    auto *dose = new QHBoxLayout;
    dose->setSpacing(line / 3);
    dose->addWidget(m_doseIcon);
    dose->addWidget(m_dose, 1);
    m_form->addRow(tr("Therapy"), m_therapy);
    //: The infusion chair (recliner) of the appointment.
    m_form->addRow(tr("Chair"), m_chair);
    m_form->addRow(tr("When"), m_when);
    m_form->addRow(tr("Dose"), dose);
    m_form->addRow(tr("Times"), m_stamps);
    layout->addLayout(m_form);

    auto *historyTitle = new QLabel(tr("History"), this);
    QFont sectionFont = font();
    sectionFont.setWeight(QFont::DemiBold);
    historyTitle->setFont(sectionFont);
    layout->addSpacing(line / 3);
    layout->addWidget(historyTitle);
    m_historyList->setAccessibleName(tr("History"));
    m_historyList->setColumnCount(3);
    m_historyList->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_historyList->setRootIsDecorated(false);
    m_historyList->setAlternatingRowColors(true);
    m_historyList->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyList->setFocusPolicy(Qt::TabFocus);
    m_historyList->setWordWrap(true);
    m_historyList->setUniformRowHeights(false);
    m_historyList->setMinimumHeight(line * 7);
    m_historyList->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("30 Nov 00:00")) + line);
    m_historyList->setColumnWidth(1, fontMetrics().horizontalAdvance(QStringLiteral("desk.rivera")) + line);
    layout->addWidget(m_historyList, 1);

    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Why an action is not available"));
    m_hint->setPalette(muted);
    layout->addWidget(m_hint);

    m_start->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_complete->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_noShow->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_admitLate->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_start->setAccessibleName(tr("Start infusion"));
    m_complete->setAccessibleName(tr("Complete infusion"));
    m_noShow->setAccessibleName(tr("Mark no-show"));
    m_admitLate->setAccessibleName(tr("Admit late arrival"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_complete, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_noShow, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_admitLate, QDialogButtonBox::ActionRole);
    for (QPushButton *button : {m_start, m_complete, m_noShow, m_admitLate})
        button->setAutoDefault(false);
    layout->addWidget(m_buttons);

    setMinimumWidth(line * 40);
    resize(line * 50, line * 36);
}

QString AppointmentDetailsDialog::localTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    return DeskText::time(m_center, utc);
}

void AppointmentDetailsDialog::reload()
{
    Store &store = m_workspace.store();
    try {
        CheckInService service(store, m_workspace.clock());
        m_history = service.history(m_appointmentId, m_workspace.user());
        const Appointment &a = m_history.appointment;
        const auto center = store.center(a.centerId);
        m_center = center ? *center : m_workspace.center();
        const auto patient = store.patient(a.patientId);
        m_patientName = patient ? patient->displayName() : tr("Patient %1").arg(a.patientId);
        m_identity->setText(patient
                ? tr("MRN %1 · born %2")
                      .arg(patient->mrn,
                          QLocale().toString(patient->dateOfBirth, tr("d MMMM yyyy", "date format")))
                : QString());
        const auto therapy = store.therapy(a.therapyId);
        m_therapy->setText(tr("%1 · %n minutes", nullptr, a.minutes)
                               .arg(therapy ? therapy->displayName() : tr("therapy %1").arg(a.therapyId)));
        const auto chair = store.chair(a.chairId);
        m_chair->setText(chair ? StatusBadge::chairName(*chair) : tr("chair %1").arg(a.chairId));
        m_rescheduled = a.status == AppointmentStatus::Cancelled && store.replacementOf(a.id).has_value();
        m_loaded = true;
        m_problem->setMessage({});
    } catch (const Error &error) {
        m_loaded = false;
        m_problem->setMessage(tr("This appointment could not be read: %1").arg(error.message()));
    }
    fill();
    updateActions();
}

void AppointmentDetailsDialog::fill()
{
    if (!m_loaded)
        return;
    const Appointment &a = m_history.appointment;
    const QString statusText = StatusBadge::statusWords(a.status, m_rescheduled);
    setWindowTitle(tr("%1 — %2").arg(m_patientName, statusText));
    m_patient->setText(m_patientName);
    const int iconSize = fontMetrics().height() * 2;
    m_statusIcon->setPixmap(StatusBadge::statusIcon(a.status).pixmap(iconSize, iconSize));
    m_status->setText(statusText);

    const QDate day = CenterTime::localDate(m_center, a.startUtc);
    m_when->setText(tr("%1 · %2–%3")
                        .arg(QLocale().toString(day, tr("dddd d MMMM yyyy", "date format")),
                            localTime(a.startUtc), localTime(a.endUtc())));
    const int doseIcon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_doseIcon->setPixmap(StatusBadge::prepIcon(a.prep).pixmap(doseIcon, doseIcon));
    QString dose = StatusBadge::prepWords(a.prep);
    if (a.prep == PrepState::Ready && a.preparedAtUtc.isValid()) {
        const QDateTime prepared = CenterTime::toLocal(m_center, a.preparedAtUtc);
        dose = tr("%1 (prepared %2)")
                   .arg(dose,
                       prepared.date() == day
                           ? prepared.toString(QStringLiteral("HH:mm"))
                           : QLocale().toString(prepared, tr("d MMM HH:mm", "date format")));
    }
    m_dose->setText(dose);
    m_dose->setToolTip(StatusBadge::prepExplanation(a.prep));

    QStringList stamps;
    if (a.arrivedAtUtc.isValid())
        stamps << tr("arrived %1").arg(localTime(a.arrivedAtUtc));
    if (a.checkedInAtUtc.isValid())
        stamps << tr("checked in %1").arg(localTime(a.checkedInAtUtc));
    if (a.startedAtUtc.isValid())
        stamps << tr("infusion started %1").arg(localTime(a.startedAtUtc));
    if (a.completedAtUtc.isValid())
        stamps << tr("completed %1").arg(localTime(a.completedAtUtc));
    if (a.noShowFeeCents > 0) {
        stamps << tr("no-show fee %1")
                      .arg(QLocale(QLocale::English, QLocale::UnitedStates)
                               .toCurrencyString(double(a.noShowFeeCents) / 100.0));
    }
    m_stamps->setText(stamps.isEmpty() ? tr("not arrived yet") : stamps.join(QStringLiteral(" · ")));

    QList<HistoryLine> lines;
    for (const StatusChange &c : std::as_const(m_history.statusChanges)) {
        QString text = c.from ? tr("%1 → %2").arg(statusLabel(*c.from), statusLabel(c.to))
                              : tr("%1").arg(statusLabel(c.to));
        if (!c.reason.isEmpty())
            text = tr("%1 — %2").arg(text, c.reason);
        lines << HistoryLine {c.atUtc, c.user, text};
    }
    for (const CheckInRecord &r : std::as_const(m_history.decisions)) {
        QString text = tr("Desk decision: %1").arg(outcomeWords(r.outcome));
        if (!r.reasons.isEmpty())
            text = tr("%1 (%2)").arg(text, r.reasons.join(QStringLiteral(", ")));
        if (!r.identifiers.isEmpty())
            text = tr("%1, identified by %2").arg(text, r.identifiers);
        lines << HistoryLine {r.atUtc, r.user, text};
    }
    for (const OverrideRecord &o : std::as_const(m_history.overrides))
        lines << HistoryLine {o.atUtc, o.user, tr("Override %1: %2").arg(o.code, o.reason)};
    std::stable_sort(lines.begin(), lines.end(),
        [](const HistoryLine &x, const HistoryLine &y) { return x.atUtc < y.atUtc; });

    m_historyList->clear();
    for (const HistoryLine &l : std::as_const(lines)) {
        const QDateTime local = CenterTime::toLocal(m_center, l.atUtc);
        const QString when = local.date() == day
            ? local.toString(QStringLiteral("HH:mm"))
            : QLocale().toString(local, tr("d MMM HH:mm", "date format"));
        auto *item = new QTreeWidgetItem(m_historyList, {when, l.user, l.text});
        item->setToolTip(2, l.text);
    }
}

void AppointmentDetailsDialog::updateActions()
{
    const User &user = m_workspace.user();
    const bool nurse = roleMay(user.role, Permission::NurseCare);
    const bool mayOverride = roleMay(user.role, Permission::OverrideLate);
    const Appointment &a = m_history.appointment;
    const QDateTime now = m_workspace.clock().nowUtc();
    const bool waitingToStart
        = a.status == AppointmentStatus::Booked || a.status == AppointmentStatus::Arrived;
    const bool identified = std::any_of(m_history.decisions.cbegin(), m_history.decisions.cend(),
        [](const CheckInRecord &r) { return !r.identifiers.isEmpty(); });
    const bool today = CenterTime::localDate(m_center, a.startUtc) == CenterTime::localDate(m_center, now);
    const bool beyondGrace = now > a.startUtc.addSecs(qint64(m_center.policy.graceMinutes) * 60);

    QString roleProblem;
    if (!nurse)
        roleProblem
            = tr("You are signed in as %1 (%2); a nurse or an admin starts, completes and marks no-shows.")
                  .arg(user.name, roleWords(user.role));

    const auto set = [](QPushButton *button, bool enabled, const QString &whyNot) {
        button->setEnabled(enabled);
        button->setToolTip(enabled ? QString() : whyNot);
    };
    set(m_start, m_loaded && nurse && a.status == AppointmentStatus::CheckedIn,
        !nurse ? roleProblem
            : a.status == AppointmentStatus::InProgress
            ? tr("The infusion is already running.")
            : tr("An infusion starts once the desk has checked the patient in."));
    set(m_complete, m_loaded && nurse && a.status == AppointmentStatus::InProgress,
        !nurse ? roleProblem : tr("Only an infusion that is running can be completed."));
    set(m_noShow, m_loaded && nurse && waitingToStart && now >= a.startUtc,
        !nurse                ? roleProblem
            : !waitingToStart ? tr("Only a booked or arrived patient can be marked as a no-show.")
                              : tr("A patient can be marked as a no-show once their time has come."));
    const QString overrideWhyNot = !mayOverride ? tr("Only a nurse or an admin may admit a late arrival.")
        : !waitingToStart ? tr("Only a patient still waiting for their infusion can be admitted.")
        : !today          ? tr("A late arrival can be admitted only on the day of the appointment.")
        : !beyondGrace    ? tr("The patient is not late beyond the %n minutes' grace: the desk admits them.",
                 nullptr, m_center.policy.graceMinutes)
                          : tr("The desk must first confirm the patient's two identifiers at check-in.");
    set(m_admitLate, m_loaded && mayOverride && waitingToStart && today && beyondGrace && identified,
        overrideWhyNot);

    QString hint;
    if (!m_loaded)
        hint.clear();
    else if (!nurse)
        hint = roleProblem;
    else if (a.status == AppointmentStatus::Fulfilled)
        hint = tr("The infusion is done; nothing is left to do.");
    else if (a.status == AppointmentStatus::NoShow || a.status == AppointmentStatus::Cancelled
        || a.status == AppointmentStatus::EnteredInError)
        hint = tr("This appointment is closed; book a new one from the desk.");
    else if (waitingToStart && today && beyondGrace && !identified)
        hint = tr("The patient is late beyond the grace period. Once the desk has confirmed their identity, "
                  "you can admit them here if a chair is free for the whole infusion.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void AppointmentDetailsDialog::written()
{
    accept();
}

void AppointmentDetailsDialog::fail(const QString &title, const Error &error)
{
    QMessageBox::warning(this, title, error.message());
    reload();
}

void AppointmentDetailsDialog::startInfusion()
{
    try {
        CheckInService(m_workspace.store(), m_workspace.clock()).start(m_appointmentId, m_workspace.user());
    } catch (const Error &error) {
        fail(tr("The infusion could not be started"), error);
        return;
    }
    written();
}

void AppointmentDetailsDialog::completeInfusion()
{
    try {
        CheckInService(m_workspace.store(), m_workspace.clock())
            .complete(m_appointmentId, m_workspace.user());
    } catch (const Error &error) {
        fail(tr("The infusion could not be completed"), error);
        return;
    }
    written();
}

void AppointmentDetailsDialog::markNoShow()
{
    const QString fee = QLocale(QLocale::English, QLocale::UnitedStates)
                            .toCurrencyString(double(m_center.policy.noShowFeeCents) / 100.0);
    const auto answer = QMessageBox::question(this, tr("Mark as no-show"),
        tr("Mark %1 as a no-show? The center's fee of %2 is recorded and a dose the pharmacy prepared is "
           "written off. This cannot be undone.")
            .arg(m_patientName, fee),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    try {
        NoShowSweep(m_workspace.store(), m_workspace.clock()).mark(m_appointmentId, m_workspace.user());
    } catch (const Error &error) {
        fail(tr("The no-show could not be recorded"), error);
        return;
    }
    written();
}

void AppointmentDetailsDialog::admitLate()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Admit late arrival"),
        tr("%1 arrived after the grace period. Say why they can still have their infusion today — which "
           "chair "
           "is free until the end, and until when the dose is good:")
            .arg(m_patientName),
        {}, &ok);
    if (!ok)
        return;
    try {
        CheckInService(m_workspace.store(), m_workspace.clock())
            .override(m_appointmentId, {ReasonCode::LateBeyondGrace}, reason, m_workspace.user());
    } catch (const Error &error) {
        fail(tr("The late arrival could not be admitted"), error);
        return;
    }
    written();
}

} // namespace chairside
