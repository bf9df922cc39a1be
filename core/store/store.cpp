#include "store.h"

#include "common/error.h"
#include "scopedtransaction.h"
#include "sqlitestatement.h"
#include "sqlquery.h"
#include "statementcache.h"
#include "storevalues.h"
#include "text/namenormalizer.h"

namespace chairside {

namespace {

using namespace StoreValues;

const char *const kAppointmentColumns
    = "id, patient_id, center_id, chair_id, therapy_id, start_utc, minutes, status, prep_state, prepared_at, "
      "replaces_id, created_by, created_at, arrived_at, checked_in_at, started_at, completed_at, "
      "no_show_fee_cents";

Appointment appointmentFrom(const SqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toLongLong();
    a.patientId = q.value(1).toLongLong();
    a.centerId = q.value(2).toLongLong();
    a.chairId = q.value(3).toLongLong();
    a.therapyId = q.value(4).toLongLong();
    a.startUtc = instantFrom(q.value(5));
    a.minutes = q.value(6).toInt();
    a.status = statusFromCode(q.value(7).toString()).value_or(AppointmentStatus::EnteredInError);
    a.prep = prepStateFromCode(q.value(8).toString()).value_or(PrepState::NotReady);
    a.preparedAtUtc = instantFrom(q.value(9));
    a.replacesId = q.value(10).toLongLong();
    a.createdBy = q.value(11).toString();
    a.createdAtUtc = instantFrom(q.value(12));
    a.arrivedAtUtc = instantFrom(q.value(13));
    a.checkedInAtUtc = instantFrom(q.value(14));
    a.startedAtUtc = instantFrom(q.value(15));
    a.completedAtUtc = instantFrom(q.value(16));
    a.noShowFeeCents = q.value(17).toInt();
    return a;
}

QString appointmentSelect(const char *where)
{
    return QStringLiteral("SELECT %1 FROM appointment WHERE %2")
        .arg(QLatin1String(kAppointmentColumns), QLatin1String(where));
}

const char *const kCenterColumns = "id, name, time_zone, early_arrival_minutes, grace_minutes, "
                                   "eligibility_fresh_days, pharmacy_lead_hours, "
                                   "slot_grid_minutes, no_show_fee_cents";

Center centerFrom(const SqlQuery &q)
{
    Center c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.timeZoneId = q.value(2).toString().toUtf8();
    c.policy.earlyArrivalMinutes = q.value(3).toInt();
    c.policy.graceMinutes = q.value(4).toInt();
    c.policy.eligibilityFreshDays = q.value(5).toInt();
    c.policy.pharmacyLeadHours = q.value(6).toInt();
    c.policy.slotGridMinutes = q.value(7).toInt();
    c.policy.noShowFeeCents = q.value(8).toInt();
    return c;
}

Chair chairFrom(const SqlQuery &q)
{
    Chair c;
    c.id = q.value(0).toLongLong();
    c.centerId = q.value(1).toLongLong();
    c.label = q.value(2).toString();
    c.kind = q.value(3).toString() == QLatin1String("suite") ? Chair::Kind::Suite : Chair::Kind::Chair;
    c.active = q.value(4).toBool();
    return c;
}

Therapy therapyFrom(const SqlQuery &q)
{
    Therapy t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.brand = q.value(2).toString();
    t.defaultMinutes = q.value(3).toInt();
    t.intervalWeeks = q.value(4).toInt();
    t.compounded = q.value(5).toBool();
    t.beyondUseHours = q.value(6).toInt();
    return t;
}

Patient patientFrom(const SqlQuery &q)
{
    Patient p;
    p.id = q.value(0).toLongLong();
    p.mrn = q.value(1).toString();
    p.firstName = q.value(2).toString();
    p.lastName = q.value(3).toString();
    p.preferredName = q.value(4).toString();
    p.dateOfBirth = dateFrom(q.value(5));
    p.phone = q.value(6).toString();
    p.email = q.value(7).toString();
    return p;
}

User userFrom(const SqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = roleFromName(q.value(2).toString()).value_or(Role::Receptionist);
    u.active = q.value(3).toBool();
    return u;
}

void requireText(const QString &value, const char *field, const QString &what)
{
    if (value.trimmed().isEmpty())
        throw Error::badData(QString::fromLatin1(field), QStringLiteral("%1 is empty.").arg(what));
}

} // namespace

Store::Store(const QString &path)
    : m_db(std::make_unique<Database>(path))
    , m_statements(std::make_unique<StatementCache>(*m_db))
{ }

Store::~Store() = default;

std::unique_ptr<ScopedTransaction> Store::transaction()
{
    return std::make_unique<ScopedTransaction>(*m_db);
}

qint64 Store::dataVersion()
{
    const auto qLease
        = m_statements->take(QStringLiteral("PRAGMA data_version"), "check the database for changes");
    SqlQuery &q = *qLease;
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

// ---- Centers and chairs -------------------------------------------------------------------------

namespace {

void writeHours(StatementCache &statements, qint64 centerId, const OpeningHours &hours)
{
    statements
        .take(QStringLiteral("DELETE FROM center_hours WHERE center_id = ?"), "replace the opening hours")
        ->exec({centerId});
    const auto insert = statements.take(
        QStringLiteral(
            "INSERT INTO center_hours (center_id, weekday, opens_minute, closes_minute) VALUES (?, ?, ?, ?)"),
        "save the opening hours");
    for (int day = 1; day <= 7; ++day) {
        for (const OpenSpan &span : hours.spans(day))
            insert->exec({centerId, day, span.opensMinute, span.closesMinute});
    }
}

void readHours(StatementCache &statements, Center &center)
{
    const auto q = statements.take(
        QStringLiteral("SELECT weekday, opens_minute, closes_minute FROM center_hours WHERE center_id = ? "
                       "ORDER BY weekday, opens_minute"),
        "read the opening hours");
    q->exec({center.id});
    std::array<QList<OpenSpan>, 7> days;
    while (q->next())
        days[std::size_t(q->value(0).toInt() - 1)] << OpenSpan {q->value(1).toInt(), q->value(2).toInt()};
    for (int day = 1; day <= 7; ++day)
        center.hours.setSpans(day, days[std::size_t(day - 1)]);
}

void validateCenter(const Center &center)
{
    requireText(center.name, "name", QStringLiteral("The center's name"));
    if (!QTimeZone(center.timeZoneId).isValid()) {
        throw Error::badData(QStringLiteral("tz"),
            QStringLiteral(
                "\"%1\" is not a time zone this computer knows; use an IANA name such as America/New_York.")
                .arg(QString::fromUtf8(center.timeZoneId)));
    }
}

} // namespace

qint64 Store::addCenter(const Center &center)
{
    validateCenter(center);
    ScopedTransaction transaction(*m_db);
    if (centerByName(center.name)) {
        throw Error(Error::Kind::Conflict,
            QStringLiteral("A center named \"%1\" already exists.").arg(center.name), QStringLiteral("name"));
    }
    const auto qLease = m_statements->take(
        QStringLiteral("INSERT INTO center (name, time_zone, early_arrival_minutes, grace_minutes, "
                       "eligibility_fresh_days, pharmacy_lead_hours, slot_grid_minutes, no_show_fee_cents) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        "add the center");
    SqlQuery &q = *qLease;
    const Policy &p = center.policy;
    q.exec({center.name, QString::fromUtf8(center.timeZoneId), p.earlyArrivalMinutes, p.graceMinutes,
        p.eligibilityFreshDays, p.pharmacyLeadHours, p.slotGridMinutes, p.noShowFeeCents});
    const qint64 id = q.lastInsertId();
    writeHours(*m_statements, id, center.hours);
    transaction.commit();
    return id;
}

void Store::updateCenter(const Center &center)
{
    validateCenter(center);
    ScopedTransaction transaction(*m_db);
    const auto qLease = m_statements->take(
        QStringLiteral(
            "UPDATE center SET name = ?, time_zone = ?, early_arrival_minutes = ?, grace_minutes = ?, "
            "eligibility_fresh_days = ?, pharmacy_lead_hours = ?, slot_grid_minutes = ?, "
            "no_show_fee_cents = ? WHERE id = ?"),
        "update the center");
    SqlQuery &q = *qLease;
    const Policy &p = center.policy;
    q.exec({center.name, QString::fromUtf8(center.timeZoneId), p.earlyArrivalMinutes, p.graceMinutes,
        p.eligibilityFreshDays, p.pharmacyLeadHours, p.slotGridMinutes, p.noShowFeeCents, center.id});
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no center number %1.").arg(center.id));
    writeHours(*m_statements, center.id, center.hours);
    transaction.commit();
}

std::optional<Center> Store::center(qint64 id)
{
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT %1 FROM center WHERE id = ?").arg(QLatin1String(kCenterColumns)),
        "read the center");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    Center c = centerFrom(q);
    q.finish();
    readHours(*m_statements, c);
    return c;
}

std::optional<Center> Store::centerByName(const QString &name)
{
    const auto qLease
        = m_statements->take(QStringLiteral("SELECT %1 FROM center WHERE name = ? COLLATE NOCASE")
                                 .arg(QLatin1String(kCenterColumns)),
            "find the center");
    SqlQuery &q = *qLease;
    q.exec({name.trimmed()});
    if (!q.next())
        return std::nullopt;
    Center c = centerFrom(q);
    q.finish();
    readHours(*m_statements, c);
    return c;
}

QList<Center> Store::centers()
{
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT %1 FROM center ORDER BY name").arg(QLatin1String(kCenterColumns)),
        "list the centers");
    SqlQuery &q = *qLease;
    q.exec();
    QList<Center> result;
    while (q.next())
        result << centerFrom(q);
    q.finish();
    for (Center &c : result)
        readHours(*m_statements, c);
    return result;
}

qint64 Store::addChair(const Chair &chair)
{
    requireText(chair.label, "label", QStringLiteral("The chair's label"));
    ScopedTransaction transaction(*m_db);
    if (!center(chair.centerId))
        throw Error(
            Error::Kind::NotFound, QStringLiteral("There is no center number %1.").arg(chair.centerId));
    if (chairByLabel(chair.centerId, chair.label)) {
        throw Error(Error::Kind::Conflict,
            QStringLiteral("This center already has a chair labelled \"%1\".").arg(chair.label),
            QStringLiteral("label"));
    }
    const auto qLease = m_statements->take(
        QStringLiteral("INSERT INTO chair (center_id, label, kind, active) VALUES (?, ?, ?, ?)"),
        "add the chair");
    SqlQuery &q = *qLease;
    q.exec({chair.centerId, chair.label.trimmed(), Chair::kindName(chair.kind), chair.active ? 1 : 0});
    const qint64 id = q.lastInsertId();
    transaction.commit();
    return id;
}

QList<Chair> Store::chairs(qint64 centerId, bool activeOnly)
{
    // Labels sort as people count them: "2" before "10".
    const auto qLease
        = m_statements->take(QStringLiteral("SELECT id, center_id, label, kind, active FROM chair WHERE "
                                            "center_id = ? AND (active = 1 OR ? = 0) "
                                            "ORDER BY length(label), label"),
            "list the chairs");
    SqlQuery &q = *qLease;
    q.exec({centerId, activeOnly ? 1 : 0});
    QList<Chair> result;
    while (q.next())
        result << chairFrom(q);
    return result;
}

std::optional<Chair> Store::chair(qint64 id)
{
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT id, center_id, label, kind, active FROM chair WHERE id = ?"),
        "read the chair");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return chairFrom(q);
}

std::optional<Chair> Store::chairByLabel(qint64 centerId, const QString &label)
{
    const auto qLease
        = m_statements->take(QStringLiteral("SELECT id, center_id, label, kind, active FROM chair WHERE "
                                            "center_id = ? AND label = ? COLLATE NOCASE"),
            "find the chair");
    SqlQuery &q = *qLease;
    q.exec({centerId, label.trimmed()});
    if (!q.next())
        return std::nullopt;
    return chairFrom(q);
}

// ---- Therapies ----------------------------------------------------------------------------------

qint64 Store::addTherapy(const Therapy &therapy)
{
    requireText(therapy.name, "name", QStringLiteral("The therapy's name"));
    if (therapy.defaultMinutes <= 0 || therapy.defaultMinutes > 12 * 60) {
        throw Error::badData(QStringLiteral("minutes"),
            QStringLiteral("An infusion of %1 minutes is not possible; give between 1 and 720.")
                .arg(therapy.defaultMinutes));
    }
    if (therapy.intervalWeeks < 0 || therapy.beyondUseHours < 0) {
        throw Error::badData(
            therapy.intervalWeeks < 0 ? QStringLiteral("interval-weeks") : QStringLiteral("beyond-use-hours"),
            QStringLiteral("The dosing interval and the beyond-use hours cannot be negative."));
    }
    ScopedTransaction transaction(*m_db);
    if (therapyByName(therapy.name)) {
        throw Error(Error::Kind::Conflict,
            QStringLiteral("A therapy named \"%1\" already exists.").arg(therapy.name),
            QStringLiteral("name"));
    }
    const auto qLease
        = m_statements->take(QStringLiteral("INSERT INTO therapy (name, brand, default_minutes, "
                                            "interval_weeks, compounded, beyond_use_hours) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"),
            "add the therapy");
    SqlQuery &q = *qLease;
    q.exec({therapy.name.trimmed(), therapy.brand.trimmed(), therapy.defaultMinutes, therapy.intervalWeeks,
        therapy.compounded ? 1 : 0, therapy.beyondUseHours});
    const qint64 id = q.lastInsertId();
    transaction.commit();
    return id;
}

std::optional<Therapy> Store::therapy(qint64 id)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT id, name, brand, default_minutes, interval_weeks, compounded, beyond_use_hours "
            "FROM therapy WHERE id = ?"),
        "read the therapy");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return therapyFrom(q);
}

