#include "setup/settingsdialog.h"

#include "access/permission.h"
#include "auth/accountservice.h"
#include "common/clock.h"
#include "common/error.h"
#include "patients/patientservice.h"
#include "setup/backuptab.h"
#include "setup/centerdetailseditor.h"
#include "setup/hourseditor.h"
#include "setup/languagebox.h"
#include "setup/nursestab.h"
#include "setup/policyeditor.h"
#include "setup/reminderstab.h"
#include "setup/setupservice.h"
#include "store/store.h"
#include "widgets/fieldproblems.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <cmath>

namespace chairside {

namespace {

QTableWidget *listTable(const char *objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(objectName));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

QLabel *problemLine(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("tabProblem"));
    return label;
}

QPushButton *button(const char *objectName, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(objectName));
    return b;
}

QSpinBox *spin(const char *objectName, int minimum, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(objectName));
    box->setRange(minimum, maximum);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Center Settings — %1").arg(workspace.center().name));
    m_notice->setObjectName(QStringLiteral("settingsNotice"));
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_tabs->addTab(makeCenterTab(), tr("&Center"));
    //: The infusion chairs (recliners) and private suites of the center.
    m_tabs->addTab(makeChairsTab(), tr("C&hairs"));
    m_tabs->addTab(makeTherapiesTab(), tr("&Therapies"));
    m_tabs->addTab(makeUsersTab(), tr("&Users"));
    m_tabs->addTab(new RemindersTab(workspace, this), tr("&Reminders"));
    //: The tab of what the center's nurses can do and how slots are offered.
    m_tabs->addTab(new NursesTab(workspace, this), tr("&Nurses"));
    m_backupTab = new BackupTab(workspace, this);
    connect(m_backupTab, &BackupTab::noticed, m_notice, &QLabel::setText);
    m_tabs->addTab(m_backupTab, tr("&Backups"));
    // This workstation's own settings, kept on it rather than in the center's database.
    auto *workstation = new QWidget(this);
    auto *workstationLayout = new QVBoxLayout(workstation);
    workstationLayout->addWidget(new LanguageBox(workstation));
    workstationLayout->addStretch(1);
    //: The tab of this computer's own settings (its language), as against the center's.
    m_tabs->addTab(workstation, tr("&Workstation"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_notice, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    resize(920, 720);
    reload();
}

SettingsDialog::~SettingsDialog()
{
    for (FieldProblems *problems : {m_centerProblems, m_chairProblems, m_therapyProblems, m_userProblems})
        delete problems;
}

FieldProblems *SettingsDialog::problemsOf(Tab tab) const
{
    switch (tab) {
    case CenterTab:
        return m_centerProblems;
    case ChairsTab:
        return m_chairProblems;
    case TherapiesTab:
        return m_therapyProblems;
    case UsersTab:
        return m_userProblems;
    }
    return nullptr;
}

QString SettingsDialog::problem(Tab tab) const
{
    return problemsOf(tab)->message();
}

QString SettingsDialog::markedField(Tab tab) const
{
    return problemsOf(tab)->markedField();
}

QString SettingsDialog::notice() const
{
    return m_notice->text();
}

bool SettingsDialog::attempt(
    FieldProblems *problems, const std::function<void()> &change, const QString &done)
{
    problems->clear();
    m_notice->clear();
    try {
        change();
    } catch (const Error &error) {
        problems->show(error);
        return false;
    }
    m_notice->setText(done);
    return true;
}

// ---- The center ---------------------------------------------------------------------------------

QWidget *SettingsDialog::makeCenterTab()
{
    auto *tab = new QWidget(this);
    m_details = new CenterDetailsEditor(tab);
    m_hours = new HoursEditor(tab);
    m_policy = new PolicyEditor(tab);
    auto *content = new QWidget(tab);
    auto *column = new QVBoxLayout(content);
    const auto group = [&](const QString &title, QWidget *editor) {
        auto *box = new QGroupBox(title, content);
        auto *inner = new QVBoxLayout(box);
        inner->addWidget(editor);
        column->addWidget(box);
    };
    group(tr("Details"), m_details);
    // How new patients are numbered: the desk's "Assign next" gives the MRN after the highest on file.
    auto *numbering = new QWidget(content);
    m_mrnPattern = new QLineEdit(numbering);
    m_mrnPattern->setObjectName(QStringLiteral("mrnPatternField"));
    m_mrnPattern->setPlaceholderText(tr("e.g. CS-{000000}"));
    m_mrnPattern->setToolTip(tr("The text around one run of zeros in braces, one zero per digit"));
    m_mrnPattern->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_mrnPreview = new QLabel(numbering);
    m_mrnPreview->setObjectName(QStringLiteral("mrnPreview"));
    m_mrnPreview->setWordWrap(true);
    m_mrnPreview->setForegroundRole(QPalette::PlaceholderText);
    auto *numberingForm = new QFormLayout(numbering);
    numberingForm->setContentsMargins(0, 0, 0, 0);
    numberingForm->addRow(tr("&MRN pattern"), m_mrnPattern);
    numberingForm->addRow(QString(), m_mrnPreview);
    group(tr("Patients' record numbers"), numbering);
    group(tr("Opening hours"), m_hours);
    group(tr("Policy"), m_policy);
    column->addStretch(1);
    auto *scroll = new QScrollArea(tab);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *problem = problemLine(tab);
    auto *save = button("saveCenterButton", tr("&Save center"), tab);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(scroll, 1);
    layout->addWidget(problem);
    layout->addWidget(save, 0, Qt::AlignRight);
    m_centerProblems = new FieldProblems(problem);
    m_details->addFields(*m_centerProblems);
    m_hours->addFields(*m_centerProblems);
    m_policy->addFields(*m_centerProblems);
    m_centerProblems->add(QStringLiteral("pattern"), m_mrnPattern);
    connect(m_mrnPattern, &QLineEdit::textChanged, this, &SettingsDialog::showMrnPreview);
    connect(save, &QPushButton::clicked, this, &SettingsDialog::saveCenter);
    return tab;
}

void SettingsDialog::saveCenter()
{
    bool declined = false;
    attempt(
        m_centerProblems,
        [this, &declined] {
            Center center = m_details->applyTo(m_workspace.center());
            center.hours = m_hours->hours();
            center.policy = m_policy->policy();
            // Everything typed is checked before anything is written or asked.
            SetupService::validateCenter(center);
            const QString patternText = m_mrnPattern->text().trimmed();
            std::optional<MrnPattern> pattern;
            if (!patternText.isEmpty()) {
                pattern = MrnPattern::parse(patternText);
            } else if (!m_savedMrnPattern.isEmpty()) {
                throw Error::badData(QStringLiteral("pattern"),
                    tr("An MRN pattern once set can be changed but not removed; type one such as %1.")
                        .arg(m_savedMrnPattern));
            }
            if (!confirmTimeZone(center)) {
                declined = true;
                return;
            }
            const Center saved = SetupService(m_workspace.store(), m_workspace.clock())
                                     .updateCenter(m_workspace.user(), center);
            m_workspace.setCenter(saved);
            setWindowTitle(tr("Center Settings — %1").arg(saved.name));
            if (pattern && pattern->text() != m_savedMrnPattern) {
                m_savedMrnPattern = PatientService(m_workspace.store(), m_workspace.clock())
                                        .setMrnPattern(m_workspace.user(), patternText)
                                        .text();
                m_mrnPattern->setText(m_savedMrnPattern);
                showMrnPreview();
            }
        },
        tr("The center is saved."));
    if (declined)
        m_notice->setText(tr("Nothing was saved: the time zone stays %1.")
                              .arg(QString::fromUtf8(m_workspace.center().timeZoneId)));
}

bool SettingsDialog::confirmTimeZone(const Center &changed)
{
    const Center &was = m_workspace.center();
    if (changed.timeZoneId == was.timeZoneId)
        return true;
    // The appointments still ahead (those that hold their chair and have not ended).
    const QDateTime now = m_workspace.clock().nowUtc();
    const QList<Appointment> holds
        = m_workspace.store().chairHoldsAtCenter(was.id, now.addDays(-1), now.addYears(5));
    int ahead = 0;
    QDateTime first;
    for (const Appointment &a : holds) {
        if (a.endUtc() > now && ahead++ == 0)
            first = a.startUtc;
    }
    if (ahead == 0)
        return true;
    const QTimeZone oldZone(was.timeZoneId);
    const QTimeZone newZone(changed.timeZoneId);
    const QString format = tr("ddd d MMM, HH:mm", "date format");
    const QString wasAt = QLocale().toString(first.toTimeZone(oldZone), format);
    const QString willBeAt = QLocale().toString(first.toTimeZone(newZone), format);
    const QString wasZone = QString::fromUtf8(was.timeZoneId);
    const QString newZoneName = QString::fromUtf8(changed.timeZoneId);
    const QString moved = ahead == 1
        ? tr("One appointment from now on keeps its moment in time but will show at another local time: "
             "%1 in %2 will show as %3 in %4.")
              .arg(wasAt, wasZone, willBeAt, newZoneName)
        : tr("%1 appointments from now on keep their moment in time but will show at other local times. "
             "The first, %2 in %3, will show as %4 in %5.")
              .arg(QString::number(ahead), wasAt, wasZone, willBeAt, newZoneName);
    QMessageBox box(QMessageBox::Warning, tr("Change the center's time zone?"),
        moved
            + tr(" Patients were given the old times on their slips: check these appointments and call "
                 "the patients whose time changes."),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("timeZoneConfirm"));
    QPushButton *change = box.addButton(tr("&Change time zone"), QMessageBox::AcceptRole);
    change->setObjectName(QStringLiteral("changeTimeZoneButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == change;
}

QString SettingsDialog::mrnPreview() const
{
    return m_mrnPreview->text();
}

void SettingsDialog::showMrnPreview()
{
    const QString text = m_mrnPattern->text().trimmed();
    if (text.isEmpty()) {
        m_mrnPreview->setText(m_savedMrnPattern.isEmpty()
                ? tr("No pattern: the desk types each new patient's MRN.")
                : tr("Type a pattern; the one set is %1.").arg(m_savedMrnPattern));
        return;
    }
    try {
        const MrnPattern pattern = MrnPattern::parse(text);
        const QString next = PatientService(m_workspace.store(), m_workspace.clock()).nextMrn(pattern);
        m_mrnPreview->setText(pattern.text() == m_savedMrnPattern
                ? tr("The next patient registered gets %1.").arg(next)
                : tr("Once saved, the next patient registered gets %1.").arg(next));
    } catch (const Error &error) {
        m_mrnPreview->setText(error.message());
    }
}

// ---- Chairs -------------------------------------------------------------------------------------

QWidget *SettingsDialog::makeChairsTab()
{
    auto *tab = new QWidget(this);
    m_chairs = listTable("chairList", {tr("Label"), tr("Kind"), tr("In use")}, tab);
    m_chairs->setAccessibleName(tr("The center's chairs"));
    m_chairLabel = new QLineEdit(tab);
    m_chairLabel->setObjectName(QStringLiteral("chairLabelField"));
    m_chairKind = new QComboBox(tab);
    m_chairKind->setObjectName(QStringLiteral("chairKindField"));
    m_chairKind->addItem(tr("chair"), Chair::kindName(Chair::Kind::Chair));
    m_chairKind->addItem(tr("private suite"), Chair::kindName(Chair::Kind::Suite));
    m_chairActive = new QCheckBox(tr("In &use (bookable)"), tab);
    m_chairActive->setObjectName(QStringLiteral("chairActiveField"));
    m_chairActive->setChecked(true);
    m_saveChair = button("saveChairButton", tr("&Save chair"), tab);
    auto *add = button("addChairButton", tr("&Add as new chair"), tab);
    auto *form = new QFormLayout;
    form->addRow(tr("&Label"), m_chairLabel);
    form->addRow(tr("&Kind"), m_chairKind);
    form->addRow(QString(), m_chairActive);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveChair);
    buttons->addWidget(add);
    buttons->addStretch(1);
    auto *problem = problemLine(tab);
    auto *note = new QLabel(tr("Select a chair to change it, or type a label and add a new one. A chair "
                               "taken out of use keeps its history and offers no new slots."),
        tab);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_chairs, 1);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addLayout(buttons);
    m_chairProblems = new FieldProblems(problem);
    m_chairProblems->add(QStringLiteral("label"), m_chairLabel);
    m_chairProblems->add(QStringLiteral("kind"), m_chairKind);
    m_chairProblems->add(QStringLiteral("active"), m_chairActive);
    connect(m_chairs, &QTableWidget::itemSelectionChanged, this, &SettingsDialog::showChair);
    connect(m_saveChair, &QPushButton::clicked, this, [this] { saveChair(false); });
    connect(add, &QPushButton::clicked, this, [this] { saveChair(true); });
    return tab;
}

void SettingsDialog::showChair()
{
    const int row = m_chairs->currentRow();
    m_saveChair->setEnabled(row >= 0 && row < m_chairList.size());
    if (row < 0 || row >= m_chairList.size())
        return;
    const Chair &chair = m_chairList.at(row);
    m_chairLabel->setText(chair.label);
    m_chairKind->setCurrentIndex(chair.kind == Chair::Kind::Suite ? 1 : 0);
    m_chairActive->setChecked(chair.active);
}

void SettingsDialog::saveChair(bool asNew)
{
    const int row = m_chairs->currentRow();
    if (!asNew && (row < 0 || row >= m_chairList.size()))
        return;
    Chair chair = asNew ? Chair {} : m_chairList.at(row);
    chair.centerId = m_workspace.center().id;
    chair.label = m_chairLabel->text();
    chair.kind = SetupService::chairKindNamed(m_chairKind->currentData().toString());
    chair.active = m_chairActive->isChecked();
    Chair saved;
    const bool ok = attempt(
        m_chairProblems,
        [&] {
            SetupService service(m_workspace.store(), m_workspace.clock());
            saved = asNew ? service.addChair(m_workspace.user(), chair)
                          : service.updateChair(m_workspace.user(), chair);
        },
        asNew ? tr("%1 %2 is added.").arg(Chair::kindLabel(chair.kind), chair.label.trimmed())
              : tr("%1 %2 is saved.").arg(Chair::kindLabel(chair.kind), chair.label.trimmed()));
    if (!ok)
        return;
    reload();
    for (int i = 0; i < m_chairList.size(); ++i) {
        if (m_chairList.at(i).id == saved.id)
            m_chairs->selectRow(i);
    }
}

// ---- Therapies ----------------------------------------------------------------------------------

QWidget *SettingsDialog::makeTherapiesTab()
{
    auto *tab = new QWidget(this);
    m_therapies = listTable("therapyList",
        {tr("Therapy"), tr("Brand"), tr("Minutes"), tr("Every (weeks)"), tr("Compounded"),
            tr("Usable (hours)"), tr("Dose cost")},
        tab);
    m_therapies->setAccessibleName(tr("The therapies the center infuses"));
    m_therapyName = new QLineEdit(tab);
    m_therapyName->setObjectName(QStringLiteral("therapyNameField"));
    m_therapyBrand = new QLineEdit(tab);
    m_therapyBrand->setObjectName(QStringLiteral("therapyBrandField"));
    m_therapyMinutes = spin("therapyMinutesField", 0, SetupService::kMostInfusionMinutes, tab);
    m_therapyMinutes->setSuffix(tr(" min"));
    m_therapyMinutes->setValue(60);
    m_therapyInterval = spin("therapyIntervalField", 0, SetupService::kMostIntervalWeeks, tab);
    m_therapyInterval->setSuffix(tr(" weeks"));
    m_therapyInterval->setSpecialValueText(tr("no regular interval"));
    m_therapyCompounded = new QCheckBox(tr("Compounded for one patient by the &pharmacy"), tab);
    m_therapyCompounded->setObjectName(QStringLiteral("therapyCompoundedField"));
    m_therapyCompounded->setChecked(true);
    m_therapyBeyondUse = spin("therapyBeyondUseField", 0, SetupService::kMostBeyondUseHours, tab);
    m_therapyBeyondUse->setSuffix(tr(" hours"));
    m_therapyBeyondUse->setValue(SetupService::kDefaultBeyondUseHours);
    m_therapyCost = new QDoubleSpinBox(tab);
    m_therapyCost->setObjectName(QStringLiteral("therapyCostField"));
    m_therapyCost->setDecimals(2);
    m_therapyCost->setRange(0, SetupService::kMostDrugCostCents / 100.0);
    m_therapyCost->setPrefix(tr("$"));
    m_therapyCost->setSpecialValueText(tr("not set"));
    m_therapyCost->setToolTip(tr("What one dose costs the center: the reports price wasted doses with it"));
    m_saveTherapy = button("saveTherapyButton", tr("&Save therapy"), tab);
    auto *add = button("addTherapyButton", tr("&Add as new therapy"), tab);
    auto *form = new QFormLayout;
    form->addRow(tr("Generic &name"), m_therapyName);
    form->addRow(tr("&Brand"), m_therapyBrand);
    form->addRow(tr("Chair &time"), m_therapyMinutes);
    form->addRow(tr("Dosing &interval"), m_therapyInterval);
    form->addRow(QString(), m_therapyCompounded);
    form->addRow(tr("Dose usable &for"), m_therapyBeyondUse);
    form->addRow(tr("Dose c&ost"), m_therapyCost);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveTherapy);
    buttons->addWidget(add);
    buttons->addStretch(1);
    auto *problem = problemLine(tab);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_therapies, 1);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addLayout(buttons);
    m_therapyProblems = new FieldProblems(problem);
    m_therapyProblems->add(QStringLiteral("name"), m_therapyName);
    m_therapyProblems->add(QStringLiteral("minutes"), m_therapyMinutes);
    m_therapyProblems->add(QStringLiteral("interval-weeks"), m_therapyInterval);
    m_therapyProblems->add(QStringLiteral("beyond-use-hours"), m_therapyBeyondUse);
    m_therapyProblems->add(QStringLiteral("drug-cost-cents"), m_therapyCost);
    connect(m_therapyCompounded, &QCheckBox::toggled, m_therapyBeyondUse, &QWidget::setEnabled);
    connect(m_therapies, &QTableWidget::itemSelectionChanged, this, &SettingsDialog::showTherapy);
    connect(m_saveTherapy, &QPushButton::clicked, this, [this] { saveTherapy(false); });
    connect(add, &QPushButton::clicked, this, [this] { saveTherapy(true); });
    return tab;
}

