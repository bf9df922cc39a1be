#include "desk/deskview.h"

#include "booking/confirmationslip.h"
#include "booking/slotdialog.h"
#include "checkin/checkinservice.h"
#include "common/clock.h"
#include "common/error.h"
#include "desk/decisionbanner.h"
#include "desk/decisionpanel.h"
#include "desk/overridedialog.h"
#include "desk/patientcard.h"
#include "patients/patientservice.h"
#include "scheduling/appointmentcode.h"
#include "search/patientsearch.h"
#include "store/store.h"
#include "style/theme.h"
#include "text/desktext.h"
#include "text/typeddate.h"
#include "widgets/errornotice.h"
#include "widgets/roomyitemdelegate.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace chairside {

namespace {

QString blockingSentences(const Decision &decision)
{
    QStringList sentences;
    for (const Reason &reason : decision.blocking())
        sentences << reason.message;
    return sentences.join(QLatin1Char(' '));
}

QString blockingCodes(const Decision &decision)
{
    QStringList codes;
    for (const Reason &reason : decision.blocking())
        codes << reasonCodeName(reason.code);
    return codes.join(QStringLiteral(", "));
}

} // namespace

DeskView::DeskView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_search(std::make_unique<PatientSearch>(workspace.store(), workspace.clock()))
    , m_model(new PatientResultsModel(this))
    , m_searchField(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_results(new QTreeView(this))
    , m_detail(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("deskView"));
    setAccessibleName(tr("Check-in desk"));

    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setAccessibleName(tr("Find patient"));
    m_searchField->setPlaceholderText(tr("Name, MRN, date of birth, phone — or scan the slip"));
    m_searchField->setClearButtonEnabled(true);
    QFont big = m_searchField->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_searchField->setFont(big);
    m_searchField->setMinimumHeight(QFontMetrics(big).height() * 2);
    m_searchField->setTextMargins(8, 0, 8, 0);
    m_searchField->installEventFilter(this);
    setFocusProxy(m_searchField);

    m_hint->setObjectName(QStringLiteral("searchHint"));
    m_hint->setWordWrap(true);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMilliseconds);
    connect(&m_debounce, &QTimer::timeout, this, &DeskView::runSearch);
    connect(m_searchField, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    // Typing a new search puts the last patient away, so their answer is never read as the next one's.
    connect(m_searchField, &QLineEdit::textEdited, this, [this] {
        if (m_detail->currentIndex() != 0) {
            m_picked.reset();
            m_decision.reset();
            m_lastSlip.reset();
            m_detail->setCurrentIndex(0);
        }
    });
    connect(m_searchField, &QLineEdit::returnPressed, this, &DeskView::searchNow);

    m_results->setObjectName(QStringLiteral("resultsView"));
    m_results->setAccessibleName(tr("Patients found"));
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAllColumnsShowFocus(true);
    m_results->header()->setSectionsMovable(false);
    QFont listFont = m_results->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.1);
    m_results->setFont(listFont);
    m_results->setItemDelegate(new RoomyItemDelegate(12, m_results));
    sizeResultColumns();
    m_results->installEventFilter(this);
    connect(m_results, &QTreeView::activated, this, [this](const QModelIndex &index) { pick(index.row()); });
    m_results->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_results, &QWidget::customContextMenuRequested, this, &DeskView::showResultsMenu);

    // Each page scrolls on its own. One scroll area around the whole stack would, at every turn of the
    // page (the first key of every search), lay out the rich text of both pages to size the stack.
    for (QWidget *page : {buildPlaceholder(), buildPatientPage()}) {
        auto *scroll = new QScrollArea(m_detail);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        scroll->setAccessibleName(tr("Patient and decision"));
        m_detail->addWidget(scroll);
    }

    auto *title = new QLabel(tr("Check-in desk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *day = new QLabel(this);
    day->setObjectName(QStringLiteral("deskDay"));
    day->setForegroundRole(QPalette::PlaceholderText);
    const auto updateDay = [this, day] {
        day->setText(tr("%1 · %2").arg(
            m_workspace.center().name, DeskText::day(m_workspace.today(), m_workspace.today())));
    };
    updateDay();
    connect(&m_workspace, &Workspace::centerChanged, day, updateDay);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(8);
    leftLayout->addWidget(m_results, 1);
    // The patient's record and a new registration, beside the results they start from.
    auto *openPatient = new QPushButton(tr("&Open patient page"), left);
    openPatient->setObjectName(QStringLiteral("openPatientButton"));
    openPatient->setToolTip(tr("The patient's orders, coverage, authorizations and appointments (Ctrl+O)"));
    connect(openPatient, &QPushButton::clicked, this, [this] {
        if (const qint64 id = resultPatientId())
            Q_EMIT openPatientRequested(id, {});
        else
            setHint(tr("Pick a patient in the results first, then open their page."), true);
    });
    auto *openShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), this);
    openShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(openShortcut, &QShortcut::activated, openPatient, &QPushButton::click);
    auto *registerPatient = new QPushButton(tr("Register &patient…"), left);
    registerPatient->setObjectName(QStringLiteral("registerPatientButton"));
    registerPatient->setToolTip(tr("A new patient, after looking for them here first"));
    connect(registerPatient, &QPushButton::clicked, this, &DeskView::registerPatientRequested);
    auto *patientActions = new QHBoxLayout;
    patientActions->setContentsMargins(0, 0, 0, 0);
    patientActions->addWidget(openPatient);
    patientActions->addWidget(registerPatient);
    patientActions->addStretch(1);
    leftLayout->addLayout(patientActions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // Room for every column of the results; the rest is the patient's and the decision's.
    const int charWidth = m_results->fontMetrics().averageCharWidth();
    splitter->setSizes({charWidth * 96, charWidth * 128});
    // The results give way first when the window is narrow or the system's text large: the patient's
    // card and the decision keep room for their words (at 150% text they would otherwise scroll sideways).
    m_detail->setMinimumWidth(charWidth * 76 + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    splitter->setHandleWidth(18);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(day);
    layout->addLayout(header);
    layout->addWidget(m_searchField);
    layout->addWidget(m_hint);
    layout->addSpacing(4);
    layout->addWidget(splitter, 1);

    setTabOrder(m_searchField, m_results);
    setTabOrder(m_results, m_dobField);
    setTabOrder(m_dobField, m_checkButton);

    connect(&m_workspace, &Workspace::appointmentChanged, this, &DeskView::onAppointmentChanged);
    connect(&m_workspace, &Workspace::patientChanged, this, &DeskView::refresh);
    connect(&m_workspace, &Workspace::everythingChanged, this, &DeskView::refresh);
    connect(&m_workspace, &Workspace::centerChanged, this, &DeskView::clear);
    connect(&m_workspace, &Workspace::userChanged, this, [this] {
        m_openedPatientId = 0;
        refresh();
    });
    setHint(tr("Type as the patient speaks: “alvarez maria”, “M0001”, “3/4/1961”, “617 555”. "
               "↓ goes to the list, Enter picks, Esc clears."));
}

DeskView::~DeskView() = default;

QWidget *DeskView::buildPlaceholder()
{
    auto *page = new QWidget(m_detail);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 60, 40, 40);
    layout->setSpacing(14);
    auto *title = new QLabel(tr("Who is at the desk?"), page);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    auto *text
        = new QLabel(tr("<p>Find the patient by the name as they say it, their MRN, date of birth or phone "
                        "number, or scan the code on their confirmation slip.</p>"
                        "<p>Then ask for their date of birth: two identifiers must match before anyone is "
                        "admitted.</p>"
                        "<table cellspacing=\"6\">"
                        "<tr><td><b>↓</b></td><td>from the search field into the results</td></tr>"
                        "<tr><td><b>Enter</b></td><td>search now, pick the patient, confirm, act</td></tr>"
                        "<tr><td><b>Esc</b></td><td>back to the search; again to clear it</td></tr>"
                        "<tr><td><b>Ctrl+F</b></td><td>the search field, from anywhere</td></tr>"
                        "</table>"),
            page);
    text->setWordWrap(true);
    QFont tf = text->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.1);
    text->setFont(tf);
    text->setForegroundRole(QPalette::PlaceholderText);
    title->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch(1);
    return page;
}

