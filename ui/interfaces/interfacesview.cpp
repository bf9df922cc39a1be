#include "interfaces/interfacesview.h"

#include "common/clock.h"
#include "common/error.h"
#include "interfaces/interfacemessagemodel.h"
#include "interfaces/mappingdialog.h"
#include "scheduling/centertime.h"
#include "style/theme.h"
#include "widgets/fieldproblems.h"
#include "widgets/pageheader.h"
#include "widgets/problembanner.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace chairside {

namespace {

/// How many messages the list holds: the newest; the filter and search narrow them.
constexpr int kListed = 300;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QString kindWord(MappingKind kind)
{
    return kind == MappingKind::Location ? InterfacesView::tr("Location") : InterfacesView::tr("Service");
}

void setupTable(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() * 2);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
}

/// "1 message" or "3 messages": `one` when n is 1, else `many` with n for %1 (the program speaks English;
/// a translation gives both forms).
QString counted(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

InterfacesView::InterfacesView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new InterfaceMessageModel(this))
    , m_tabs(new QTabWidget(this))
    , m_header(new PageHeader(tr("Interfaces"), tr("Messages"), this))
    , m_banner(new ProblemBanner(this))
    , m_countsLabel(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_listNote(new QLabel(this))
    , m_detailTitle(new QLabel(this))
    , m_problemText(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_raw(new QPlainTextEdit(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    //: A verb: map the sender's value to a center or a therapy.
    , m_map(new QPushButton(tr("&Map…"), this))
    , m_copy(new QPushButton(tr("C&opy raw text"), this))
    , m_status(new QLabel(this))
    , m_waitingTable(new QTableWidget(this))
    , m_mappingTable(new QTableWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_change(new QPushButton(tr("C&hange…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_mapWaiting(new QPushButton(tr("&Map…"), this))
    , m_offer(new QWidget(this))
    , m_offerText(new QLabel(this))
    , m_offerRetry(new QPushButton(tr("Retry &them now"), this))
    , m_authority(new QLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_settingsProblem(new QLabel(this))
    , m_settingsProblems(std::make_unique<FieldProblems>(m_settingsProblem))
    , m_mappingStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("interfacesView"));
    setAccessibleName(tr("Interfaces"));

    m_header->dateLabel()->setForegroundRole(QPalette::PlaceholderText);
    m_banner->setMessage({});
    m_tabs->setObjectName(QStringLiteral("interfacesTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildMessagesTab(), tr("Messages"));
    m_tabs->addTab(buildMappingsTab(), tr("Mappings and settings"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    // A burst of messages (a file import, the listener under load) reads the page once.
    m_reload.setSingleShot(true);
    m_reload.setInterval(150);
    connect(&m_reload, &QTimer::timeout, this, &InterfacesView::reload);
    connect(&m_workspace, &Workspace::interfaceMessageChanged, this, &InterfacesView::scheduleReload);
    connect(&m_workspace, &Workspace::everythingChanged, this, &InterfacesView::scheduleReload);
    connect(&m_workspace, &Workspace::centerChanged, this, &InterfacesView::scheduleReload);
    reload();
}

InterfacesView::~InterfacesView() = default;

QWidget *InterfacesView::buildMessagesTab()
{
    auto *page = new QWidget(this);

    m_countsLabel->setObjectName(QStringLiteral("interfaceCounts"));
    m_countsLabel->setTextFormat(Qt::RichText);
    m_state->setObjectName(QStringLiteral("interfaceStateBox"));
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("Every state"));
    for (InterfaceState state : allInterfaceStates())
        m_state->addItem(interfaceStateLabel(state), int(state));
    m_search->setObjectName(QStringLiteral("interfaceSearchField"));
    m_search->setAccessibleName(tr("Control id or type"));
    m_search->setPlaceholderText(tr("Control id or type (SIU^S12)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    auto *stateCaption = new QLabel(tr("&State:"), page);
    stateCaption->setBuddy(m_state);
    auto *searchCaption = new QLabel(tr("S&earch:"), page);
    searchCaption->setBuddy(m_search);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_countsLabel, 1);
    filters->addWidget(stateCaption);
    filters->addWidget(m_state);
    filters->addSpacing(fontMetrics().height());
    filters->addWidget(searchCaption);
    filters->addWidget(m_search);

    m_table->setObjectName(QStringLiteral("interfaceMessageTable"));
    m_table->setAccessibleName(tr("Messages received, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    m_listNote->setObjectName(QStringLiteral("interfaceListNote"));
    m_listNote->setForegroundRole(QPalette::PlaceholderText);

    auto *listSide = new QWidget(page);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_listNote);

    QFont titleFont = m_detailTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setObjectName(QStringLiteral("interfaceDetailTitle"));
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemText->setObjectName(QStringLiteral("interfaceProblemText"));
    m_problemText->setWordWrap(true);
    m_problemText->setTextFormat(Qt::PlainText);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problemText->setFocusPolicy(Qt::StrongFocus);
    {
        QPalette palette = m_problemText->palette();
        palette.setColor(QPalette::WindowText, Theme::problemColor());
        m_problemText->setPalette(palette);
    }
    m_facts->setObjectName(QStringLiteral("interfaceFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_raw->setObjectName(QStringLiteral("interfaceRawText"));
    m_raw->setAccessibleName(tr("The message's raw text"));
    m_raw->setReadOnly(true);
    m_raw->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_retry->setObjectName(QStringLiteral("interfaceRetryButton"));
    m_retry->setAccessibleName(tr("Retry the quarantined message"));
    m_map->setObjectName(QStringLiteral("interfaceMapButton"));
    m_map->setAccessibleName(tr("Map the value the message waits on"));
    m_copy->setObjectName(QStringLiteral("interfaceCopyButton"));
    m_status->setObjectName(QStringLiteral("interfaceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_map);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);

    auto *detail = new QWidget(page);
    detail->setObjectName(QStringLiteral("interfaceDetail"));
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    detailLayout->setSpacing(8);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_problemText);
    detailLayout->addWidget(m_facts);
    auto *rawCaption = new QLabel(tr("Raw &text, as received:"), detail);
    rawCaption->setBuddy(m_raw);
    rawCaption->setForegroundRole(QPalette::PlaceholderText);
    detailLayout->addWidget(rawCaption);
    detailLayout->addWidget(m_raw, 1);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->setObjectName(QStringLiteral("interfaceSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(listSide);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_filterChosen = true;
        reload();
    });
    connect(m_search, &QLineEdit::textChanged, this, &InterfacesView::applySearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InterfacesView::showSelectedRow);
    connect(m_retry, &QPushButton::clicked, this, &InterfacesView::retryShown);
    connect(m_map, &QPushButton::clicked, this, [this] {
        if (m_shown && m_shown->needsKind)
            openMappingDialog(*m_shown->needsKind, m_shown->needsValue);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_raw->toPlainText());
        say(tr("The raw text is on the clipboard."));
    });
    clearDetail();
    return page;
}

QWidget *InterfacesView::buildMappingsTab()
{
    auto *page = new QWidget(this);

    auto *waitingIntro = new QLabel(tr("Quarantined messages wait on these values. Map one, then retry "
                                       "the messages that waited on it."),
        page);
    waitingIntro->setWordWrap(true);
    waitingIntro->setForegroundRole(QPalette::PlaceholderText);
    m_waitingTable->setObjectName(QStringLiteral("interfaceWaitingTable"));
    m_waitingTable->setAccessibleName(tr("Values quarantined messages wait on"));
    m_waitingTable->setColumnCount(3);
    m_waitingTable->setHorizontalHeaderLabels({tr("Kind"), tr("Sender's value"), tr("Messages waiting")});
    setupTable(m_waitingTable);
    m_mapWaiting->setObjectName(QStringLiteral("interfaceMapWaitingButton"));
    m_mapWaiting->setAccessibleName(tr("Map the value selected"));

    m_offer->setObjectName(QStringLiteral("interfaceRetryOffer"));
    m_offerText->setObjectName(QStringLiteral("interfaceOfferText"));
    m_offerText->setWordWrap(true);
    m_offerRetry->setObjectName(QStringLiteral("interfaceOfferRetryButton"));
    auto *offerLayout = new QHBoxLayout(m_offer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    offerLayout->addWidget(m_offerText, 1);
    offerLayout->addWidget(m_offerRetry);
    m_offer->hide();

    auto *waitingButtons = new QHBoxLayout;
    waitingButtons->addWidget(m_mapWaiting);
    waitingButtons->addStretch(1);

    auto *waitingLayout = new QVBoxLayout;
    waitingLayout->setSpacing(6);
    waitingLayout->addWidget(sectionTitle(tr("Waiting for a mapping"), page));
    waitingLayout->addWidget(waitingIntro);
    waitingLayout->addWidget(m_waitingTable, 1);
    waitingLayout->addLayout(waitingButtons);
    waitingLayout->addWidget(m_offer);

    m_mappingTable->setObjectName(QStringLiteral("interfaceMappingTable"));
    m_mappingTable->setAccessibleName(tr("Mapping tables"));
    m_mappingTable->setColumnCount(5);
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Sender's value"), tr("Center or therapy"), tr("Changed by"), tr("Changed")});
    setupTable(m_mappingTable);
    m_add->setObjectName(QStringLiteral("interfaceAddMappingButton"));
    m_change->setObjectName(QStringLiteral("interfaceChangeMappingButton"));
    m_remove->setObjectName(QStringLiteral("interfaceRemoveMappingButton"));
    m_mappingStatus->setObjectName(QStringLiteral("interfaceMappingStatus"));
    m_mappingStatus->setWordWrap(true);

    auto *mappingButtons = new QHBoxLayout;
    mappingButtons->addWidget(m_add);
    mappingButtons->addWidget(m_change);
    mappingButtons->addWidget(m_remove);
    mappingButtons->addStretch(1);

    auto *mappingLayout = new QVBoxLayout;
    mappingLayout->setSpacing(6);
    mappingLayout->addWidget(sectionTitle(tr("Mapping tables"), page));
    mappingLayout->addWidget(m_mappingTable, 1);
    mappingLayout->addLayout(mappingButtons);
    mappingLayout->addWidget(m_mappingStatus);

    m_authority->setObjectName(QStringLiteral("interfaceMrnAuthorityField"));
    m_authority->setAccessibleName(tr("MRN assigning authority"));
    m_authority->setPlaceholderText(tr("The first MR or MRN identifier"));
    m_zone->setObjectName(QStringLiteral("interfaceSenderZoneBox"));
    m_zone->setAccessibleName(tr("Senders' time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->addItem(QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_zone->lineEdit()->setPlaceholderText(tr("The center's own"));
    m_settingsProblem->setObjectName(QStringLiteral("interfaceSettingsProblem"));
    m_settingsProblem->setWordWrap(true);
    m_settingsProblems->add(QStringLiteral("authority"), m_authority);
    m_settingsProblems->add(QStringLiteral("zone"), m_zone);
    auto *save = new QPushButton(tr("&Save settings"), page);
    save->setObjectName(QStringLiteral("interfaceSaveSettingsButton"));

    auto *settingsBox = new QGroupBox(tr("Settings"), page);
    auto *settingsForm = new QFormLayout(settingsBox);
    settingsForm->addRow(tr("MRN assigning a&uthority (PID-3.4):"), m_authority);
    settingsForm->addRow(tr("Senders' time &zone:"), m_zone);
    auto *settingsNote = new QLabel(tr("Times sent without an offset are read in this zone."), settingsBox);
    settingsNote->setForegroundRole(QPalette::PlaceholderText);
    settingsForm->addRow(QString(), settingsNote);
    settingsForm->addRow(QString(), m_settingsProblem);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addStretch(1);
    settingsForm->addRow(QString(), saveRow);

    auto *left = new QVBoxLayout;
    left->addLayout(waitingLayout, 2);
    left->addWidget(settingsBox);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(24);
    layout->addLayout(left, 2);
    layout->addLayout(mappingLayout, 3);

    connect(m_mapWaiting, &QPushButton::clicked, this, &InterfacesView::mapSelectedWaiting);
    connect(m_waitingTable, &QTableWidget::activated, this, &InterfacesView::mapSelectedWaiting);
    connect(m_offerRetry, &QPushButton::clicked, this, &InterfacesView::retryOffered);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const MappingKind kind
            = m_mappingTable->currentRow() >= 0 && m_mappingTable->currentRow() < m_mappings.size()
            ? m_mappings.at(m_mappingTable->currentRow()).kind
            : MappingKind::Location;
        openMappingDialog(kind, {});
    });
    connect(m_change, &QPushButton::clicked, this, [this] { changeMapping(m_mappingTable->currentRow()); });
    connect(m_mappingTable, &QTableWidget::activated, this,
        [this](const QModelIndex &index) { changeMapping(index.row()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeMapping(m_mappingTable->currentRow()); });
    connect(save, &QPushButton::clicked, this, &InterfacesView::saveSettings);
    return page;
}

QString InterfacesView::title() const
{
    return m_counts.quarantined > 0 ? tr("Interfaces (%1)").arg(m_counts.quarantined) : tr("Interfaces");
}

void InterfacesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void InterfacesView::scheduleReload()
{
    m_reload.start();
}

void InterfacesView::failed(const QString &what, const QString &message)
{
    m_banner->setMessage(
        tr("%1: %2 What the page shows may be out of date; press F5 to try again.").arg(what, message));
}

void InterfacesView::reload()
{
    m_reload.stop();
    m_banner->setMessage({});
    InterfaceService service(m_workspace.store(), m_workspace.clock());
    // The tab's count stays true while the page is hidden; the rest waits until it is shown.
    readCounts(service);
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    readMessages(service);
    readMappings(service);
}

void InterfacesView::readCounts(InterfaceService &service)
{
    try {
        m_counts = service.counts(m_workspace.user());
        // Today's messages: the newest pages until one older than today.
        const Center &center = m_workspace.center();
        const QDateTime dayStart = center.timeZone().isValid()
            ? CenterTime::dayStartUtc(center, m_workspace.today())
            : QDateTime(m_workspace.today(), QTime(0, 0)).toUTC();
        m_receivedToday = 0;
        InterfaceMessageFilter filter;
        filter.limit = 500;
        for (bool more = true; more; filter.offset += filter.limit) {
            const QList<InterfaceMessage> page = service.messages(m_workspace.user(), filter);
            for (const InterfaceMessage &message : page) {
                if (message.receivedAtUtc < dayStart) {
                    more = false;
                    break;
                }
                ++m_receivedToday;
            }
            more = more && page.size() == filter.limit;
        }
    } catch (const Error &error) {
        failed(tr("The message counts could not be read"), error.message());
    }
    m_countsLabel->setText(
        tr("<b>%1</b> received today &nbsp;·&nbsp; <b>%2</b> applied &nbsp;·&nbsp; "
           "<b>%3</b> repeated &nbsp;·&nbsp; <b>%4</b> ignored &nbsp;·&nbsp; %5")
            .arg(m_receivedToday)
            .arg(m_counts.applied)
            .arg(m_counts.duplicate)
            .arg(m_counts.ignored)
            .arg(m_counts.quarantined > 0 ? QStringLiteral("<span style=\"color:%1\"><b>%2</b> %3</span>")
                                                .arg(Theme::problemColor().name())
                                                .arg(m_counts.quarantined)
                                                .arg(tr("quarantined"))
                                          : tr("<b>0</b> quarantined")));
    m_countsLabel->setAccessibleName(
        tr("%1 received today, %2 applied, %3 repeated, %4 ignored, %5 quarantined")
            .arg(m_receivedToday)
            .arg(m_counts.applied)
            .arg(m_counts.duplicate)
            .arg(m_counts.ignored)
            .arg(m_counts.quarantined));
    m_header->setDateText(counted(m_counts.total(), tr("1 message kept"), tr("%1 messages kept")));
    updateTitle();
}

void InterfacesView::readMessages(InterfaceService &service)
{
    if (!m_filterChosen) {
        // Quarantined first while there are any: they are what the page is opened for.
        const QScopedValueRollback guard(m_loading, true);
        m_state->setCurrentIndex(
            m_counts.quarantined > 0 ? m_state->findData(int(InterfaceState::Quarantined)) : 0);
    }
    QList<InterfaceMessage> messages;
    InterfaceMessageFilter filter;
    filter.state = stateFilter();
    filter.limit = kListed;
    try {
        messages = service.messages(m_workspace.user(), filter);
    } catch (const Error &error) {
        failed(tr("The messages could not be read"), error.message());
    }
    const qint64 keep = m_shownId;
    m_model->setMessages(m_workspace.center(), messages);
    m_table->resizeColumnsToContents();
    applySearch();
    m_listNote->setText(messages.size() >= kListed
            ? tr("The newest %1 messages: pick a state to see older ones.").arg(messages.size())
            : counted(messages.size(), tr("1 message"), tr("%1 messages, newest first")));
    if (keep > 0)
        showMessage(keep);
    else if (m_model->rowCount() > 0 && !m_table->isRowHidden(0))
        m_table->selectRow(0);
    else
        clearDetail();
    const int row = m_model->rowOf(m_shownId);
    if (row >= 0 && !m_table->isRowHidden(row)) {
        const QScopedValueRollback guard(m_loading, true);
        m_table->selectRow(row);
    }
}

void InterfacesView::readMappings(InterfaceService &service)
{
    try {
        m_waiting = service.waiting(m_workspace.user());
        m_mappings = service.mappings(m_workspace.user());
        const InterfaceSettings settings = service.settings(m_workspace.user());
        if (!m_authority->hasFocus())
            m_authority->setText(settings.mrnAuthority);
        if (!m_zone->hasFocus())
            m_zone->setCurrentText(QString::fromLatin1(settings.senderZone));
    } catch (const Error &error) {
        failed(tr("The mapping tables could not be read"), error.message());
    }

    const int waitingRow = m_waitingTable->currentRow();
    m_waitingTable->setRowCount(int(m_waiting.size()));
    for (int row = 0; row < m_waiting.size(); ++row) {
        const InterfaceWaiting &w = m_waiting.at(row);
        m_waitingTable->setItem(row, 0, cell(kindWord(w.kind)));
        m_waitingTable->setItem(row, 1, cell(w.value));
        m_waitingTable->setItem(row, 2, cell(counted(w.messages, tr("1 message"), tr("%1 messages"))));
    }
    m_waitingTable->resizeColumnsToContents();
    if (!m_waiting.isEmpty())
        m_waitingTable->selectRow(qBound(0, waitingRow, int(m_waiting.size()) - 1));
    m_mapWaiting->setEnabled(!m_waiting.isEmpty());

    const int mappingRow = m_mappingTable->currentRow();
    m_mappingTable->setRowCount(int(m_mappings.size()));
    const Center &center = m_workspace.center();
    for (int row = 0; row < m_mappings.size(); ++row) {
        const InterfaceMapping &m = m_mappings.at(row);
        const QDateTime changed = center.timeZone().isValid() ? CenterTime::toLocal(center, m.changedAtUtc)
                                                              : m.changedAtUtc.toLocalTime();
        m_mappingTable->setItem(row, 0, cell(kindWord(m.kind)));
        m_mappingTable->setItem(row, 1, cell(m.senderValue));
        m_mappingTable->setItem(row, 2, cell(m.targetName));
        m_mappingTable->setItem(row, 3, cell(m.changedBy));
        m_mappingTable->setItem(row, 4,
            cell(changed.isValid() ? QLocale().toString(changed, tr("d MMM yyyy HH:mm", "date format"))
                                   : QString()));
    }
    m_mappingTable->resizeColumnsToContents();
    if (!m_mappings.isEmpty())
        m_mappingTable->selectRow(qBound(0, mappingRow, int(m_mappings.size()) - 1));
    m_change->setEnabled(!m_mappings.isEmpty());
    m_remove->setEnabled(!m_mappings.isEmpty());
}

void InterfacesView::applySearch()
{
    const QString text = m_search->text().trimmed();
    int shown = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const InterfaceMessage &m = m_model->messageAt(row);
        const bool match = text.isEmpty() || m.controlId.contains(text, Qt::CaseInsensitive)
            || m.messageType.contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
        shown += match ? 1 : 0;
    }
    if (!text.isEmpty())
        m_listNote->setText(counted(shown, tr("1 message matches"), tr("%1 messages match")));
}

std::optional<InterfaceState> InterfacesView::stateFilter() const
{
    const QVariant state = m_state->currentData();
    if (!state.isValid())
        return std::nullopt;
    return InterfaceState(state.toInt());
}

void InterfacesView::setStateFilter(std::optional<InterfaceState> state)
{
    m_filterChosen = true;
    m_state->setCurrentIndex(state ? m_state->findData(int(*state)) : 0);
}

void InterfacesView::setSearch(const QString &text)
{
    m_search->setText(text);
}

void InterfacesView::selectMessage(qint64 messageId)
{
    if (m_model->rowOf(messageId) < 0) {
        setStateFilter(std::nullopt);
        reload();
    }
    showMessage(messageId);
    const int row = m_model->rowOf(messageId);
    if (row >= 0) {
        const QScopedValueRollback guard(m_loading, true);
        m_table->selectRow(row);
    }
}

void InterfacesView::showSelectedRow()
{
    if (m_loading)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    showMessage(current.data(InterfaceMessageModel::IdRole).toLongLong());
}

void InterfacesView::clearDetail()
{
    m_shownId = 0;
    m_shown.reset();
    m_detailTitle->setText(tr("No message selected"));
    m_problemText->hide();
    m_facts->setText(tr("Pick a message in the list to see it whole."));
    m_raw->clear();
    m_retry->setEnabled(false);
    m_map->hide();
    m_copy->setEnabled(false);
}

void InterfacesView::showMessage(qint64 messageId)
{
    std::optional<InterfaceMessage> message;
    try {
        message = InterfaceService(m_workspace.store(), m_workspace.clock())
                      .message(m_workspace.user(), messageId);
    } catch (const Error &error) {
        failed(tr("The message could not be read"), error.message());
        return;
    }
    if (!message) {
        clearDetail();
        return;
    }
    if (messageId != m_shownId)
        m_status->clear();
    m_shownId = messageId;
    m_shown = message;
    const InterfaceMessage &m = *message;
    const Center &center = m_workspace.center();
    const auto local = [&center](const QDateTime &utc) {
        const QDateTime at
            = center.timeZone().isValid() ? CenterTime::toLocal(center, utc) : utc.toLocalTime();
        return QLocale().toString(at, tr("d MMM yyyy HH:mm:ss", "date format"));
    };

    m_detailTitle->setText(
        tr("%1 · %2 · %3")
            .arg(m.messageType.isEmpty() ? tr("Unread message") : m.messageType,
                m.controlId.isEmpty() ? tr("no control id") : tr("control id %1").arg(m.controlId),
                interfaceStateLabel(m.state)));

    if (m.state == InterfaceState::Quarantined && m.error) {
        QStringList where;
        if (!m.error->segment.isEmpty())
            where << tr("segment %1").arg(m.error->segment);
        if (!m.error->field.isEmpty() && m.error->field != m.error->segment)
            where << tr("field %1").arg(m.error->field);
        QString text = where.isEmpty()
            ? tr("Refused: %1").arg(m.error->reason)
            : tr("Refused at %1: %2").arg(where.join(QStringLiteral(", ")), m.error->reason);
        if (!text.endsWith(QLatin1Char('.')))
            text += QLatin1Char('.');
        if (m.needsKind) {
            text += QLatin1Char(' ')
                + (*m.needsKind == MappingKind::Location
                        ? tr("It waits for the location “%1” to be mapped to a center.")
                        : tr("It waits for the service “%1” to be mapped to a therapy."))
                      .arg(m.needsValue);
        }
        text += QLatin1Char(' ') + tr("Nothing of it was written.");
        m_problemText->setText(text);
        m_problemText->show();
    } else {
        m_problemText->hide();
    }

    QStringList facts;
    const auto fact = [&facts](const QString &name, const QString &value) {
        facts << QStringLiteral("<tr><td style=\"padding-right:12px\"><i>%1</i></td><td>%2</td></tr>")
                     .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    fact(tr("Received"), local(m.receivedAtUtc));
    const QString sender = InterfaceMessageModel::senderLabel(m);
    const QString channel = InterfaceMessageModel::channelLabel(m.channel);
    fact(tr("From"),
        sender == m.sender ? tr("%1, by %2").arg(sender, channel)
                           : tr("%1, by %2 (%3)").arg(sender, channel, m.sender));
    fact(tr("Format"),
        tr("%1, %2").arg(
            InterfaceMessageModel::formatLabel(m.format), counted(m.rawSize, tr("1 byte"), tr("%1 bytes"))));
    if (m.state == InterfaceState::Duplicate && m.duplicateOf > 0)
        fact(tr("What it did"), tr("Nothing: it repeats message %1, already applied.").arg(m.duplicateOf));
    else if (!m.summary.isEmpty())
        fact(tr("What it did"), m.summary);
    else if (m.state == InterfaceState::Quarantined)
        fact(tr("What it did"), tr("Nothing yet."));
    if (m.appliedAtUtc.isValid())
        fact(tr("Applied"), local(m.appliedAtUtc));
    if (m.retries > 0)
        fact(tr("Retries"),
            m.retries == 1 ? tr("once, by %1 at %2").arg(m.retriedBy, local(m.retriedAtUtc))
                           : tr("%1 times, the last by %2 at %3")
                                 .arg(QString::number(m.retries), m.retriedBy, local(m.retriedAtUtc)));
    m_facts->setText(QStringLiteral("<table>%1</table>").arg(facts.join(QString())));

    m_raw->setPlainText(readableRaw(m));
    m_retry->setEnabled(m.state == InterfaceState::Quarantined);
    m_map->setVisible(m.state == InterfaceState::Quarantined && m.needsKind.has_value());
    m_copy->setEnabled(!m.raw.isEmpty());
}

QString InterfacesView::readableRaw(const InterfaceMessage &message)
{
    if (message.format == InterfaceFormat::Fhir) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(message.raw, &error);
        if (error.error == QJsonParseError::NoError)
            return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    }
    QString text = QString::fromUtf8(message.raw);
    if (message.format == InterfaceFormat::Hl7v2 || message.format == InterfaceFormat::Unknown) {
        // MLLP's frame bytes say nothing to a reader; segments end in CR, CRLF or LF.
        text.remove(QChar(0x0b));
        text.remove(QChar(0x1c));
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return text.trimmed();
}

void InterfacesView::say(const QString &text, bool problem)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
        problem ? Theme::problemColor() : QApplication::palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

void InterfacesView::retryShown()
{
    if (!m_shown || m_shown->state != InterfaceState::Quarantined)
        return;
    const qint64 id = m_shownId;
    InterfaceReceipt receipt;
    try {
        receipt = InterfaceService(m_workspace.store(), m_workspace.clock()).retry(m_workspace.user(), id);
    } catch (const Error &error) {
        say(tr("Message %1 could not be retried: %2").arg(id).arg(error.message()), true);
        return;
    }
    InterfaceService service(m_workspace.store(), m_workspace.clock());
    readCounts(service);
    std::optional<InterfaceMessage> now;
    try {
        now = service.message(m_workspace.user(), id);
    } catch (const Error &error) {
        failed(tr("The message could not be read"), error.message());
    }
    if (now)
        m_model->updateMessage(*now);
    showMessage(id);
    switch (receipt.state) {
    case InterfaceState::Applied:
        say(receipt.summary.isEmpty() ? tr("Message %1 was applied.").arg(id)
                                      : tr("Message %1 was applied: %2.").arg(id).arg(receipt.summary));
        break;
    case InterfaceState::Quarantined:
        say(tr("Message %1 is still quarantined: %2")
                .arg(id)
                .arg(receipt.errors.isEmpty() ? QString() : receipt.errors.first().toString()),
            true);
        break;
    case InterfaceState::Duplicate:
        say(tr("Message %1 repeats one already applied: nothing more was done.").arg(id));
        break;
    case InterfaceState::Ignored:
        say(tr("Message %1 was read, with nothing to do.").arg(id));
        break;
    }
    // The mapping tab's waiting values change with it; the list keeps the row until the next reload.
    readMappings(service);
}

MappingDialog *InterfacesView::openMappingDialog(
    MappingKind kind, const QString &value, const std::optional<InterfaceMapping> &current)
{
    auto *dialog = new MappingDialog(m_workspace, kind, value, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const InterfaceMapping saved = dialog->mapping();
        m_mappingStatus->setText(tr("“%1” now maps to %2.").arg(saved.senderValue, saved.targetName));
        reload();
        offerRetry(saved.kind, saved.senderValue);
    });
    dialog->open();
    return dialog;
}

MappingDialog *InterfacesView::changeMapping(int row)
{
    if (row < 0 || row >= m_mappings.size())
        return nullptr;
    const InterfaceMapping mapping = m_mappings.at(row);
    return openMappingDialog(mapping.kind, mapping.senderValue, mapping);
}

void InterfacesView::removeMapping(int row)
{
    if (row < 0 || row >= m_mappings.size())
        return;
    const InterfaceMapping mapping = m_mappings.at(row);
    try {
        InterfaceService(m_workspace.store(), m_workspace.clock())
            .removeMapping(m_workspace.user(), mapping.kind, mapping.senderValue);
    } catch (const Error &error) {
        m_mappingStatus->setText(
            tr("“%1” could not be removed: %2").arg(mapping.senderValue, error.message()));
        return;
    }
    m_mappingStatus->setText(tr("“%1” no longer maps to %2; messages naming it will wait for a mapping.")
                                 .arg(mapping.senderValue, mapping.targetName));
    reload();
}

void InterfacesView::mapSelectedWaiting()
{
    const int row = m_waitingTable->currentRow();
    if (row < 0 || row >= m_waiting.size())
        return;
    openMappingDialog(m_waiting.at(row).kind, m_waiting.at(row).value);
}

void InterfacesView::offerRetry(MappingKind kind, const QString &value)
{
    int waiting = 0;
    try {
        const QList<InterfaceWaiting> values
            = InterfaceService(m_workspace.store(), m_workspace.clock()).waiting(m_workspace.user());
        for (const InterfaceWaiting &w : values) {
            if (w.kind == kind && w.value.compare(value, Qt::CaseInsensitive) == 0)
                waiting += w.messages;
        }
    } catch (const Error &error) {
        failed(tr("The messages waiting could not be read"), error.message());
    }
    m_offerKind = kind;
    m_offerValue = value;
    m_offerText->setText(counted(
        waiting, tr("1 quarantined message waited on “%2”."), tr("%1 quarantined messages waited on “%2”."))
                             .arg(value));
    m_offer->setVisible(waiting > 0);
    if (waiting > 0)
        m_offerRetry->setFocus();
}

void InterfacesView::retryOffered()
{
    if (!m_offerKind)
        return;
    QList<InterfaceReceipt> receipts;
    try {
        receipts = InterfaceService(m_workspace.store(), m_workspace.clock())
                       .retryWaitingOn(m_workspace.user(), *m_offerKind, m_offerValue);
    } catch (const Error &error) {
        m_mappingStatus->setText(tr("The messages could not be retried: %1").arg(error.message()));
        return;
    }
    int applied = 0;
    QString stillWhy;
    for (const InterfaceReceipt &receipt : std::as_const(receipts)) {
        if (receipt.state == InterfaceState::Quarantined) {
            if (stillWhy.isEmpty() && !receipt.errors.isEmpty())
                stillWhy = receipt.errors.first().toString();
        } else {
            ++applied;
        }
    }
    const int still = int(receipts.size()) - applied;
    QString text = counted(
        applied, tr("1 of the messages retried went through"), tr("%1 of the messages retried went through"));
    if (still > 0)
        text += tr("; %1 still quarantined: %2").arg(still).arg(stillWhy);
    m_mappingStatus->setText(text + QLatin1Char('.'));
    say(m_mappingStatus->text(), still > 0);
    m_offer->hide();
    m_offerKind.reset();
    reload();
}

void InterfacesView::saveSettings()
{
    m_settingsProblems->clear();
    try {
        InterfaceService service(m_workspace.store(), m_workspace.clock());
        service.setMrnAuthority(m_workspace.user(), m_authority->text().trimmed());
        service.setSenderZone(m_workspace.user(), m_zone->currentText().trimmed().toLatin1());
    } catch (const Error &error) {
        m_settingsProblems->show(error);
        return;
    }
    m_mappingStatus->setText(tr("The interface settings were saved."));
}

QString InterfacesView::settingsProblem() const
{
    return m_settingsProblems->message();
}

void InterfacesView::updateTitle()
{
    const QString now = title();
    if (now == m_title)
        return;
    m_title = now;
    Q_EMIT titleChanged(now);
}

} // namespace chairside
