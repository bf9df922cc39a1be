#pragma once

#include <QByteArrayView>
#include <QString>

namespace chairside::fuzz {

/// Feeds the bytes to an MLLP framer (a small maximum, so oversized frames are met) whole, and again in
/// pieces cut where the first byte says: both must give the same messages and counts; no message may
/// exceed the maximum or hold a framing byte; the framer must never keep more than the maximum; and
/// every message framed again must read back unchanged.
bool mllp(QByteArrayView bytes, QString *why);

} // namespace chairside::fuzz
