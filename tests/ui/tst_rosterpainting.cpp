// The roster widget paints only what a paint event asks for, and reuses what it measured, shaped and
// rendered (block frames, status tags and glyphs as pictures): none of that may show. A part painted alone
// matches the same part of a whole paint, both through the same pictures; a widget that painted one day
// paints the next (or the same day in another font, palette or pixel ratio) exactly as a fresh widget
// does, so nothing stale is reused; and on a high-resolution device the pictures are rendered at its
// resolution, not enlarged.

#include "day/rosterwidget.h"
#include "rosterday.h"
#include "scheduling/rosterservice.h"
#include "style/theme.h"

#include <QApplication>
#include <QImage>
#include <QRegion>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <stdexcept>

using namespace chairside;
using test::RosterDay;

namespace {

/// Renders `part` of the widget (all of it when null) into an image of that size, over magenta so that
/// anything left unpainted shows.
QImage paint(RosterWidget &widget, const QRect &part = QRect())
{
    QImage image(part.isNull() ? widget.size() : part.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    widget.render(&image, QPoint(), part.isNull() ? QRegion() : QRegion(part));
    return image;
}

/// Renders the whole widget at `ratio` device pixels per pixel, as a high-resolution screen shows it.
QImage paintAt(RosterWidget &widget, double ratio)
{
    QImage image(widget.size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::magenta);
    widget.render(&image);
    return image;
}

/// Qt's rasterizer may antialias an edge one level differently where a paint's clip cuts it; nothing the
/// roster leaves out or paints twice is that faint.
constexpr int kLevels = 2;

/// How many pixels of `part` differ between the part painted alone and the whole paint.
int mismatches(const QImage &alone, const QImage &whole, const QRect &part)
{
    int count = 0;
    for (int y = 0; y < part.height(); ++y) {
        for (int x = 0; x < part.width(); ++x) {
            const QColor a = alone.pixelColor(x, y);
            const QColor b = whole.pixelColor(part.x() + x, part.y() + y);
            const int worst = std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                std::abs(a.blue() - b.blue()), std::abs(a.alpha() - b.alpha())});
            if (worst > kLevels)
                ++count;
        }
    }
    return count;
}

