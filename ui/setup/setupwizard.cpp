#include "setup/setupwizard.h"

#include "auth/accountservice.h"
#include "common/error.h"
#include "setup/centerdetailseditor.h"
#include "setup/hourseditor.h"
#include "setup/policyeditor.h"
#include "setup/startertherapies.h"
#include "store/store.h"
#include "widgets/fieldproblems.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chairside {

namespace {

enum ChairColumn
{
    ChairLabelColumn,
    ChairKindColumn,
};

enum TherapyColumn
{
    NameColumn, ///< checkable: the center gives it
    BrandColumn,
    MinutesColumn,
    IntervalColumn,
    CompoundedColumn, ///< checkable
    BeyondUseColumn,
    TherapyColumns
};

QString suiteLabel(int index)
{
    return index < 26 ? QStringLiteral("Suite %1").arg(QChar(u'A' + index))
                      : QStringLiteral("Suite %1").arg(index + 1);
}

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// A number that applies to some therapies only: a dosing interval (0 for none) or how long a compounded
/// dose stays usable (none for what is not compounded). Where it does not apply the cell shows a dash,
/// not a 0 that reads as "every 0 weeks"; it stays editable, its editor holding the number.
class OptionalNumberItem final : public QTableWidgetItem
{
public:
    OptionalNumberItem(int value, bool followsCompounded)
        : m_followsCompounded(followsCompounded)
    {
        setData(Qt::EditRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    QVariant data(int role) const override
    {
        if (role == Qt::DisplayRole && !applies())
            return QCoreApplication::translate("SetupWizard", "—");
        return QTableWidgetItem::data(role);
    }

    QTableWidgetItem *clone() const override { return new OptionalNumberItem(*this); }

private:
    bool applies() const
    {
        if (QTableWidgetItem::data(Qt::EditRole).toInt() == 0)
            return false;
        if (!m_followsCompounded || !tableWidget())
            return true;
        const QTableWidgetItem *compounded = tableWidget()->item(row(), CompoundedColumn);
        return !compounded || compounded->checkState() == Qt::Checked;
    }

    bool m_followsCompounded;
};

} // namespace

SetupWizard::SetupWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up Chairside"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    try {
        m_createsAdmin = AccountService(workspace.store(), workspace.clock()).needsFirstAdmin();
    } catch (const Error &) {
        // The last page says what the store says when it is reached.
        m_createsAdmin = true;
    }
    setPage(CenterPage, makeCenterPage());
    setPage(HoursPage, makeHoursPage());
    setPage(ChairsPage, makeChairsPage());
    setPage(TherapiesPage, makeTherapiesPage());
    setPage(PolicyPage, makePolicyPage());
    setPage(AdminPage, makeAdminPage());
    setButtonText(
        QWizard::FinishButton, m_createsAdmin ? tr("&Create the center") : tr("&Set up the center"));
    resize(820, 640);
}

SetupWizard::~SetupWizard()
{
    for (FieldProblems *problems : {m_centerProblems, m_hoursProblems, m_chairProblems, m_therapyProblems,
             m_policyProblems, m_adminProblems})
        delete problems;
}

bool SetupWizard::isNeeded(Workspace &workspace)
{
    return workspace.store().centers().isEmpty();
}

QWizardPage *SetupWizard::makePage(
    const QString &title, const QString &subtitle, QWidget *content, FieldProblems *&problems)
{
    auto *result = new QWizardPage(this);
    result->setTitle(title);
    result->setSubTitle(subtitle);
    auto *layout = new QVBoxLayout(result);
    layout->addWidget(content);
    auto *problem = new QLabel(result);
    problem->setObjectName(QStringLiteral("pageProblem"));
    layout->addWidget(problem);
    problems = new FieldProblems(problem);
    return result;
}

QWizardPage *SetupWizard::makeCenterPage()
{
    m_details = new CenterDetailsEditor(this);
    QWizardPage *result = makePage(tr("The center"),
        tr("Welcome. This database has no center yet: a few pages set one up, and Chairside is ready to use. "
           "Everything can be changed later under Edit ▸ Center Settings."),
        m_details, m_centerProblems);
    m_details->addFields(*m_centerProblems);
    return result;
}

