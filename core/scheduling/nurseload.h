#pragma once

#include "model/appointment.h"
#include "model/center.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace chairside {

/// One 15-minute step of a day at a center: the infusions that start in it and the patients in chairs
/// during it, against what the nurses on shift can take.
struct NurseStep
{
    int minute = 0; ///< the step's first minute after local midnight
    int starts = 0;
    int inChairs = 0; ///< infusions holding a chair for any minute of the step
    int nurses = 0;
    int startCapacity = 0;
    int chairCapacity = 0;

    bool operator==(const NurseStep &) const = default;
};

/// What one more infusion would break.
struct NurseProblem
{
    enum class Limit
    {
        Starts, ///< more starts in a step than the nurses can make
        Patients ///< more patients in chairs than the nurses may have
    };
    Limit limit = Limit::Starts;
    int stepMinute = 0; ///< the first step that breaks, minutes after local midnight
    int count = 0; ///< with the new infusion
    int capacity = 0;

    /// "4 infusions would start at 09:00, where 3 nurses can start 3", for the desk.
    QString describe() const;
    bool operator==(const NurseProblem &) const = default;
};

/// A local day's nurse load, step by step. Pure: built from the infusions that hold chairs.
class NurseLoad final
{
public:
    static constexpr int kStepMinutes = NursePolicy::kStepMinutes;
    static constexpr int kSteps = 24 * 60 / kStepMinutes;

    NurseLoad() = default;
    /// `intervals` are [start, end) seconds since the epoch of the infusions holding chairs, in any order;
    /// only the minutes inside the local day count. `chairs`: the center's active chairs.
    NurseLoad(const Center &center, const NursePolicy &policy, int chairs, QDate date,
        const std::vector<std::pair<qint64, qint64>> &intervals);
    /// The same from appointments (those not holding a chair, and `ignoreId`, are left out).
    static NurseLoad of(const Center &center, const NursePolicy &policy, int chairs, QDate date,
        const QList<Appointment> &booked, qint64 ignoreId = 0);

    /// What breaks when one more infusion starts at `minute` after local midnight for `minutes`; nothing
    /// when it fits.
    std::optional<NurseProblem> problem(int minute, int minutes) const;
    bool fits(int minute, int minutes) const { return !problem(minute, minutes).has_value(); }
    /// The same load, with each step's start capacity lowered to what the policy offers
    /// (NursePolicy::offeredStartCapacity): the slot finder's view.
    NurseLoad offered(const NursePolicy &policy, int chairs) const;
    /// Counts one more infusion.
    void add(int minute, int minutes);

    const std::array<NurseStep, kSteps> &steps() const { return m_steps; }
    QDate date() const { return m_date; }
    /// The most starts in one step, and the minutes during which more patients sit in chairs than the
    /// nurses may have.
    int peakStarts() const;
    int overloadMinutes() const;

private:
    QDate m_date;
    std::array<NurseStep, kSteps> m_steps {};
};

} // namespace chairside