QWidget *DeskView::buildPatientPage()
{
    auto *page = new QWidget(m_detail);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(14);

    m_card = new PatientCard(page);
    layout->addWidget(m_card);

    auto *identityBox = new QWidget(page);
    auto *identityLayout = new QGridLayout(identityBox);
    identityLayout->setContentsMargins(0, 0, 0, 0);
    identityLayout->setHorizontalSpacing(10);
    identityLayout->setVerticalSpacing(6);
    m_dobPrompt = new QLabel(identityBox);
    m_dobPrompt->setWordWrap(true);
    m_dobField = new QLineEdit(identityBox);
    m_dobField->setObjectName(QStringLiteral("dobField"));
    m_dobField->setAccessibleName(tr("Date of birth, as the patient says it"));
    m_dobField->setPlaceholderText(tr("e.g. 03/04/1961, 1961-03-04 or 4 March 1961"));
    QFont dobFont = m_dobField->font();
    dobFont.setPointSizeF(dobFont.pointSizeF() * 1.3);
    m_dobField->setFont(dobFont);
    m_dobField->setMinimumHeight(QFontMetrics(dobFont).height() * 2);
    m_dobField->setMaximumWidth(QFontMetrics(dobFont).averageCharWidth() * 34);
    m_dobPrompt->setBuddy(m_dobField);
    //: A verb: check the patient's two identifiers.
    m_checkButton = new QPushButton(tr("&Check"), identityBox);
    m_checkButton->setObjectName(QStringLiteral("confirmIdentityButton"));
    m_checkButton->setAccessibleName(tr("Check the two identifiers"));
    m_checkButton->setAutoDefault(true);
    m_checkButton->setMinimumHeight(m_dobField->minimumHeight());
    m_dobProblem = new QLabel(identityBox);
    m_dobProblem->setObjectName(QStringLiteral("dobProblem"));
    m_dobProblem->setVisible(false);
    m_dobProblem->setWordWrap(true);
    connect(m_dobField, &QLineEdit::returnPressed, this, &DeskView::confirmIdentity);
    connect(m_checkButton, &QPushButton::clicked, this, &DeskView::confirmIdentity);
    connect(m_dobField, &QLineEdit::textEdited, m_dobProblem, &QLabel::hide);

    m_identity = new QWidget(identityBox);
    m_identity->setObjectName(QStringLiteral("identityResult"));
    auto *identityResult = new QHBoxLayout(m_identity);
    identityResult->setContentsMargins(0, 0, 0, 0);
    identityResult->setSpacing(8);
    m_identityIcon = new QLabel(m_identity);
    m_identityText = new QLabel(m_identity);
    m_identityText->setObjectName(QStringLiteral("identityText"));
    m_identityText->setWordWrap(true);
    QFont idFont = m_identityText->font();
    idFont.setPointSizeF(idFont.pointSizeF() * 1.15);
    idFont.setWeight(QFont::DemiBold);
    m_identityText->setFont(idFont);
    identityResult->addWidget(m_identityIcon, 0, Qt::AlignTop);
    identityResult->addWidget(m_identityText, 1);
    m_identity->setVisible(false);

    identityLayout->addWidget(m_dobPrompt, 0, 0, 1, 3);
    identityLayout->addWidget(m_dobField, 1, 0);
    identityLayout->addWidget(m_checkButton, 1, 1);
    identityLayout->setColumnStretch(2, 1);
    identityLayout->addWidget(m_dobProblem, 2, 0, 1, 3);
    identityLayout->addWidget(m_identity, 3, 0, 1, 3);
    layout->addWidget(identityBox);

    m_panel = new DecisionPanel(m_workspace, page);
    m_panel->setVisible(false);
    layout->addWidget(m_panel);
    layout->addStretch(1);

    connect(m_panel, &DecisionPanel::admitRequested, this, &DeskView::admit);
    connect(m_panel, &DecisionPanel::arrivedRequested, this, &DeskView::markArrived);
    connect(m_panel, &DecisionPanel::rescheduleRequested, this, &DeskView::reschedule);
    connect(m_panel, &DecisionPanel::bookRequested, this, &DeskView::book);
    connect(m_panel, &DecisionPanel::overrideRequested, this, &DeskView::askOverride);
    connect(m_panel, &DecisionPanel::eligibilityVerifiedRequested, this, &DeskView::verifyEligibilityNow);
    return page;
}

