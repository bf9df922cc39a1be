#include "authhelpers.h"

#include <algorithm>
#include <catch2/catch.hpp>

namespace chairside::test {

Error thrown(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        return error;
    }
    FAIL("the action was not refused");
    return Error(Error::Kind::Store, {});
}

QList<AuditEntry> auditOf(Store &store, AuditAction action)
{
    AuditFilter filter;
    filter.action = action;
    QList<AuditEntry> entries = store.auditEntries(filter);
    std::reverse(entries.begin(), entries.end());
    return entries;
}

User account(Store &store, const char *name)
{
    const auto found = store.accountByName(QString::fromLatin1(name));
    REQUIRE(found.has_value());
    return *found;
}

} // namespace chairside::test
