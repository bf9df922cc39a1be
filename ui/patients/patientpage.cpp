#include "patients/patientpage.h"

#include "booking/slotdialog.h"
#include "common/clock.h"
#include "common/error.h"
#include "patients/authorizationdialog.h"
#include "patients/coveragedialog.h"
#include "patients/demographicsdialog.h"
#include "patients/orderdialog.h"
#include "patients/patientservice.h"
#include "scheduling/centertime.h"
#include "store/store.h"
#include "style/theme.h"
#include "text/desktext.h"
#include "widgets/errornotice.h"
#include "widgets/pageheader.h"
#include "widgets/problembanner.h"
#include "workspace/workspace.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace chairside {

namespace {

/// How far back and ahead the appointments reach: a few years of visits at most.
constexpr int kAppointmentYearsBack = 3;
constexpr int kAppointmentYearsAhead = 2;

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList PatientPage::sectionNames()
{
    return {QStringLiteral("demographics"), QStringLiteral("orders"), QStringLiteral("coverage"),
        QStringLiteral("authorizations"), QStringLiteral("appointments")};
}

PatientPage::PatientPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_scroll(new QScrollArea(this))
    , m_header(new PageHeader(tr("Patient"), tr("Identifiers"), this))
    , m_problem(new ProblemBanner(this))
    , m_demographics(demographicsGrid())
    , m_editDemographics(button(tr("&Correct demographics…"), QStringLiteral("editDemographicsButton")))
    , m_ordersList(list(QStringLiteral("ordersList"), tr("Prescriber's orders"),
          {tr("Therapy"), tr("Prescriber"), tr("Valid from"), tr("Valid to"), tr("Doses used"), tr("State")}))
    , m_addOrder(button(tr("Add &order…"), QStringLiteral("addOrderButton")))
    //: A prescriber's order (referral), not a purchase.
    , m_editOrder(button(tr("Change order…"), QStringLiteral("editOrderButton")))
    , m_coverageList(list(QStringLiteral("coverageList"), tr("Coverage"),
          {tr("Payer"), tr("Member id"), tr("Eligibility verified"), tr("By"), tr("Recorded")}))
    , m_addCoverage(button(tr("Add co&verage…"), QStringLiteral("addCoverageButton")))
    , m_editCoverage(button(tr("Change coverage…"), QStringLiteral("editCoverageButton")))
    , m_verifiedNow(button(tr("&Eligibility verified now"), QStringLiteral("verifiedNowButton")))
    , m_verifiedStatus(new QLabel(this))
    , m_authorizationsList(list(QStringLiteral("authorizationsList"), tr("Prior authorizations"),
          {tr("Therapy"), tr("Payer"), tr("Status"), tr("Valid from"), tr("Valid to"), tr("Visits left"),
              tr("Reference")}))
    , m_addAuthorization(button(tr("Add &authorization…"), QStringLiteral("addAuthorizationButton")))
    , m_editAuthorization(button(tr("Change authorization…"), QStringLiteral("editAuthorizationButton")))
    , m_appointmentsList(list(QStringLiteral("appointmentsList"), tr("Appointments and their history"),
          {tr("When"), tr("Therapy"), tr("Status"), tr("By"), tr("Note")}))
    //: Books the patient's next infusion.
    , m_book(button(tr("&Book appointment…"), QStringLiteral("bookAppointmentButton")))
{
    setObjectName(QStringLiteral("patientPage"));
    setAccessibleName(tr("Patient record"));
    m_verifiedStatus->setObjectName(QStringLiteral("verifiedStatus"));
    m_verifiedStatus->setWordWrap(true);
    m_verifiedNow->setToolTip(
        tr("The payer confirmed eligibility just now: recorded with your name and the time"));
    m_appointmentsList->setRootIsDecorated(true);
    m_problem->setMessage({});

    auto *content = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(content);
    const int line = fontMetrics().height();
    layout->setContentsMargins(line * 3 / 2, line, line * 3 / 2, line);
    layout->setSpacing(line);
    layout->addWidget(m_header);
    layout->addWidget(m_problem);
    layout->addWidget(
        section(tr("Demographics"), QStringLiteral("demographics"), m_demographics, {m_editDemographics}));
    layout->addWidget(section(
        tr("Prescriber's orders"), QStringLiteral("orders"), m_ordersList, {m_addOrder, m_editOrder}));
    auto *coverageBox = new QWidget(content);
    auto *coverageLayout = new QVBoxLayout(coverageBox);
    coverageLayout->setContentsMargins(0, 0, 0, 0);
    coverageLayout->addWidget(m_coverageList);
    coverageLayout->addWidget(m_verifiedStatus);
    layout->addWidget(section(tr("Coverage and eligibility"), QStringLiteral("coverage"), coverageBox,
        {m_verifiedNow, m_addCoverage, m_editCoverage}));
    layout->addWidget(section(tr("Prior authorizations"), QStringLiteral("authorizations"),
        m_authorizationsList, {m_addAuthorization, m_editAuthorization}));
    layout->addWidget(
        section(tr("Appointments"), QStringLiteral("appointments"), m_appointmentsList, {m_book}));
    layout->addStretch(1);

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(m_editDemographics, &QPushButton::clicked, this, &PatientPage::editDemographics);
    connect(m_addOrder, &QPushButton::clicked, this, &PatientPage::addOrder);
    connect(m_editOrder, &QPushButton::clicked, this, &PatientPage::editOrder);
    connect(m_ordersList, &QTreeWidget::itemActivated, this, &PatientPage::editOrder);
    connect(m_addCoverage, &QPushButton::clicked, this, &PatientPage::addCoverage);
    connect(m_editCoverage, &QPushButton::clicked, this, &PatientPage::editCoverage);
    connect(m_coverageList, &QTreeWidget::itemActivated, this, &PatientPage::editCoverage);
    connect(m_verifiedNow, &QPushButton::clicked, this, &PatientPage::verifyEligibilityNow);
    connect(m_addAuthorization, &QPushButton::clicked, this, &PatientPage::addAuthorization);
    connect(m_editAuthorization, &QPushButton::clicked, this, &PatientPage::editAuthorization);
    connect(m_authorizationsList, &QTreeWidget::itemActivated, this, &PatientPage::editAuthorization);
    connect(m_book, &QPushButton::clicked, this, &PatientPage::bookAppointment);
    for (QTreeWidget *tree : {m_ordersList, m_coverageList, m_authorizationsList})
        connect(tree, &QTreeWidget::currentItemChanged, this, &PatientPage::updateButtons);

    connect(&m_workspace, &Workspace::patientChanged, this, [this](qint64 id) {
        if (id == m_patientId && m_patientId != 0)
            reload();
    });
    connect(&m_workspace, &Workspace::appointmentChanged, this, &PatientPage::onAppointmentChanged);
    connect(&m_workspace, &Workspace::everythingChanged, this, &PatientPage::reload);
    updateButtons();
}

PatientPage::~PatientPage() = default;

QWidget *PatientPage::demographicsGrid()
{
    // Plain labels in a grid rather than one rich-text table: laying out a table of rich text cost more
    // than the rest of the page's first paint. The same look: names in bold, 18 pixels before the
    // values, 3 around each cell.
    auto *grid = new QWidget(this);
    grid->setObjectName(QStringLiteral("demographicsText"));
    auto *layout = new QGridLayout(grid);
    layout->setContentsMargins(3, 3, 3, 3);
    layout->setHorizontalSpacing(18 + 3);
    layout->setVerticalSpacing(3);
    const QStringList names {
        tr("MRN"), tr("Name"), tr("Preferred name"), tr("Date of birth"), tr("Phone"), tr("E-mail")};
    for (int row = 0; row < int(names.size()); ++row) {
        auto *name = new QLabel(names.at(row), grid);
        name->setTextFormat(Qt::PlainText);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto *value = new QLabel(grid);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        name->setBuddy(value);
        layout->addWidget(name, row, 0);
        layout->addWidget(value, row, 1);
        m_demographicValues << value;
    }
    layout->setColumnStretch(2, 1);
    return grid;
}

QPushButton *PatientPage::button(const QString &text, const QString &name)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setAutoDefault(true);
    return b;
}

