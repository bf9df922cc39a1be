// InterfaceService on a real store: dedupe by MSH-10 and by appointment key, the appointment triggers'
// effects, quarantine that writes nothing and its retry, no double booking, a batch's neighbours, orders,
// authorizations, the answers (ACK) and who may act.

#include "authhelpers.h"
#include "catchqstring.h"
#include "interfacefixture.h"
#include "store/changejournal.h"
#include "store/database.h"
#include "store/store.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace chairside;
using namespace chairside::test;

namespace {

const QString kSender = QStringLiteral("EHR^HOSP");

/// An SIU message of the test sender: trigger, control id, appointment id, patient MRN, local start on
/// 2026-12-08 (New York), minutes, location and service; `status` is SCH-25.
QByteArray siu(const QString &trigger, const QString &controlId, const QString &key, const QString &mrn,
    const QString &start = QStringLiteral("202612081000"), int minutes = 120,
    const QString &location = QStringLiteral("INFUSION"), const QString &service = QStringLiteral("REMI"),
    const QString &status = QStringLiteral("Booked"))
{
    return InterfaceFixture::hl7({
        QStringLiteral("MSH|^~\\&|EHR|HOSP|CHAIRSIDE|INF|20261201080000||SIU^%1|%2|P|2.4")
            .arg(trigger, controlId),
        QStringLiteral("SCH||%1|||||%2||%3|min|^^%3^%4").arg(key, service).arg(minutes).arg(start)
            + QStringLiteral("|").repeated(14) + status,
        QStringLiteral("PID|1||%1^^^HOSP^MR||Doe^Jane||19700115|F|||||(555)010-2000").arg(mrn),
        QStringLiteral("RGS|1"),
        QStringLiteral("AIL|1||%1").arg(location),
    });
}

QDateTime dec8(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, 8), QTime(hour, minute), QTimeZone("America/New_York")).toUTC();
}

struct Mapped : InterfaceFixture
{
    Mapped()
    {
        mapLocation(QStringLiteral("INFUSION"));
        mapService(QStringLiteral("REMI"), infliximab);
    }

    InterfaceReceipt receive(const QByteArray &bytes)
    {
        return service.receive(
            admin, bytes, InterfaceSource {InterfaceChannel::Mllp, QStringLiteral("127.0.0.1:4000")});
    }
};

} // namespace

TEST_CASE("A resent message (same sender and MSH-10) is answered AA and recorded as a duplicate")
{
    Mapped f;
    const InterfaceReceipt first = f.receive(
        siu(QStringLiteral("S12"), QStringLiteral("C1"), QStringLiteral("A1"), QStringLiteral("M100")));
    REQUIRE(first.state == InterfaceState::Applied);
    CHECK(first.ack.contains("MSA|AA|C1"));
    const InterfaceReceipt again = f.receive(
        siu(QStringLiteral("S12"), QStringLiteral("C1"), QStringLiteral("A1"), QStringLiteral("M100")));
    CHECK(again.state == InterfaceState::Duplicate);
    CHECK(again.ack.contains("MSA|AA|C1"));
    CHECK(f.appointmentCount() == 1);
    const auto kept = f.service.message(f.admin, again.messageId);
    REQUIRE(kept);
    CHECK(kept->duplicateOf == first.messageId);
    CHECK(kept->channel == InterfaceChannel::Mllp);
    CHECK(kept->sender == QStringLiteral("127.0.0.1:4000"));
    CHECK(f.service.counts(f.admin).duplicate == 1);
}

