#include "error.h"

namespace chairside {

Error::Error(Kind kind, QString message, QString field)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_field(std::move(field))
    , m_what(m_message.toUtf8())
{ }

} // namespace chairside