QWizardPage *SetupWizard::makeHoursPage()
{
    m_hours = new HoursEditor(this);
    m_hours->setHours(OpeningHours::parse(QStringLiteral("mon-fri 08:00-17:00")));
    QWizardPage *result = makePage(tr("Opening hours"),
        tr("Tick the days the center opens and give its hours, evenings and weekends too. A day with a break "
           "has two spans: 07:00-12:00, 13:00-21:00."),
        m_hours, m_hoursProblems);
    m_hours->addFields(*m_hoursProblems);
    return result;
}

QWizardPage *SetupWizard::makeChairsPage()
{
    auto *content = new QWidget(this);
    m_chairCount = new QSpinBox(content);
    m_chairCount->setObjectName(QStringLiteral("chairCount"));
    m_chairCount->setRange(0, 200);
    m_chairCount->setValue(12);
    m_suiteCount = new QSpinBox(content);
    m_suiteCount->setObjectName(QStringLiteral("suiteCount"));
    m_suiteCount->setRange(0, 50);
    m_suiteCount->setValue(0);
    m_chairs = new QTableWidget(0, 2, content);
    m_chairs->setObjectName(QStringLiteral("chairTable"));
    m_chairs->setAccessibleName(tr("Chairs and suites, with their labels"));
    m_chairs->setHorizontalHeaderLabels({tr("Label on the floor"), tr("Kind")});
    m_chairs->horizontalHeader()->setSectionResizeMode(ChairLabelColumn, QHeaderView::Stretch);
    m_chairs->verticalHeader()->hide();
    m_chairs->setAlternatingRowColors(true);
    auto *counts = new QFormLayout;
    counts->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    counts->addRow(tr("&Chairs"), m_chairCount);
    counts->addRow(tr("Private &suites"), m_suiteCount);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(counts);
    layout->addWidget(m_chairs, 1);
    connect(m_chairCount, &QSpinBox::valueChanged, this, &SetupWizard::resizeChairs);
    connect(m_suiteCount, &QSpinBox::valueChanged, this, &SetupWizard::resizeChairs);
    resizeChairs();
    QWizardPage *result = makePage(tr("Chairs and suites"),
        tr("How many infusion chairs and private suites the center has. Each gets a label as the staff call "
           "it "
           "on the floor; change any label by typing over it."),
        content, m_chairProblems);
    m_chairProblems->add(QStringLiteral("label"), m_chairs);
    m_chairProblems->add(QStringLiteral("chairs"), m_chairCount);
    return result;
}

void SetupWizard::resizeChairs()
{
    // Labels typed over are kept; rows are added or taken at the end of each kind.
    QStringList chairs;
    QStringList suites;
    for (int row = 0; row < m_chairs->rowCount(); ++row) {
        const QString label = m_chairs->item(row, ChairLabelColumn)->text();
        (m_chairs->item(row, ChairKindColumn)->data(Qt::UserRole).toBool() ? suites : chairs) << label;
    }
    while (chairs.size() < m_chairCount->value())
        chairs << QString::number(chairs.size() + 1);
    while (suites.size() < m_suiteCount->value())
        suites << suiteLabel(int(suites.size()));
    chairs.resize(m_chairCount->value());
    suites.resize(m_suiteCount->value());
    m_chairs->setRowCount(int(chairs.size() + suites.size()));
    int row = 0;
    const auto put = [&](const QString &label, bool suite) {
        m_chairs->setItem(row, ChairLabelColumn, new QTableWidgetItem(label));
        auto *kind = new QTableWidgetItem(suite ? tr("suite") : tr("chair"));
        kind->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        kind->setData(Qt::UserRole, suite);
        m_chairs->setItem(row, ChairKindColumn, kind);
        ++row;
    };
    for (const QString &label : std::as_const(chairs))
        put(label, false);
    for (const QString &label : std::as_const(suites))
        put(label, true);
}