TEST_CASE("A repeated S12 for the same appointment key under another MSH-10 changes nothing")
{
    Mapped f;
    REQUIRE(f.receive(siu(QStringLiteral("S12"), QStringLiteral("C1"), QStringLiteral("A1"),
                          QStringLiteral("M100")))
                .state
        == InterfaceState::Applied);
    const auto booked = f.appointmentOfKey(kSender, QStringLiteral("A1"));
    REQUIRE(booked);
    const InterfaceReceipt again = f.receive(siu(QStringLiteral("S12"), QStringLiteral("C2"),
        QStringLiteral("A1"), QStringLiteral("M100"), QStringLiteral("202612081400")));
    CHECK(again.state == InterfaceState::Duplicate);
    CHECK(again.ack.contains("MSA|AA|C2"));
    CHECK(f.appointmentCount() == 1);
    CHECK(f.store.appointment(booked->id)->startUtc == dec8(10));
}

TEST_CASE("S13, S14, S15, S17 and S26 act on the appointment their key names")
{
    Mapped f;
    REQUIRE(f.receive(siu(QStringLiteral("S12"), QStringLiteral("C1"), QStringLiteral("A1"),
                          QStringLiteral("M100")))
                .state
        == InterfaceState::Applied);
    const Appointment booked = *f.appointmentOfKey(kSender, QStringLiteral("A1"));
    CHECK(booked.startUtc == dec8(10));
    CHECK(booked.minutes == 120);
    CHECK(booked.therapyId == f.infliximab.id);

    SECTION("S13 moves it: a replacement at the new time, the old one cancelled")
    {
        REQUIRE(f.receive(siu(QStringLiteral("S13"), QStringLiteral("C2"), QStringLiteral("A1"),
                              QStringLiteral("M100"), QStringLiteral("202612081300")))
                    .state
            == InterfaceState::Applied);
        const Appointment moved = *f.appointmentOfKey(kSender, QStringLiteral("A1"));
        CHECK(moved.id != booked.id);
        CHECK(moved.replacesId == booked.id);
        CHECK(moved.startUtc == dec8(13));
        CHECK(f.store.appointment(booked.id)->status == AppointmentStatus::Cancelled);
    }
    SECTION("S14 with ARRIVED marks it arrived")
    {
        REQUIRE(f.receive(siu(QStringLiteral("S14"), QStringLiteral("C2"), QStringLiteral("A1"),
                              QStringLiteral("M100"), QStringLiteral("202612081000"), 120,
                              QStringLiteral("INFUSION"), QStringLiteral("REMI"), QStringLiteral("ARRIVED")))
                    .state
            == InterfaceState::Applied);
        const Appointment now = *f.store.appointment(booked.id);
        CHECK(now.status == AppointmentStatus::Arrived);
        CHECK(now.arrivedAtUtc == f.clock.nowUtc());
    }
    SECTION("S15 cancels it")
    {
        REQUIRE(
            f.receive(siu(QStringLiteral("S15"), QStringLiteral("C2"), QStringLiteral("A1"),
                          QStringLiteral("M100"), QStringLiteral("202612081000"), 120,
                          QStringLiteral("INFUSION"), QStringLiteral("REMI"), QStringLiteral("Cancelled")))
                .state
            == InterfaceState::Applied);
        CHECK(f.store.appointment(booked.id)->status == AppointmentStatus::Cancelled);
    }
    SECTION("S15 with NOSHOW records a no-show")
    {
        REQUIRE(f.receive(siu(QStringLiteral("S15"), QStringLiteral("C2"), QStringLiteral("A1"),
                              QStringLiteral("M100"), QStringLiteral("202612081000"), 120,
                              QStringLiteral("INFUSION"), QStringLiteral("REMI"), QStringLiteral("NOSHOW")))
                    .state
            == InterfaceState::Applied);
        CHECK(f.store.appointment(booked.id)->status == AppointmentStatus::NoShow);
        CHECK(auditOf(f.store, AuditAction::NoShow).size() == 1);
    }
    SECTION("S17 marks it entered in error")
    {
        REQUIRE(f.receive(siu(QStringLiteral("S17"), QStringLiteral("C2"), QStringLiteral("A1"),
                              QStringLiteral("M100")))
                    .state
            == InterfaceState::Applied);
        CHECK(f.store.appointment(booked.id)->status == AppointmentStatus::EnteredInError);
    }
    SECTION("S26 records a no-show whatever SCH-25 says")
    {
        REQUIRE(f.receive(siu(QStringLiteral("S26"), QStringLiteral("C2"), QStringLiteral("A1"),
                              QStringLiteral("M100")))
                    .state
            == InterfaceState::Applied);
        CHECK(f.store.appointment(booked.id)->status == AppointmentStatus::NoShow);
    }
    SECTION("S15 for an id never received is kept as ignored, nothing cancelled")
    {
        const InterfaceReceipt r = f.receive(
            siu(QStringLiteral("S15"), QStringLiteral("C2"), QStringLiteral("A9"), QStringLiteral("M100")));
        CHECK(r.state == InterfaceState::Ignored);
        CHECK(r.ack.contains("MSA|AA|C2"));
        CHECK(f.store.appointment(booked.id)->status == AppointmentStatus::Booked);
    }
}

