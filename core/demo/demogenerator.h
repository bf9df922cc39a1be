#pragma once

#include <QDate>
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

    struct Summary
    {
        qint64 centerId = 0;
        QDate date;
        int chairs = 0;
        int patients = 0;
        int appointments = 0;
    };

    DemoGenerator(Store &store, const Clock &clock);

    /// Writes everything in one transaction. Refuses (Error::Conflict) a store that already has a center.
    Summary generate(const Options &options);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
