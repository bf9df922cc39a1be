#pragma once

#include "fixture.h"
#include "interface/interfaceservice.h"
#include "model/user.h"

#include <QByteArray>
#include <QString>

namespace chairside::test {

/// The test center (Fixture) with an InterfaceService acting as its admin.
struct InterfaceFixture : Fixture
{
    InterfaceFixture();

    /// A sample file's bytes, from tests/interop/samples.
    static QByteArray sample(const char *name);
    /// A message from segments joined with CR.
    static QByteArray hl7(const QStringList &segments);

    InterfaceFileResult import(const QByteArray &bytes, const QString &name = QStringLiteral("test.hl7"));
    InterfaceFileResult importSample(const char *name);
    void mapLocation(const QString &value);
    void mapService(const QString &value, const Therapy &therapy);
    /// The appointment the sender's key names, or nothing.
    std::optional<Appointment> appointmentOfKey(const QString &sender, const QString &key);
    qint64 appointmentCount();
    qint64 messageCount();

    User admin;
    InterfaceService service;
};

} // namespace chairside::test
