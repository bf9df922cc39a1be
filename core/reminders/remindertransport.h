#pragma once

#include <QString>

namespace chairside {

class Store;

/// Where reminders leave from, kept in the `setting` table under `reminders.smtp.*` and `reminders.sms.*`:
/// the center's mail server and its SMS gateway. The password and the gateway's token are not here: they
/// are ReminderSecrets, in owner-only files beside the database. A channel whose server is not configured
/// sends nothing.
struct ReminderTransport
{
    struct Smtp
    {
        QString host; ///< empty: email is not configured
        int port = 587;
        bool startTls = true; ///< STARTTLS required before anything is said (the default); off only for a
                              ///< server on this machine
        QString user; ///< empty: no authentication
        QString from; ///< the sender's address, e.g. reminders@clinic.example
        /// A PEM file of the certificate authority that signed the server's certificate, for a server
        /// with the center's own; empty: the system's authorities.
        QString caFile;

        bool configured() const { return !host.isEmpty() && !from.isEmpty(); }
        bool operator==(const Smtp &) const = default;
    };
    struct Sms
    {
        QString url; ///< the gateway's HTTPS endpoint; empty: texts are not configured
        QString contentType = QStringLiteral("application/json");
        /// The request's body, with {to} and {text}, each escaped as the content type asks (JSON, form).
        QString body = QStringLiteral(R"({"to": "{to}", "text": "{text}"})");

        bool configured() const { return !url.isEmpty(); }
        bool operator==(const Sms &) const = default;
    };

    Smtp smtp;
    Sms sms;

    static ReminderTransport load(Store &store);
    /// Writes every key (in the caller's transaction when there is one). Validate first.
    void save(Store &store) const;
    /// Throws Error::BadData naming the field: a port out of range, a sender address that is not one,
    /// a gateway that is not HTTPS (plain HTTP only to this machine), a body without {to} or {text}, a
    /// certificate authority file that cannot be read.
    void validate() const;
    /// One line for the audit trail and the CLI; never a password or token.
    QString summary() const;

    bool operator==(const ReminderTransport &) const = default;
};

} // namespace chairside
