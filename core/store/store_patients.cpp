// Store: patients, written with the name keys the search reads, one at a time or in bulk.

#include "common/error.h"
#include "patientrow.h"
#include "scopedtransaction.h"
#include "sqlitestatement.h"
#include "sqlquery.h"
#include "statementcache.h"
#include "store.h"
#include "storevalues.h"
#include "text/namenormalizer.h"

namespace chairside {

namespace {

using namespace StoreValues;

QString patientSelect(const char *rest)
{
    return QStringLiteral("SELECT %1 FROM patient %2").arg(PatientRow::columns(), QLatin1String(rest));
}

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
                "email, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (mrn) DO NOTHING"),
            "add the patient")
        , token(db,
              QStringLiteral("INSERT INTO patient_name_token (token, kind, sort_key, patient_id) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
              "index the patient's name")
        , pair(db,
              QStringLiteral("INSERT INTO patient_name_pair (pair, sort_key, patient_id) VALUES (?, ?, ?) ON "
                             "CONFLICT DO "
                             "NOTHING"),
              "index the patient's name")
    { }

    qint64 write(const Patient &patient)
    {
        const QString sortKey
            = NameNormalizer::sortKey(patient.lastName, patient.firstName, patient.dateOfBirth);
        insert.run({patient.mrn.trimmed(), patient.firstName.trimmed(), patient.lastName.trimmed(),
            patient.preferredName.trimmed(), dateValue(patient.dateOfBirth), patient.phone.trimmed(),
            NameNormalizer::phoneDigits(patient.phone), patient.email.trimmed(), sortKey});
        // A taken MRN inserts nothing rather than failing: on a server a failed statement would end the
        // whole transaction, and the MRN is all there is to say.
        if (insert.changes() == 0)
            throw mrnTaken(patient.mrn);
        const qint64 id = insert.lastInsertId();
        index(patient, id, sortKey);
        return id;
    }

    /// Writes the name tokens and pairs the search reads for the patient `id`.
    void index(const Patient &patient, qint64 id, const QString &sortKey)
    {
        const QString *names[] = {&patient.lastName, &patient.firstName, &patient.preferredName};
        for (int kind = 0; kind < 3; ++kind) {
            const QStringList tokens = NameNormalizer::tokens(*names[kind]);
            for (const QString &t : tokens)
                token.run({t, kind, sortKey, id});
        }
        const QStringList pairs = pairKeys(patient);
        for (const QString &key : pairs)
            pair.run({key, sortKey, id});
    }

    /// Every two different words of the names on record, each way round: see schema-4.sql.
    static QStringList pairKeys(const Patient &patient)
    {
        QStringList lastAndFirst
            = NameNormalizer::tokens(patient.lastName) + NameNormalizer::tokens(patient.firstName);
        lastAndFirst.removeDuplicates();
        QStringList keys;
        for (const QString &head : std::as_const(lastAndFirst)) {
            if (head.toUcs4().size() < 2) // as SQLite's length() counts
                continue;
            for (const QString &word : std::as_const(lastAndFirst)) {
                if (word != head)
                    keys << NameNormalizer::pairKey(head, word);
            }
        }
        return keys;
    }

    SqliteStatement insert;
    SqliteStatement token;
    SqliteStatement pair;
};

/// SQLite's page cache, raised for the life of a bulk write and put back after. Name tokens land all
/// over their index: with the default 2 MB, a big import spills pages to the WAL and reads them back,
/// row after row. The cache only takes memory for the pages actually used. A PostgreSQL server sizes its
/// own buffers: nothing to do there.
class LargerPageCache final
{
public:
    LargerPageCache(Database &db, qint64 kibibytes)
        : m_db(db)
    {
        if (db.isPostgreSql())
            return;
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
        // The UNIQUE index finds a taken MRN without a read per patient.
        const qint64 id = statements.write(patient);
        if (added)
            added(id);
    }
    transaction.commit();
}

