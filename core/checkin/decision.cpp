#include "decision.h"

#include <algorithm>

namespace chairside {

QString ReadinessLine::itemName(Item item)
{
    switch (item) {
    case Item::Order:
        return QStringLiteral("order");
    case Item::Authorization:
        return QStringLiteral("authorization");
    case Item::Eligibility:
        return QStringLiteral("eligibility");
    case Item::Dose:
        return QStringLiteral("dose");
    }
    return {};
}

bool Decision::has(ReasonCode code) const
{
    return std::any_of(reasons.begin(), reasons.end(), [code](const Reason &r) { return r.code == code; });
}

QList<ReasonCode> Decision::codes() const
{
    QList<ReasonCode> result;
    for (const Reason &r : reasons)
        result << r.code;
    return result;
}

QList<Reason> Decision::blocking() const
{
    QList<Reason> result;
    for (const Reason &r : reasons) {
        if (r.blocks())
            result << r;
    }
    return result;
}

const Chair *Decision::chairOf(qint64 chairId) const
{
    const auto found = chairs.constFind(chairId);
    return found == chairs.cend() ? nullptr : &*found;
}

const Therapy *Decision::therapyOf(qint64 therapyId) const
{
    const auto found = therapies.constFind(therapyId);
    return found == therapies.cend() ? nullptr : &*found;
}

} // namespace chairside
