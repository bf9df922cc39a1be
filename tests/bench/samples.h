#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <map>
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
        double median() const;
        double p99() const;
        QString verdict; ///< "yes", "NO (...)", or "-" for figures only shown for comparison
    };

    /// Adds one timing to a figure, creating it the first time.
    void add(const QString &name, double microseconds);
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

/// Microseconds elapsed since `start`.
inline double microsecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
}

} // namespace chairside::bench
