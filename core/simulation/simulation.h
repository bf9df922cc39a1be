#pragma once

#include "model/policy.h"

#include <QDate>
#include <QList>
#include <QString>

namespace chairside {

/// What a simulated month is run with. The rates are the simulator's own, stated in `simulate --help`.
struct SimulationSettings
{
    int chairs = 24;
    int days = 30;
    quint64 seed = 1;
    SlotOffers offers = SlotOffers::Level;

    static constexpr double kCancelRate = 0.06; ///< a booking cancelled 1-4 days ahead, then booked again
    static constexpr double kNoShowRate = 0.04; ///< a patient who does not come, then books again
    static constexpr double kLateRate = 0.15; ///< a patient late by 1-40 minutes (the rest 0-30 early)
    static constexpr int kMostLateMinutes = 40;
    static constexpr int kMostEarlyMinutes = 30;
    static constexpr double kTakesEarliest = 0.15; ///< takes the slot marked earliest
    static constexpr double kTakesFirst = 0.60; ///< takes the first offered (else the second or third)
    static constexpr int kOffered = 5; ///< slots offered at each booking
    static constexpr double kReferralsPerDay = 4.0; ///< new patients per open day, booking 2-7 days out
    static constexpr double kLoad = 0.85; ///< the panel's demand, as a share of the chairs' open minutes
    static constexpr double kShortestRun = 0.95; ///< an infusion runs 95%-120% of its booked length
    static constexpr double kLongestRun = 1.20;
};

/// One infusion as it happened on the simulated floor, for the picture of a day.
struct SimulatedInfusion
{
    QDate date;
    QString chair;
    QString therapy;
    int bookedMinute = 0; ///< booked start, minutes after local midnight
    int startMinute = 0; ///< when the nurse started it
    int endMinute = 0;
};

/// What a simulated month gave.
struct SimulationResult
{
    SimulationSettings settings;
    QString hours; ///< the simulated center's opening hours
    int peakStarts = 0; ///< most infusions started in one 15-minute step
    int nurseOverloadMinutes = 0; ///< minutes with more patients in chairs than the nurses may have
    double meanWaitMinutes = 0; ///< from arrival (or the booked start, if later) to the chair
    double p90WaitMinutes = 0;
    double utilization = 0; ///< chair minutes used inside opening hours / chair minutes open
    int patientsServed = 0; ///< infusions completed
    int minutesPastClosing = 0; ///< infusion minutes after closing, summed
    int bookings = 0;
    int cancellations = 0;
    int noShows = 0;
    int lateRebooked = 0; ///< late beyond the grace period, booked again
    int referrals = 0;
    QList<SimulatedInfusion> infusions; ///< every infusion of the month, in start order per day
};

} // namespace chairside
