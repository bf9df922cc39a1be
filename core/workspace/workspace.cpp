#include "workspace.h"

#include "common/clock.h"
#include "common/error.h"
#include "scheduling/centertime.h"
#include "store/changejournal.h"
#include "store/store.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace chairside {

Workspace::Workspace(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    m_listener
        = m_store.database().addChangeListener([this](const ChangeList &changes) { onOwnChanges(changes); });
    connect(&m_watch, &QTimer::timeout, this, &Workspace::checkForExternalChanges);
    // The baseline: what was committed before this workspace opened is no news.
    checkForExternalChanges();
    setWatchInterval(400);
}

Workspace::~Workspace()
{
    m_store.database().removeChangeListener(m_listener);
}

void Workspace::setUser(const User &user)
{
    m_user = user;
    Q_EMIT userChanged(m_user);
}

void Workspace::setCenter(const Center &center)
{
    m_center = center;
    m_centers.insert(center.id, center);
    Q_EMIT centerChanged(m_center);
}

QDate Workspace::today() const
{
    if (!m_center.timeZone().isValid())
        return m_clock.nowUtc().date();
    return CenterTime::localDate(m_center, m_clock.nowUtc());
}

void Workspace::setWatchInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_watch.stop();
        m_notifier.reset();
        return;
    }
    m_watch.start(milliseconds);
    // A server tells of other programs' commits as they happen: the watch looks at once, and the timer
    // stays as the fallback (and for SQLite, which cannot tell).
    if (!m_notifier && m_store.database().isConnected())
        watchNotifications();
}

void Workspace::onOwnChanges(const ChangeList &changes)
{
    for (const Change &change : changes) {
        if (change.seq == 0)
            continue;
        // Our rows are skipped when the journal is next read; in a row after the last one read, they
        // simply move the mark on.
        if (m_lastSeq >= 0 && m_ownSeqs.isEmpty() && change.seq == m_lastSeq + 1)
            m_lastSeq = change.seq;
        else
            m_ownSeqs.insert(change.seq);
    }
    announce(changes);
}

void Workspace::checkForExternalChanges()
{
    try {
        readExternalChanges();
    } catch (const Error &error) {
        // A lost server is said once, by the signal below, not at every look.
        if (m_store.database().isConnected())
            Q_EMIT storeError(error.message());
    }
    const bool connected = m_store.database().isConnected();
    // A lost connection's socket reads as ready for ever, and a new one has a socket of its own.
    const int socket = m_store.database().notificationSocket();
    if (m_notifier && (!connected || m_notifier->socket() != socket))
        m_notifier.reset();
    if (connected && !m_notifier && m_watch.isActive())
        watchNotifications();
    if (connected != m_serverConnected) {
        m_serverConnected = connected;
        Q_EMIT serverConnectionChanged(connected);
    }
}

void Workspace::readExternalChanges()
{
    m_store.database().announceAutocommitted();
    const qint64 version = m_store.dataVersion();
    if (m_dataVersion >= 0 && version == m_dataVersion)
        return;
    m_dataVersion = version;
    ChangeJournal *journal = m_store.database().changeJournal();
    if (!journal)
        return;
    if (m_lastSeq < 0) {
        m_lastSeq = journal->lastSeq();
        m_ownSeqs.clear();
        return;
    }
    const ChangeJournal::Read read = journal->since(m_lastSeq);
    ChangeList theirs;
    for (const Change &change : read.changes) {
        if (!m_ownSeqs.contains(change.seq))
            theirs << change;
    }
    m_lastSeq = read.lastSeq;
    m_ownSeqs.removeIf([this](qint64 seq) { return seq <= m_lastSeq; });
    announce(theirs);
}

void Workspace::watchNotifications()
{
    const int socket = m_store.database().notificationSocket();
    if (socket < 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &Workspace::checkForExternalChanges);
}

QDate Workspace::dayOf(qint64 centerId, const QDateTime &startUtc)
{
    const auto known = m_centers.constFind(centerId);
    if (known != m_centers.cend())
        return CenterTime::localDate(*known, startUtc);
    const std::optional<Center> center = m_store.center(centerId);
    if (!center)
        return {};
    m_centers.insert(centerId, *center);
    return CenterTime::localDate(*center, startUtc);
}

void Workspace::announce(const ChangeList &changes)
{
    if (changes.isEmpty())
        return;
    const bool everything = std::any_of(changes.cbegin(), changes.cend(),
        [](const Change &change) { return change.entity == Change::Entity::Everything; });
    if (everything) {
        // A center's time zone may be among what changed.
        m_centers.clear();
        if (m_center.id != 0)
            m_centers.insert(m_center.id, m_center);
        Q_EMIT everythingChanged();
        return;
    }
    QList<qint64> appointments;
    QList<std::pair<qint64, QDate>> days;
    QList<qint64> patients;
    QList<qint64> messages;
    try {
        for (const Change &change : changes) {
            if (change.entity == Change::Entity::Patient) {
                if (!patients.contains(change.id))
                    patients << change.id;
                continue;
            }
            if (change.entity == Change::Entity::InterfaceMessage) {
                if (!messages.contains(change.id))
                    messages << change.id;
                continue;
            }
            if (!appointments.contains(change.id))
                appointments << change.id;
            if (change.centerId == 0 || !change.startUtc.isValid())
                continue;
            const std::pair<qint64, QDate> day {change.centerId, dayOf(change.centerId, change.startUtc)};
            if (day.second.isValid() && !days.contains(day))
                days << day;
        }
    } catch (const Error &error) {
        // The appointments are still named; only the days could not be placed.
        Q_EMIT storeError(error.message());
    }
    for (const qint64 id : std::as_const(appointments))
        Q_EMIT appointmentChanged(id);
    for (const auto &[centerId, date] : std::as_const(days))
        Q_EMIT rosterChanged(centerId, date);
    for (const qint64 id : std::as_const(patients))
        Q_EMIT patientChanged(id);
    for (const qint64 id : std::as_const(messages))
        Q_EMIT interfaceMessageChanged(id);
}

} // namespace chairside
