#pragma once

#include <QtGlobal>

#include <random>
#include <utility>
#include <vector>

namespace chairside {

/// Reproducible draws for generated data. std::mt19937 is specified bit for bit, the standard
/// distributions are not: the draws are made here so that one seed gives the same data with every
/// standard library.
class Dice final
{
public:
    explicit Dice(quint32 seed)
        : m_engine(seed)
    { }

    /// 0 <= result < n.
    int below(int n) { return n <= 1 ? 0 : int((quint64(m_engine()) * quint64(n)) >> 32); }
    /// lo <= result <= hi.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool percent(int p) { return below(100) < p; }
    /// True with probability p (0..1).
    bool chance(double p) { return double(m_engine()) < p * 4294967296.0; }

    template<typename T>
    void shuffle(std::vector<T> &items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[std::size_t(below(int(i)))]);
    }

private:
    std::mt19937 m_engine;
};

} // namespace chairside
