#pragma once

#include "checkin/checkinrequest.h"
#include "fixture.h"
#include "model/user.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace chairside::test {

/// What a test patient's paperwork looks like; the defaults are all in order.
struct Paperwork
{
    QDate orderFrom; ///< invalid: six months ago
    QDate orderTo; ///< invalid: six months ahead
    int dosesAuthorized = 8;
    int dosesUsed = 2;
    int visitsApproved = 4;
    int visitsUsed = 1;
    QString authStatus = QStringLiteral("approved");
    int eligibilityAgeDays = 7; ///< negative: never verified
};

/// Adds a patient with an order, an authorization and a coverage shaped by `paperwork`.
Patient addPatient(Fixture &f, const QString &mrn, const QString &first, const QString &last, QDate dob,
    const Therapy &therapy, const Paperwork &paperwork = {});

CheckInRequest byMrn(const Fixture &f, const Patient &patient);
CheckInRequest byName(const Fixture &f, const Patient &patient);
User userNamed(Fixture &f, const char *name);

/// Books and marks the dose ready, prepared three hours before the start (within every beyond-use time).
qint64 bookReady(Fixture &f, const Patient &patient, const Therapy &therapy, QDate date, int hour,
    int minute = 0, const Chair *chair = nullptr);

/// Runs chairside-cli in-process on the fixture's database at a wall time of the center, with --json,
/// requires the exit status and returns the parsed document.
QJsonObject runCli(Fixture &f, const QString &at, const QStringList &arguments, int expectedExit = 0);

/// The reason codes of a decision's JSON, in order.
QStringList jsonCodes(const QJsonObject &decision);

} // namespace chairside::test