void DeskView::setHint(const QString &text, bool problem)
{
    // Typing on through a page of results keeps the same hint: setting it again would lay the desk out anew.
    const QPalette::ColorRole role = problem ? QPalette::WindowText : QPalette::PlaceholderText;
    if (m_hint->text() == text && m_hint->foregroundRole() == role)
        return;
    m_hint->setText(text);
    m_hint->setForegroundRole(role);
    QPalette p = m_hint->palette();
    if (problem)
        p.setColor(QPalette::WindowText, Theme::problemColor());
    m_hint->setPalette(problem ? p : QPalette());
}

void DeskView::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

/// Widths from the font, for the longest text each column usually holds, not from each page of results:
/// measuring every cell on every keystroke cost the desk a millisecond a key, and columns that shift as a
/// name is typed are harder to read. The name takes the rest of the row (and what the splitter gives);
/// the other columns can still be widened by hand. Only the names are measured, once a search has run
/// (fitNameColumn()).
void DeskView::sizeResultColumns()
{
    const QFontMetrics metrics(m_results->font());
    const int padding = metrics.averageCharWidth() * 2;
    const auto fit = [&](int column, QStringList samples) {
        samples << m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        int width = 0;
        for (const QString &text : samples)
            width = std::max(width, metrics.horizontalAdvance(text));
        m_results->setColumnWidth(column, width + padding);
    };
    QStringList matches;
    for (const auto match : {PatientResultsModel::Match::Mrn, PatientResultsModel::Match::NameAndDob,
             PatientResultsModel::Match::Dob, PatientResultsModel::Match::Phone,
             PatientResultsModel::Match::Name, PatientResultsModel::Match::AppointmentCode})
        matches << PatientResultsModel::matchText(match);

    QHeaderView *header = m_results->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PatientResultsModel::MatchColumn, QHeaderView::Stretch);
    fit(PatientResultsModel::DateOfBirthColumn, {QStringLiteral("00/00/0000")});
    fit(PatientResultsModel::MrnColumn, {QStringLiteral("M0000000")});
    fit(PatientResultsModel::PhoneColumn, {QStringLiteral("(000) 000-0000")});
    fit(PatientResultsModel::MatchColumn, matches);
    m_matchWidth = m_results->columnWidth(PatientResultsModel::MatchColumn);
    fitNameColumn();
}

