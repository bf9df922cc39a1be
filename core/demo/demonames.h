#pragma once

#include <span>

namespace chairside {

/// The names the demo draws from, as UTF-8, grouped by origin so that a patient's first and last name
/// usually belong together (Minh Nguyen, Siobhán O'Sullivan) while some are mixed, as families are.
/// Within a group names run from the most to the least common, so the generator can weight them by
/// rank: Smith, Garcia and Nguyen recur the way they do in a real patient list, while Søren Østergaard
/// turns up now and then.
namespace DemoNames {

struct FirstName
{
    const char *name;
    const char *nickname; ///< what the patient likes to be called, or nullptr
};

struct Origin
{
    const char *name;
    int weight; ///< share of the center's patients, in percent
    /// How evenly the names share the group: the weight of rank r is 1 / (r + rankOffset), so a small
    /// offset lets the first few dominate (Nguyen among Vietnamese names, Kim among Korean ones).
    double rankOffset;
    std::span<const char *const> lastNames;
    std::span<const FirstName> firstNames;
};

std::span<const Origin> origins();

/// Insurers, each with the prefix of its member ids ("BHH").
struct Payer
{
    const char *name;
    const char *memberPrefix;
};
std::span<const Payer> payers();

/// Prescribers who send orders to the center.
std::span<const char *const> prescribers();

} // namespace DemoNames

} // namespace chairside
