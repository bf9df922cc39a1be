#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace chairside::bench {

/// A whole organization in one file, built reproducibly from a seed for the benchmarks: a million
/// patients with varied names, 50 centers of 6-60 chairs each in a time zone of its own, about two
/// million appointments over five years, and the orders, authorizations and coverage of the patients who come
/// for infusions. Written through the Store like any other data, so the name index is the one the desk would
/// have.
///
/// Center 1 ("North Campus", 60 chairs) is booked at about 85% for the 90 days after now(): the slot
/// finder's and the roster's worst day.
class LargeDataset final
{
public:
    /// Bumped whenever what generate() writes changes, so a cached file from before is made anew.
    static constexpr int kVersion = 5;

    struct Options
    {
        quint32 seed = 20261201;
        int patients = 1'000'000;
        int years = 5; ///< of appointments before now (the busy center's 90 days ahead always come)
        QString folder; ///< where the cached file lives
    };

    struct Info
    {
        QString path;
        bool generated = false; ///< false when the cached file was used
        double seconds = 0; ///< generation time, when generated
        double patientSeconds = 0; ///< of which writing the patients and their name index
        /// The same in CPU seconds of this process: on a shared machine, the wall clock also counts the
        /// time spent waiting for a core.
        double cpuSeconds = 0;
        double patientCpuSeconds = 0;
        double appointmentCpuSeconds = 0;
        double appointmentSeconds = 0; ///< of which making and writing the appointments, a center at a time
        qint64 patients = 0;
        qint64 appointments = 0;
        double busyCenterOccupancy = 0; ///< chair time held at center 1 over the next 90 days
    };

    /// The file for these options, generated when missing or made by another version.
    static Info ensure(const Options &options);

    /// The fixed "now" of the data set: Tue 1 Dec 2026, 09:00 in New York.
    static QDateTime nowUtc();
    static constexpr qint64 kBusyCenterId = 1;
    /// Patients 1..this have coverage, an order, an authorization and appointments: a quarter of them,
    /// at most 250,000.
    static int infusionPatients(int patients) { return patients / 4 < 250'000 ? patients / 4 : 250'000; }
};

} // namespace chairside::bench
