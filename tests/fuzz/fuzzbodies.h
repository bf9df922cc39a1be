#pragma once

#include <QByteArrayView>
#include <QString>

// What each fuzz target does with one input, shared with the regression tests (tests/interop) so that an
// input that once failed is run through exactly the same code in every CI build. Each returns false, with
// the reason in `why`, when a property that must hold for every input does not; a crash is a crash.
namespace chairside::fuzz {

/// Splits the bytes into HL7 messages, reads every value of every segment, maps each message, answers
/// it and reads the answer back: the answer must itself be a valid message acknowledging this one.
bool hl7(QByteArrayView bytes, QString *why);

/// Reads the bytes as FHIR JSON: every error must name a JSON path.
bool fhir(QByteArrayView bytes, QString *why);

/// Reads the bytes as a payers' authorization CSV: every error must name a line, every row be valid.
bool csv(QByteArrayView bytes, QString *why);

} // namespace chairside::fuzz
