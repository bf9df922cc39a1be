#pragma once

#include "checkin/decision.h"
#include "checkin/reasoncode.h"

#include <QList>

#include <optional>

namespace chairside {

/// Which of the check-in engine's reasons the readiness queue reports, and what each is about.
namespace ReadinessReasons {

/// The readiness item a reason is about (order, authorization, eligibility, dose), or nothing for a
/// reason that is not one of readiness: see readinessreasons.cpp for the choice.
std::optional<ReadinessLine::Item> itemOf(ReasonCode code);

/// The codes for which itemOf() answers, in the engine's order.
QList<ReasonCode> codes();

/// The dose's reasons, which count only once the appointment is inside the pharmacy's lead time.
bool isDoseReason(ReasonCode code);

} // namespace ReadinessReasons

} // namespace chairside
