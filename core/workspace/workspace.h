#pragma once

#include "model/center.h"
#include "model/user.h"
#include "store/change.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>

#include <memory>

namespace chairside {

class Clock;
class Store;

/// The one object the desktop program talks to: the open store, the clock, the acting user and the
/// center at this desk. It tells subscribers what changed, appointment by appointment and day by day,
/// so views refresh only what changed and never poll the store themselves. Its own program's changes
/// come from the store's commits (no writer has to announce anything); another copy of the program on
/// the same file (the desk and the nurse station) is heard of through the store's change journal, read
/// when SQLite's data_version moves, a few times a second.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    Workspace(Store &store, const Clock &clock, QObject *parent = nullptr);
    ~Workspace() override;

    Store &store() { return m_store; }
    const Clock &clock() const { return m_clock; }

    const User &user() const { return m_user; }
    void setUser(const User &user);

    const Center &center() const { return m_center; }
    void setCenter(const Center &center);

    /// Today on the center's clock.
    QDate today() const;

    /// How often another program's changes are looked for; 0 stops watching.
    void setWatchInterval(int milliseconds);

    /// Looks for another program's changes now (the timer does this by itself).
    void checkForExternalChanges();

Q_SIGNALS:
    void userChanged(const chairside::User &user);
    void centerChanged(const chairside::Center &center);
    /// An appointment was added or changed, here or by another program on the file.
    void appointmentChanged(qint64 appointmentId);
    /// A center's day (on the center's clock) gained, lost or changed an appointment; a moved
    /// appointment changes both its days.
    void rosterChanged(qint64 centerId, QDate date);
    /// A patient's record, coverage, orders or authorizations changed.
    void patientChanged(qint64 patientId);
    /// A message from another system was received or retried (InterfaceService), here or by another
    /// program on the file (the listener, an import).
    void interfaceMessageChanged(qint64 messageId);
    /// Too much changed to name (a bulk import, a center's chairs or hours): read everything again.
    void everythingChanged();
    /// Reading the store for changes failed; the message says what happened.
    void storeError(const QString &message);
    /// The database server was lost, or reached again (PostgreSQL only; a file never goes away).
    void serverConnectionChanged(bool connected);

private:
    void onOwnChanges(const chairside::ChangeList &changes);
    void announce(const chairside::ChangeList &changes);
    /// Reads what other programs committed since the last look and announces it.
    void readExternalChanges();
    /// On a server: wakes the watch when the connection's socket has a notification to read.
    void watchNotifications();
    QDate dayOf(qint64 centerId, const QDateTime &startUtc);

    Store &m_store;
    const Clock &m_clock;
    User m_user;
    Center m_center;
    QTimer m_watch;
    /// On a PostgreSQL server: wakes the watch as soon as another program's commit is announced.
    std::unique_ptr<QSocketNotifier> m_notifier;
    qint64 m_dataVersion = -1;
    bool m_serverConnected = true;
    qint64 m_lastSeq = -1; ///< the newest journal row heard of in order; -1 before the first look
    QSet<qint64> m_ownSeqs; ///< this program's journal rows beyond m_lastSeq, already announced
    QHash<qint64, Center> m_centers; ///< the centers' time zones, for the day of a change
    int m_listener = 0;
};

} // namespace chairside