void SettingsDialog::showTherapy()
{
    const int row = m_therapies->currentRow();
    m_saveTherapy->setEnabled(row >= 0 && row < m_therapyList.size());
    if (row < 0 || row >= m_therapyList.size())
        return;
    const Therapy &t = m_therapyList.at(row);
    m_therapyName->setText(t.name);
    m_therapyBrand->setText(t.brand);
    m_therapyMinutes->setValue(t.defaultMinutes);
    m_therapyInterval->setValue(t.intervalWeeks);
    m_therapyCompounded->setChecked(t.compounded);
    m_therapyBeyondUse->setValue(t.beyondUseHours);
    m_therapyCost->setValue(t.drugCostCents / 100.0);
}

void SettingsDialog::saveTherapy(bool asNew)
{
    const int row = m_therapies->currentRow();
    if (!asNew && (row < 0 || row >= m_therapyList.size()))
        return;
    Therapy therapy = asNew ? Therapy {} : m_therapyList.at(row);
    therapy.name = m_therapyName->text();
    therapy.brand = m_therapyBrand->text();
    therapy.defaultMinutes = m_therapyMinutes->value();
    therapy.intervalWeeks = m_therapyInterval->value();
    therapy.compounded = m_therapyCompounded->isChecked();
    therapy.beyondUseHours = therapy.compounded ? m_therapyBeyondUse->value() : 0;
    therapy.drugCostCents = int(std::lround(m_therapyCost->value() * 100));
    Therapy saved;
    const bool ok = attempt(
        m_therapyProblems,
        [&] {
            SetupService service(m_workspace.store(), m_workspace.clock());
            saved = asNew ? service.addTherapy(m_workspace.user(), therapy)
                          : service.updateTherapy(m_workspace.user(), therapy);
        },
        asNew ? tr("%1 is added.").arg(therapy.name.trimmed())
              : tr("%1 is saved.").arg(therapy.name.trimmed()));
    if (!ok)
        return;
    reload();
    for (int i = 0; i < m_therapyList.size(); ++i) {
        if (m_therapyList.at(i).id == saved.id)
            m_therapies->selectRow(i);
    }
}

