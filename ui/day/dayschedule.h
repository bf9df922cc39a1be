#pragma once

#include "model/center.h"
#include "scheduling/roster.h"

#include <QDate>
#include <QObject>
#include <QTimer>

namespace chairside {

class Workspace;

/// One center's day, read once and kept up to date change by change: the arrivals page and the chair
/// roster show the same object (the window owns today's), so the day is read once for both, and a
/// changed appointment is read again alone and the day laid out anew, never the whole day re-read.
/// It follows today (moving on at midnight on the center's clock) until given a date of its own.
class DaySchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DaySchedule)

public:
    /// Reads `date`, or today when it is null and follows today from then on.
    explicit DaySchedule(Workspace &workspace, QDate date = {}, QObject *parent = nullptr);
    ~DaySchedule() override;

    /// Shows `date` from now on, whatever today is.
    void setDate(QDate date);
    /// Shows today and moves on with the clock.
    void followToday();
    bool followsToday() const { return m_followToday; }

    QDate date() const { return m_date; }
    const Center &center() const { return m_center; }
    const Roster &roster() const { return m_roster; }
    /// Why the day shown may be out of date, in words for the user; empty when it is not.
    const QString &problem() const { return m_problem; }
    /// How many times the whole day was read from the store.
    int dayReads() const { return m_dayReads; }

    /// Reads the whole day again (F5, another center, a bulk change).
    void reload();

Q_SIGNALS:
    /// The whole day was read again, or could not be (problem() says why).
    void reloaded();
    /// One appointment of the day changed, arrived on it or left it; the roster is laid out anew.
    void appointmentUpdated(qint64 appointmentId);
    /// Something else on the day changed (a patient's name); the roster is laid out anew.
    void dayUpdated();

private:
    void onAppointmentChanged(qint64 appointmentId);
    void onPatientChanged(qint64 patientId);
    void tick();
    void scheduleTick();
    void fail(const QString &message);

    Workspace &m_workspace;
    bool m_followToday = true;
    bool m_loaded = false;
    QDate m_date;
    Center m_center;
    RosterInput m_input;
    Roster m_roster;
    QString m_problem;
    int m_dayReads = 0;
    QTimer m_tick;
};

} // namespace chairside
