#include "appointmentstatus.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace chairside {

namespace {

constexpr std::array<std::pair<AppointmentStatus, const char *>, 8> kCodes = {{
    {AppointmentStatus::Booked, "booked"},
    {AppointmentStatus::Arrived, "arrived"},
    {AppointmentStatus::CheckedIn, "checked-in"},
    {AppointmentStatus::InProgress, "in-progress"},
    {AppointmentStatus::Fulfilled, "fulfilled"},
    {AppointmentStatus::Cancelled, "cancelled"},
    {AppointmentStatus::NoShow, "noshow"},
    {AppointmentStatus::EnteredInError, "entered-in-error"},
}};

/// Position along the day's path; statuses off the path (cancelled, no-show) end it.
int stage(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return 0;
    case AppointmentStatus::Arrived:
        return 1;
    case AppointmentStatus::CheckedIn:
        return 2;
    case AppointmentStatus::InProgress:
        return 3;
    case AppointmentStatus::Fulfilled:
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::NoShow:
    case AppointmentStatus::EnteredInError:
        return 4;
    }
    return 4;
}

} // namespace

QString statusCode(AppointmentStatus status)
{
    for (const auto &[value, code] : kCodes) {
        if (value == status)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<AppointmentStatus> statusFromCode(const QString &code)
{
    for (const auto &[value, text] : kCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString statusLabel(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QCoreApplication::translate("AppointmentStatus", "Booked");
    case AppointmentStatus::Arrived:
        return QCoreApplication::translate("AppointmentStatus", "Arrived");
    case AppointmentStatus::CheckedIn:
        return QCoreApplication::translate("AppointmentStatus", "Checked in");
    case AppointmentStatus::InProgress:
        return QCoreApplication::translate("AppointmentStatus", "In chair");
    case AppointmentStatus::Fulfilled:
        return QCoreApplication::translate("AppointmentStatus", "Done");
    case AppointmentStatus::Cancelled:
        return QCoreApplication::translate("AppointmentStatus", "Cancelled");
    case AppointmentStatus::NoShow:
        return QCoreApplication::translate("AppointmentStatus", "No-show");
    case AppointmentStatus::EnteredInError:
        return QCoreApplication::translate("AppointmentStatus", "Entered in error");
    }
    return {};
}

bool canTransition(AppointmentStatus from, AppointmentStatus to)
{
    if (from == to)
        return false;
    if (to == AppointmentStatus::EnteredInError)
        return from != AppointmentStatus::EnteredInError;
    const int fromStage = stage(from);
    if (fromStage >= 4)
        return false;
    switch (to) {
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::NoShow:
        return fromStage <= 1;
    case AppointmentStatus::Fulfilled:
        return from == AppointmentStatus::InProgress;
    default:
        return stage(to) > fromStage;
    }
}

bool holdsChair(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
    case AppointmentStatus::Arrived:
    case AppointmentStatus::CheckedIn:
    case AppointmentStatus::InProgress:
        return true;
    default:
        return false;
    }
}

bool isCheckedIn(AppointmentStatus status)
{
    return status == AppointmentStatus::CheckedIn || status == AppointmentStatus::InProgress
        || status == AppointmentStatus::Fulfilled;
}

bool isActive(AppointmentStatus status)
{
    return status == AppointmentStatus::Booked || status == AppointmentStatus::Arrived;
}

bool isAdmitted(AppointmentStatus status)
{
    return status == AppointmentStatus::CheckedIn || status == AppointmentStatus::InProgress;
}

bool isVoid(AppointmentStatus status)
{
    return status == AppointmentStatus::Cancelled || status == AppointmentStatus::NoShow
        || status == AppointmentStatus::EnteredInError;
}

int statusOrder(AppointmentStatus status, bool rescheduled)
{
    switch (status) {
    case AppointmentStatus::Booked:
    case AppointmentStatus::Arrived:
    case AppointmentStatus::CheckedIn:
    case AppointmentStatus::InProgress:
        return stage(status);
    case AppointmentStatus::Fulfilled:
        return 4;
    case AppointmentStatus::NoShow:
        return 5;
    case AppointmentStatus::Cancelled:
        return rescheduled ? 6 : 7;
    case AppointmentStatus::EnteredInError:
        return 8;
    }
    return 9;
}

} // namespace chairside
