// Failed checks print the text.
#include "booking/slotlistmodel.h"
#include "catchqstring.h"
#include "desk/patientresultsmodel.h"
#include "fixture.h"
#include "scheduling/slotservice.h"
#include "search/patientsearch.h"
#include "store/store.h"

#include <QAbstractItemModelTester>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace chairside;

TEST_CASE("The results model holds the search's patients, a scanned code's first")
{
    test::Fixture f;
    const Patient jon = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Jon"),
        QStringLiteral("Alvarado"), QDate(1970, 5, 6), f.vedolizumab);
    PatientResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    PatientSearch search(f.store);

    model.setResults(search.find(QStringLiteral("alva")));
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == PatientResultsModel::ColumnCount);
    REQUIRE(model.headerData(PatientResultsModel::MatchColumn, Qt::Horizontal).toString()
        == QStringLiteral("Matched by"));
    const QModelIndex first = model.index(0, PatientResultsModel::NameColumn);
    REQUIRE(first.data().toString().contains(QStringLiteral(", ")));
    REQUIRE(model.index(0, PatientResultsModel::MatchColumn).data().toString() == QStringLiteral("Name"));

    model.setResults(search.find(QStringLiteral("M0001")));
    REQUIRE(model.rowCount() == 1);
    REQUIRE(model.index(0, PatientResultsModel::NameColumn).data().toString()
        == QStringLiteral("Alvarez, Maria"));
    REQUIRE(model.index(0, PatientResultsModel::DateOfBirthColumn).data().toString()
        == QStringLiteral("03/04/1961"));
    REQUIRE(model.index(0, PatientResultsModel::MrnColumn).data().toString() == QStringLiteral("M0001"));
    REQUIRE(model.index(0, PatientResultsModel::PhoneColumn).data().toString()
        == QStringLiteral("(617) 555-0100"));
    REQUIRE(model.index(0, PatientResultsModel::MatchColumn).data().toString() == QStringLiteral("MRN"));
    REQUIRE(model.index(0, 0).data(PatientResultsModel::PatientIdRole).toLongLong() == f.maria.id);

    // The patient of a scanned code comes first and only once.
    const qint64 booked = f.book(jon, f.vedolizumab, QDate(2026, 12, 1), 9);
    model.setResults(search.find(QStringLiteral("alva")),
        PatientResultsModel::Row {jon, PatientResultsModel::Match::AppointmentCode, booked, {}});
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.row(0).patient.id == jon.id);
    REQUIRE(model.index(0, 0).data(PatientResultsModel::AppointmentIdRole).toLongLong() == booked);
    REQUIRE(model.index(0, PatientResultsModel::MatchColumn).data().toString()
        == QStringLiteral("Code CS%1").arg(booked, 7, 10, QLatin1Char('0')));

    model.clear();
    REQUIRE(model.rowCount() == 0);
    model.setResults({});
    REQUIRE(model.rowCount() == 0);
}

TEST_CASE("The slot model lists the day, the time and the chair on the center's clock")
{
    test::Fixture f;
    const qint64 id = f.book(f.maria, f.infliximab, QDate(2026, 12, 1), 8);
    SlotListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Slot> offered = SlotService(f.store, f.clock).forAppointment(id, 3);
    REQUIRE(offered.size() == 3);
    model.setSlots(f.center, QDate(2026, 12, 1), offered,
        {QStringLiteral("chair 1"), QStringLiteral("chair 1"), QStringLiteral("chair 1")});
    REQUIRE(model.rowCount() == 3);
    // The pharmacy needs a day: the first slot is tomorrow at 08:00, for the two hours of infliximab.
    REQUIRE(model.index(0, SlotListModel::DayColumn).data().toString()
        == QStringLiteral("Tomorrow, Wednesday 2 December"));
    REQUIRE(model.index(0, SlotListModel::TimeColumn).data().toString() == QStringLiteral("08:00 – 10:00"));
    REQUIRE(model.index(0, SlotListModel::ChairColumn).data().toString() == QStringLiteral("chair 1"));
    model.setSlots(f.center, QDate(2026, 12, 1), {}, {});
    REQUIRE(model.rowCount() == 0);
}

TEST_CASE("The slot model marks the earliest slot wherever the ranking put it")
{
    test::Fixture f;
    const qint64 id = f.book(f.maria, f.infliximab, QDate(2026, 12, 1), 8);
    QList<Slot> offered = SlotService(f.store, f.clock).forAppointment(id, 3);
    REQUIRE(offered.size() == 3);
    // Ranked otherwise: the earliest comes last.
    for (Slot &slot : offered)
        slot.earliest = false;
    offered.first().earliest = true;
    std::reverse(offered.begin(), offered.end());
    SlotListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSlots(f.center, QDate(2026, 12, 1), offered, {});
    REQUIRE(model.columnCount() == SlotListModel::ColumnCount);
    REQUIRE(model.index(0, SlotListModel::NoteColumn).data().toString().isEmpty());
    REQUIRE(model.index(0, SlotListModel::TimeColumn).data().toString() != QStringLiteral("08:00 – 10:00"));
    REQUIRE(model.index(2, SlotListModel::NoteColumn).data().toString() == QStringLiteral("Earliest"));
    REQUIRE(model.index(2, SlotListModel::TimeColumn).data().toString() == QStringLiteral("08:00 – 10:00"));
    REQUIRE(
        model.index(2, 0).data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(", the earliest")));
    REQUIRE_FALSE(
        model.index(0, 0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("earliest")));
}