TEST_CASE(
    "An unmapped service quarantines the message whole, AE with ERR, and a retry after mapping applies it")
{
    InterfaceFixture f;
    f.mapLocation(QStringLiteral("INFUSION"));
    const InterfaceReceipt r = f.service.receive(f.admin,
        siu(QStringLiteral("S12"), QStringLiteral("C1"), QStringLiteral("A1"), QStringLiteral("M100"),
            QStringLiteral("202612081000"), 120, QStringLiteral("INFUSION"), QStringLiteral("KEYTRUDA")),
        InterfaceSource {InterfaceChannel::Mllp, QStringLiteral("10.0.0.5:3000")});
    REQUIRE(r.state == InterfaceState::Quarantined);
    CHECK(r.ack.contains("MSA|AE|C1"));
    CHECK(r.ack.contains("ERR|"));
    CHECK(r.ack.contains("SCH^1^7"));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors.first().segment == QStringLiteral("SCH"));
    CHECK(r.errors.first().field == QStringLiteral("SCH-7"));
    CHECK(r.errors.first().reason.contains(QStringLiteral("KEYTRUDA")));
    CHECK(r.needsKind == MappingKind::Service);
    CHECK(r.needsValue == QStringLiteral("KEYTRUDA"));
    // Refused whole: not even the patient its PID names.
    CHECK_FALSE(f.store.patientByMrn(QStringLiteral("M100")));
    CHECK(f.appointmentCount() == 0);
    const auto kept = f.service.message(f.admin, r.messageId);
    REQUIRE(kept);
    CHECK(kept->state == InterfaceState::Quarantined);
    CHECK(kept->raw.startsWith("MSH|^~\\&|EHR|HOSP"));
    CHECK(kept->error->field == QStringLiteral("SCH-7"));
    const QList<InterfaceWaiting> waiting = f.service.waiting(f.admin);
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.first().value == QStringLiteral("KEYTRUDA"));

    const InterfaceReceipt stillRefused = f.service.retry(f.admin, r.messageId);
    CHECK(stillRefused.state == InterfaceState::Quarantined);
    f.mapService(QStringLiteral("keytruda"), f.ocrelizumab);
    const QList<InterfaceReceipt> retried
        = f.service.retryWaitingOn(f.admin, MappingKind::Service, QStringLiteral("KEYTRUDA"));
    REQUIRE(retried.size() == 1);
    CHECK(retried.first().state == InterfaceState::Applied);
    CHECK(retried.first().messageId == r.messageId);
    const auto applied = f.service.message(f.admin, r.messageId);
    CHECK(applied->state == InterfaceState::Applied);
    CHECK_FALSE(applied->error);
    CHECK(applied->retries == 2);
    CHECK(applied->retriedBy == QStringLiteral("admin"));
    CHECK(applied->appliedAtUtc == f.clock.nowUtc());
    const auto booked = f.appointmentOfKey(kSender, QStringLiteral("A1"));
    REQUIRE(booked);
    CHECK(booked->therapyId == f.ocrelizumab.id);
    REQUIRE_THROWS_AS(f.service.retry(f.admin, r.messageId), Error);
}