std::optional<Therapy> Store::therapyByName(const QString &name)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT id, name, brand, default_minutes, interval_weeks, compounded, beyond_use_hours "
            "FROM therapy WHERE name = ? COLLATE NOCASE OR brand = ? COLLATE NOCASE ORDER BY name = ? "
            "COLLATE NOCASE DESC LIMIT 1"),
        "find the therapy");
    SqlQuery &q = *qLease;
    q.exec({name.trimmed(), name.trimmed(), name.trimmed()});
    if (!q.next())
        return std::nullopt;
    return therapyFrom(q);
}

QList<Therapy> Store::therapies()
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT id, name, brand, default_minutes, interval_weeks, compounded, beyond_use_hours "
            "FROM therapy ORDER BY name"),
        "list the therapies");
    SqlQuery &q = *qLease;
    q.exec();
    QList<Therapy> result;
    while (q.next())
        result << therapyFrom(q);
    return result;
}

// ---- Users --------------------------------------------------------------------------------------

qint64 Store::addUser(const User &user, const QDateTime &nowUtc)
{
    requireText(user.name, "name", QStringLiteral("The user's name"));
    ScopedTransaction transaction(*m_db);
    if (userByName(user.name)) {
        throw Error(Error::Kind::Conflict,
            QStringLiteral("A user named \"%1\" already exists.").arg(user.name), QStringLiteral("name"));
    }
    const auto qLease = m_statements->take(
        QStringLiteral("INSERT INTO app_user (name, role, active, created_at) VALUES (?, ?, ?, ?)"),
        "add the user");
    SqlQuery &q = *qLease;
    q.exec({user.name.trimmed(), roleName(user.role), user.active ? 1 : 0, instantValue(nowUtc)});
    const qint64 id = q.lastInsertId();
    transaction.commit();
    return id;
}

