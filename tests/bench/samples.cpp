#include "samples.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace chairside::bench {

namespace {

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value at or above which a fraction q of the samples lie.
    const auto rank = std::size_t(std::ceil(q * double(values.size())));
    return values[std::min(values.size() - 1, rank == 0 ? 0 : rank - 1)];
}

QString formatMicros(double us)
{
    if (us >= 1e6)
        return QString::number(us / 1e6, 'f', 2) + QStringLiteral(" s");
    if (us >= 1000)
        return QString::number(us / 1000, 'f', 2) + QStringLiteral(" ms");
    return QString::number(us, 'f', 1) + QStringLiteral(" us");
}

} // namespace

double Samples::Figure::median() const
{
    return quantile(microseconds, 0.5);
}

double Samples::Figure::p99() const
{
    return quantile(microseconds, 0.99);
}

double Samples::Figure::cpuMedian() const
{
    return quantile(cpuMicroseconds, 0.5);
}

double Samples::Figure::cpuP99() const
{
    return quantile(cpuMicroseconds, 0.99);
}

void Samples::add(const QString &name, double microseconds, double cpuMicroseconds)
{
    Figure &f = figure(name);
    f.microseconds.push_back(microseconds);
    if (cpuMicroseconds >= 0)
        f.cpuMicroseconds.push_back(cpuMicroseconds);
}

Samples::Figure &Samples::figure(const QString &name)
{
    auto it = m_figures.find(name);
    if (it == m_figures.end()) {
        m_order << name;
        it = m_figures.emplace(name, Figure {name, QString(), {}, {}, QStringLiteral("-")}).first;
    }
    return it->second;
}

bool Samples::has(const QString &name) const
{
    return m_figures.count(name) > 0;
}

void Samples::setTarget(const QString &name, const QString &target, const QString &verdict)
{
    Figure &f = figure(name);
    f.target = target;
    f.verdict = verdict;
}

QList<const Samples::Figure *> Samples::figures() const
{
    QList<const Figure *> result;
    for (const QString &name : m_order)
        result << &m_figures.at(name);
    return result;
}

QString Samples::table(const QStringList &notes) const
{
    QStringList lines;
    lines << QStringLiteral("| figure | n | median | p99 | target | met? | CPU median | CPU p99 |");
    lines << QStringLiteral("|---|---:|---:|---:|---|---|---:|---:|");
    for (const Figure *f : figures()) {
        const bool cpu = !f->cpuMicroseconds.empty();
        lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
                     .arg(f->name)
                     .arg(f->microseconds.size())
                     .arg(formatMicros(f->median()), formatMicros(f->p99()),
                         f->target.isEmpty() ? QStringLiteral("(comparison)") : f->target, f->verdict,
                         cpu ? formatMicros(f->cpuMedian()) : QString(),
                         cpu ? formatMicros(f->cpuP99()) : QString());
    }
    for (const QString &note : notes)
        lines << note;
    return lines.join(QLatin1Char('\n'));
}

QJsonObject Samples::json(const QJsonObject &machine) const
{
    QJsonArray rows;
    for (const Figure *f : figures()) {
        rows.append(QJsonObject {{QStringLiteral("figure"), f->name},
            {QStringLiteral("samples"), qint64(f->microseconds.size())},
            {QStringLiteral("median_us"), f->median()}, {QStringLiteral("p99_us"), f->p99()},
            {QStringLiteral("target"), f->target}, {QStringLiteral("met"), f->verdict},
            {QStringLiteral("cpu_median_us"),
                f->cpuMicroseconds.empty() ? QJsonValue() : QJsonValue(f->cpuMedian())},
            {QStringLiteral("cpu_p99_us"),
                f->cpuMicroseconds.empty() ? QJsonValue() : QJsonValue(f->cpuP99())}});
        if (f->ratePerSecond >= 0) {
            QJsonObject row = rows.last().toObject();
            row.insert(QStringLiteral("rate_per_s"), f->ratePerSecond);
            rows.replace(rows.size() - 1, row);
        }
    }
    return QJsonObject {{QStringLiteral("machine"), machine}, {QStringLiteral("figures"), rows}};
}

} // namespace chairside::bench