// ---- Users --------------------------------------------------------------------------------------

QWidget *SettingsDialog::makeUsersTab()
{
    auto *tab = new QWidget(this);
    //: The centers a member of staff works at.
    m_users = listTable("userList", {tr("User"), tr("Role"), tr("State"), tr("Works at")}, tab);
    m_users->setAccessibleName(tr("The staff's accounts"));
    m_userName = new QLineEdit(tab);
    m_userName->setObjectName(QStringLiteral("userNameField"));
    m_userRole = new QComboBox(tab);
    m_userRole->setObjectName(QStringLiteral("userRoleField"));
    for (const Role role : {Role::Receptionist, Role::Nurse, Role::Admin})
        m_userRole->addItem(roleLabel(role), int(role));
    m_userPassword = new QLineEdit(tab);
    m_userPassword->setObjectName(QStringLiteral("userPasswordField"));
    m_userPassword->setEchoMode(QLineEdit::Password);
    m_userRepeat = new QLineEdit(tab);
    m_userRepeat->setObjectName(QStringLiteral("userRepeatField"));
    m_userRepeat->setEchoMode(QLineEdit::Password);
    // Where the user works: every center (today's and any added later), or the ones ticked.
    m_userCenters = new QListWidget(tab);
    m_userCenters->setObjectName(QStringLiteral("userCentersField"));
    m_userCenters->setAccessibleName(tr("Centers the user works at"));
    m_userCenters->setMaximumHeight(m_userCenters->fontMetrics().height() * 6);
    auto *form = new QFormLayout;
    form->addRow(tr("User &name"), m_userName);
    form->addRow(tr("&Role"), m_userRole);
    form->addRow(tr("&Password"), m_userPassword);
    form->addRow(tr("Password a&gain"), m_userRepeat);
    form->addRow(tr("Wor&ks at"), m_userCenters);
    auto *add = button("addUserButton", tr("&Add user"), tab);
    auto *role = button("changeRoleButton", tr("Change r&ole"), tab);
    m_activeButton = button("userActiveButton", tr("&Disable"), tab);
    auto *reset = button("resetPasswordButton", tr("Reset pass&word"), tab);
    m_unlockButton = button("unlockUserButton", tr("Un&lock"), tab);
    auto *centers = button("saveUserCentersButton", tr("Sa&ve centers"), tab);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, role, centers, m_activeButton, reset, m_unlockButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *note = new QLabel(tr("To add a user, give a name, a role and a first password (at least %1 "
                               "characters) the user changes later. To change one, select it: the role, the "
                               "centers they work at, a new password, or its state. Accounts are disabled, "
                               "never deleted. Admins work at every center.")
                                .arg(AccountService::kMinimumPasswordLength),
        tab);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *problem = problemLine(tab);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_users, 1);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addLayout(buttons);
    m_userProblems = new FieldProblems(problem);
    m_userProblems->add(QStringLiteral("name"), m_userName);
    m_userProblems->add(QStringLiteral("role"), m_userRole);
    m_userProblems->add(QStringLiteral("password"), m_userPassword);
    m_userProblems->add(QStringLiteral("repeat"), m_userRepeat);
    m_userProblems->add(QStringLiteral("center"), m_userCenters);
    connect(m_users, &QTableWidget::itemSelectionChanged, this, &SettingsDialog::showUser);
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addUser);
    connect(role, &QPushButton::clicked, this, &SettingsDialog::changeRole);
    connect(m_activeButton, &QPushButton::clicked, this, &SettingsDialog::setUserActive);
    connect(reset, &QPushButton::clicked, this, &SettingsDialog::resetPassword);
    connect(m_unlockButton, &QPushButton::clicked, this, &SettingsDialog::unlockUser);
    connect(centers, &QPushButton::clicked, this, &SettingsDialog::saveUserCenters);
    connect(m_userCenters, &QListWidget::itemChanged, this, &SettingsDialog::followEveryCenter);
    connect(m_userRole, &QComboBox::currentIndexChanged, this, &SettingsDialog::followEveryCenter);
    return tab;
}