TEST_CASE("No chair free for the whole infusion quarantines the booking instead of double-booking")
{
    Mapped f;
    // Five chairs (1-4 and Suite A): five bookings at 10:00 fill them.
    for (int i = 1; i <= 5; ++i) {
        const QString n = QString::number(i);
        REQUIRE(f.receive(siu(QStringLiteral("S12"), QStringLiteral("C") + n, QStringLiteral("A") + n,
                              QStringLiteral("M10") + n))
                    .state
            == InterfaceState::Applied);
    }
    // The sixth overlaps every one of them for its last half hour.
    const InterfaceReceipt r = f.receive(siu(QStringLiteral("S12"), QStringLiteral("C6"),
        QStringLiteral("A6"), QStringLiteral("M106"), QStringLiteral("202612080830")));
    REQUIRE(r.state == InterfaceState::Quarantined);
    CHECK(r.errors.first().reason.startsWith(QStringLiteral("No chair at")));
    CHECK(r.errors.first().segment == QStringLiteral("SCH"));
    CHECK(r.ack.contains("MSA|AE|C6"));
    CHECK(f.appointmentCount() == 5);
    CHECK_FALSE(f.store.patientByMrn(QStringLiteral("M106")));
    // Once one is cancelled, a retry finds its chair.
    REQUIRE(f.receive(siu(QStringLiteral("S15"), QStringLiteral("C7"), QStringLiteral("A3"),
                          QStringLiteral("M103")))
                .state
        == InterfaceState::Applied);
    CHECK(f.service.retry(f.admin, r.messageId).state == InterfaceState::Applied);
    CHECK(f.appointmentCount() == 6);
}

TEST_CASE("In one file, the chair finder sees the file's own bookings, cancellations and moves")
{
    Mapped f;
    QByteArray file;
    // Five chairs (1-4 and Suite A): five bookings at 10:00 fill them; a sixth overlapping them is
    // refused; A3 cancelled frees its chair for a seventh; A1 moved to 14:00 frees its chair for an eighth.
    for (int i = 1; i <= 5; ++i) {
        const QString n = QString::number(i);
        file += siu(QStringLiteral("S12"), QStringLiteral("C") + n, QStringLiteral("A") + n,
            QStringLiteral("M10") + n);
    }
    file += siu(QStringLiteral("S12"), QStringLiteral("C6"), QStringLiteral("A6"), QStringLiteral("M106"),
        QStringLiteral("202612080830"));
    file += siu(QStringLiteral("S15"), QStringLiteral("C7"), QStringLiteral("A3"), QStringLiteral("M103"));
    file += siu(QStringLiteral("S12"), QStringLiteral("C8"), QStringLiteral("A7"), QStringLiteral("M107"));
    file += siu(QStringLiteral("S13"), QStringLiteral("C9"), QStringLiteral("A1"), QStringLiteral("M101"),
        QStringLiteral("202612081400"));
    file += siu(QStringLiteral("S12"), QStringLiteral("C10"), QStringLiteral("A8"), QStringLiteral("M108"));
    file += siu(QStringLiteral("S12"), QStringLiteral("C11"), QStringLiteral("A9"), QStringLiteral("M109"));
    const InterfaceFileResult result = f.import(file);
    REQUIRE(result.receipts.size() == 11);
    CHECK(result.receipts[5].state == InterfaceState::Quarantined);
    CHECK(result.receipts[10].state == InterfaceState::Quarantined);
    CHECK(result.quarantined == 2);
    const auto chairOf = [&f](const char *key) {
        const auto booked = f.appointmentOfKey(kSender, QString::fromLatin1(key));
        REQUIRE(booked);
        return booked->chairId;
    };
    CHECK(chairOf("A7") == f.chairs[2].id);
    CHECK(chairOf("A8") == f.chairs[0].id);
    // Nothing double-booked: at 10:00 each chair holds one infusion.
    QList<qint64> held;
    for (const Appointment &a : f.store.chairHoldsAtCenter(f.center.id, dec8(9), dec8(11))) {
        CHECK_FALSE(held.contains(a.chairId));
        held << a.chairId;
    }
    CHECK(held.size() == 5);
}

