#pragma once

#include <QDateTime>

namespace chairside {

/// The only source of "now" in core. Production code gets a SystemClock; tests and the CLI's
/// `--at` get a FixedClock, so every rule that depends on the time can be exercised at any instant.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

/// The one SystemClock of the process, for code that has no clock handed to it.
const Clock &systemClock();

class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &nowUtc);
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &nowUtc);
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace chairside