std::optional<User> SettingsDialog::selectedUser() const
{
    const int row = m_users->currentRow();
    if (row < 0 || row >= m_userList.size())
        return std::nullopt;
    return m_userList.at(row);
}

void SettingsDialog::showUser()
{
    const auto user = selectedUser();
    if (!user)
        return;
    m_userName->setText(user->name);
    m_userRole->setCurrentIndex(m_userRole->findData(int(user->role)));
    m_userPassword->clear();
    m_userRepeat->clear();
    m_activeButton->setText(user->active ? tr("&Disable") : tr("&Enable"));
    m_unlockButton->setEnabled(user->isLockedAt(m_workspace.clock().nowUtc()));
    showUserCenters(*user);
}

void SettingsDialog::showUserCenters(const User &user)
{
    const QSignalBlocker quiet(m_userCenters);
    m_userCenters->clear();
    auto *every = new QListWidgetItem(tr("Every center, and any added later"), m_userCenters);
    every->setData(Qt::UserRole, qint64(0));
    every->setCheckState(user.allCenters || user.role == Role::Admin ? Qt::Checked : Qt::Unchecked);
    for (const Center &center : std::as_const(m_centerList)) {
        auto *item = new QListWidgetItem(center.name, m_userCenters);
        item->setData(Qt::UserRole, center.id);
        item->setCheckState(
            !user.allCenters && user.centerIds.contains(center.id) ? Qt::Checked : Qt::Unchecked);
    }
    followEveryCenter();
}

