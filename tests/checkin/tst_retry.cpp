// A transaction a server calls off as one side of a race (a serialization failure, a deadlock) is run
// again, a bounded number of times, and only then reported, in words; anything else fails at once. What
// was called off wrote nothing, so running it again counts nothing twice.

#include "authhelpers.h"
#include "checkin/checkinservice.h"
#include "checkinhelpers.h"
#include "store/retry.h"
#include "store/scopedtransaction.h"
#include "store/sqlquery.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);

Error lostRace()
{
    return Error(Error::Kind::Store, QStringLiteral("busy")).markTransient();
}

/// Makes the next `times` inserts into checkin_decision fail as a server's serialization failure does
/// (SQLSTATE 40001). The count is a sequence's, which a rollback does not undo.
void loseRaces(Database &db, int times)
{
    db.execute(QStringLiteral("CREATE SEQUENCE lost_races; "
                              "CREATE FUNCTION lose_race() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                              "IF nextval('lost_races') <= %1 THEN "
                              "RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; "
                              "END IF; RETURN NEW; END $$; "
                              "CREATE TRIGGER lose_race BEFORE INSERT ON checkin_decision "
                              "FOR EACH ROW EXECUTE FUNCTION lose_race()")
                   .arg(times),
        "make check-ins lose races");
}

qint64 racesLost(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT last_value FROM lost_races"), "count the races lost");
    q.exec();
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("A lost race is run again, at most four times in all; anything else, or inside a transaction, once")
{
    Fixture f;
    Database &db = f.store.database();
    int runs = 0;
    CHECK(retryingTransient(db, [&] {
        if (++runs < 3)
            throw lostRace();
        return runs;
    }) == 3);

    runs = 0;
    const Error last = test::thrown([&] {
        retryingTransient(db, [&] {
            ++runs;
            throw lostRace();
        });
    });
    CHECK(runs == kTransientAttempts);
    CHECK(last.isTransient());
    CHECK(last.message() == QLatin1String("busy"));

    runs = 0;
    CHECK(test::thrown([&] {
        retryingTransient(db, [&] {
            ++runs;
            throw Error(Error::Kind::Conflict, QStringLiteral("chair taken"));
        });
    }).kind()
        == Error::Kind::Conflict);
    CHECK(runs == 1);

    // Inside a caller's transaction the whole of it was lost: that is the caller's to run again.
    runs = 0;
    {
        ScopedTransaction outer(db);
        CHECK(test::thrown([&] {
            retryingTransient(db, [&] {
                ++runs;
                throw lostRace();
            });
        }).isTransient());
    }
    CHECK(runs == 1);
}

TEST_CASE("On a server, a check-in that loses a race is decided again and admits once", "[postgresql]")
{
    Fixture f;
    REQUIRE(test::TestDatabase::onPostgreSql());
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 8, 30);
    CheckInService service(f.store, f.clock);

    SECTION("two lost races, then the third run admits")
    {
        loseRaces(f.store.database(), 2);
        const Decision decision = service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
        CHECK(decision.outcome == Outcome::Admit);
        CHECK(racesLost(f.store.database()) == 3);
        CHECK(f.store.appointment(id)->status == AppointmentStatus::CheckedIn);
        CHECK(f.store.checkInDecisions(id).size() == 1);
        CHECK(test::auditOf(f.store, AuditAction::Admitted).size() == 1);
    }
    SECTION("every run lost: refused in the store's words, nothing written")
    {
        loseRaces(f.store.database(), 100);
        const Error refused
            = test::thrown([&] { service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk")); });
        CHECK(refused.kind() == Error::Kind::Store);
        CHECK(refused.isTransient());
        CHECK_FALSE(refused.message().contains(QLatin1String("serialize")));
        CHECK(racesLost(f.store.database()) == kTransientAttempts);
        CHECK(f.store.appointment(id)->status == AppointmentStatus::Booked);
        CHECK(f.store.checkInDecisions(id).isEmpty());
        CHECK(test::auditOf(f.store, AuditAction::Admitted).isEmpty());
    }
}