TEST_CASE("A batch with one bad message applies its neighbours")
{
    Mapped f;
    const QByteArray batch = "BHS|^~\\&|EHR|HOSP\r"
        + siu(QStringLiteral("S12"), QStringLiteral("B1"), QStringLiteral("A1"), QStringLiteral("M100"))
        + siu(QStringLiteral("S12"), QStringLiteral("B2"), QStringLiteral("A2"), QStringLiteral("M200"),
            QStringLiteral("202612081000"), 60, QStringLiteral("ELSEWHERE"))
        + siu(QStringLiteral("S12"), QStringLiteral("B3"), QStringLiteral("A3"), QStringLiteral("M300"))
        + "BTS|3\r";
    const InterfaceFileResult result = f.import(batch);
    CHECK(result.format == InterfaceFormat::Hl7v2);
    REQUIRE(result.receipts.size() == 3);
    CHECK(result.applied == 2);
    CHECK(result.quarantined == 1);
    CHECK_FALSE(result.clean());
    CHECK(result.receipts[1].state == InterfaceState::Quarantined);
    CHECK(result.receipts[1].errors.first().field == QStringLiteral("AIL-3"));
    CHECK(result.receipts[1].needsKind == MappingKind::Location);
    CHECK(f.appointmentOfKey(kSender, QStringLiteral("A1")));
    CHECK_FALSE(f.appointmentOfKey(kSender, QStringLiteral("A2")));
    CHECK(f.appointmentOfKey(kSender, QStringLiteral("A3")));
    CHECK_FALSE(f.store.patientByMrn(QStringLiteral("M200")));
}

TEST_CASE("An unsupported message type is rejected (AR) and kept; an unreadable file is kept too")
{
    Mapped f;
    const InterfaceReceipt r
        = f.receive(InterfaceFixture::hl7({QStringLiteral("MSH|^~\\&|EHR|HOSP|||20261201||ADT^A01|X9|P|2.4"),
            QStringLiteral("PID|1||M1^^^HOSP^MR||Doe^Jane||19700115")}));
    CHECK(r.state == InterfaceState::Quarantined);
    CHECK(r.ack.contains("MSA|AR|X9"));
    CHECK(r.errors.first().code == 201);
    const InterfaceFileResult junk = f.import("hello, this is not a message\n");
    REQUIRE(junk.receipts.size() == 1);
    CHECK(junk.format == InterfaceFormat::Unknown);
    CHECK(junk.receipts.first().state == InterfaceState::Quarantined);
    CHECK(
        f.service.message(f.admin, junk.receipts.first().messageId)->raw == "hello, this is not a message\n");
}

