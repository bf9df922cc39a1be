#pragma once

#include "model/patient.h"
#include "tempstore.h"

#include <QDate>
#include <QString>

namespace chairside::test {

/// A store with the patients a desk meets: accents, apostrophes, hyphens, shared surnames, a preferred
/// name, MRNs with letters and with digits only, several people born on 4 March 1961, two sharing a
/// phone prefix; and the users admin and desk.
struct SearchRoster
{
    SearchRoster();

    /// Registers a patient and returns them with their id.
    Patient add(const QString &mrn, const QString &first, const QString &last, QDate dob,
        const QString &phone = {}, const QString &preferred = {});

    TempStore temp;
    Store &store;
};

} // namespace chairside::test
