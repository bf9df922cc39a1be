#pragma once

#include "audit/auditevent.h"
#include "model/center.h"
#include "model/user.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace chairside {

class Store;

/// What a user may ask Chairside to do. Checked in core, so every front end refuses the same things.
enum class Permission
{
    ViewSchedule, ///< look up patients, read the roster and an appointment's history
    RegisterPatient, ///< add patients and their orders, coverage and authorizations
    Book, ///< book, reschedule and check in
    PrepareDose, ///< mark a dose ready, not ready or wasted
    NurseCare, ///< start and complete infusions, mark no-shows, run the no-show sweep
    OverrideLate, ///< admit a late arrival when a chair and the dose allow it
    OverrideEligibility, ///< admit with an eligibility check that is out of date
    Administer, ///< centers, chairs, hours, policy, therapies and users
    ViewReports, ///< the manager's reports: no-shows, utilization, waits, starts, walk-ins, reschedules
};

/// True when the role may do it.
bool roleMay(Role role, Permission permission);

/// Throws Error::Forbidden, naming the user, the role and what was refused, unless the user may.
void requirePermission(const User &user, Permission permission);

/// The same, and a refusal is first written to the audit trail: `event` with the user, result refused and
/// the refusal's words as its reason. Call it before opening the action's transaction, so that the
/// refusal's entry is not rolled back with it.
void requirePermission(
    Store &store, const QDateTime &nowUtc, const User &user, Permission permission, AuditEvent event);

/// True when the user works at the center: admins, and users not limited to some centers, work at every
/// one (User::allCenters, User::centerIds).
bool worksAt(const User &user, qint64 centerId);

/// The centers of `all` that the user works at, in their order.
QList<Center> centersOf(const User &user, const QList<Center> &all);

/// requirePermission, and the user must work at the center: else Error::Forbidden naming the user and
/// the center (read from the store for its name). A centerId of 0 (a record not found) asks the role only:
/// the caller says what is missing.
void requirePermissionAt(Store &store, const User &user, Permission permission, qint64 centerId);

/// The same, and a refusal is first written to the audit trail, as requirePermission's audited form does.
void requirePermissionAt(Store &store, const QDateTime &nowUtc, const User &user, Permission permission,
    qint64 centerId, AuditEvent event);

/// "override a late arrival", for messages.
QString permissionDescription(Permission permission);

} // namespace chairside
