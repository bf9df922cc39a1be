#pragma once

#include "slotfinder.h"

#include <QList>

namespace chairside {

/// Orders free slots by how much each levels its day, best first, and keeps `count` of them. A slot
/// levels the day when few infusions start in its 15-minute step and the ones beside it, when few chairs
/// are taken while it runs, when a long infusion starts early in the open span (it ends by closing with
/// room to spare), and when it leaves little idle time around it on its chair (a short one fills a gap);
/// a later day costs a little. The
/// earliest candidate is always kept, marked `earliest`, so a patient who wants it can have it.
/// `query` gives the center, chairs, bookings and nurse policy the candidates were found with. Pure.
QList<Slot> rankForLevel(const SlotQuery &query, const QList<Slot> &candidates, int count);

/// The score rankForLevel gives one slot (lower levels better), for tests and the simulator's notes.
double levelScore(const SlotQuery &query, const Slot &slot, QDate firstDate);

} // namespace chairside
