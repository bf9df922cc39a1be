#pragma once

#include <QLoggingCategory>

namespace chairside {

/// The listener's and the client's log lines: connections, refusals, dropped frames.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace chairside
