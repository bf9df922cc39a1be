#include "day/dayschedule.h"

#include "common/clock.h"
#include "common/error.h"
#include "scheduling/rosterservice.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace chairside {

DaySchedule::DaySchedule(Workspace &workspace, QDate date, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_followToday(!date.isValid())
    , m_date(date)
{
    connect(&m_workspace, &Workspace::appointmentChanged, this, &DaySchedule::onAppointmentChanged);
    connect(&m_workspace, &Workspace::patientChanged, this, &DaySchedule::onPatientChanged);
    connect(&m_workspace, &Workspace::everythingChanged, this, &DaySchedule::reload);
    connect(&m_workspace, &Workspace::centerChanged, this, &DaySchedule::reload);
    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, &DaySchedule::tick);
    reload();
    scheduleTick();
}

DaySchedule::~DaySchedule() = default;

void DaySchedule::setDate(QDate date)
{
    m_followToday = false;
    if (!date.isValid() || (date == m_date && m_loaded))
        return;
    m_date = date;
    reload();
}

void DaySchedule::followToday()
{
    m_followToday = true;
    if (m_date != m_workspace.today() || !m_loaded) {
        m_date = m_workspace.today();
        reload();
    }
}

void DaySchedule::reload()
{
    if (m_followToday)
        m_date = m_workspace.today();
    m_center = m_workspace.center();
    m_loaded = false;
    if (m_center.id == 0) {
        m_input = {};
        m_roster = {};
        m_problem.clear();
        Q_EMIT reloaded();
        return;
    }
    try {
        ++m_dayReads;
        m_input = RosterService(m_workspace.store()).load(m_center, m_date);
        m_roster = buildRoster(m_input);
        m_loaded = true;
        m_problem.clear();
    } catch (const Error &error) {
        // What was shown stays, with the reason it may be stale.
        m_problem = tr("The day's appointments could not be read, so what is shown may be out of date: %1 "
                       "Press F5 to try again.")
                        .arg(error.message());
    }
    Q_EMIT reloaded();
}

void DaySchedule::onAppointmentChanged(qint64 appointmentId)
{
    if (!m_loaded)
        return;
    try {
        if (!RosterService(m_workspace.store()).refreshAppointment(m_input, appointmentId))
            return;
    } catch (const Error &error) {
        fail(error.message());
        return;
    }
    m_roster = buildRoster(m_input);
    Q_EMIT appointmentUpdated(appointmentId);
}

void DaySchedule::onPatientChanged(qint64 patientId)
{
    if (!m_loaded)
        return;
    try {
        if (!RosterService(m_workspace.store()).refreshPatient(m_input, patientId))
            return;
    } catch (const Error &error) {
        fail(error.message());
        return;
    }
    m_roster = buildRoster(m_input);
    Q_EMIT dayUpdated();
}

void DaySchedule::fail(const QString &message)
{
    // The kept day no longer matches the store: the next reload starts over.
    m_loaded = false;
    m_problem = tr("A change to the day could not be read, so what is shown may be out of date: %1 Press F5 "
                   "to try again.")
                    .arg(message);
    Q_EMIT reloaded();
}

void DaySchedule::tick()
{
    if (m_followToday && m_workspace.today() != m_date)
        reload();
    scheduleTick();
}

void DaySchedule::scheduleTick()
{
    // On the minute of the workspace clock, so the day turns over when the wall clock does.
    const QTime now = m_workspace.clock().nowUtc().time();
    const int left = 60000 - (now.second() * 1000 + now.msec());
    m_tick.start(std::clamp(left, 1000, 60000));
}

} // namespace chairside
