#include "interfacefixture.h"

#include "store/sqlquery.h"
#include "store/store.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace chairside::test {

InterfaceFixture::InterfaceFixture()
    : admin(*store.accountByName(QStringLiteral("admin")))
    , service(store, clock)
{ }

QByteArray InterfaceFixture::sample(const char *name)
{
    QFile file(QStringLiteral(CHAIRSIDE_INTEROP_SAMPLES "/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray InterfaceFixture::hl7(const QStringList &segments)
{
    return segments.join(QLatin1Char('\r')).toUtf8() + '\r';
}

InterfaceFileResult InterfaceFixture::import(const QByteArray &bytes, const QString &name)
{
    return service.importBytes(admin, bytes, InterfaceSource {InterfaceChannel::File, name});
}

InterfaceFileResult InterfaceFixture::importSample(const char *name)
{
    return import(sample(name), QString::fromLatin1(name));
}

void InterfaceFixture::mapLocation(const QString &value)
{
    service.setMapping(admin, MappingKind::Location, value, center.id);
}

void InterfaceFixture::mapService(const QString &value, const Therapy &therapy)
{
    service.setMapping(admin, MappingKind::Service, value, therapy.id);
}

std::optional<Appointment> InterfaceFixture::appointmentOfKey(const QString &sender, const QString &key)
{
    SqlQuery q(store.database(),
        QStringLiteral("SELECT appointment_id FROM interface_appointment_key WHERE sender = ? AND key = ?"),
        "read the key");
    q.exec({sender, key});
    if (!q.next())
        return std::nullopt;
    return store.appointment(q.value(0).toLongLong());
}

qint64 InterfaceFixture::appointmentCount()
{
    SqlQuery q(store.database(), QStringLiteral("SELECT count(*) FROM appointment"), "count");
    q.exec();
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 InterfaceFixture::messageCount()
{
    SqlQuery q(store.database(), QStringLiteral("SELECT count(*) FROM interface_message"), "count");
    q.exec();
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace chairside::test