QTreeWidget *PatientPage::list(const QString &name, const QString &accessibleName, const QStringList &columns)
{
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(name);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(columns);
    tree->setRootIsDecorated(false);
    tree->setAllColumnsShowFocus(true);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->header()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 18);
    tree->setMinimumHeight(fontMetrics().height() * 6);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return tree;
}

QWidget *PatientPage::section(
    const QString &title, const QString &name, QWidget *content, const QList<QPushButton *> &buttons)
{
    auto *box = new QWidget(this);
    box->setObjectName(name + QStringLiteral("Section"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *heading = new QHBoxLayout;
    auto *label = new QLabel(title.toUpper(), box);
    QFont f = label->font();
    f.setWeight(QFont::Bold);
    f.setPointSizeF(f.pointSizeF() * 0.95);
    f.setLetterSpacing(QFont::PercentageSpacing, 108);
    label->setFont(f);
    label->setForegroundRole(QPalette::PlaceholderText);
    heading->addWidget(label);
    heading->addStretch(1);
    for (QPushButton *b : buttons)
        heading->addWidget(b);
    layout->addLayout(heading);
    layout->addWidget(content);
    m_sections.insert(name, box);
    return box;
}

bool PatientPage::showPatient(qint64 patientId)
{
    m_patientId = patientId;
    Store &store = m_workspace.store();
    try {
        m_patient = store.patient(patientId);
        if (!m_patient) {
            setProblem(tr("There is no patient number %1.").arg(patientId));
            fill();
            return false;
        }
        if (m_therapies.isEmpty() || m_centers.isEmpty()) {
            const QList<Therapy> therapies = store.therapies();
            for (const Therapy &t : therapies)
                m_therapies.insert(t.id, t);
            const QList<Center> centers = store.centers();
            for (const Center &c : centers)
                m_centers.insert(c.id, c);
        }
        m_orders = store.ordersOfPatient(patientId);
        m_coverages = store.coverages(patientId);
        m_authorizations = store.authorizationsOfPatient(patientId);
        const QDateTime now = m_workspace.clock().nowUtc();
        const QDateTime from = now.addYears(-kAppointmentYearsBack);
        const QDateTime to = now.addYears(kAppointmentYearsAhead);
        m_appointments = store.appointmentsOfPatient(patientId, from, to);
        m_history.clear();
        for (StatusChange &change : store.historyOfPatient(patientId, from, to))
            m_history[change.appointmentId] << std::move(change);
        setProblem({});
    } catch (const Error &error) {
        setProblem(
            tr("The patient's record could not be read: %1 It may be out of date.").arg(error.message()));
        return false;
    }
    fill();
    Q_EMIT patientShown(patientId);
    return true;
}

void PatientPage::reload()
{
    if (m_patientId == 0)
        return;
    m_therapies.clear();
    m_centers.clear();
    showPatient(m_patientId);
}

void PatientPage::clear()
{
    m_patientId = 0;
    m_patient.reset();
    m_orders.clear();
    m_coverages.clear();
    m_authorizations.clear();
    m_appointments.clear();
    m_history.clear();
    setProblem({});
    fill();
    // The next patient's page opens at its top, with nothing of this one's selected or focused.
    m_scroll->verticalScrollBar()->setValue(0);
    if (QWidget *focused = focusWidget())
        focused->clearFocus();
}

void PatientPage::setProblem(const QString &message)
{
    m_problem->setMessage(message);
}

void PatientPage::fill()
{
    // Keep the rows selected across a reload, so a live change does not lose the user's place.
    fillDemographics();
    fillOrders();
    fillCoverage();
    fillAuthorizations();
    fillAppointments();
    updateButtons();
}

void PatientPage::fillDemographics()
{
    if (!m_patient) {
        m_header->titleLabel()->setText(tr("Patient"));
        m_header->setDateText({});
        for (QLabel *value : std::as_const(m_demographicValues))
            value->clear();
        return;
    }
    const Patient &p = *m_patient;
    m_header->titleLabel()->setText(p.displayName());
    m_header->setDateText(tr("MRN %1 · born %2").arg(p.mrn, DeskText::dateOfBirth(p.dateOfBirth)));
    const QString none = tr("—");
    const QStringList values {p.mrn, tr("%1 %2").arg(p.firstName, p.lastName),
        p.preferredName.isEmpty() ? none : p.preferredName, DeskText::dateOfBirth(p.dateOfBirth),
        p.phone.isEmpty() ? none : p.phone, p.email.isEmpty() ? none : p.email};
    for (qsizetype i = 0; i < m_demographicValues.size(); ++i)
        m_demographicValues.at(i)->setText(values.value(i));
}

QString PatientPage::therapyName(qint64 therapyId) const
{
    const auto it = m_therapies.constFind(therapyId);
    return it == m_therapies.constEnd() ? tr("therapy %1").arg(therapyId) : it->displayName();
}

QString PatientPage::instantText(const QDateTime &utc, qint64 centerId) const
{
    if (!utc.isValid())
        return {};
    const Center center = m_centers.value(centerId, m_workspace.center());
    const QDateTime local = CenterTime::toLocal(center, utc);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

namespace {

/// Sizes a list to its rows (at least one, at most `most`) and its columns to their text, so that a
/// patient with one order does not get a screenful of empty rows.
void fitToRows(QTreeWidget *tree, int rows, int most)
{
    for (int c = 0; c < tree->columnCount() - 1; ++c)
        tree->resizeColumnToContents(c);
    const int rowHeight = tree->topLevelItemCount() > 0 ? tree->visualItemRect(tree->topLevelItem(0)).height()
                                                        : tree->fontMetrics().height() + 4;
    const int shown = std::clamp(rows, 1, most);
    tree->setFixedHeight(tree->header()->sizeHint().height() + std::max(rowHeight, 1) * shown
        + 2 * tree->frameWidth() + tree->fontMetrics().height() / 2);
}

/// Refills a list, keeping the current row by record id.
template<typename Record, typename Columns>
void refill(QTreeWidget *tree, const QList<Record> &records, Columns columns)
{
    const QTreeWidgetItem *current = tree->currentItem();
    const qint64 currentId = current ? current->data(0, Qt::UserRole).toLongLong() : 0;
    tree->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(records.size());
    for (const Record &record : records) {
        auto *item = new QTreeWidgetItem(columns(record));
        item->setData(0, Qt::UserRole, record.id);
        items << item;
    }
    tree->addTopLevelItems(items);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (item->data(0, Qt::UserRole).toLongLong() == currentId || records.size() == 1) {
            tree->setCurrentItem(item);
            break;
        }
    }
    fitToRows(tree, int(records.size()), 8);
}

} // namespace

void PatientPage::fillOrders()
{
    const QDate today = m_workspace.today();
    refill(m_ordersList, m_orders, [&](const PrescriberOrder &o) {
        QString state;
        if (o.validTo < today)
            state = tr("ended");
        else if (o.validFrom > today)
            state = tr("not yet valid");
        else if (o.dosesLeft() <= 0)
            state = tr("used up");
        else
            state = tr("valid, %1 left").arg(DeskText::count(o.dosesLeft(), "dose", "doses"));
        return QStringList {therapyName(o.therapyId), o.prescriber, isoDate(o.validFrom), isoDate(o.validTo),
            tr("%1 of %2").arg(o.dosesUsed).arg(o.dosesAuthorized), state};
    });
}

void PatientPage::fillCoverage()
{
    refill(m_coverageList, m_coverages, [&](const Coverage &c) {
        return QStringList {c.payer, c.memberId,
            c.eligibilityVerifiedOn.isValid() ? isoDate(c.eligibilityVerifiedOn) : tr("never"),
            c.eligibilityVerifiedBy.isEmpty() ? tr("—") : c.eligibilityVerifiedBy,
            c.eligibilityVerifiedAtUtc.isValid()
                ? instantText(c.eligibilityVerifiedAtUtc, m_workspace.center().id)
                : tr("—")};
    });
    if (m_coverages.isEmpty()) {
        m_verifiedStatus->setText(
            tr("No coverage on file: add the patient's insurance, then verify eligibility."));
        return;
    }
    // The engine reads the freshest check of any coverage.
    const Coverage *freshest = nullptr;
    for (const Coverage &c : std::as_const(m_coverages)) {
        if (c.eligibilityVerifiedOn.isValid()
            && (!freshest || c.eligibilityVerifiedOn > freshest->eligibilityVerifiedOn))
            freshest = &c;
    }
    if (!freshest) {
        m_verifiedStatus->setText(tr("Eligibility was never verified."));
        return;
    }
    const int freshDays = m_workspace.center().policy.eligibilityFreshDays;
    const qint64 age = freshest->eligibilityVerifiedOn.daysTo(m_workspace.today());
    QString text
        = tr("Eligibility last verified %1 with %2")
              .arg(DeskText::date(freshest->eligibilityVerifiedOn, m_workspace.today()), freshest->payer);
    if (!freshest->eligibilityVerifiedBy.isEmpty())
        text += tr(" by %1").arg(freshest->eligibilityVerifiedBy);
    if (freshest->eligibilityVerifiedAtUtc.isValid())
        text += tr(" at %1").arg(instantText(freshest->eligibilityVerifiedAtUtc, m_workspace.center().id));
    text += age > freshDays
        ? tr(": older than %n day(s), verify it before the next visit.", nullptr, freshDays)
        : tr(".");
    m_verifiedStatus->setText(text);
}

void PatientPage::fillAuthorizations()
{
    refill(m_authorizationsList, m_authorizations, [&](const PriorAuthorization &a) {
        return QStringList {therapyName(a.therapyId), a.payer, PriorAuthorization::statusLabel(a.status),
            isoDate(a.validFrom), isoDate(a.validTo),
            tr("%1 of %2").arg(a.visitsLeft()).arg(a.visitsApproved), a.reference};
    });
}

void PatientPage::fillAppointments()
{
    m_appointmentsList->clear();
    m_appointmentIds.clear();
    QList<QTreeWidgetItem *> items;
    QList<QTreeWidgetItem *> ahead;
    int rows = 0;
    // The latest first: the next visit and the last few are what the phone call is about.
    for (auto it = m_appointments.crbegin(); it != m_appointments.crend(); ++it) {
        const Appointment &a = *it;
        m_appointmentIds.insert(a.id);
        auto *item = new QTreeWidgetItem({instantText(a.startUtc, a.centerId), therapyName(a.therapyId),
            statusLabel(a.status), QString(), m_centers.value(a.centerId).name});
        item->setData(0, Qt::UserRole, a.id);
        const QList<StatusChange> history = m_history.value(a.id);
        for (const StatusChange &change : history) {
            auto *line = new QTreeWidgetItem(item,
                {instantText(change.atUtc, a.centerId), QString(), statusLabel(change.to), change.user,
                    change.reason});
            line->setForeground(0, palette().brush(QPalette::PlaceholderText));
        }
        items << item;
        ++rows;
        // The visits to come show their history; the past ones fold it away.
        if (isActive(a.status)) {
            ahead << item;
            rows += int(history.size());
        }
    }
    m_appointmentsList->addTopLevelItems(items);
    for (QTreeWidgetItem *item : std::as_const(ahead))
        item->setExpanded(true);
    fitToRows(m_appointmentsList, rows, 16);
}

void PatientPage::updateButtons()
{
    const bool shown = m_patient.has_value();
    for (QPushButton *b : {m_editDemographics, m_addOrder, m_addCoverage, m_addAuthorization, m_book})
        b->setEnabled(shown);
    m_editOrder->setEnabled(shown && m_ordersList->currentItem());
    m_editCoverage->setEnabled(shown && m_coverageList->currentItem());
    m_editAuthorization->setEnabled(shown && m_authorizationsList->currentItem());
    m_verifiedNow->setEnabled(shown && !m_coverages.isEmpty());
}

void PatientPage::showSection(const QString &section)
{
    QWidget *box = m_sections.value(section.trimmed().toLower());
    if (!box)
        return;
    m_scroll->ensureWidgetVisible(box, 0, 0);
    // Put the section's heading at the top, as far as the page scrolls.
    m_scroll->verticalScrollBar()->setValue(box->y());
    const QHash<QString, QWidget *> focus {{QStringLiteral("demographics"), m_editDemographics},
        {QStringLiteral("orders"), m_ordersList}, {QStringLiteral("coverage"), m_coverageList},
        {QStringLiteral("authorizations"), m_authorizationsList},
        {QStringLiteral("appointments"), m_appointmentsList}};
    if (QWidget *target = focus.value(section.trimmed().toLower()))
        target->setFocus(Qt::OtherFocusReason);
}

template<typename Record>
std::optional<Record> PatientPage::selected(const QTreeWidget *tree, const QList<Record> &records) const
{
    const QTreeWidgetItem *item = tree->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const Record &r : records) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

void PatientPage::editDemographics()
{
    if (!m_patient)
        return;
    DemographicsDialog dialog(m_workspace, *m_patient, this);
    dialog.exec();
}

void PatientPage::addOrder()
{
    OrderDialog dialog(m_workspace, m_patientId, std::nullopt, this);
    dialog.exec();
}

void PatientPage::editOrder()
{
    if (const auto order = selected(m_ordersList, m_orders)) {
        OrderDialog dialog(m_workspace, m_patientId, order, this);
        dialog.exec();
    }
}

void PatientPage::addCoverage()
{
    CoverageDialog dialog(m_workspace, m_patientId, std::nullopt, this);
    dialog.exec();
}

void PatientPage::editCoverage()
{
    if (const auto coverage = selected(m_coverageList, m_coverages)) {
        CoverageDialog dialog(m_workspace, m_patientId, coverage, this);
        dialog.exec();
    }
}

void PatientPage::addAuthorization()
{
    AuthorizationDialog dialog(m_workspace, m_patientId, std::nullopt, this);
    dialog.exec();
}

void PatientPage::bookAppointment()
{
    if (!m_patient)
        return;
    SlotDialog *dialog = SlotDialog::book(
        m_workspace, *m_patient, tr("A new appointment for %1.").arg(DeskText::spokenName(*m_patient)), this);
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The appointment shows in the list when the workspace announces it, as any booking does.
    dialog->open();
}

void PatientPage::editAuthorization()
{
    if (const auto authorization = selected(m_authorizationsList, m_authorizations)) {
        AuthorizationDialog dialog(m_workspace, m_patientId, authorization, this);
        dialog.exec();
    }
}

void PatientPage::verifyEligibilityNow()
{
    if (!m_patient || m_coverages.isEmpty())
        return;
    std::optional<Coverage> coverage = selected(m_coverageList, m_coverages);
    if (!coverage && m_coverages.size() == 1)
        coverage = m_coverages.first();
    if (!coverage) {
        m_verifiedStatus->setText(
            tr("Choose the coverage whose payer you verified, then press the button again."));
        m_coverageList->setFocus();
        return;
    }
    try {
        PatientService(m_workspace.store(), m_workspace.clock())
            .verifyEligibility(m_workspace.user(), coverage->id, m_workspace.center());
    } catch (const Error &error) {
        ErrorNotice::show(this, tr("Eligibility was not recorded"), error);
        return;
    }
    // The store's commit announces the change; the page reads it back through patientChanged.
}

void PatientPage::onAppointmentChanged(qint64 appointmentId)
{
    if (m_patientId == 0)
        return;
    if (m_appointmentIds.contains(appointmentId)) {
        reload();
        return;
    }
    try {
        const auto appointment = m_workspace.store().appointment(appointmentId);
        if (appointment && appointment->patientId == m_patientId)
            reload();
    } catch (const Error &error) {
        setProblem(tr("The patient's appointments could not be read: %1").arg(error.message()));
    }
}

} // namespace chairside