RosterEntry &entryIn(Roster &roster, qint64 appointmentId)
{
    for (RosterChair &chair : roster.chairs) {
        for (RosterEntry &entry : chair.entries) {
            if (entry.appointmentId == appointmentId)
                return entry;
        }
    }
    FAIL("appointment " << appointmentId << " is not on the roster");
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("A part of the roster painted alone matches the same part of a whole paint")
{
    RosterDay day;
    RosterService rosters(day.f.store);
    RosterWidget widget;
    widget.setNow(day.f.clock.nowUtc());
    widget.setRoster(day.f.center, rosters.build(day.f.center, RosterDay::kTuesday));
    widget.resize(1360, widget.sizeHint().height());
    // The current block's frame reaches past its rectangle, into parts that hold no block.
    widget.setCurrentAppointment(day.zoeAt1100);
    const QImage whole = paint(widget);

    const QRect maria = widget.blockRect(day.mariaAt0900);
    const QRect zoe = widget.blockRect(day.zoeAt1100);
    const QRect ana = widget.blockRect(day.anaAt1000);
    REQUIRE_FALSE(maria.isEmpty());
    REQUIRE_FALSE(zoe.isEmpty());
    REQUIRE_FALSE(ana.isEmpty());

    // The parts keep clear of the dotted half-hour lines below the header, or take them whole: Qt
    // restarts a cosmetic dotted line's dots where a clip cuts it, whoever paints it.
    const QList<QRect> parts {
        // Inside a block, through its text and tags.
        QRect(maria.center().x(), maria.top() + 2, maria.width() / 2 - 2, maria.height() / 2),
        // Just outside a block, where only the current block's frame reaches.
        QRect(zoe.right() + 1, zoe.top() - 4, 4, zoe.height() + 8),
        QRect(zoe.left() + 4, zoe.bottom() + 1, 24, 3),
        // The suite's label and its bar, below the header.
        QRect(0, ana.top() + 2, 50, ana.height() / 2),
        // The header, with the hours and the current time.
        QRect(0, 0, widget.width(), maria.top()),
        // What a hover or a move of the current block repaints: the block's column, top to bottom,
        // dotted lines and all.
        QRect(zoe.left() - 4, 0, zoe.width() + 8, widget.height()),
    };
    for (const QRect &part : parts) {
        INFO("part " << part.x() << "," << part.y() << " " << part.width() << "x" << part.height());
        const QImage alone = paint(widget, part);
        CHECK(mismatches(alone, whole, part) == 0);
    }
}

TEST_CASE("The roster paints a changed day, font, palette and theme as a fresh widget does")
{
    RosterDay day;
    RosterService rosters(day.f.store);
    Roster roster = rosters.build(day.f.center, RosterDay::kTuesday);
    const QSize size(1360, 520);

    RosterWidget reused;
    reused.setNow(day.f.clock.nowUtc());
    reused.setRoster(day.f.center, roster);
    reused.resize(size);
    const QImage before = paint(reused);

    // The same chairs and blocks, but other words on one of them: what was measured for it is stale.
    RosterEntry &maria = entryIn(roster, day.mariaAt0900);
    maria.patientName = QStringLiteral("Alvarez-Montgomery, Maria Isabel");
    maria.status = AppointmentStatus::InProgress;
    reused.setRoster(day.f.center, roster);
    reused.resize(size);

    const auto freshPaint = [&](const QFont &font, const QPalette &palette) {
        RosterWidget fresh;
        fresh.setFont(font);
        fresh.setPalette(palette);
        fresh.setNow(day.f.clock.nowUtc());
        fresh.setRoster(day.f.center, roster);
        fresh.resize(size);
        return paint(fresh);
    };
    const QImage changed = paint(reused);
    CHECK(changed != before);
    CHECK(changed == freshPaint(reused.font(), reused.palette()));

    QFont larger = reused.font();
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    reused.setFont(larger);
    const QImage enlarged = paint(reused);
    CHECK(enlarged != changed);
    CHECK(enlarged == freshPaint(larger, reused.palette()));

    const QPalette original = reused.palette();
    reused.setPalette(Theme::palette(Theme::Mode::Dark));
    const QImage darker = paint(reused);
    CHECK(darker != enlarged);
    CHECK(darker == freshPaint(larger, Theme::palette(Theme::Mode::Dark)));

    // And back: nothing painted in the dark palette is kept.
    reused.setPalette(original);
    CHECK(paint(reused) == enlarged);

    // The theme colours the blocks, their frames and their tags, whatever the widget's own palette.
    const QPalette light = Theme::palette(Theme::Mode::Light);
    reused.setPalette(light);
    const QImage lightTheme = paint(reused);
    const Theme::Mode mode = Theme::current();
    const QPalette appPalette = QApplication::palette();
    Theme::apply(mode == Theme::Mode::Light ? Theme::Mode::Dark : Theme::Mode::Light);
    const QImage themed = paint(reused);
    const QImage freshThemed = freshPaint(larger, light);
    Theme::apply(mode);
    QApplication::setPalette(appPalette);
    CHECK(themed != lightTheme);
    CHECK(themed == freshThemed);
    CHECK(paint(reused) == lightTheme);
}

TEST_CASE("The roster's pictures are rendered at the device's pixel ratio")
{
    RosterDay day;
    RosterService rosters(day.f.store);
    const Roster roster = rosters.build(day.f.center, RosterDay::kTuesday);
    const QSize size(1360, 520);
    RosterWidget widget;
    widget.setNow(day.f.clock.nowUtc());
    widget.setRoster(day.f.center, roster);
    widget.resize(size);

    const QImage single = paint(widget);
    const QImage doubled = paintAt(widget, 2);
    RosterWidget fresh;
    fresh.setNow(day.f.clock.nowUtc());
    fresh.setRoster(day.f.center, roster);
    fresh.resize(size);
    CHECK(doubled == paintAt(fresh, 2));
    // The pictures at one ratio are not taken for the other.
    CHECK(paint(widget) == single);

    // A block's rounded corner and its tag are drawn at the finer resolution: a picture rendered at one
    // pixel per pixel and enlarged would fill every 2x2 square of device pixels with a single colour.
    const QRect maria = widget.blockRect(day.mariaAt0900);
    REQUIRE_FALSE(maria.isEmpty());
    const auto finerSquares = [&](const QRect &area) {
        int count = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const QRgb pixel = doubled.pixel(2 * x, 2 * y);
                if (doubled.pixel(2 * x + 1, 2 * y) != pixel || doubled.pixel(2 * x, 2 * y + 1) != pixel
                    || doubled.pixel(2 * x + 1, 2 * y + 1) != pixel)
                    ++count;
            }
        }
        return count;
    };
    CHECK(finerSquares(QRect(maria.topLeft(), QSize(6, 6))) > 0);
    CHECK(finerSquares(QRect(maria.right() - 5, maria.bottom() - 5, 6, 6)) > 0);
    // The bottom quarter of the block holds its status tag.
    CHECK(finerSquares(QRect(maria.left() + 4, maria.bottom() - maria.height() / 4, maria.width() / 3,
              maria.height() / 4 - 2))
        > 10);
}