std::optional<User> Store::userByName(const QString &name)
{
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT id, name, role, active FROM app_user WHERE name = ?"), "find the user");
    SqlQuery &q = *qLease;
    q.exec({name.trimmed()});
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

QList<User> Store::users()
{
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT id, name, role, active FROM app_user ORDER BY name"), "list the users");
    SqlQuery &q = *qLease;
    q.exec();
    QList<User> result;
    while (q.next())
        result << userFrom(q);
    return result;
}

// ---- Patients -----------------------------------------------------------------------------------

namespace {

void validatePatient(const Patient &patient)
{
    requireText(patient.mrn, "mrn", QStringLiteral("The MRN"));
    requireText(patient.firstName, "first", QStringLiteral("The first name"));
    requireText(patient.lastName, "last", QStringLiteral("The last name"));
    if (!patient.dateOfBirth.isValid())
        throw Error::badData(
            QStringLiteral("dob"), QStringLiteral("The date of birth is missing or not a date."));
}

Error mrnTaken(const QString &mrn)
{
    return Error(Error::Kind::Conflict,
        QStringLiteral("MRN %1 already belongs to another patient.").arg(mrn.trimmed()),
        QStringLiteral("mrn"));
}

/// The statements that write a patient and the name tokens the search reads. Shared by addPatient and
/// addPatients so that a patient is indexed the same way whichever way it came in.
struct PatientStatements
{
    explicit PatientStatements(Database &db)
        : insert(db,
            QStringLiteral(
                "INSERT INTO patient (mrn, first_name, last_name, preferred_name, dob, phone, phone_digits, "
                "email, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            "add the patient")
        , token(db,
              QStringLiteral("INSERT OR IGNORE INTO patient_name_token (token, kind, sort_key, patient_id) "
                             "VALUES (?, ?, ?, ?)"),
              "index the patient's name")
        , pair(db,
              QStringLiteral(
                  "INSERT OR IGNORE INTO patient_name_pair (pair, sort_key, patient_id) VALUES (?, ?, ?)"),
              "index the patient's name")
    { }

    qint64 write(const Patient &patient)
    {
        const QString sortKey
            = NameNormalizer::sortKey(patient.lastName, patient.firstName, patient.dateOfBirth);
        insert.run({patient.mrn.trimmed(), patient.firstName.trimmed(), patient.lastName.trimmed(),
            patient.preferredName.trimmed(), dateValue(patient.dateOfBirth), patient.phone.trimmed(),
            NameNormalizer::phoneDigits(patient.phone), patient.email.trimmed(), sortKey});
        const qint64 id = insert.lastInsertId();
        const QString *names[] = {&patient.lastName, &patient.firstName, &patient.preferredName};
        QStringList lastAndFirst;
        for (int kind = 0; kind < 3; ++kind) {
            const QStringList tokens = NameNormalizer::tokens(*names[kind]);
            for (const QString &t : tokens)
                token.run({t, kind, sortKey, id});
            if (kind <= 1)
                lastAndFirst << tokens;
        }
        // Every two different words of the names on record, each way round: see schema-4.sql.
        lastAndFirst.removeDuplicates();
        for (const QString &head : lastAndFirst) {
            if (head.toUcs4().size() < 2) // as SQLite's length() counts
                continue;
            for (const QString &word : lastAndFirst) {
                if (word != head)
                    pair.run({NameNormalizer::pairKey(head, word), sortKey, id});
            }
        }
        return id;
    }

    SqliteStatement insert;
    SqliteStatement token;
    SqliteStatement pair;
};

/// SQLite's page cache, raised for the life of a bulk write and put back after. Name tokens land all
/// over their index: with the default 2 MB, a big import spills pages to the WAL and reads them back,
/// row after row. The cache only takes memory for the pages actually used.
class LargerPageCache final
{
public:
    LargerPageCache(Database &db, qint64 kibibytes)
        : m_db(db)
    {
        SqlQuery size(db, QStringLiteral("PRAGMA cache_size"), "read the page cache size");
        size.exec();
        m_previous = size.next() ? size.value(0).toLongLong() : 0;
        size.finish();
        SqlQuery page(db, QStringLiteral("PRAGMA page_size"), "read the page size");
        page.exec();
        const qint64 pageKibibytes = page.next() ? page.value(0).toLongLong() / 1024 : 4;
        // Positive sizes count pages, negative ones KiB.
        const qint64 previousKibibytes = m_previous < 0 ? -m_previous : m_previous * pageKibibytes;
        m_raised = kibibytes > previousKibibytes;
        if (m_raised)
            db.execute(QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes), "enlarge the page cache");
    }

    ~LargerPageCache()
    {
        if (!m_raised)
            return;
        try {
            m_db.execute(
                QStringLiteral("PRAGMA cache_size = %1").arg(m_previous), "restore the page cache size");
        } catch (const Error &) {
            // Only memory is at stake, and a destructor must not throw; the next connection starts afresh.
        }
    }

    Q_DISABLE_COPY_MOVE(LargerPageCache)

private:
    Database &m_db;
    qint64 m_previous = 0;
    bool m_raised = false;
};

} // namespace

qint64 Store::addPatient(const Patient &patient)
{
    validatePatient(patient);
    ScopedTransaction transaction(*m_db);
    if (patientByMrn(patient.mrn))
        throw mrnTaken(patient.mrn);
    PatientStatements statements(*m_db);
    const qint64 id = statements.write(patient);
    transaction.commit();
    return id;
}

QList<qint64> Store::addPatients(const QList<Patient> &patients)
{
    QList<qint64> ids;
    ids.reserve(patients.size());
    qsizetype next = 0;
    addPatients(
        patients.size(), [&] { return patients[next++]; }, [&](qint64 id) { ids << id; });
    return ids;
}

void Store::addPatients(
    qint64 count, const std::function<Patient()> &next, const std::function<void(qint64)> &added)
{
    // One transaction, and so one savepoint when the caller has its own: a savepoint copies aside every
    // page that existed before it as it is first changed, which batches of savepoints would do again
    // and again for the whole token index.
    ScopedTransaction transaction(*m_db);
    const LargerPageCache cache(*m_db, count / 2); // about 512 bytes of index per patient
    PatientStatements statements(*m_db);
    for (qint64 i = 0; i < count; ++i) {
        const Patient patient = next();
        validatePatient(patient);
        // The UNIQUE index finds a taken MRN without a read per patient; only then is it worth a query.
        try {
            const qint64 id = statements.write(patient);
            if (added)
                added(id);
        } catch (const Error &error) {
            if (error.kind() == Error::Kind::Conflict && patientByMrn(patient.mrn))
                throw mrnTaken(patient.mrn);
            throw;
        }
    }
    transaction.commit();
}

std::optional<Patient> Store::patient(qint64 id)
{
    const auto qLease
        = m_statements->take(QStringLiteral("SELECT id, mrn, first_name, last_name, preferred_name, dob, "
                                            "phone, email FROM patient WHERE id = ?"),
            "read the patient");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return patientFrom(q);
}

std::optional<Patient> Store::patientByMrn(const QString &mrn)
{
    const auto qLease
        = m_statements->take(QStringLiteral("SELECT id, mrn, first_name, last_name, preferred_name, dob, "
                                            "phone, email FROM patient WHERE mrn = ?"),
            "find the patient by MRN");
    SqlQuery &q = *qLease;
    q.exec({mrn.trimmed()});
    if (!q.next())
        return std::nullopt;
    return patientFrom(q);
}

qint64 Store::patientCount()
{
    const auto qLease
        = m_statements->take(QStringLiteral("SELECT count(*) FROM patient"), "count the patients");
    SqlQuery &q = *qLease;
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Store::addOrder(const PrescriberOrder &order)
{
    if (!order.validFrom.isValid() || !order.validTo.isValid() || order.validTo < order.validFrom) {
        throw Error::badData(
            QStringLiteral("to"), QStringLiteral("The order's dates are missing or end before they begin."));
    }
    if (order.dosesAuthorized <= 0)
        throw Error::badData(
            QStringLiteral("doses"), QStringLiteral("An order must authorize at least one dose."));
    ScopedTransaction transaction(*m_db);
    const auto qLease = m_statements->take(
        QStringLiteral(
            "INSERT INTO prescriber_order (patient_id, therapy_id, prescriber, valid_from, valid_to, "
            "doses_authorized, doses_used) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        "add the order");
    SqlQuery &q = *qLease;
    q.exec({order.patientId, order.therapyId, order.prescriber, dateValue(order.validFrom),
        dateValue(order.validTo), order.dosesAuthorized, order.dosesUsed});
    const qint64 id = q.lastInsertId();
    transaction.commit();
    return id;
}

QList<PrescriberOrder> Store::orders(qint64 patientId, qint64 therapyId)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT id, patient_id, therapy_id, prescriber, valid_from, valid_to, doses_authorized, "
            "doses_used "
            "FROM prescriber_order WHERE patient_id = ? AND therapy_id = ? ORDER BY valid_to DESC, id DESC"),
        "read the patient's orders");
    SqlQuery &q = *qLease;
    q.exec({patientId, therapyId});
    QList<PrescriberOrder> result;
    while (q.next()) {
        PrescriberOrder o;
        o.id = q.value(0).toLongLong();
        o.patientId = q.value(1).toLongLong();
        o.therapyId = q.value(2).toLongLong();
        o.prescriber = q.value(3).toString();
        o.validFrom = dateFrom(q.value(4));
        o.validTo = dateFrom(q.value(5));
        o.dosesAuthorized = q.value(6).toInt();
        o.dosesUsed = q.value(7).toInt();
        result << o;
    }
    return result;
}

void Store::useOrderDose(qint64 orderId)
{
    ScopedTransaction transaction(*m_db);
    const auto qLease
        = m_statements->take(QStringLiteral("UPDATE prescriber_order SET doses_used = doses_used + 1 WHERE "
                                            "id = ? AND doses_used < doses_authorized"),
            "count the dose against the order");
    SqlQuery &q = *qLease;
    q.exec({orderId});
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::Refused,
            QStringLiteral("The order has no doses left to count this infusion against."));
    transaction.commit();
}

qint64 Store::addCoverage(const Coverage &coverage)
{
    requireText(coverage.payer, "payer", QStringLiteral("The payer"));
    requireText(coverage.memberId, "member", QStringLiteral("The member id"));
    ScopedTransaction transaction(*m_db);
    const auto qLease
        = m_statements->take(QStringLiteral("INSERT INTO coverage (patient_id, payer, member_id, "
                                            "eligibility_verified_on) VALUES (?, ?, ?, ?)"),
            "add the coverage");
    SqlQuery &q = *qLease;
    q.exec({coverage.patientId, coverage.payer.trimmed(), coverage.memberId.trimmed(),
        dateValue(coverage.eligibilityVerifiedOn)});
    const qint64 id = q.lastInsertId();
    transaction.commit();
    return id;
}

QList<Coverage> Store::coverages(qint64 patientId)
{
    const auto qLease
        = m_statements->take(QStringLiteral("SELECT id, patient_id, payer, member_id, "
                                            "eligibility_verified_on FROM coverage WHERE patient_id = ? "
                                            "ORDER BY eligibility_verified_on DESC, id DESC"),
            "read the patient's coverage");
    SqlQuery &q = *qLease;
    q.exec({patientId});
    QList<Coverage> result;
    while (q.next()) {
        Coverage c;
        c.id = q.value(0).toLongLong();
        c.patientId = q.value(1).toLongLong();
        c.payer = q.value(2).toString();
        c.memberId = q.value(3).toString();
        c.eligibilityVerifiedOn = dateFrom(q.value(4));
        result << c;
    }
    return result;
}

qint64 Store::addAuthorization(const PriorAuthorization &a)
{
    if (!a.validFrom.isValid() || !a.validTo.isValid() || a.validTo < a.validFrom) {
        throw Error::badData(QStringLiteral("to"),
            QStringLiteral("The authorization's dates are missing or end before they begin."));
    }
    if (a.visitsApproved < 0)
        throw Error::badData(
            QStringLiteral("visits"), QStringLiteral("The number of visits cannot be negative."));
    ScopedTransaction transaction(*m_db);
    const auto qLease = m_statements->take(
        QStringLiteral(
            "INSERT INTO prior_authorization (patient_id, therapy_id, payer, valid_from, valid_to, "
            "visits_approved, visits_used, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        "add the prior authorization");
    SqlQuery &q = *qLease;
    q.exec({a.patientId, a.therapyId, a.payer, dateValue(a.validFrom), dateValue(a.validTo), a.visitsApproved,
        a.visitsUsed, PriorAuthorization::statusName(a.status)});
    const qint64 id = q.lastInsertId();
    transaction.commit();
    return id;
}

QList<PriorAuthorization> Store::authorizations(qint64 patientId, qint64 therapyId)
{
    const auto qLease
        = m_statements->take(QStringLiteral("SELECT id, patient_id, therapy_id, payer, valid_from, valid_to, "
                                            "visits_approved, visits_used, status "
                                            "FROM prior_authorization WHERE patient_id = ? AND therapy_id = "
                                            "? ORDER BY valid_to DESC, id DESC"),
            "read the patient's prior authorizations");
    SqlQuery &q = *qLease;
    q.exec({patientId, therapyId});
    QList<PriorAuthorization> result;
    while (q.next()) {
        PriorAuthorization a;
        a.id = q.value(0).toLongLong();
        a.patientId = q.value(1).toLongLong();
        a.therapyId = q.value(2).toLongLong();
        a.payer = q.value(3).toString();
        a.validFrom = dateFrom(q.value(4));
        a.validTo = dateFrom(q.value(5));
        a.visitsApproved = q.value(6).toInt();
        a.visitsUsed = q.value(7).toInt();
        a.status = PriorAuthorization::statusFromName(q.value(8).toString())
                       .value_or(PriorAuthorization::Status::Pending);
        result << a;
    }
    return result;
}

void Store::useAuthorizationVisit(qint64 authorizationId)
{
    ScopedTransaction transaction(*m_db);
    const auto qLease
        = m_statements->take(QStringLiteral("UPDATE prior_authorization SET visits_used = visits_used + 1 "
                                            "WHERE id = ? AND visits_used < visits_approved"),
            "count the visit against the prior authorization");
    SqlQuery &q = *qLease;
    q.exec({authorizationId});
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::Refused, QStringLiteral("The prior authorization has no visits left."));
    transaction.commit();
}

// ---- Appointments -------------------------------------------------------------------------------

namespace {

void validateAppointment(const Appointment &a)
{
    if (!a.startUtc.isValid())
        throw Error::badData(QStringLiteral("start"), QStringLiteral("The appointment has no start time."));
    if (a.minutes <= 0)
        throw Error::badData(QStringLiteral("minutes"), QStringLiteral("The appointment has no length."));
}

/// The appointment's row and the first line of its history: shared by the single and the bulk add.
/// The statements that book an appointment and its first history line, on SQLite directly: a bulk
/// import writes millions of them, and Qt Sql's variant per value was most of the time each took.
struct AppointmentStatements
{
    explicit AppointmentStatements(Database &db)
        : insert(db,
            QStringLiteral("INSERT INTO appointment (patient_id, center_id, chair_id, therapy_id, start_utc, "
                           "minutes, status, prep_state, prepared_at, replaces_id, created_by, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            "book the appointment")
        , history(db,
              QStringLiteral("INSERT INTO appointment_history (appointment_id, at, user_name, from_status, "
                             "to_status, reason) VALUES (?, ?, ?, NULL, ?, ?)"),
              "record the booking")
    { }

    qint64 write(const Appointment &a)
    {
        insert.run({a.patientId, a.centerId, a.chairId, a.therapyId, instantValue(a.startUtc), a.minutes,
            statusCode(a.status), prepStateCode(a.prep), instantValue(a.preparedAtUtc),
            a.replacesId ? QVariant(a.replacesId) : QVariant(), a.createdBy, instantValue(a.createdAtUtc)});
        const qint64 id = insert.lastInsertId();
        history.run({id, instantValue(a.createdAtUtc), a.createdBy, statusCode(a.status),
            a.replacesId ? QStringLiteral("replaces appointment %1").arg(a.replacesId) : QString()});
        return id;
    }

    SqliteStatement insert;
    SqliteStatement history;
};

} // namespace

qint64 Store::addAppointment(const Appointment &a)
{
    validateAppointment(a);
    ScopedTransaction transaction(*m_db);
    const qint64 id = AppointmentStatements(*m_db).write(a);
    transaction.commit();
    return id;
}

QList<qint64> Store::addAppointments(const QList<Appointment> &appointments)
{
    for (const Appointment &a : appointments)
        validateAppointment(a);
    QList<qint64> ids;
    ids.reserve(appointments.size());
    ScopedTransaction transaction(*m_db);
    AppointmentStatements statements(*m_db);
    for (const Appointment &a : appointments)
        ids << statements.write(a);
    transaction.commit();
    return ids;
}

std::optional<Appointment> Store::appointment(qint64 id)
{
    const auto qLease = m_statements->take(appointmentSelect("id = ?"), "read the appointment");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return appointmentFrom(q);
}

QList<Appointment> Store::appointmentsAtCenter(
    qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    const auto qLease = m_statements->take(
        appointmentSelect("center_id = ? AND start_utc >= ? AND start_utc < ? ORDER BY start_utc, id"),
        "read the center's appointments");
    SqlQuery &q = *qLease;
    q.exec({centerId, instantValue(fromUtc), instantValue(toUtc)});
    QList<Appointment> result;
    while (q.next())
        result << appointmentFrom(q);
    return result;
}

QList<Appointment> Store::appointmentsOfPatient(
    qint64 patientId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    const auto qLease = m_statements->take(
        appointmentSelect("patient_id = ? AND start_utc >= ? AND start_utc < ? ORDER BY start_utc, id"),
        "read the patient's appointments");
    SqlQuery &q = *qLease;
    q.exec({patientId, instantValue(fromUtc), instantValue(toUtc)});
    QList<Appointment> result;
    while (q.next())
        result << appointmentFrom(q);
    return result;
}

std::optional<Appointment> Store::replacementOf(qint64 appointmentId)
{
    const auto qLease = m_statements->take(
        appointmentSelect("replaces_id = ? ORDER BY id DESC LIMIT 1"), "find the replacing appointment");
    SqlQuery &q = *qLease;
    q.exec({appointmentId});
    if (!q.next())
        return std::nullopt;
    return appointmentFrom(q);
}

std::optional<Appointment> Store::lastFulfilledAppointment(
    qint64 patientId, qint64 therapyId, const QDateTime &beforeUtc)
{
    // Walks the patient's appointments backwards from beforeUtc, so the future ones are never read.
    const auto qLease = m_statements->take(
        appointmentSelect("patient_id = ? AND start_utc < ? AND therapy_id = ? AND status = 'fulfilled' "
                          "ORDER BY start_utc DESC, id DESC LIMIT 1"),
        "find the patient's last dose");
    SqlQuery &q = *qLease;
    q.exec({patientId, instantValue(beforeUtc), therapyId});
    if (!q.next())
        return std::nullopt;
    return appointmentFrom(q);
}

QList<Appointment> Store::chairHoldsAtCenter(
    qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // The statuses spelled out from holdsChair(), so the rule lives in one place.
    static const QString sql = [] {
        QStringList holding;
        for (int s = int(AppointmentStatus::Booked); s <= int(AppointmentStatus::EnteredInError); ++s) {
            if (holdsChair(AppointmentStatus(s)))
                holding << QLatin1Char('\'') + statusCode(AppointmentStatus(s)) + QLatin1Char('\'');
        }
        return QStringLiteral(
            "SELECT id, patient_id, chair_id, start_utc, minutes, status, started_at FROM appointment "
            "WHERE center_id = ? AND start_utc >= ? AND start_utc < ? AND status IN (%1) "
            "ORDER BY start_utc, id")
            .arg(holding.join(QStringLiteral(", ")));
    }();
    const auto qLease = m_statements->take(sql, "read the chairs' bookings");
    SqlQuery &q = *qLease;
    q.exec({centerId, instantValue(fromUtc), instantValue(toUtc)});
    QList<Appointment> result;
    while (q.next()) {
        Appointment a;
        a.id = q.value(0).toLongLong();
        a.patientId = q.value(1).toLongLong();
        a.centerId = centerId;
        a.chairId = q.value(2).toLongLong();
        a.startUtc = instantFrom(q.value(3));
        a.minutes = q.value(4).toInt();
        a.status = statusFromCode(q.value(5).toString()).value_or(AppointmentStatus::EnteredInError);
        a.startedAtUtc = instantFrom(q.value(6));
        result << a;
    }
    return result;
}

QList<Store::AppointmentRow> Store::appointmentRowsAtCenter(
    qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // Only cancelled appointments can have been replaced, so only they pay for the look-up.
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT a.id, a.patient_id, a.chair_id, a.therapy_id, a.start_utc, a.minutes, a.status, "
            "a.prep_state, a.replaces_id, p.first_name, p.last_name, "
            "CASE WHEN a.status = 'cancelled' "
            "THEN (SELECT max(r.id) FROM appointment r WHERE r.replaces_id = a.id) END, "
            "a.arrived_at, a.checked_in_at "
            "FROM appointment a JOIN patient p ON p.id = a.patient_id "
            "WHERE a.center_id = ? AND a.start_utc >= ? AND a.start_utc < ? ORDER BY a.start_utc, a.id"),
        "read the center's day");
    SqlQuery &q = *qLease;
    q.exec({centerId, instantValue(fromUtc), instantValue(toUtc)});
    QList<AppointmentRow> result;
    while (q.next()) {
        AppointmentRow row;
        Appointment &a = row.appointment;
        a.id = q.value(0).toLongLong();
        a.patientId = q.value(1).toLongLong();
        a.centerId = centerId;
        a.chairId = q.value(2).toLongLong();
        a.therapyId = q.value(3).toLongLong();
        a.startUtc = instantFrom(q.value(4));
        a.minutes = q.value(5).toInt();
        a.status = statusFromCode(q.value(6).toString()).value_or(AppointmentStatus::EnteredInError);
        a.prep = prepStateFromCode(q.value(7).toString()).value_or(PrepState::NotReady);
        a.replacesId = q.value(8).toLongLong();
        row.firstName = q.value(9).toString();
        row.lastName = q.value(10).toString();
        row.replacedById = q.value(11).toLongLong();
        a.arrivedAtUtc = instantFrom(q.value(12));
        a.checkedInAtUtc = instantFrom(q.value(13));
        result << row;
    }
    return result;
}

void Store::changeStatus(qint64 appointmentId, AppointmentStatus to, const QString &user,
    const QDateTime &atUtc, const QString &reason)
{
    ScopedTransaction transaction(*m_db);
    const auto current = appointment(appointmentId);
    if (!current)
        throw Error(
            Error::Kind::NotFound, QStringLiteral("There is no appointment number %1.").arg(appointmentId));
    if (!canTransition(current->status, to)) {
        throw Error(Error::Kind::Refused,
            QStringLiteral("Appointment %1 is %2 and cannot become %3.")
                .arg(appointmentId)
                .arg(statusLabel(current->status).toLower(), statusLabel(to).toLower()));
    }
    const char *stampColumn = nullptr;
    switch (to) {
    case AppointmentStatus::Arrived:
        stampColumn = "arrived_at";
        break;
    case AppointmentStatus::CheckedIn:
        stampColumn = "checked_in_at";
        break;
    case AppointmentStatus::InProgress:
        stampColumn = "started_at";
        break;
    case AppointmentStatus::Fulfilled:
        stampColumn = "completed_at";
        break;
    default:
        break;
    }
    // A patient admitted straight from "booked" has arrived at the same moment.
    const QString sql = stampColumn
        ? QStringLiteral(
            "UPDATE appointment SET status = ?, %1 = ?, arrived_at = coalesce(arrived_at, ?) WHERE id = ?")
              .arg(QLatin1String(stampColumn))
        : QStringLiteral("UPDATE appointment SET status = ? WHERE id = ?");
    const auto updateLease = m_statements->take(sql, "change the appointment's status");
    SqlQuery &update = *updateLease;
    if (stampColumn)
        update.exec({statusCode(to), instantValue(atUtc),
            isCheckedIn(to) || to == AppointmentStatus::Arrived ? instantValue(atUtc) : QVariant(),
            appointmentId});
    else
        update.exec({statusCode(to), appointmentId});

    const auto historyLease = m_statements->take(
        QStringLiteral(
            "INSERT INTO appointment_history (appointment_id, at, user_name, from_status, to_status, reason) "
            "VALUES (?, ?, ?, ?, ?, coalesce(?, ''))"),
        "record the status change");
    SqlQuery &history = *historyLease;
    history.exec(
        {appointmentId, instantValue(atUtc), user, statusCode(current->status), statusCode(to), reason});
    transaction.commit();
}

void Store::setChair(qint64 appointmentId, qint64 chairId)
{
    ScopedTransaction transaction(*m_db);
    const auto qLease = m_statements->take(
        QStringLiteral("UPDATE appointment SET chair_id = ? WHERE id = ?"), "assign the chair");
    SqlQuery &q = *qLease;
    q.exec({chairId, appointmentId});
    if (q.numRowsAffected() != 1)
        throw Error(
            Error::Kind::NotFound, QStringLiteral("There is no appointment number %1.").arg(appointmentId));
    transaction.commit();
}

void Store::setPrep(qint64 appointmentId, PrepState state, const QDateTime &atUtc)
{
    ScopedTransaction transaction(*m_db);
    const auto qLease = m_statements->take(
        QStringLiteral("UPDATE appointment SET prep_state = ?, prepared_at = ? WHERE id = ?"),
        "record the dose preparation");
    SqlQuery &q = *qLease;
    q.exec(
        {prepStateCode(state), state == PrepState::Ready ? instantValue(atUtc) : QVariant(), appointmentId});
    if (q.numRowsAffected() != 1)
        throw Error(
            Error::Kind::NotFound, QStringLiteral("There is no appointment number %1.").arg(appointmentId));
    transaction.commit();
}

void Store::setNoShowFee(qint64 appointmentId, int cents)
{
    ScopedTransaction transaction(*m_db);
    const auto qLease
        = m_statements->take(QStringLiteral("UPDATE appointment SET no_show_fee_cents = ? WHERE id = ?"),
            "record the no-show fee");
    SqlQuery &q = *qLease;
    q.exec({cents, appointmentId});
    transaction.commit();
}

QList<StatusChange> Store::history(qint64 appointmentId)
{
    const auto qLease
        = m_statements->take(QStringLiteral("SELECT id, appointment_id, at, user_name, from_status, "
                                            "to_status, reason FROM appointment_history "
                                            "WHERE appointment_id = ? ORDER BY id"),
            "read the appointment's history");
    SqlQuery &q = *qLease;
    q.exec({appointmentId});
    QList<StatusChange> result;
    while (q.next()) {
        StatusChange c;
        c.id = q.value(0).toLongLong();
        c.appointmentId = q.value(1).toLongLong();
        c.atUtc = instantFrom(q.value(2));
        c.user = q.value(3).toString();
        if (!q.value(4).isNull())
            c.from = statusFromCode(q.value(4).toString());
        c.to = statusFromCode(q.value(5).toString()).value_or(AppointmentStatus::EnteredInError);
        c.reason = q.value(6).toString();
        result << c;
    }
    return result;
}

// ---- Check-in -----------------------------------------------------------------------------------

QList<Patient> Store::patientsByNameAndDob(
    const QString &lastName, const QString &firstName, QDate dateOfBirth, int limit)
{
    if (!dateOfBirth.isValid())
        return {};
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT id, mrn, first_name, last_name, preferred_name, dob, phone, email FROM patient "
            "WHERE dob = ? AND sort_key = ? ORDER BY id LIMIT ?"),
        "find the patient by name and date of birth");
    SqlQuery &q = *qLease;
    q.exec({dateValue(dateOfBirth), NameNormalizer::sortKey(lastName, firstName, dateOfBirth), limit});
    QList<Patient> result;
    while (q.next())
        result << patientFrom(q);
    return result;
}

