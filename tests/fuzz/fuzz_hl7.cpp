// libFuzzer entry point for the hl7 reader: see fuzzbodies.h for what it checks.
#include "fuzzbodies.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString why;
    if (!chairside::fuzz::hl7(QByteArrayView(data, qsizetype(size)), &why)) {
        std::fprintf(stderr, "property failed: %s\n", why.toLocal8Bit().constData());
        __builtin_trap();
    }
    return 0;
}
