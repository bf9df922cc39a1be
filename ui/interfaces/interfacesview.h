#pragma once

#include "interface/interfaceservice.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace chairside {

class InterfaceMessageModel;
class FieldProblems;
class MappingDialog;
class PageHeader;
class ProblemBanner;
class Workspace;

/// The admin's Interfaces page: what other systems sent (HL7 v2, FHIR, CSV through the listener, an
/// import or the drop folder) and what became of it. The Messages tab counts the states, lists the
/// messages newest first (quarantined ones first when there are any) and shows the one selected whole:
/// its raw text readable, where and why it was refused, what it did, its retries; a quarantined one is
/// retried from there. The Mappings tab holds the values quarantined messages wait on (each mapped in a
/// step, then those messages retried), the two mapping tables and the interface's settings. A message
/// received or retried here or in another program (the listener, an import) shows at once through
/// Workspace::interfaceMessageChanged; the tab's title counts the quarantined messages.
class InterfacesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterfacesView)

public:
    explicit InterfacesView(Workspace &workspace, QWidget *parent = nullptr);
    ~InterfacesView() override;

    /// "Interfaces (2)" while two messages are quarantined, "Interfaces" when none: the tab's title.
    QString title() const;
    qint64 quarantinedCount() const { return m_counts.quarantined; }
    /// How many messages came today on the center's clock.
    qint64 receivedToday() const { return m_receivedToday; }

    /// Reads the counts, the list, the message shown and the mappings again.
    void reload();

    /// Shows the message's details, selecting its row (the filter set to show it when it is hidden).
    void selectMessage(qint64 messageId);
    qint64 selectedMessageId() const { return m_shownId; }
    /// Retries the message shown; the row and the status line say how it went.
    void retryShown();
    /// The state the list is narrowed to; nothing for all.
    std::optional<InterfaceState> stateFilter() const;
    void setStateFilter(std::optional<InterfaceState> state);
    void setSearch(const QString &text);

    /// Opens the dialog that maps `value` (the kind's table), window-modal; after it is saved the page
    /// offers to retry the messages that waited on the value. Returns the dialog, open.
    MappingDialog *openMappingDialog(MappingKind kind, const QString &value,
        const std::optional<InterfaceMapping> &current = std::nullopt);
    /// Changes the mapping listed at `row` of the mapping table.
    MappingDialog *changeMapping(int row);
    /// Removes the mapping listed at `row`; the status line says so.
    void removeMapping(int row);
    /// Retries the messages waiting on the value last mapped (the offer after a mapping).
    void retryOffered();
    /// Saves the two settings; a problem marks its field.
    void saveSettings();

    InterfaceMessageModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *countsLabel() const { return m_countsLabel; }
    QLabel *detailTitle() const { return m_detailTitle; }
    QLabel *problemText() const { return m_problemText; }
    QLabel *factsText() const { return m_facts; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *statusLine() const { return m_status; }
    QTableWidget *waitingTable() const { return m_waitingTable; }
    QTableWidget *mappingTable() const { return m_mappingTable; }
    QLabel *offerLabel() const { return m_offerText; }
    QPushButton *offerButton() const { return m_offerRetry; }
    QLineEdit *authorityField() const { return m_authority; }
    QComboBox *zoneBox() const { return m_zone; }
    QString settingsProblem() const;
    ProblemBanner *problemBanner() const { return m_banner; }

    /// The raw text as the detail shows it: HL7 segments one per line, FHIR JSON indented.
    static QString readableRaw(const InterfaceMessage &message);

Q_SIGNALS:
    void titleChanged(const QString &title);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildMessagesTab();
    QWidget *buildMappingsTab();
    void scheduleReload();
    void readCounts(InterfaceService &service);
    void readMessages(InterfaceService &service);
    void readMappings(InterfaceService &service);
    void applySearch();
    void showMessage(qint64 messageId);
    void showSelectedRow();
    void clearDetail();
    void updateTitle();
    void say(const QString &text, bool problem = false);
    void mapSelectedWaiting();
    void offerRetry(MappingKind kind, const QString &value);
    void failed(const QString &what, const QString &message);

    Workspace &m_workspace;
    InterfaceMessageModel *m_model;
    QTabWidget *m_tabs;
    PageHeader *m_header;
    ProblemBanner *m_banner;
    QLabel *m_countsLabel;
    QComboBox *m_state;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_listNote;
    QLabel *m_detailTitle;
    QLabel *m_problemText;
    QLabel *m_facts;
    QPlainTextEdit *m_raw;
    QPushButton *m_retry;
    QPushButton *m_map;
    QPushButton *m_copy;
    QLabel *m_status;
    QTableWidget *m_waitingTable;
    QTableWidget *m_mappingTable;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
    QPushButton *m_mapWaiting;
    QWidget *m_offer;
    QLabel *m_offerText;
    QPushButton *m_offerRetry;
    QLineEdit *m_authority;
    QComboBox *m_zone;
    QLabel *m_settingsProblem;
    std::unique_ptr<FieldProblems> m_settingsProblems;
    QLabel *m_mappingStatus;

    QTimer m_reload;
    bool m_stale = true;
    bool m_filterChosen = false; ///< the admin picked a state: the quarantined-first default stops
    bool m_loading = false;
    InterfaceCounts m_counts;
    qint64 m_receivedToday = 0;
    qint64 m_shownId = 0;
    std::optional<InterfaceMessage> m_shown;
    QList<InterfaceWaiting> m_waiting;
    QList<InterfaceMapping> m_mappings;
    std::optional<MappingKind> m_offerKind;
    QString m_offerValue;
    QString m_title;
};

} // namespace chairside
