#include "bookingwindow.h"

#include "centertime.h"

#include <QCoreApplication>

namespace chairside {

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString orderClosedReason(const QList<PrescriberOrder> &orders, QDate date)
{
    if (orders.isEmpty())
        return QCoreApplication::translate("BookingWindow",
            "There is no prescriber's order for this therapy; the prescriber must send one.");
    for (const PrescriberOrder &order : orders) {
        if (order.isValidOn(date) && order.dosesLeft() <= 0) {
            return QCoreApplication::translate("BookingWindow",
                "Every dose of the prescriber's order (valid to %1) has been used; the prescriber "
                "must renew it.")
                .arg(isoDate(order.validTo));
        }
    }
    QDate lastValidTo;
    for (const PrescriberOrder &order : orders)
        lastValidTo = std::max(lastValidTo, order.validTo);
    if (lastValidTo < date)
        return QCoreApplication::translate(
            "BookingWindow", "The prescriber's order lapsed on %1; the prescriber must renew it.")
            .arg(isoDate(lastValidTo));
    return QCoreApplication::translate(
        "BookingWindow", "No prescriber's order is valid on %1; the prescriber must send one that covers it.")
        .arg(isoDate(date));
}

QString authorizationClosedReason(const QList<PriorAuthorization> &authorizations, QDate date)
{
    if (authorizations.isEmpty())
        return QCoreApplication::translate(
            "BookingWindow", "There is no prior authorization for this therapy; the payer must approve one.");
    for (const PriorAuthorization &a : authorizations) {
        if (a.isValidOn(date) && a.status == PriorAuthorization::Status::Pending)
            return QCoreApplication::translate(
                "BookingWindow", "The prior authorization is still pending with %1.")
                .arg(a.payer);
        if (a.isValidOn(date) && a.status == PriorAuthorization::Status::Denied)
            return QCoreApplication::translate("BookingWindow", "The prior authorization was denied by %1.")
                .arg(a.payer);
        if (a.isValidOn(date) && a.visitsLeft() <= 0)
            return QCoreApplication::translate("BookingWindow",
                "Every visit of the prior authorization (valid to %1) has been used; the payer must "
                "approve more.")
                .arg(isoDate(a.validTo));
    }
    QDate lastValidTo;
    for (const PriorAuthorization &a : authorizations)
        lastValidTo = std::max(lastValidTo, a.validTo);
    if (lastValidTo < date)
        return QCoreApplication::translate(
            "BookingWindow", "The prior authorization expired on %1; the payer must renew it.")
            .arg(isoDate(lastValidTo));
    return QCoreApplication::translate(
        "BookingWindow", "No prior authorization covers %1; the payer must approve one that does.")
        .arg(isoDate(date));
}

} // namespace

BookingWindow BookingWindow::compute(const Center &center, const QDateTime &earliestUtc,
    const QList<PrescriberOrder> &orders, const QList<PriorAuthorization> &authorizations)
{
    BookingWindow window;
    window.earliestUtc = earliestUtc;
    const QDate date = CenterTime::localDate(center, earliestUtc);

    const PrescriberOrder *order = nullptr;
    for (const PrescriberOrder &o : orders) {
        if (o.isValidOn(date) && o.dosesLeft() > 0 && (!order || o.validTo > order->validTo))
            order = &o;
    }
    if (!order) {
        window.closedReason = orderClosedReason(orders, date);
        window.closedField = QStringLiteral("order");
        return window;
    }
    const PriorAuthorization *authorization = nullptr;
    for (const PriorAuthorization &a : authorizations) {
        if (a.status == PriorAuthorization::Status::Approved && a.isValidOn(date) && a.visitsLeft() > 0
            && (!authorization || a.validTo > authorization->validTo)) {
            authorization = &a;
        }
    }
    if (!authorization) {
        window.closedReason = authorizationClosedReason(authorizations, date);
        window.closedField = QStringLiteral("authorization");
        return window;
    }
    window.orderValidTo = order->validTo;
    window.authorizationValidTo = authorization->validTo;
    window.latestEndUtc = CenterTime::dayEndUtc(center, std::min(order->validTo, authorization->validTo));
    return window;
}

} // namespace chairside
