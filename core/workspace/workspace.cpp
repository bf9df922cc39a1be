#include "workspace.h"

#include "common/clock.h"
#include "common/error.h"
#include "scheduling/centertime.h"
#include "store/store.h"

namespace chairside {

Workspace::Workspace(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    connect(&m_watch, &QTimer::timeout, this, &Workspace::checkForExternalChanges);
    setWatchInterval(400);
}

Workspace::~Workspace() = default;

void Workspace::setUser(const User &user)
{
    m_user = user;
    Q_EMIT userChanged(m_user);
}

void Workspace::setCenter(const Center &center)
{
    m_center = center;
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
        return;
    }
    m_watch.start(milliseconds);
}

void Workspace::appointmentWritten(qint64 appointmentId)
{
    Q_EMIT appointmentChanged(appointmentId);
}

void Workspace::checkForExternalChanges()
{
    qint64 version = 0;
    try {
        version = m_store.dataVersion();
    } catch (const Error &error) {
        Q_EMIT storeError(error.message());
        return;
    }
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changed)
        Q_EMIT externalChange();
}

} // namespace chairside
