#pragma once

namespace chairside {

/// The delimiters a message declares in MSH-1 and MSH-2, and the character set its text is in (MSH-18).
/// A delimiter of 0 is one the sender did not declare (an MSH-2 shorter than four characters): it
/// splits nothing.
struct Hl7Encoding
{
    enum class Charset
    {
        Utf8,
        Latin1
    };

    char field = '|';
    char component = '^';
    char repetition = '~';
    char escape = '\\';
    char subComponent = '&';
    Charset charset = Charset::Utf8;
};

} // namespace chairside
