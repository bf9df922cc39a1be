#pragma once

#include "common/clock.h"
#include "model/center.h"
#include "model/chair.h"
#include "model/patient.h"
#include "model/therapy.h"
#include "tempstore.h"

#include <QList>

namespace chairside::test {

/// The password of every user the tests make; testmain puts it in CHAIRSIDE_PASSWORD (and
/// CHAIRSIDE_NEW_PASSWORD) when they are unset, so CLI commands run as those users.
inline constexpr const char *kPassword = "chairside-test";
/// One Argon2id hash of kPassword, made once per process: hashing takes a tenth of a second and fixtures
/// are built hundreds of times. The users share it, salt and all, which real accounts never do.
const QString &passwordHash();
/// Gives an existing user kPassword.
void givePassword(Store &store, qint64 userId, const QDateTime &nowUtc);

/// Sets an environment variable (or unsets it, for a null value) until it goes out of scope: a CLI
/// command run in-process with another user's password, or with none.
class ScopedEnv final
{
public:
    ScopedEnv(const char *name, const QByteArray &value);
    ~ScopedEnv();
    Q_DISABLE_COPY_MOVE(ScopedEnv)

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_was;
};

/// A small center on a fresh store, the clock fixed at Tuesday 1 December 2026, 08:00 in New York:
/// chairs 1-4 and Suite A; mon-fri 07:00-19:00, Thursday to 21:00, Saturday 08:00-14:00; the four
/// therapies of the primer; one patient, Maria Alvarez, MRN M0001, born 1961-03-04; users admin,
/// nurse and desk, each with the password kPassword.
struct Fixture
{
    Fixture();

    /// Adds a patient with a valid order, an approved authorization and fresh eligibility for a therapy.
    Patient addReadyPatient(
        const QString &mrn, const QString &first, const QString &last, QDate dob, const Therapy &therapy);
    /// Books through the BookingService at a local wall time of the center.
    qint64 book(const Patient &patient, const Therapy &therapy, QDate date, int hour, int minute = 0,
        const Chair *chair = nullptr);
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
