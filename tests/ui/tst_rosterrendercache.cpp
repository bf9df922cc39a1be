// The roster's render cache: texts kept by font, words and room across days within a bound, the least
// recently used going first; pictures kept per device pixel ratio.

#include "day/rosterrendercache.h"

#include <QFont>
#include <QFontMetricsF>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

QString word(int i)
{
    return QStringLiteral("Patient %1").arg(i);
}

} // namespace

TEST_CASE("The roster's texts are shaped once per font and words")
{
    RosterRenderCache cache;
    QFont regular;
    regular.setPixelSize(14);
    QFont bold = regular;
    bold.setPixelSize(20);
    bold.setWeight(QFont::Bold);

    const QStaticText first = cache.shape(regular, regular.key(), QStringLiteral("Okafor, Chidi"));
    CHECK(first.text() == QStringLiteral("Okafor, Chidi"));
    CHECK(cache.textsMade() == 1);
    cache.shape(regular, regular.key(), QStringLiteral("Okafor, Chidi"));
    CHECK(cache.textsMade() == 1);
    // The same words in another font are shaped anew, to their own width.
    const double wide = cache.advance(bold, bold.key(), QStringLiteral("Okafor, Chidi"));
    CHECK(cache.textsMade() == 2);
    CHECK(wide > first.size().width());
}

TEST_CASE("The roster's elided texts are kept by words, font and room")
{
    RosterRenderCache cache;
    QFont font;
    font.setPixelSize(14);
    const QFontMetricsF metrics(font);
    const QString name = QStringLiteral("Alvarez-Montgomery, Maria Isabel");
    const double room = metrics.horizontalAdvance(name) / 2;

    const QString elided = cache.elided(metrics, font.key(), name, room);
    CHECK(elided == metrics.elidedText(name, Qt::ElideRight, room));
    CHECK(elided != name);
    CHECK(cache.textsMade() == 1);
    CHECK(cache.elided(metrics, font.key(), name, room) == elided);
    CHECK(cache.textsMade() == 1);
    // Another room is another text.
    CHECK(cache.elided(metrics, font.key(), name, room * 3) == name);
    CHECK(cache.textsMade() == 2);
    // Another font's key is another text, even at the same room.
    QFont larger = font;
    larger.setPixelSize(22);
    const QFontMetricsF largerMetrics(larger);
    CHECK(cache.elided(largerMetrics, larger.key(), name, room).size() < elided.size());
    CHECK(cache.textsMade() == 3);
}

TEST_CASE("The roster's text cache stays within its bound and keeps what was used lately")
{
    constexpr qsizetype capacity = 8;
    RosterRenderCache cache(capacity);
    QFont font;
    font.setPixelSize(14);
    const QString key = font.key();
    const auto made = [&](int i) {
        const qsizetype before = cache.textsMade();
        cache.shape(font, key, word(i));
        return cache.textsMade() > before;
    };

    for (int i = 0; i < 4; ++i)
        REQUIRE(made(i));
    // Used again, word 1 stays while the others of its time go.
    for (int i = 4; i < 12; ++i) {
        REQUIRE(made(i));
        REQUIRE_FALSE(made(1));
        REQUIRE(cache.shapedCount() <= capacity);
    }
    CHECK_FALSE(made(1));
    CHECK(made(0));
    CHECK(made(2));

    // However many days go by, the cache holds no more than its bound.
    for (int i = 100; i < 1000; ++i)
        cache.shape(font, key, word(i));
    CHECK(cache.shapedCount() <= capacity);
    CHECK(cache.shapedCount() >= capacity / 2);
}

TEST_CASE("The roster's pictures are rendered once per key and device pixel ratio")
{
    RosterRenderCache cache;
    int renders = 0;
    const auto render = [&] {
        ++renders;
        QPixmap pixmap(4, 4);
        pixmap.fill(Qt::red);
        return pixmap;
    };
    const RosterRenderCache::TagKey booked {1, 0, QColor(Qt::black).rgba64(), 40, 12, 0};
    RosterRenderCache::TagKey arrived = booked;
    arrived.status = 2;

    cache.use(1);
    cache.tag(booked, render);
    cache.tag(booked, render);
    CHECK(renders == 1);
    cache.tag(arrived, render);
    CHECK(renders == 2);
    // Another ratio needs pictures of its own; the same ratio again keeps them.
    cache.use(2);
    cache.use(2);
    cache.tag(booked, render);
    CHECK(renders == 3);
    cache.tag(booked, render);
    CHECK(renders == 3);
    // Clearing drops the texts as well as the pictures.
    cache.shape(QFont(), QFont().key(), QStringLiteral("Booked"));
    cache.clear();
    CHECK(cache.shapedCount() == 0);
    cache.use(2);
    cache.tag(booked, render);
    CHECK(renders == 4);
}
