#include "netlog.h"

namespace chairside {

Q_LOGGING_CATEGORY(lcNet, "chairside.net")

} // namespace chairside