QWizardPage *SetupWizard::makeTherapiesPage()
{
    auto *content = new QWidget(this);
    m_therapies = new QTableWidget(0, TherapyColumns, content);
    m_therapies->setObjectName(QStringLiteral("therapyTable"));
    m_therapies->setAccessibleName(tr("Therapies the center gives"));
    m_therapies->setHorizontalHeaderLabels({tr("Therapy (tick to give it)"), tr("Brand"), tr("Minutes"),
        tr("Every (weeks)"), tr("Compounded"), tr("Usable (hours)")});
    m_therapies->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_therapies->horizontalHeader()->setSectionResizeMode(BrandColumn, QHeaderView::ResizeToContents);
    m_therapies->verticalHeader()->hide();
    m_therapies->setAlternatingRowColors(true);
    m_therapies->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    // Ticking or unticking "compounded" shows or dashes the row's usable hours.
    connect(m_therapies, &QTableWidget::itemChanged, this, [this](const QTableWidgetItem *item) {
        if (item->column() == CompoundedColumn)
            m_therapies->viewport()->update();
    });
    const QList<Therapy> starters = StarterTherapies::all();
    for (const Therapy &therapy : starters)
        addTherapyRow(therapy, StarterTherapies::isCommon(therapy));
    auto *add = new QPushButton(tr("&Add another therapy"), content);
    add->setObjectName(QStringLiteral("addTherapyButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        Therapy blank;
        blank.beyondUseHours = SetupService::kDefaultBeyondUseHours;
        addTherapyRow(blank, true);
        m_therapies->setCurrentCell(m_therapies->rowCount() - 1, NameColumn);
        m_therapies->editItem(m_therapies->item(m_therapies->rowCount() - 1, NameColumn));
    });
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_therapies, 1);
    layout->addWidget(add, 0, Qt::AlignLeft);
    QWizardPage *result = makePage(tr("Therapies"),
        tr("Tick the infusions the center gives and adjust the numbers to your practice: chair minutes of a "
           "usual dose, dosing interval, and whether the pharmacy compounds each dose (usable for how "
           "long)."),
        content, m_therapyProblems);
    for (const char *field : {"name", "minutes", "interval-weeks", "beyond-use-hours", "therapies"})
        m_therapyProblems->add(QString::fromLatin1(field), m_therapies);
    return result;
}

void SetupWizard::addTherapyRow(const Therapy &therapy, bool given)
{
    const int row = m_therapies->rowCount();
    m_therapies->insertRow(row);
    auto *name = new QTableWidgetItem(therapy.name);
    name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
    name->setCheckState(given ? Qt::Checked : Qt::Unchecked);
    m_therapies->setItem(row, NameColumn, name);
    m_therapies->setItem(row, BrandColumn, new QTableWidgetItem(therapy.brand));
    m_therapies->setItem(row, MinutesColumn, numberItem(therapy.defaultMinutes));
    m_therapies->setItem(row, IntervalColumn, new OptionalNumberItem(therapy.intervalWeeks, false));
    auto *compounded = new QTableWidgetItem;
    compounded->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    compounded->setCheckState(therapy.compounded ? Qt::Checked : Qt::Unchecked);
    m_therapies->setItem(row, CompoundedColumn, compounded);
    m_therapies->setItem(row, BeyondUseColumn, new OptionalNumberItem(therapy.beyondUseHours, true));
}

QWizardPage *SetupWizard::makePolicyPage()
{
    m_policy = new PolicyEditor(this);
    QWizardPage *result = makePage(tr("The center's rules"),
        tr("The numbers the check-in desk and the booking follow. The defaults suit most centers."), m_policy,
        m_policyProblems);
    m_policy->addFields(*m_policyProblems);
    return result;
}

