// libFuzzer entry point for the csv reader: see fuzzbodies.h for what it checks.
#include "fuzzbodies.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString why;
    if (!chairside::fuzz::csv(QByteArrayView(data, qsizetype(size)), &why)) {
        std::fprintf(stderr, "property failed: %s\n", why.toLocal8Bit().constData());
        __builtin_trap();
    }
    return 0;
}