TEST_CASE("RDE^O11 adds the prescriber's order, a resend under another id changes nothing, CA ends it")
{
    InterfaceFixture f;
    const auto order = [](const QString &control, const QString &orc1) {
        return InterfaceFixture::hl7(
            {QStringLiteral("MSH|^~\\&|EHR|HOSP|CHAIRSIDE|INF|20261201||RDE^O11|%1|P|2.4").arg(control),
                QStringLiteral("PID|1||M0001^^^HOSP^MR||Alvarez^Maria||19610304"),
                QStringLiteral("ORC|%1|ORD-778^EHR|||||||20261201|||1234567^Careful^Adam^^^Dr").arg(orc1),
                QStringLiteral("RXE|^^^20261201^20270531^^^^^^^6|J1745^infliximab^HCPCS|5||mg/kg")});
    };
    const qint64 before = f.store.ordersOfPatient(f.maria.id).size();
    const InterfaceFileResult added = f.import(order(QStringLiteral("O1"), QStringLiteral("NW")));
    REQUIRE(added.applied == 1);
    const QList<PrescriberOrder> orders = f.store.ordersOfPatient(f.maria.id);
    REQUIRE(orders.size() == before + 1);
    const auto stored = std::find_if(
        orders.cbegin(), orders.cend(), [](const PrescriberOrder &o) { return o.dosesAuthorized == 6; });
    REQUIRE(stored != orders.cend());
    CHECK(stored->therapyId == f.infliximab.id);
    CHECK(stored->validFrom == QDate(2026, 12, 1));
    CHECK(stored->validTo == QDate(2027, 5, 31));
    CHECK(stored->prescriber == QStringLiteral("Adam Careful"));
    REQUIRE(f.import(order(QStringLiteral("O2"), QStringLiteral("NW"))).applied == 1);
    CHECK(f.store.ordersOfPatient(f.maria.id).size() == before + 1);
    REQUIRE(f.import(order(QStringLiteral("O3"), QStringLiteral("CA"))).applied == 1);
    CHECK(f.store.order(stored->id)->validTo == QDate(2026, 12, 1));
}

TEST_CASE("A payer's authorization CSV: each row its own message, a bad row quarantined with its line")
{
    InterfaceFixture f;
    const QByteArray csv = "mrn,payer,reference,therapy,valid_from,valid_to,visits_approved\n"
                           "M0001,Aetna,PA-1,infliximab,2026-12-01,2027-05-31,6\n"
                           "M0001,Aetna,PA-2,infliximab,2026-12-01,2026-11-01,6\n"
                           "M9999,Aetna,PA-3,infliximab,2026-12-01,2027-05-31,6\n";
    const InterfaceFileResult result = f.import(csv, QStringLiteral("payer.csv"));
    CHECK(result.format == InterfaceFormat::Csv);
    REQUIRE(result.receipts.size() == 3);
    CHECK(result.receipts[0].state == InterfaceState::Applied);
    CHECK(result.receipts[0].controlId == QStringLiteral("PA-1"));
    CHECK(result.receipts[1].state == InterfaceState::Quarantined);
    CHECK(result.receipts[1].errors.first().segment == QStringLiteral("line 3"));
    CHECK(result.receipts[1].errors.first().field == QStringLiteral("valid_to"));
    CHECK(result.receipts[2].state == InterfaceState::Quarantined);
    CHECK(result.receipts[2].errors.first().field == QStringLiteral("mrn"));
    bool found = false;
    const QList<PriorAuthorization> held = f.store.authorizationsOfPatient(f.maria.id);
    for (const PriorAuthorization &a : held) {
        if (a.reference == QStringLiteral("PA-1")) {
            found = true;
            CHECK(a.visitsApproved == 6);
            CHECK(a.validTo == QDate(2027, 5, 31));
            CHECK(a.payer == QStringLiteral("Aetna"));
        }
    }
    CHECK(found);
    // The same list again changes nothing.
    const InterfaceFileResult again = f.import(csv, QStringLiteral("payer.csv"));
    CHECK(again.receipts[0].summary.endsWith(QStringLiteral("unchanged")));
}