QList<PrescriberOrder> Store::ordersOfPatient(qint64 patientId)
{
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT id, patient_id, therapy_id, prescriber, valid_from, valid_to, "
                       "doses_authorized, doses_used "
                       "FROM prescriber_order WHERE patient_id = ? ORDER BY valid_to DESC, id DESC"),
        "read the patient's orders");
    SqlQuery &q = *qLease;
    q.exec({patientId});
    QList<PrescriberOrder> result;
    while (q.next()) {
        PrescriberOrder o;
        o.id = q.value(0).toLongLong();
        o.patientId = q.value(1).toLongLong();
        o.therapyId = q.value(2).toLongLong();
        o.prescriber = q.value(3).toString();
        o.validFrom = dateFrom(q.value(4));
        o.validTo = dateFrom(q.value(5));
        o.dosesAuthorized = q.value(6).toInt();
        o.dosesUsed = q.value(7).toInt();
        result << o;
    }
    return result;
}

QList<PriorAuthorization> Store::authorizationsOfPatient(qint64 patientId)
{
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT id, patient_id, therapy_id, payer, valid_from, valid_to, visits_approved, "
                       "visits_used, status "
                       "FROM prior_authorization WHERE patient_id = ? ORDER BY valid_to DESC, id DESC"),
        "read the patient's prior authorizations");
    SqlQuery &q = *qLease;
    q.exec({patientId});
    QList<PriorAuthorization> result;
    while (q.next()) {
        PriorAuthorization a;
        a.id = q.value(0).toLongLong();
        a.patientId = q.value(1).toLongLong();
        a.therapyId = q.value(2).toLongLong();
        a.payer = q.value(3).toString();
        a.validFrom = dateFrom(q.value(4));
        a.validTo = dateFrom(q.value(5));
        a.visitsApproved = q.value(6).toInt();
        a.visitsUsed = q.value(7).toInt();
        a.status = PriorAuthorization::statusFromName(q.value(8).toString())
                       .value_or(PriorAuthorization::Status::Pending);
        result << a;
    }
    return result;
}

