#pragma once

#include "interop/hl7message.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace chairside::test {

/// A sample file's bytes, from tests/interop/samples.
QByteArray sample(const char *name);
/// The names of every sample with that ending (".hl7", ".json").
QStringList sampleNames(const QString &suffix);
/// A message from lines joined with CR, the standard's segment end.
QByteArray hl7(const QStringList &segments);

} // namespace chairside::test
