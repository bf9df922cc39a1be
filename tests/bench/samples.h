#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <ctime>
#include <map>
#include <utility>
#include <vector>

namespace chairside::bench {

/// Every timing of every figure, kept one by one so that the median and the 99th percentile are true
/// order statistics rather than means of batches.
class Samples final
{
public:
    struct Figure
    {
        QString name;
        QString target; ///< as the issue states it, e.g. "p99 <= 1 ms"
        std::vector<double> microseconds;
        /// The same timings in this thread's CPU time, when measured: without the waits for a core that
        /// a loaded machine adds to the wall clock (but without waits for the disk either).
        std::vector<double> cpuMicroseconds;
        double median() const;
        double p99() const;
        double cpuMedian() const;
        double cpuP99() const;
        QString verdict; ///< "yes", "NO (...)", or "-" for figures only shown for comparison
        /// For a figure of work done at once (many desks): the sustained rate, per second; -1 when none.
        double ratePerSecond = -1;
    };

    /// Adds one timing to a figure, creating it the first time; `cpuMicroseconds` when measured.
    void add(const QString &name, double microseconds, double cpuMicroseconds = -1);
    Figure &figure(const QString &name);
    bool has(const QString &name) const;
    void setTarget(const QString &name, const QString &target, const QString &verdict);

    /// Figures in the order they were first added.
    QList<const Figure *> figures() const;

    QString table(const QStringList &notes) const;
    QJsonObject json(const QJsonObject &machine) const;

private:
    std::map<QString, Figure> m_figures;
    QStringList m_order;
};

/// This thread's CPU time in microseconds.
inline double threadCpuMicroseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
}

/// A start on both clocks; elapsed() gives the wall-clock and the CPU microseconds since.
struct Stopwatch
{
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    double cpu = threadCpuMicroseconds();

    std::pair<double, double> elapsed() const
    {
        const double cpuNow = threadCpuMicroseconds();
        return {std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - wall).count(),
            cpuNow - cpu};
    }
};

/// Microseconds elapsed since `start`.
inline double microsecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
}

} // namespace chairside::bench
