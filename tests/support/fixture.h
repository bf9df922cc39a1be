#pragma once

#include "common/clock.h"
#include "model/center.h"
#include "model/chair.h"
#include "model/patient.h"
#include "model/therapy.h"
#include "tempstore.h"

#include <QList>

namespace chairside::test {

/// A small center on a fresh store, the clock fixed at Tuesday 1 December 2026, 08:00 in New York:
/// chairs 1-4 and Suite A; mon-fri 07:00-19:00, Thursday to 21:00, Saturday 08:00-14:00; the four
/// therapies of the primer; one patient, Maria Alvarez, MRN M0001, born 1961-03-04; users admin,
/// nurse and desk.
struct Fixture
{
    Fixture();

    /// Adds a patient with a valid order, an approved authorization and fresh eligibility for a therapy.
    Patient addReadyPatient(const QString &mrn, const QString &first, const QString &last, QDate dob, const Therapy &therapy);
    /// Books through the BookingService at a local wall time of the center.
    qint64 book(const Patient &patient, const Therapy &therapy, QDate date, int hour, int minute = 0, const Chair *chair = nullptr);
    QDateTime local(QDate date, int hour, int minute = 0) const;

    TempStore temp;
    Store &store;
    FixedClock clock;
    Center center;
    QList<Chair> chairs;
    Therapy infliximab;
    Therapy vedolizumab;
    Therapy ocrelizumab;
    Therapy ivig;
    Patient maria;
};

} // namespace chairside::test