/// The name takes what the other columns leave, and never less than the longest name listed: the name is
/// what the receptionist reads back to the patient, so a long one ("Murphy-Choi, Colleen Margaret") is
/// shown whole and the match column, which stretches into what is left, gives way instead.
void DeskView::fitNameColumn()
{
    const QHeaderView *header = m_results->header();
    int others = 0;
    for (const int column : {PatientResultsModel::DateOfBirthColumn, PatientResultsModel::MrnColumn,
             PatientResultsModel::PhoneColumn})
        others += header->sectionSize(column);
    const int room = m_results->viewport()->width() - others - m_matchWidth;
    // QTreeView hides sizeHintForColumn(); asked as any view, it measures the rows as shown.
    const QAbstractItemView *view = m_results;
    const int longest = m_model->count() > 0 ? view->sizeHintForColumn(PatientResultsModel::NameColumn) : 0;
    m_results->setColumnWidth(
        PatientResultsModel::NameColumn, std::max({room, longest, header->minimumSectionSize()}));
}

void DeskView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        sizeResultColumns();
}

void DeskView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_focusedOnce) {
        m_focusedOnce = true;
        m_searchField->setFocus(Qt::OtherFocusReason);
    }
}

bool DeskView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_results && event->type() == QEvent::Resize)
        fitNameColumn();
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_searchField && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)) {
            if (m_debounce.isActive())
                runSearch();
            if (m_model->count() > 0) {
                m_results->setFocus(Qt::TabFocusReason);
                m_results->setCurrentIndex(m_model->index(0, 0));
            }
            return true;
        }
        if (watched == m_results && key->key() == Qt::Key_Up && m_results->currentIndex().row() <= 0) {
            m_searchField->setFocus(Qt::BacktabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DeskView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (m_searchField->hasFocus())
            clear();
        else
            focusSearch();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DeskView::clear()
{
    m_searchField->clear();
    m_debounce.stop(); // clearing the text started the pause before a search
    m_model->clear();
    fitNameColumn();
    m_picked.reset();
    m_decision.reset();
    m_lastSlip.reset();
    m_detail->setCurrentIndex(0);
    setHint(tr("Type as the patient speaks: “alvarez maria”, “M0001”, “3/4/1961”, “617 555”. "
               "↓ goes to the list, Enter picks, Esc clears."));
    m_searchField->setFocus(Qt::OtherFocusReason);
}

void DeskView::runSearch()
{
    m_debounce.stop();
    const QString text = m_searchField->text();
    std::optional<PatientResultsModel::Row> scanned;
    QList<PatientMatch> matches;
    Store &store = m_workspace.store();
    const std::optional<qint64> code = AppointmentCode::parse(text);
    try {
        if (code) {
            if (const auto appointment = store.appointment(*code)) {
                if (const auto patient = store.patient(appointment->patientId))
                    scanned = PatientResultsModel::Row {
                        *patient, PatientResultsModel::Match::AppointmentCode, *code, appointment->startUtc};
            }
        }
        matches = m_search->find(text, kResultLimit);
    } catch (const Error &error) {
        ErrorNotice::show(this, tr("The search did not run"), error);
        return;
    }
    m_model->setResults(matches, scanned);
    fitNameColumn();
    if (m_model->count() > 0)
        m_results->setCurrentIndex(m_model->index(0, 0));

    if (text.trimmed().isEmpty()) {
        setHint(tr("Type as the patient speaks: “alvarez maria”, “M0001”, “3/4/1961”, “617 555”. "
                   "↓ goes to the list, Enter picks, Esc clears."));
    } else if (code && !scanned) {
        setHint(
            tr("There is no appointment %1. Check the code on the slip, or search by name and date of birth.")
                .arg(AppointmentCode::format(*code)),
            true);
    } else if (m_model->count() == 0) {
        setHint(
            tr("No patient matches “%1”. Check the spelling, or try the date of birth, the MRN or the phone.")
                .arg(text.trimmed()),
            true);
    } else {
        const int found = m_model->count();
        if (found == 1)
            setHint(tr("1 patient. Enter picks."));
        else if (found >= kResultLimit)
            setHint(tr(
                "The first %1 patients, best match first: type more to narrow. ↓ to choose, Enter to pick.")
                        .arg(found));
        else
            setHint(tr("%1 patients, best match first. ↓ to choose, Enter to pick.").arg(found));
    }
}

void DeskView::searchNow()
{
    runSearch();
    if (m_model->count() == 0)
        return;
    // A scanned slip or a single match goes straight to the patient; otherwise choose from the list.
    if (m_model->row(0).match == PatientResultsModel::Match::AppointmentCode || m_model->count() == 1) {
        pick(0);
        return;
    }
    m_results->setFocus(Qt::TabFocusReason);
    m_results->setCurrentIndex(m_model->index(0, 0));
}

void DeskView::pick(int row)
{
    if (row < 0 || row >= m_model->count())
        return;
    const PatientResultsModel::Row picked = m_model->row(row);
    // Reading a patient's record is on the audit trail: once per opening, not per keystroke of the
    // search and not again while the same record stays open. No record is shown that the trail missed.
    if (picked.patient.id != m_openedPatientId) {
        try {
            AuditEvent event;
            event.action = AuditAction::PatientOpened;
            event.userName = m_workspace.user().name;
            event.recordKind = QStringLiteral("patient");
            event.recordId = picked.patient.id;
            event.patientId = picked.patient.id;
            m_workspace.store().audit(event, m_workspace.clock().nowUtc());
        } catch (const Error &error) {
            ErrorNotice::show(this, tr("The patient's record was not opened"), error);
            return;
        }
        m_openedPatientId = picked.patient.id;
    }
    m_picked = picked;
    m_pickedQuery = m_searchField->text();
    m_decision.reset();
    m_lastSlip.reset();

    QString foundBy = tr("Found by: %1").arg(PatientResultsModel::matchText(picked.match));
    if (picked.match == PatientResultsModel::Match::AppointmentCode) {
        foundBy
            = tr("Slip %1: %2")
                  .arg(AppointmentCode::format(picked.appointmentId),
                      DeskText::when(m_workspace.center(), picked.appointmentStartUtc, m_workspace.today()));
    }
    m_card->setPatient(picked.patient, m_workspace.today(), foundBy);
    m_dobPrompt->setText(picked.match == PatientResultsModel::Match::Mrn
            ? tr("<b>Second identifier:</b> ask the patient's date of birth (the MRN is the first).")
            : tr("<b>Second identifier:</b> ask the patient's date of birth, and check that they give the "
                 "name "
                 "on the card."));
    m_dobField->clear();
    // A date of birth the patient already gave in the search counts as said.
    if (picked.match == PatientResultsModel::Match::NameAndDob
        || picked.match == PatientResultsModel::Match::Dob) {
        if (const auto date = TypedDate::birthDateIn(m_pickedQuery, m_workspace.today()))
            m_dobField->setText(date->toString(QStringLiteral("MM/dd/yyyy")));
    }
    m_dobProblem->hide();
    m_identity->hide();
    m_panel->hide();
    m_panel->clearStatus();
    m_detail->setCurrentIndex(1);
    m_dobField->setFocus(Qt::OtherFocusReason);
    m_dobField->selectAll();
}

void DeskView::confirmIdentity()
{
    if (!m_picked)
        return;
    const auto dob = TypedDate::birthDate(m_dobField->text(), m_workspace.today());
    if (!dob) {
        QPalette p = m_dobProblem->palette();
        p.setColor(QPalette::WindowText, Theme::problemColor());
        m_dobProblem->setPalette(p);
        m_dobProblem->setText(m_dobField->text().trimmed().isEmpty()
                ? tr("Ask the patient for their date of birth and type it here.")
                : tr("“%1” is not a date of birth. Write it as 03/04/1961, 1961-03-04 or 4 March 1961.")
                      .arg(m_dobField->text().trimmed()));
        m_dobProblem->show();
        m_dobField->setFocus();
        m_dobField->selectAll();
        return;
    }
    m_dobProblem->hide();
    CheckInRequest request;
    request.centerId = m_workspace.center().id;
    request.dateOfBirth = *dob;
    const Patient &patient = m_picked->patient;
    if (m_picked->match == PatientResultsModel::Match::Mrn) {
        request.mrn = patient.mrn;
    } else {
        request.lastName = patient.lastName;
        request.firstName = patient.firstName;
    }
    m_request = request;
    m_panel->clearStatus();
    evaluate(true);
}

void DeskView::evaluate(bool focusAction)
{
    if (!m_picked)
        return;
    try {
        showDecision(
            CheckInService(m_workspace.store(), m_workspace.clock()).evaluate(m_request), focusAction);
    } catch (const Error &error) {
        ErrorNotice::show(this, tr("The check-in could not be decided"), error);
    }
}

void DeskView::showDecision(const Decision &given, bool focusAction)
{
    Decision decision = given;
    // A name and date of birth may point at another patient of the same name than the one picked: the
    // record on the card must be the one identified, or nobody is.
    if (m_picked && decision.patient && decision.patient->id != m_picked->patient.id) {
        decision = Decision {};
        decision.outcome = Outcome::Unidentified;
        decision.reasons << Reason {ReasonCode::IdentityMismatch,
            tr("The date of birth %1 is not that of %2 (MRN %3), but of another patient of the same name; "
               "search again and pick the right record.")
                .arg(DeskText::dateOfBirth(m_request.dateOfBirth), m_picked->patient.displayName(),
                    m_picked->patient.mrn)};
    }
    m_decision = decision;
    showIdentity(decision);
    m_panel->setDecision(decision);
    m_panel->show();
    if (!focusAction)
        return;
    if (decision.outcome == Outcome::Unidentified) {
        m_dobField->setFocus(Qt::OtherFocusReason);
        m_dobField->selectAll();
    } else if (QPushButton *action = m_panel->primaryAction()) {
        action->setFocus(Qt::OtherFocusReason);
    } else {
        m_searchField->setFocus(Qt::OtherFocusReason);
    }
}

void DeskView::showIdentity(const Decision &decision)
{
    const bool byMrn = !m_request.mrn.isEmpty();
    const int size = m_identityText->fontMetrics().height();
    QPalette p = m_identityText->palette();
    if (decision.patient) {
        m_identityIcon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(size, size));
        m_identityText->setText(
            byMrn ? tr("MRN + date of birth ✓ — identified") : tr("Name + date of birth ✓ — identified"));
        p.setColor(QPalette::WindowText, Theme::okColor());
    } else {
        m_identityIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
        const bool ambiguous = decision.has(ReasonCode::IdentityAmbiguous);
        m_identityText->setText(ambiguous
                ? tr("Two patients share this name and date of birth — ask for the MRN and search by it")
                : tr("Date of birth does not match %1's record — stop here and ask again")
                      .arg(m_picked ? m_picked->patient.displayName() : tr("the patient")));
        p.setColor(QPalette::WindowText, Theme::problemColor());
    }
    m_identityText->setPalette(p);
    m_identity->setAccessibleName(m_identityText->text());
    m_identity->show();
}

void DeskView::admit()
{
    carryOut(true);
}

void DeskView::markArrived()
{
    carryOut(false);
}

void DeskView::carryOut(bool admitting)
{
    if (!m_decision || !m_decision->patient)
        return;
    Decision done;
    try {
        const QScopedValueRollback guard(m_writing, true);
        done
            = CheckInService(m_workspace.store(), m_workspace.clock()).checkIn(m_request, m_workspace.user());
    } catch (const Error &error) {
        ErrorNotice::show(
            this, admitting ? tr("The patient was not admitted") : tr("The arrival was not recorded"), error);
        evaluate(false);
        return;
    }
    showDecision(done, false);
    const QString now = DeskText::time(m_workspace.center(), m_workspace.clock().nowUtc());
    const QString name = done.patient ? DeskText::spokenName(*done.patient) : QString();
    if (done.has(ReasonCode::AlreadyCheckedIn)) {
        m_panel->setStatus(tr("%1 was already checked in; nothing was done again.").arg(name), true);
    } else if (done.outcome == Outcome::Admit && done.appointment
        && done.appointment->status == AppointmentStatus::CheckedIn) {
        m_panel->setStatus(tr("Checked in at %1: %2 to %3.")
                               .arg(now, name,
                                   DeskText::chairPhrase(
                                       done.chairOf(done.appointment->chairId), done.appointment->chairId)),
            true);
        Q_EMIT patientCheckedIn(done.appointment->id);
        focusSearch();
        return;
    } else if (done.outcome == Outcome::Wait && done.appointment
        && done.appointment->status == AppointmentStatus::Arrived) {
        m_panel->setStatus(
            tr("Marked arrived at %1: %2 is waiting. %3").arg(now, name, blockingSentences(done)), true);
        focusSearch();
        return;
    } else {
        m_panel->setStatus(tr("Nothing was admitted: the answer changed since it was shown. %1")
                               .arg(blockingSentences(done)),
            false);
    }
    if (QPushButton *action = m_panel->primaryAction())
        action->setFocus();
}

void DeskView::reschedule()
{
    if (!m_decision)
        return;
    const std::optional<Appointment> target = m_panel->movable();
    if (!target)
        return;
    const bool forced = m_decision->appointment && m_decision->appointment->id == target->id
        && m_decision->outcome == Outcome::Reschedule;
    const bool walkIn = !m_decision->appointment;
    const QString why = forced ? blockingSentences(*m_decision)
        : walkIn               ? tr("%1 came in today and asks to be seen sooner.")
                       .arg(DeskText::bookedFor(m_workspace.center(), target->startUtc, m_workspace.today()))
                 : tr("The patient asks to move this appointment.");
    const QString history = forced ? tr("rescheduled at the desk: %1").arg(blockingCodes(*m_decision))
        : walkIn                   ? tr("moved earlier at the desk: the patient came in to be seen sooner")
                                   : tr("moved at the desk at the patient's request");
    SlotDialog *dialog = SlotDialog::reschedule(m_workspace, *target, why, history, this);
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SlotDialog::appointmentBooked, this, [this, dialog](const Appointment &booked, qint64) {
        m_lastSlip = dialog->slip();
        {
            const QScopedValueRollback guard(m_writing, true);
            evaluate(false);
        }
        m_panel->setStatus(
            tr("Moved to %1, %2 — code %3.")
                .arg(DeskText::when(m_workspace.center(), booked.startUtc, m_workspace.today()),
                    m_lastSlip->chairText, AppointmentCode::format(booked.id)),
            true);
    });
    connect(dialog, &QDialog::finished, this, [this] {
        if (QPushButton *action = m_panel->primaryAction())
            action->setFocus();
        else
            focusSearch();
    });
    dialog->open();
}

