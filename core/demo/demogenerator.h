#pragma once

#include "model/center.h"

#include <QDate>
#include <QList>
#include <QString>

namespace chairside {

class Clock;
class Store;

/// Fills a store with a realistic infusion center for trying Chairside by hand: one center with about
/// 24 chairs, weekday hours with an evening and a Saturday morning, the four therapies of the primer,
/// about 80 appointments on the date and the days around it (some patients with a lapsed order, a
/// pending or expired authorization, stale eligibility or a dose not ready), the staff, and many more
/// patients with varied names. The same seed gives the same data.
class DemoGenerator final
{
public:
    struct Options
    {
        QDate date; ///< the demo day; invalid means today in the center's time zone
        int patients = 2000; ///< patients beyond those with appointments
        quint32 seed = 1;
    };

    /// A patient set up to play one of the primer's stories at the desk.
    struct Story
    {
        QString mrn;
        QString name; ///< "Last, First"
        /// What is special, e.g. "walk-in: no appointment today; next booked Fri 4 Dec at 13:15".
        QString story;
        /// Which case, for scripts: ready, late, walk-in, wrong-day, lapsed-order, order-used-up,
        /// authorization-pending, authorization-denied, authorization-expired, authorization-used-up,
        /// eligibility-stale, dose-not-ready, cancelled (on the demo day); no-show, moved (the day before).
        QString code;
        QDate dateOfBirth;
    };

    struct Summary
    {
        qint64 centerId = 0;
        /// The demo day: the date asked for, or the next day the center is open if it is closed then.
        QDate date;
        int chairs = 0;
        int patients = 0;
        int appointments = 0;
        QList<Story> stories;
    };

    DemoGenerator(Store &store, const Clock &clock);

    /// Writes everything in one transaction. Refuses (Error::Conflict) a store that already has a center,
    /// and Error::BadData a negative number of patients; nothing is written then.
    Summary generate(const Options &options);

    /// The center generate() creates (without an id): its name, time zone, hours and policy.
    static Center demoCenter();

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
