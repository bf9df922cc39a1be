#include "rosterday.h"

#include "checkin/checkinservice.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <catch2/catch.hpp>

namespace chairside::test {

const QDate RosterDay::kTuesday(2026, 12, 1);

RosterDay::RosterDay()
    : workspace(f.store, f.clock)
{
    workspace.setWatchInterval(0);
    workspace.setUser(user("nurse"));
    workspace.setCenter(f.center);

    liam = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Liam"), QStringLiteral("O'Brien"),
        QDate(1975, 6, 30), f.vedolizumab);
    ana = f.addReadyPatient(QStringLiteral("M0003"), QStringLiteral("Ana"), QStringLiteral("Lee"),
        QDate(1980, 2, 2), f.ocrelizumab);
    zoe = f.addReadyPatient(
        QStringLiteral("M0004"), QStringLiteral("Zoe"), QStringLiteral("Park"), QDate(1990, 9, 9), f.ivig);

    liamAt0830 = f.book(liam, f.vedolizumab, kTuesday, 8, 30, &f.chairs[1]);
    mariaAt0900 = f.book(f.maria, f.infliximab, kTuesday, 9, 0, &f.chairs[0]);
    anaAt1000 = f.book(ana, f.ocrelizumab, kTuesday, 10, 0, &f.chairs[4]);
    zoeAt1100 = f.book(zoe, f.ivig, kTuesday, 11, 0, &f.chairs[2]);
    f.store.setPrep(mariaAt0900, PrepState::Ready, f.local(kTuesday, 6, 0));
    f.store.setPrep(anaAt1000, PrepState::Ready, f.local(kTuesday, 6, 30));

    f.store.changeStatus(
        liamAt0830, AppointmentStatus::Arrived, QStringLiteral("desk"), f.local(kTuesday, 8, 10));
    f.clock.set(f.local(kTuesday, 8, 55));
    CheckInRequest maria;
    maria.mrn = f.maria.mrn;
    maria.dateOfBirth = f.maria.dateOfBirth;
    maria.centerId = f.center.id;
    const Decision admitted = CheckInService(f.store, f.clock).checkIn(maria, user("desk"));
    REQUIRE(admitted.outcome == Outcome::Admit);
    f.clock.set(f.local(kTuesday, 9, 0));
}

User RosterDay::user(const char *name)
{
    const auto found = f.store.userByName(QString::fromLatin1(name));
    REQUIRE(found.has_value());
    return *found;
}

void answerNextModal(const std::function<bool(QWidget *)> &answer)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, answer] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || !answer(modal))
            return;
        poll->stop();
        poll->deleteLater();
    });
    poll->start();
}

} // namespace chairside::test
