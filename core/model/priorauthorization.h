#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace chairside {

/// The payer's prior authorization of a therapy for a patient.
struct PriorAuthorization
{
    enum class Status
    {
        Approved,
        Pending,
        Denied
    };

    qint64 id = 0;
    qint64 patientId = 0;
    qint64 therapyId = 0;
    QString payer;
    QString reference; ///< the payer's number for the authorization, quoted on the phone
    QDate validFrom;
    QDate validTo;
    int visitsApproved = 0;
    int visitsUsed = 0;
    Status status = Status::Approved;

    bool isValidOn(QDate date) const { return date >= validFrom && date <= validTo; }
    int visitsLeft() const { return visitsApproved - visitsUsed; }

    static QString statusName(Status status);
    /// The status as the desktop shows it, in its language: "approved", "pending", "denied" in English.
    static QString statusLabel(Status status);
    static std::optional<Status> statusFromName(const QString &name);
};

} // namespace chairside
