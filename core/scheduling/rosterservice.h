#pragma once

#include "roster.h"

#include <QDate>

namespace chairside {

class Store;

/// Loads a center's day from the store (its chairs, therapies and the day's appointments with their
/// patients' names in one query) and lays it out with buildRoster().
class RosterService final
{
public:
    explicit RosterService(Store &store);

    Roster build(const Center &center, QDate date);
    /// Throws Error::NotFound for an unknown center.
    Roster build(qint64 centerId, QDate date);

private:
    Store &m_store;
};

} // namespace chairside
