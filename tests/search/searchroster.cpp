#include "searchroster.h"

#include "fixture.h"
#include "model/user.h"
#include "store/scopedtransaction.h"

namespace chairside::test {

SearchRoster::SearchRoster()
    : store(temp.store())
{
    // One transaction: each patient on its own would wait for a synchronous commit.
    const auto transaction = store.transaction();
    for (const auto &[name, role] :
        {std::pair {"admin", Role::Admin}, std::pair {"desk", Role::Receptionist}}) {
        User user;
        user.name = QString::fromLatin1(name);
        user.role = role;
        // The find command's tests run the CLI as these users, which logs in.
        givePassword(store, store.addUser(user, utc("2026-12-01T13:00:00Z")), utc("2026-12-01T13:00:00Z"));
    }
    add(QStringLiteral("M0001"), QStringLiteral("Maria"), QStringLiteral("Alvarez"), QDate(1961, 3, 4),
        QStringLiteral("(617) 555-0142"));
    add(QStringLiteral("M0002"), QStringLiteral("José"), QStringLiteral("García"), QDate(1975, 7, 19),
        QStringLiteral("617-555-0199"));
    add(QStringLiteral("M0003"), QStringLiteral("Jose"), QStringLiteral("Martinez"), QDate(1961, 3, 4));
    add(QStringLiteral("M0004"), QStringLiteral("Seán"), QStringLiteral("O'Brien"), QDate(1958, 11, 30),
        QStringLiteral("+1 (212) 555-0100"), QStringLiteral("Shawn"));
    add(QStringLiteral("M0005"), QStringLiteral("Linh"), QStringLiteral("Nguyen-Tran"), QDate(1990, 2, 14));
    add(QStringLiteral("M0006"), QStringLiteral("John"), QStringLiteral("Smith"), QDate(1961, 3, 4),
        QStringLiteral("718.555.0123"));
    add(QStringLiteral("M0007"), QStringLiteral("Joanna"), QStringLiteral("Smith"), QDate(1972, 5, 5));
    add(QStringLiteral("M0008"), QStringLiteral("Jonathan"), QStringLiteral("Smithers"), QDate(1961, 3, 4));
    add(QStringLiteral("M0009"), QStringLiteral("Anna"), QStringLiteral("Smith"), QDate(1985, 9, 9));
    add(QStringLiteral("M0010"), QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1999, 12, 31));
    add(QStringLiteral("MRN-004217"), QStringLiteral("Robert"), QStringLiteral("Smith"), QDate(1950, 6, 6));
    add(QStringLiteral("004218"), QStringLiteral("Tran"), QStringLiteral("Nguyen"), QDate(1966, 6, 16));
    add(QStringLiteral("M0013"), QStringLiteral("Jo"), QStringLiteral("Zimmer"), QDate(1970, 5, 5));
    add(QStringLiteral("M0014"), QStringLiteral("Joan"), QStringLiteral("Adams"), QDate(1970, 5, 5));
    add(QStringLiteral("M0015"), QStringLiteral("María José"), QStringLiteral("de la Cruz"),
        QDate(1988, 8, 8));
    // An MRN that is also a date of birth written yyyymmdd.
    add(QStringLiteral("19610304"), QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1990, 1, 1));
    add(QStringLiteral("M0017"), QStringLiteral("Smith"), QStringLiteral("Jones"), QDate(1944, 4, 4));
    transaction->commit();
}

Patient SearchRoster::add(const QString &mrn, const QString &first, const QString &last, QDate dob,
    const QString &phone, const QString &preferred)
{
    Patient p;
    p.mrn = mrn;
    p.firstName = first;
    p.lastName = last;
    p.preferredName = preferred;
    p.dateOfBirth = dob;
    p.phone = phone;
    p.id = store.addPatient(p);
    return p;
}

} // namespace chairside::test
