#pragma once

#include "readinessfacts.h"
#include "readinessrow.h"

#include <QList>

namespace chairside {

/// The readiness queue as a pure function of plain values: every booked appointment of the center in the
/// range that the check-in engine would not admit if the patient arrived on time, with the engine's
/// readiness reasons (ReadinessReasons).
class ReadinessQueue final
{
public:
    /// The rows, earliest first (start, then id).
    static QList<ReadinessRow> build(const ReadinessFacts &facts);
};

} // namespace chairside
