#pragma once

namespace chairside::test {

/// Makes Qt's own warnings about an object used from the wrong thread (a timer started, a child made,
/// a socket notifier or a database connection touched from another thread) end the test binary with the
/// message, as a sanitizer's report does, instead of scrolling past in the log. Other messages go on to
/// the handler installed before.
void failOnThreadMisuse();

/// Whether a message from Qt is one of those thread-affinity warnings.
bool isThreadMisuseMessage(const char *message);

} // namespace chairside::test
