#pragma once

#include "hl7error.h"
#include "hl7message.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace chairside {

/// The messages in a file or a stream's bytes: one message, several one after another, an HL7 batch
/// (FHS/BHS ... BTS/FTS, whose header and trailer segments are read past) or MLLP frames
/// (0x0B ... 0x1C 0x0D). A message starts at each MSH segment and runs to the next MSH, batch segment,
/// frame end or the end of the bytes. Each message is read on its own, so one bad message does not
/// spoil its neighbours.
struct Hl7Batch
{
    QList<Hl7Message> messages;
    /// What lies outside any message: segments before the first MSH, text between frames.
    QList<Hl7Error> errors;
    /// Batch trailers whose message count does not match the messages found.
    QStringList warnings;

    static Hl7Batch split(const QByteArray &bytes);
};

} // namespace chairside
