#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace chairside {

/// What a reply to a reminder came to.
enum class ReplyResult
{
    Confirmed, ///< a confirmation from a patient's number, recorded on their next reminded appointment
    UnknownNumber, ///< no patient has that number
    NotUnderstood, ///< from a patient, but not a confirmation ("what time?", "STOP")
    NothingToConfirm, ///< a confirmation from a patient with no reminded appointment waiting for one
};

/// "confirmed", "unknown-number", "not-understood", "nothing-to-confirm".
QString replyResultCode(ReplyResult result);
std::optional<ReplyResult> replyResultFromCode(const QString &code);
/// "Confirmed", "Unknown number", ...: for people.
QString replyResultLabel(ReplyResult result);

/// A reply the SMS gateway posted back, as recorded.
struct ReminderReply
{
    qint64 id = 0;
    QDateTime receivedAtUtc;
    QString from; ///< the number as the gateway gave it
    QString text; ///< the words, at most kMaxLength characters
    ReplyResult result = ReplyResult::NotUnderstood;
    qint64 patientId = 0; ///< 0 for an unknown number
    qint64 appointmentId = 0; ///< the appointment confirmed; 0 unless confirmed
    QString userName; ///< who recorded it (the gateway's account)

    static constexpr int kMaxLength = 480;
};

/// Whether the words confirm: CONFIRM, CONFIRMED, C, YES, or the Spanish SI, SÍ, CONFIRMO, CONFIRMAR;
/// in any case, with spaces and punctuation around them ("Yes!", " c. ").
bool isConfirmationReply(const QString &text);

/// Whether two written numbers are the same phone: their digits, past a leading country code 1, agree
/// in the last ten (or in all, for a shorter local number of at least seven).
bool sameReplyNumber(const QString &a, const QString &b);

} // namespace chairside
