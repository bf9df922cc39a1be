#include "session/idlewatcher.h"

#include "common/clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace chairside {

IdleWatcher::IdleWatcher(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::start(int idleMinutes)
{
    m_idleMinutes = idleMinutes;
    m_lastInputUtc = m_clock.nowUtc();
    m_watching = idleMinutes > 0;
    if (m_watching)
        m_timer.start();
    else
        m_timer.stop();
}

void IdleWatcher::stop()
{
    m_watching = false;
    m_timer.stop();
}

void IdleWatcher::setCheckInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void IdleWatcher::check()
{
    if (!m_watching)
        return;
    if (m_lastInputUtc.secsTo(m_clock.nowUtc()) < qint64(m_idleMinutes) * 60)
        return;
    stop();
    Q_EMIT idle(m_idleMinutes);
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Only real input counts: a timer or a repaint must not keep the screen open.
        if (m_watching)
            m_lastInputUtc = m_clock.nowUtc();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace chairside
