#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstddef>

namespace chairside::cli {

/// Rows as a terminal table: each column as wide as its widest cell and two spaces, the last one as it
/// is, a line per row with no trailing spaces. The first row is usually the headings.
template<std::size_t Columns>
QString alignedText(const QList<std::array<QString, Columns>> &rows)
{
    std::array<qsizetype, Columns> widths {};
    for (const auto &row : rows) {
        for (std::size_t i = 0; i < Columns; ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QString text;
    for (const auto &row : rows) {
        QString line;
        for (std::size_t i = 0; i < Columns; ++i)
            line += i + 1 < Columns ? row[i].leftJustified(widths[i] + 2) : row[i];
        text += line.trimmed() + QLatin1Char('\n');
    }
    return text;
}

/// The same for rows of any width (a report's table): a row shorter than the widest counts its missing cells
/// as empty.
inline QString alignedText(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i == widths.size())
                widths << 0;
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        text += line.trimmed() + QLatin1Char('\n');
    }
    return text;
}

} // namespace chairside::cli
