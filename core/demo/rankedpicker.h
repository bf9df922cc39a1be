#pragma once

#include "dice.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace chairside {

/// Picks an index with weight 1 / (rank + offset), a Zipf-like law: the first names of a list come up
/// far more often than the tail, yet the tail still turns up, as in a real patient list.
class RankedPicker final
{
public:
    RankedPicker(std::size_t count, double offset)
    {
        m_cumulative.reserve(count);
        quint32 total = 0;
        for (std::size_t rank = 1; rank <= count; ++rank) {
            total += quint32(std::lround(1'000'000.0 / (double(rank) + offset)));
            m_cumulative.push_back(total);
        }
    }

    std::size_t pick(Dice &dice) const
    {
        const auto draw = quint32(dice.below(int(m_cumulative.back())));
        return std::size_t(
            std::upper_bound(m_cumulative.begin(), m_cumulative.end(), draw) - m_cumulative.begin());
    }

private:
    std::vector<quint32> m_cumulative;
};

} // namespace chairside
