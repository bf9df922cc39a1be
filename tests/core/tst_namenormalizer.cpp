#include "text/namenormalizer.h"

#include <catch2/catch.hpp>

using namespace chairside;

TEST_CASE("Names fold to what the desk hears")
{
    REQUIRE(NameNormalizer::fold(u"José") == QLatin1String("jose"));
    REQUIRE(NameNormalizer::fold(u"O'Brien") == QLatin1String("obrien"));
    REQUIRE(NameNormalizer::fold(u"Müller") == QLatin1String("muller"));
    REQUIRE(NameNormalizer::fold(u"Straße") == QLatin1String("strasse"));
    REQUIRE(NameNormalizer::fold(u"Łukasz") == QLatin1String("lukasz"));
    REQUIRE(NameNormalizer::fold(u"ØSTERGÅRD") == QLatin1String("ostergard"));
}

TEST_CASE("A name is found by each of its words and by all of them run together")
{
    REQUIRE(NameNormalizer::tokens(u"Nguyen-Tran")
        == QStringList {QStringLiteral("nguyen"), QStringLiteral("nguyentran"), QStringLiteral("tran")});
    REQUIRE(NameNormalizer::tokens(u"O'Brien")
        == QStringList {QStringLiteral("brien"), QStringLiteral("o"), QStringLiteral("obrien")});
    REQUIRE(NameNormalizer::tokens(u"de la Cruz")
        == QStringList {
            QStringLiteral("cruz"), QStringLiteral("de"), QStringLiteral("delacruz"), QStringLiteral("la")});
    REQUIRE(NameNormalizer::tokens(u"José") == QStringList {QStringLiteral("jose")});
    REQUIRE(NameNormalizer::tokens(u"  ").isEmpty());
}

TEST_CASE("Phone numbers are kept as their digits")
{
    REQUIRE(NameNormalizer::phoneDigits(u"(617) 555-0142") == QLatin1String("6175550142"));
    REQUIRE(NameNormalizer::phoneDigits(u"+1 617 555 0142") == QLatin1String("6175550142"));
    REQUIRE(NameNormalizer::phoneDigits(u"") == QString());
}
