#include "interophelpers.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

namespace chairside::test {

QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(CHAIRSIDE_INTEROP_SAMPLES "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(std::string("cannot read sample ") + name);
    return file.readAll();
}

QStringList sampleNames(const QString &suffix)
{
    return QDir(QStringLiteral(CHAIRSIDE_INTEROP_SAMPLES))
        .entryList({QStringLiteral("*") + suffix}, QDir::Files, QDir::Name);
}

QByteArray hl7(const QStringList &segments)
{
    return segments.join(QLatin1Char('\r')).toUtf8() + '\r';
}

} // namespace chairside::test