TEST_CASE("The audit trail names the message by id and never the patient's name or birth date")
{
    Mapped f;
    const InterfaceReceipt r = f.receive(
        siu(QStringLiteral("S12"), QStringLiteral("C1"), QStringLiteral("A1"), QStringLiteral("M100")));
    REQUIRE(r.state == InterfaceState::Applied);
    const QList<AuditEntry> entries = auditOf(f.store, AuditAction::InterfaceMessage);
    REQUIRE_FALSE(entries.isEmpty());
    const AuditEntry &last = entries.last();
    CHECK(last.event.recordKind == QStringLiteral("interface_message"));
    CHECK(last.event.recordId == r.messageId);
    CHECK(last.event.patientId == f.store.patientByMrn(QStringLiteral("M100"))->id);
    CHECK_FALSE(last.event.reason.contains(QStringLiteral("Doe")));
    CHECK_FALSE(last.event.reason.contains(QStringLiteral("1970")));
    const QList<AuditEntry> booked = auditOf(f.store, AuditAction::Booked);
    REQUIRE_FALSE(booked.isEmpty());
    CHECK(booked.last().event.reason.contains(QStringLiteral("interface message %1").arg(r.messageId)));
}

TEST_CASE("Only an admin receives messages and edits the mappings")
{
    InterfaceFixture f;
    const User nurse = *f.store.accountByName(QStringLiteral("nurse"));
    const Error refused = thrown([&] {
        f.service.receive(nurse,
            siu(QStringLiteral("S12"), QStringLiteral("C1"), QStringLiteral("A1"), QStringLiteral("M100")),
            InterfaceSource {});
    });
    CHECK(refused.kind() == Error::Kind::Forbidden);
    CHECK(thrown([&] {
        f.service.setMapping(nurse, MappingKind::Location, QStringLiteral("X"), f.center.id);
    }).kind()
        == Error::Kind::Forbidden);
    CHECK(f.messageCount() == 0);
    CHECK(thrown([&] {
        f.service.setMapping(f.admin, MappingKind::Location, QStringLiteral(" "), f.center.id);
    }).field()
        == QStringLiteral("value"));
    CHECK(thrown([&] {
        f.service.setMapping(f.admin, MappingKind::Service, QStringLiteral("X"), 9999);
    }).field()
        == QStringLiteral("therapy"));
    CHECK(
        thrown([&] { f.service.setSenderZone(f.admin, "Mars/Olympus"); }).field() == QStringLiteral("zone"));
    f.mapLocation(QStringLiteral("WARD 5"));
    const QList<InterfaceMapping> maps = f.service.mappings(f.admin);
    REQUIRE(maps.size() == 1);
    CHECK(maps.first().targetName == f.center.name);
    CHECK(maps.first().changedBy == QStringLiteral("admin"));
    f.service.removeMapping(f.admin, MappingKind::Location, QStringLiteral("ward 5"));
    CHECK(f.service.mappings(f.admin).isEmpty());
    CHECK(auditOf(f.store, AuditAction::InterfaceMappingChanged).size() == 2);
}

TEST_CASE("What a message changed reaches other programs through the change journal")
{
    Mapped f;
    ChangeList heard;
    const int id
        = f.store.database().addChangeListener([&heard](const ChangeList &changes) { heard << changes; });
    const InterfaceReceipt r = f.receive(
        siu(QStringLiteral("S12"), QStringLiteral("C1"), QStringLiteral("A1"), QStringLiteral("M100")));
    f.store.database().removeChangeListener(id);
    const auto has = [&heard](Change::Entity entity, qint64 of) {
        return std::any_of(
            heard.cbegin(), heard.cend(), [&](const Change &c) { return c.entity == entity && c.id == of; });
    };
    CHECK(has(Change::Entity::InterfaceMessage, r.messageId));
    CHECK(has(Change::Entity::Appointment, f.appointmentOfKey(kSender, QStringLiteral("A1"))->id));
    CHECK(has(Change::Entity::Patient, f.store.patientByMrn(QStringLiteral("M100"))->id));
    const ChangeJournal::Read journal = f.store.database().changeJournal()->since(0);
    CHECK(std::any_of(journal.changes.cbegin(), journal.changes.cend(), [&](const Change &c) {
        return c.entity == Change::Entity::InterfaceMessage && c.id == r.messageId;
    }));
}