void DeskView::book()
{
    if (!m_decision || !m_decision->patient)
        return;
    QString why = blockingSentences(*m_decision);
    if (why.isEmpty())
        why = tr("A new appointment for %1.").arg(DeskText::spokenName(*m_decision->patient));
    SlotDialog *dialog = SlotDialog::book(m_workspace, *m_decision->patient, why, this);
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SlotDialog::appointmentBooked, this, [this, dialog](const Appointment &booked, qint64) {
        m_lastSlip = dialog->slip();
        {
            const QScopedValueRollback guard(m_writing, true);
            evaluate(false);
        }
        m_panel->setStatus(
            tr("Booked %1, %2 — code %3.")
                .arg(DeskText::when(m_workspace.center(), booked.startUtc, m_workspace.today()),
                    m_lastSlip->chairText, AppointmentCode::format(booked.id)),
            true);
    });
    connect(dialog, &QDialog::finished, this, [this] { focusSearch(); });
    dialog->open();
}

void DeskView::askOverride()
{
    if (!m_decision || !m_decision->appointment)
        return;
    auto *dialog = new OverrideDialog(*m_decision, m_workspace.user(), this);
    dialog->setObjectName(QStringLiteral("overrideDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { applyOverride(dialog->codes(), dialog->reason(), dialog->breakGlass()); });
    dialog->open();
}

void DeskView::applyOverride(const QList<ReasonCode> &codes, const QString &reason, bool breakGlass)
{
    if (!m_decision || !m_decision->appointment)
        return;
    const qint64 appointmentId = m_decision->appointment->id;
    CheckInService service(m_workspace.store(), m_workspace.clock());
    Decision done;
    try {
        const QScopedValueRollback guard(m_writing, true);
        // The override stands on the desk's identification of the patient: record it first when this
        // appointment has none yet. Its answer may already be to admit (a chair came free).
        bool identified = false;
        for (const CheckInRecord &record : m_workspace.store().checkInDecisions(appointmentId))
            identified = identified || !record.identifiers.isEmpty();
        if (!identified)
            done = service.checkIn(m_request, m_workspace.user());
        if (!done.appointment || done.appointment->status != AppointmentStatus::CheckedIn) {
            done = breakGlass ? service.breakGlass(appointmentId, codes, reason, m_workspace.user())
                              : service.override(appointmentId, codes, reason, m_workspace.user());
        }
    } catch (const Error &error) {
        ErrorNotice::show(this, tr("The override was not applied"), error);
        const QScopedValueRollback guard(m_writing, true);
        evaluate(false);
        return;
    }
    showDecision(done, false);
    QStringList names;
    for (ReasonCode code : codes)
        names << reasonCodeName(code);
    const QString at = DeskText::time(m_workspace.center(), m_workspace.clock().nowUtc());
    if (breakGlass) {
        m_panel->setStatus(tr("Admitted at %1 by %2 with emergency access (break glass) over %3: %4. "
                              "Flagged for review.")
                               .arg(at, m_workspace.user().name, names.join(QStringLiteral(", ")), reason),
            true);
    } else {
        m_panel->setStatus(tr("Admitted at %1 by %2 over %3: %4.")
                               .arg(at, m_workspace.user().name, names.join(QStringLiteral(", ")), reason),
            true);
    }
    Q_EMIT patientCheckedIn(appointmentId);
    focusSearch();
}

void DeskView::onAppointmentChanged(qint64 appointmentId)
{
    if (m_writing || !m_decision)
        return;
    const bool shown = (m_decision->appointment && m_decision->appointment->id == appointmentId)
        || (m_decision->nextAppointment && m_decision->nextAppointment->id == appointmentId);
    if (shown)
        evaluate(false);
}

qint64 DeskView::resultPatientId() const
{
    const QModelIndex current = m_results->currentIndex();
    if (current.isValid() && current.row() < m_model->count())
        return m_model->row(current.row()).patient.id;
    return m_picked ? m_picked->patient.id : 0;
}

void DeskView::showResultsMenu(const QPoint &pos)
{
    const QModelIndex index = m_results->indexAt(pos);
    if (index.isValid())
        m_results->setCurrentIndex(index);
    QMenu menu(this);
    QAction *open = menu.addAction(tr("&Open patient page"));
    open->setEnabled(index.isValid());
    QAction *coverage = menu.addAction(tr("Coverage and &eligibility"));
    coverage->setEnabled(index.isValid());
    menu.addSeparator();
    QAction *add = menu.addAction(tr("Register &patient…"));
    const QAction *chosen = menu.exec(m_results->viewport()->mapToGlobal(pos));
    if (chosen == add)
        Q_EMIT registerPatientRequested();
    else if (chosen && index.isValid())
        Q_EMIT openPatientRequested(m_model->row(index.row()).patient.id,
            chosen == coverage ? QStringLiteral("coverage") : QString());
}

void DeskView::verifyEligibilityNow()
{
    if (!m_decision || !m_decision->patient)
        return;
    const Patient patient = *m_decision->patient;
    PatientService service(m_workspace.store(), m_workspace.clock());
    Coverage verified;
    try {
        Coverage coverage;
        try {
            coverage = service.coverageToVerify(patient.id, {});
        } catch (const Error &error) {
            if (error.kind() == Error::Kind::NotFound) {
                m_panel->setStatus(tr("%1 has no coverage on file: add it on the patient page, then verify.")
                                       .arg(DeskText::spokenName(patient)),
                    false);
                Q_EMIT openPatientRequested(patient.id, QStringLiteral("coverage"));
                return;
            }
            if (error.field() != QLatin1String("payer"))
                throw;
            // Several payers: the receptionist says which one they called.
            QStringList payers;
            const QList<Coverage> all = m_workspace.store().coverages(patient.id);
            for (const Coverage &c : all) {
                if (!payers.contains(c.payer, Qt::CaseInsensitive))
                    payers << c.payer;
            }
            bool ok = false;
            const QString payer = QInputDialog::getItem(this, tr("Eligibility verified now"),
                tr("Which payer confirmed eligibility?"), payers, 0, false, &ok);
            if (!ok)
                return;
            coverage = service.coverageToVerify(patient.id, payer);
        }
        const QScopedValueRollback guard(m_writing, true);
        verified = service.verifyEligibility(m_workspace.user(), coverage.id, m_workspace.center());
    } catch (const Error &error) {
        ErrorNotice::show(this, tr("Eligibility was not recorded"), error);
        return;
    }
    evaluate(true);
    m_panel->setStatus(tr("Eligibility with %1 verified now by %2, at %3.")
                           .arg(verified.payer, verified.eligibilityVerifiedBy,
                               DeskText::time(m_workspace.center(), verified.eligibilityVerifiedAtUtc)),
        true);
}

void DeskView::refresh()
{
    if (m_writing)
        return;
    if (!m_searchField->text().trimmed().isEmpty() && m_detail->currentIndex() == 0)
        runSearch();
    if (m_decision)
        evaluate(false);
}

void DeskView::printSlip()
{
    if (!isVisible())
        return;
    std::optional<ConfirmationSlip> slip = m_lastSlip;
    if (!slip && m_decision && m_decision->patient) {
        std::optional<Appointment> appointment;
        if (m_decision->appointment && isActive(m_decision->appointment->status))
            appointment = m_decision->appointment;
        else if (m_decision->nextAppointment)
            appointment = m_decision->nextAppointment;
        if (appointment) {
            slip = ConfirmationSlip::forAppointment(m_workspace.center(), *appointment, *m_decision->patient,
                m_decision->chairOf(appointment->chairId), m_decision->therapyOf(appointment->therapyId));
        }
    }
    if (!slip) {
        setHint(tr("There is no booked appointment on screen to print a slip for."), true);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setDocName(tr("Appointment %1").arg(slip->code));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the confirmation slip"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!slip->print(printer))
        ErrorNotice::show(this, tr("The slip was not printed"),
            tr("The printer could not be started. Check that it is on and connected, or save the slip as a "
               "PDF."));
}

} // namespace chairside