void SettingsDialog::followEveryCenter()
{
    if (m_userCenters->count() == 0)
        return;
    const QSignalBlocker quiet(m_userCenters);
    QListWidgetItem *every = m_userCenters->item(0);
    const bool admin = Role(m_userRole->currentData().toInt()) == Role::Admin;
    if (admin)
        every->setCheckState(Qt::Checked);
    every->setFlags(admin ? Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    const bool all = every->checkState() == Qt::Checked;
    for (int row = 1; row < m_userCenters->count(); ++row) {
        QListWidgetItem *item = m_userCenters->item(row);
        item->setFlags(all ? Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    }
}

bool SettingsDialog::everyCenterChecked() const
{
    return m_userCenters->count() == 0 || m_userCenters->item(0)->checkState() == Qt::Checked;
}

QList<qint64> SettingsDialog::checkedCenters() const
{
    QList<qint64> ids;
    for (int row = 1; row < m_userCenters->count(); ++row) {
        if (m_userCenters->item(row)->checkState() == Qt::Checked)
            ids << m_userCenters->item(row)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void SettingsDialog::saveUserCenters()
{
    const auto user = selectedUser();
    if (!user) {
        m_userProblems->show(QString(), tr("Select the user whose centers change."));
        return;
    }
    const bool all = everyCenterChecked();
    const QList<qint64> ids = checkedCenters();
    if (attempt(
            m_userProblems,
            [&] {
                AccountService(m_workspace.store(), m_workspace.clock())
                    .setCenters(m_workspace.user(), user->id, all, ids);
            },
            all ? tr("%1 works at every center.").arg(user->name)
                //: %n is how many centers.
                : tr("%1 works at %n center(s).", nullptr, int(ids.size())).arg(user->name)))
        reload();
}

void SettingsDialog::addUser()
{
    const QString name = m_userName->text().trimmed();
    const auto role = Role(m_userRole->currentData().toInt());
    if (m_userPassword->text() != m_userRepeat->text()) {
        m_userProblems->show(
            QStringLiteral("repeat"), tr("The two passwords differ. Type the same password twice."));
        return;
    }
    const bool all = everyCenterChecked();
    const QList<qint64> ids = checkedCenters();
    if (attempt(
            m_userProblems,
            [&] {
                AccountService accounts(m_workspace.store(), m_workspace.clock());
                if (!all && role != Role::Admin && ids.isEmpty()) {
                    throw Error::badData(QStringLiteral("center"),
                        tr("Tick the centers %1 works at, or every center.").arg(name));
                }
                const User added = accounts.addUser(m_workspace.user(), name, role, m_userPassword->text());
                if (!all && role != Role::Admin)
                    accounts.setCenters(m_workspace.user(), added.id, false, ids);
            },
            tr("%1 is added as %2.").arg(name, roleLabel(role)))) {
        m_userPassword->clear();
        m_userRepeat->clear();
        reload();
    }
}

void SettingsDialog::changeRole()
{
    const auto user = selectedUser();
    if (!user) {
        m_userProblems->show(QString(), tr("Select the user whose role changes."));
        return;
    }
    const auto role = Role(m_userRole->currentData().toInt());
    if (attempt(
            m_userProblems,
            [&] {
                AccountService(m_workspace.store(), m_workspace.clock())
                    .setRole(m_workspace.user(), user->id, role);
            },
            tr("%1 is now %2.").arg(user->name, roleLabel(role))))
        reload();
}

void SettingsDialog::setUserActive()
{
    const auto user = selectedUser();
    if (!user) {
        m_userProblems->show(QString(), tr("Select the user to disable or enable."));
        return;
    }
    if (attempt(
            m_userProblems,
            [&] {
                AccountService(m_workspace.store(), m_workspace.clock())
                    .setActive(m_workspace.user(), user->id, !user->active);
            },
            user->active ? tr("%1 is disabled.").arg(user->name) : tr("%1 is enabled.").arg(user->name)))
        reload();
}

void SettingsDialog::resetPassword()
{
    const auto user = selectedUser();
    if (!user) {
        m_userProblems->show(QString(), tr("Select the user whose password is reset."));
        return;
    }
    if (m_userPassword->text() != m_userRepeat->text()) {
        m_userProblems->show(
            QStringLiteral("repeat"), tr("The two passwords differ. Type the same password twice."));
        return;
    }
    if (attempt(
            m_userProblems,
            [&] {
                AccountService(m_workspace.store(), m_workspace.clock())
                    .setPassword(m_workspace.user(), user->id, m_userPassword->text());
            },
            tr("%1 has a new password.").arg(user->name))) {
        m_userPassword->clear();
        m_userRepeat->clear();
        reload();
    }
}

void SettingsDialog::unlockUser()
{
    const auto user = selectedUser();
    if (!user) {
        m_userProblems->show(QString(), tr("Select the user to unlock."));
        return;
    }
    if (attempt(
            m_userProblems,
            [&] {
                AccountService(m_workspace.store(), m_workspace.clock())
                    .unlockAccount(m_workspace.user(), user->id);
            },
            tr("%1 may sign in again.").arg(user->name)))
        reload();
}

// ---- Reading ------------------------------------------------------------------------------------

void SettingsDialog::reload()
{
    try {
        Store &store = m_workspace.store();
        if (const auto center = store.center(m_workspace.center().id)) {
            m_details->setCenter(*center);
            m_hours->setHours(center->hours);
            m_policy->setPolicy(center->policy);
        }
        const auto pattern = PatientService(store, m_workspace.clock()).mrnPattern();
        m_savedMrnPattern = pattern ? pattern->text() : QString();
        m_mrnPattern->setText(m_savedMrnPattern);
        showMrnPreview();
        m_chairList = store.chairs(m_workspace.center().id, false);
        m_chairs->setRowCount(int(m_chairList.size()));
        for (int row = 0; row < m_chairList.size(); ++row) {
            const Chair &c = m_chairList.at(row);
            m_chairs->setItem(row, 0, cell(c.label));
            m_chairs->setItem(row, 1, cell(c.kind == Chair::Kind::Suite ? tr("private suite") : tr("chair")));
            m_chairs->setItem(row, 2, cell(c.active ? tr("yes") : tr("no, out of use")));
        }
        m_therapyList = store.therapies();
        m_therapies->setRowCount(int(m_therapyList.size()));
        for (int row = 0; row < m_therapyList.size(); ++row) {
            const Therapy &t = m_therapyList.at(row);
            m_therapies->setItem(row, 0, cell(t.name));
            m_therapies->setItem(row, 1, cell(t.brand));
            m_therapies->setItem(row, 2, cell(QString::number(t.defaultMinutes)));
            m_therapies->setItem(
                row, 3, cell(t.intervalWeeks > 0 ? QString::number(t.intervalWeeks) : tr("—")));
            m_therapies->setItem(row, 4, cell(t.compounded ? tr("yes") : tr("no")));
            m_therapies->setItem(row, 5, cell(t.compounded ? QString::number(t.beyondUseHours) : tr("—")));
            m_therapies->setItem(row, 6,
                cell(t.drugCostCents > 0 ? QLocale().toCurrencyString(t.drugCostCents / 100.0, tr("$"))
                                         : tr("—")));
        }
        m_centerList = store.centers();
        m_userList = AccountService(store, m_workspace.clock()).users(m_workspace.user());
        m_users->setRowCount(int(m_userList.size()));
        const QDateTime now = m_workspace.clock().nowUtc();
        for (int row = 0; row < m_userList.size(); ++row) {
            const User &u = m_userList.at(row);
            const QString state = !u.active ? tr("disabled")
                : u.isLockedAt(now)         ? tr("locked out")
                : !u.hasPassword            ? tr("no password yet")
                                            : tr("active");
            m_users->setItem(row, 0, cell(u.name));
            m_users->setItem(row, 1, cell(roleLabel(u.role)));
            m_users->setItem(row, 2, cell(state));
            QStringList worksAt;
            if (u.role != Role::Admin && !u.allCenters) {
                for (const Center &center : centersOf(u, m_centerList))
                    worksAt << center.name;
            }
            m_users->setItem(row, 3,
                cell(worksAt.isEmpty() && (u.role == Role::Admin || u.allCenters) ? tr("every center")
                        : worksAt.isEmpty()                                       ? tr("no center")
                                            : worksAt.join(QStringLiteral(", "))));
        }
        if (m_users->currentRow() < 0) {
            // Nobody selected: the form is for a new user, who works at every center unless ticked.
            User fresh;
            fresh.role = Role(m_userRole->currentData().toInt());
            showUserCenters(fresh);
        }
    } catch (const Error &error) {
        m_notice->setText(tr("Database problem: %1").arg(error.message()));
    }
    m_saveChair->setEnabled(m_chairs->currentRow() >= 0);
    m_saveTherapy->setEnabled(m_therapies->currentRow() >= 0);
    // The selected user's buttons follow what was just read (a lock-out may have begun meanwhile).
    showUser();
}

} // namespace chairside