qint64 Store::addCheckInDecision(const CheckInRecord &record)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "INSERT INTO checkin_decision (at, user_name, patient_id, appointment_id, outcome, reasons, "
            "identifiers, chair_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        "record the check-in decision");
    SqlQuery &q = *qLease;
    q.exec(
        {instantValue(record.atUtc), record.user, record.patientId ? QVariant(record.patientId) : QVariant(),
            record.appointmentId ? QVariant(record.appointmentId) : QVariant(), record.outcome,
            record.reasons.join(QLatin1Char(',')), record.identifiers,
            record.chairId ? QVariant(record.chairId) : QVariant()});
    return q.lastInsertId();
}

QList<CheckInRecord> Store::checkInDecisions(qint64 appointmentId)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT id, at, user_name, patient_id, appointment_id, outcome, reasons, identifiers, chair_id "
            "FROM checkin_decision WHERE appointment_id = ? ORDER BY id"),
        "read the appointment's check-in decisions");
    SqlQuery &q = *qLease;
    q.exec({appointmentId});
    QList<CheckInRecord> result;
    while (q.next()) {
        CheckInRecord r;
        r.id = q.value(0).toLongLong();
        r.atUtc = instantFrom(q.value(1));
        r.user = q.value(2).toString();
        r.patientId = q.value(3).toLongLong();
        r.appointmentId = q.value(4).toLongLong();
        r.outcome = q.value(5).toString();
        r.reasons = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.identifiers = q.value(7).toString();
        r.chairId = q.value(8).toLongLong();
        result << r;
    }
    return result;
}

