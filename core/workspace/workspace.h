#pragma once

#include "model/center.h"
#include "model/user.h"

#include <QDate>
#include <QObject>
#include <QTimer>

namespace chairside {

class Clock;
class Store;

/// The one object the desktop program talks to: the open store, the clock, the acting user and the
/// center at this desk. It tells subscribers what changed — from this program, and from another copy
/// of it on the same file (the desk and the nurse station), which it notices by watching SQLite's
/// data_version a few times a second — so views refresh without polling the store themselves.
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

    /// Call after this program changed an appointment, so that every view shows it at once.
    void appointmentWritten(qint64 appointmentId);

    /// Looks for another program's changes now (the timer does this by itself).
    void checkForExternalChanges();

Q_SIGNALS:
    void userChanged(const chairside::User &user);
    void centerChanged(const chairside::Center &center);
    /// An appointment was changed by this program.
    void appointmentChanged(qint64 appointmentId);
    /// Something was committed by another connection; anything shown may be out of date.
    void externalChange();
    /// Reading the store for changes failed; the message says what happened.
    void storeError(const QString &message);

private:
    Store &m_store;
    const Clock &m_clock;
    User m_user;
    Center m_center;
    QTimer m_watch;
    qint64 m_dataVersion = -1;
};

} // namespace chairside