QWizardPage *SetupWizard::makeAdminPage()
{
    auto *content = new QWidget(this);
    m_adminName = new QLineEdit(content);
    m_adminName->setObjectName(QStringLiteral("adminNameField"));
    m_password = new QLineEdit(content);
    m_password->setObjectName(QStringLiteral("adminPasswordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(content);
    m_repeat->setObjectName(QStringLiteral("adminRepeatField"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(content);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Admin &user name"), m_adminName);
    form->addRow(tr("&Password"), m_password);
    if (m_createsAdmin) {
        m_adminName->setText(QStringLiteral("admin"));
        form->addRow(tr("Password &again"), m_repeat);
        auto *hint = new QLabel(tr("At least %1 characters. Keep it somewhere safe: the admin adds the staff "
                                   "and changes these settings.")
                                    .arg(AccountService::kMinimumPasswordLength),
            content);
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(QString(), hint);
    } else {
        m_repeat->hide();
    }
    QWizardPage *result = m_createsAdmin
        ? makePage(tr("The first admin"),
            tr("The account that sets up Chairside and adds the receptionists and nurses. You are signed in "
               "with it when the center is created."),
            content, m_adminProblems)
        : makePage(tr("Sign in as an admin"),
            tr("This database already has an admin. Sign in as an admin to create the center."), content,
            m_adminProblems);
    m_adminProblems->add(QStringLiteral("name"), m_adminName);
    m_adminProblems->add(QStringLiteral("password"), m_password);
    m_adminProblems->add(QStringLiteral("repeat"), m_repeat);
    return result;
}

CenterPlan SetupWizard::plan() const
{
    CenterPlan plan;
    plan.center = m_details->applyTo({});
    try {
        plan.center.hours = m_hours->hours();
    } catch (const Error &) {
        // Unchecked on purpose: checkHours() says what is wrong.
    }
    plan.center.policy = m_policy->policy();
    for (int row = 0; row < m_chairs->rowCount(); ++row) {
        Chair chair;
        chair.label = m_chairs->item(row, ChairLabelColumn)->text().trimmed();
        chair.kind = m_chairs->item(row, ChairKindColumn)->data(Qt::UserRole).toBool() ? Chair::Kind::Suite
                                                                                       : Chair::Kind::Chair;
        plan.chairs << chair;
    }
    for (int row = 0; row < m_therapies->rowCount(); ++row) {
        if (m_therapies->item(row, NameColumn)->checkState() != Qt::Checked)
            continue;
        Therapy therapy;
        therapy.name = m_therapies->item(row, NameColumn)->text().trimmed();
        therapy.brand = m_therapies->item(row, BrandColumn)->text().trimmed();
        therapy.defaultMinutes = m_therapies->item(row, MinutesColumn)->data(Qt::EditRole).toInt();
        therapy.intervalWeeks = m_therapies->item(row, IntervalColumn)->data(Qt::EditRole).toInt();
        therapy.compounded = m_therapies->item(row, CompoundedColumn)->checkState() == Qt::Checked;
        // What is not compounded has no beyond-use time, whatever its dashed cell still holds.
        therapy.beyondUseHours
            = therapy.compounded ? m_therapies->item(row, BeyondUseColumn)->data(Qt::EditRole).toInt() : 0;
        plan.therapies << therapy;
    }
    return plan;
}

FieldProblems *SetupWizard::problemsOf(int pageId) const
{
    switch (pageId) {
    case CenterPage:
        return m_centerProblems;
    case HoursPage:
        return m_hoursProblems;
    case ChairsPage:
        return m_chairProblems;
    case TherapiesPage:
        return m_therapyProblems;
    case PolicyPage:
        return m_policyProblems;
    case AdminPage:
        return m_adminProblems;
    default:
        return nullptr;
    }
}

QString SetupWizard::problem() const
{
    const FieldProblems *problems = problemsOf(currentId());
    return problems ? problems->message() : QString();
}

QString SetupWizard::markedField() const
{
    const FieldProblems *problems = problemsOf(currentId());
    return problems ? problems->markedField() : QString();
}

bool SetupWizard::validateCurrentPage()
{
    if (FieldProblems *problems = problemsOf(currentId()))
        problems->clear();
    switch (currentId()) {
    case CenterPage:
        return checkCenter();
    case HoursPage:
        return checkHours();
    case ChairsPage:
        return checkChairs();
    case TherapiesPage:
        return checkTherapies();
    case PolicyPage:
        return checkPolicy();
    case AdminPage:
        return finish();
    default:
        return true;
    }
}

bool SetupWizard::checkCenter()
{
    // The service's own checks, on the fields of this page only: the hours and policy come later.
    Center center = m_details->applyTo({});
    center.hours = OpeningHours::parse(QStringLiteral("mon 08:00-17:00"));
    try {
        SetupService::validateCenter(center);
        if (m_workspace.store().centerByName(center.name)) {
            throw Error(Error::Kind::Conflict, tr("A center named \"%1\" already exists.").arg(center.name),
                QStringLiteral("name"));
        }
    } catch (const Error &error) {
        m_centerProblems->show(error);
        return false;
    }
    return true;
}

bool SetupWizard::checkHours()
{
    try {
        m_hours->hours();
    } catch (const Error &error) {
        m_hoursProblems->show(error);
        return false;
    }
    return true;
}

bool SetupWizard::checkChairs()
{
    const CenterPlan p = plan();
    if (p.chairs.isEmpty()) {
        m_chairProblems->show(QStringLiteral("chairs"), tr("A center needs at least one chair or suite."));
        return false;
    }
    QSet<QString> seen;
    for (int row = 0; row < p.chairs.size(); ++row) {
        const QString label = p.chairs.at(row).label;
        const QString key = label.toCaseFolded();
        if (label.isEmpty() || seen.contains(key)) {
            m_chairProblems->show(QStringLiteral("label"),
                label.isEmpty()
                    ? tr("Row %1 has no label; every chair needs one.").arg(row + 1)
                    : tr("Two chairs are labelled \"%1\"; each label must be its own.").arg(label));
            m_chairs->setCurrentCell(row, ChairLabelColumn);
            return false;
        }
        seen.insert(key);
    }
    return true;
}

bool SetupWizard::checkTherapies()
{
    const CenterPlan p = plan();
    if (p.therapies.isEmpty()) {
        m_therapyProblems->show(
            QStringLiteral("therapies"), tr("Tick at least one therapy: nothing can be booked without one."));
        return false;
    }
    QSet<QString> seen;
    for (const Therapy &therapy : p.therapies) {
        try {
            SetupService::validateTherapy(therapy);
            if (seen.contains(therapy.name.toCaseFolded())) {
                throw Error::badData(QStringLiteral("name"),
                    tr("\"%1\" is ticked twice; keep one of them.").arg(therapy.name));
            }
            seen.insert(therapy.name.toCaseFolded());
        } catch (const Error &error) {
            m_therapyProblems->show(error.field(),
                therapy.name.isEmpty() ? error.message() : tr("%1: %2").arg(therapy.name, error.message()));
            return false;
        }
    }
    return true;
}

bool SetupWizard::checkPolicy()
{
    try {
        SetupService::validatePolicy(m_policy->policy());
    } catch (const Error &error) {
        m_policyProblems->show(error);
        return false;
    }
    return true;
}

bool SetupWizard::finish()
{
    const QString name = m_adminName->text().trimmed();
    if (name.isEmpty()) {
        m_adminProblems->show(QStringLiteral("name"), tr("Give the admin a user name."));
        return false;
    }
    if (m_createsAdmin && m_password->text() != m_repeat->text()) {
        m_adminProblems->show(
            QStringLiteral("repeat"), tr("The two passwords differ. Type the same password twice."));
        m_repeat->clear();
        return false;
    }
    // Every page again, in case one was left by Back after a change: the first problem takes you there.
    for (const int id : {CenterPage, HoursPage, ChairsPage, TherapiesPage, PolicyPage}) {
        bool ok = true;
        switch (id) {
        case CenterPage:
            ok = checkCenter();
            break;
        case HoursPage:
            ok = checkHours();
            break;
        case ChairsPage:
            ok = checkChairs();
            break;
        case TherapiesPage:
            ok = checkTherapies();
            break;
        default:
            ok = checkPolicy();
            break;
        }
        if (!ok) {
            m_adminProblems->show(QString(),
                tr("The page \"%1\" needs a correction: %2")
                    .arg(page(id)->title(), problemsOf(id)->message()));
            return false;
        }
    }

    const QString password = m_password->text();
    Store &store = m_workspace.store();
    const Clock &clock = m_workspace.clock();
    User admin;
    Center center;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        AccountService accounts(store, clock);
        if (m_createsAdmin) {
            // The admin, the center, its chairs and therapies: one transaction, all or nothing.
            SetupService(store, clock).setUpFirstRun(name, password, plan());
            admin = accounts.logIn(name, password);
        } else {
            admin = accounts.logIn(name, password);
            SetupService(store, clock).setUpCenter(admin, plan());
        }
        center = store.centerByName(plan().center.name).value_or(Center {});
        QApplication::restoreOverrideCursor();
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        const bool here = error.field() == QLatin1String("name") || error.field() == QLatin1String("password")
            || error.field() == QLatin1String("user") || error.kind() == Error::Kind::Refused
            || error.kind() == Error::Kind::Forbidden;
        m_adminProblems->show(here ? error.field() : QString(),
            here ? error.message() : tr("Nothing was written: %1").arg(error.message()));
        if (error.field() == QLatin1String("password") || error.kind() == Error::Kind::Refused)
            m_password->setFocus();
        return false;
    }
    m_password->clear();
    m_repeat->clear();
    m_admin = admin;
    m_workspace.setCenter(center);
    return true;
}

} // namespace chairside