qint64 Store::addCheckInOverride(const OverrideRecord &record)
{
    requireText(record.reason, "reason", QStringLiteral("The reason for the override"));
    const auto qLease
        = m_statements->take(QStringLiteral("INSERT INTO checkin_override (appointment_id, code, reason, "
                                            "user_name, at) VALUES (?, ?, ?, ?, ?)"),
            "record the override");
    SqlQuery &q = *qLease;
    q.exec({record.appointmentId, record.code, record.reason.trimmed(), record.user,
        instantValue(record.atUtc)});
    return q.lastInsertId();
}

QList<OverrideRecord> Store::checkInOverrides(qint64 appointmentId)
{
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT id, appointment_id, code, reason, user_name, at FROM checkin_override "
                       "WHERE appointment_id = ? ORDER BY id"),
        "read the appointment's overrides");
    SqlQuery &q = *qLease;
    q.exec({appointmentId});
    QList<OverrideRecord> result;
    while (q.next()) {
        OverrideRecord r;
        r.id = q.value(0).toLongLong();
        r.appointmentId = q.value(1).toLongLong();
        r.code = q.value(2).toString();
        r.reason = q.value(3).toString();
        r.user = q.value(4).toString();
        r.atUtc = instantFrom(q.value(5));
        result << r;
    }
    return result;
}

} // namespace chairside
