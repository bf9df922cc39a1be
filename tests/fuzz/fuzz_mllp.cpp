// libFuzzer entry point for the MLLP framer: see fuzzmllp.h for what it checks.
#include "fuzzmllp.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString why;
    if (!chairside::fuzz::mllp(QByteArrayView(data, qsizetype(size)), &why)) {
        std::fprintf(stderr, "property failed: %s\n", why.toLocal8Bit().constData());
        __builtin_trap();
    }
    return 0;
}
