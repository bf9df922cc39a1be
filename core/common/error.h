#pragma once

#include <QString>

#include <stdexcept>

namespace chairside {

/// Every failure core reports: what kind it is, and a sentence that says what failed and why.
/// The message is written for the person at the desk; `field` names the input at fault when there is one.
class Error final : public std::exception
{
public:
    enum class Kind
    {
        BadData, ///< input that is malformed or breaks a rule of the data (exit 3 in the CLI)
        NotFound, ///< a record named by the caller does not exist
        Conflict, ///< the request collides with what is stored (an occupied chair, a duplicate MRN)
        Refused, ///< a rule of the center forbids it (closed hours, a transition that goes backwards)
        Forbidden, ///< the acting user's role may not do this
        Store, ///< the database failed: cannot open, disk full, busy, corrupt
        Newer, ///< the database was written by a newer Chairside and is left untouched
    };

    Error(Kind kind, QString message, QString field = {});

    Kind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }
    const QString &field() const noexcept { return m_field; }
    const char *what() const noexcept override { return m_what.constData(); }

    static Error badData(const QString &field, const QString &message)
    {
        return Error(Kind::BadData, message, field);
    }

    /// True when the database called the transaction off as one side of a race (a serialization failure
    /// or a deadlock on a server): nothing was written, and the same work run again may well succeed
    /// (retryingTransient() in store/retry.h does, a few times).
    bool isTransient() const noexcept { return m_transient; }
    Error &markTransient() noexcept
    {
        m_transient = true;
        return *this;
    }

private:
    Kind m_kind;
    bool m_transient = false;
    QString m_message;
    QString m_field;
    QByteArray m_what;
};

} // namespace chairside