void Store::updatePatient(const Patient &patient)
{
    validatePatient(patient);
    ScopedTransaction transaction(*m_db);
    const auto before = this->patient(patient.id);
    if (!before) {
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no patient number %1.").arg(patient.id),
            QStringLiteral("patient"));
    }
    if (const auto holder = patientByMrn(patient.mrn); holder && holder->id != patient.id)
        throw mrnTaken(patient.mrn);
    const QString sortKey = NameNormalizer::sortKey(patient.lastName, patient.firstName, patient.dateOfBirth);
    SqlQuery update(*m_db,
        QStringLiteral(
            "UPDATE patient SET mrn = ?, first_name = ?, last_name = ?, preferred_name = ?, dob = ?, "
            "phone = ?, phone_digits = ?, email = ?, sort_key = ? WHERE id = ?"),
        "correct the patient's record");
    update.exec({patient.mrn.trimmed(), patient.firstName.trimmed(), patient.lastName.trimmed(),
        patient.preferredName.trimmed(), dateValue(patient.dateOfBirth), patient.phone.trimmed(),
        NameNormalizer::phoneDigits(patient.phone), patient.email.trimmed(), sortKey, patient.id});
    // The search's keys carry the names and the sort key: the old ones go, the new ones are written as a
    // new patient's are. The pairs have no index by patient, so the old keys are found from the old names.
    SqlQuery tokens(*m_db, QStringLiteral("DELETE FROM patient_name_token WHERE patient_id = ?"),
        "re-index the patient's name");
    tokens.exec({patient.id});
    SqlQuery pairs(*m_db,
        QStringLiteral("DELETE FROM patient_name_pair WHERE pair = ? AND sort_key = ? AND patient_id = ?"),
        "re-index the patient's name");
    const QString oldSortKey
        = NameNormalizer::sortKey(before->lastName, before->firstName, before->dateOfBirth);
    const QStringList oldPairs = PatientStatements::pairKeys(*before);
    for (const QString &key : oldPairs)
        pairs.exec({key, oldSortKey, patient.id});
    PatientStatements statements(*m_db);
    statements.index(patient, patient.id, sortKey);
    transaction.commit();
}

QList<Patient> Store::patientsBornOn(QDate dateOfBirth, int limit)
{
    if (!dateOfBirth.isValid())
        return {};
    static const QString sql = patientSelect("WHERE dob = ? ORDER BY sort_key, id LIMIT ?");
    const auto qLease = m_statements->take(sql, "find the patients born that day");
    SqlQuery &q = *qLease;
    q.exec({dateValue(dateOfBirth), limit});
    QList<Patient> result;
    while (q.next())
        result << PatientRow::from(q);
    return result;
}

QList<Patient> Store::patientsByPhone(const QString &phone, int limit)
{
    const QString digits = NameNormalizer::phoneDigits(phone);
    if (digits.isEmpty())
        return {};
    static const QString sql = patientSelect("WHERE phone_digits = ? ORDER BY sort_key, id LIMIT ?");
    const auto qLease = m_statements->take(sql, "find the patients with that phone number");
    SqlQuery &q = *qLease;
    q.exec({digits, limit});
    QList<Patient> result;
    while (q.next())
        result << PatientRow::from(q);
    return result;
}

std::optional<QString> Store::highestMrnBetween(
    const QString &low, const QString &high, const std::function<bool(const QString &)> &matches)
{
    static const QString sql
        = QStringLiteral("SELECT mrn FROM patient WHERE mrn >= ? AND mrn <= ? ORDER BY mrn DESC");
    SqlQuery q(*m_db, sql, "find the highest MRN");
    q.exec({low, high});
    while (q.next()) {
        const QString mrn = q.value(0).toString();
        if (matches(mrn))
            return mrn;
    }
    return std::nullopt;
}

std::optional<Patient> Store::patient(qint64 id)
{
    static const QString sql = patientSelect("WHERE id = ?");
    const auto qLease = m_statements->take(sql, "read the patient");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return PatientRow::from(q);
}

std::optional<Patient> Store::patientByMrn(const QString &mrn)
{
    static const QString sql = patientSelect("WHERE mrn = ?");
    const auto qLease = m_statements->take(sql, "find the patient by MRN");
    SqlQuery &q = *qLease;
    q.exec({mrn.trimmed()});
    if (!q.next())
        return std::nullopt;
    return PatientRow::from(q);
}

qint64 Store::patientCount()
{
    const auto qLease
        = m_statements->take(QStringLiteral("SELECT count(*) FROM patient"), "count the patients");
    SqlQuery &q = *qLease;
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Patient> Store::patientsByNameAndDob(
    const QString &lastName, const QString &firstName, QDate dateOfBirth, int limit)
{
    if (!dateOfBirth.isValid())
        return {};
    static const QString sql = patientSelect("WHERE dob = ? AND sort_key = ? ORDER BY id LIMIT ?");
    const auto qLease = m_statements->take(sql, "find the patient by name and date of birth");
    SqlQuery &q = *qLease;
    q.exec({dateValue(dateOfBirth), NameNormalizer::sortKey(lastName, firstName, dateOfBirth), limit});
    QList<Patient> result;
    while (q.next())
        result << PatientRow::from(q);
    return result;
}

QList<Patient> Store::patientsBooked(const BookedPatients &booked)
{
    const QString sql
        = patientSelect("WHERE id IN %1 ORDER BY id").arg(BookedPatients::idsSql(m_db->isPostgreSql()));
    // Thousands of rows: read on SQLite directly, without a variant per value.
    SqliteStatement q(*m_db, sql, "read the booked patients");
    q.exec(booked.values());
    QList<Patient> result;
    result.reserve(booked.patientIds.size());
    while (q.next())
        result << PatientRow::from(q);
    return result;
}

} // namespace chairside
