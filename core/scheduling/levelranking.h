#pragma once

#include "slotfinder.h"

#include <QList>

namespace chairside {

/// Orders free slots by how well each packs its day, best first, and keeps `count` of them: a slot
/// ranks higher the less idle time it leaves around it on its chair (a short one fills a gap), the fewer
/// minutes a patient is expected to wait for the chair when an infusion runs long into the next, and the
/// earlier it starts in the open span (a long infusion ends by closing with room to spare); a later day
/// costs a little. The starts in a step are levelled before, by the slot finder (no step is offered more
/// than NursePolicy::kLevelStartShare of what the nurses can start). The earliest candidate is always
/// kept, marked `earliest`, so a patient who wants it can have it. `query` gives the center, chairs and
/// bookings the candidates were found with. Pure.
QList<Slot> rankForLevel(const SlotQuery &query, const QList<Slot> &candidates, int count);

/// The score rankForLevel gives one slot (lower levels better), for tests and the simulator's notes.
double levelScore(const SlotQuery &query, const Slot &slot, QDate firstDate);

} // namespace chairside
