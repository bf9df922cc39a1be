#pragma once

#include <QColor>
#include <QFontMetricsF>
#include <QHash>
#include <QPixmap>
#include <QStaticText>
#include <QString>

#include <algorithm>
#include <optional>

class QFont;

namespace chairside {

/// What the roster renders once and reuses whatever the layout and the day: pictures and shaped text.
///
/// A block's frame (its fill and border) is rendered once with long straight edges and put together
/// from its nine slices on every paint: a small fraction of stroking an antialiased rounded path. The
/// tags and the warning glyph are whole pictures. They are rendered at one device pixel ratio (use())
/// and blitted on whole device pixels, so they stay as crisp as a stroke.
///
/// Text is kept by font and words across days, within a bound: the next day, or a refresh after a
/// check-in, shows mostly the same chairs, therapies, times and many of the same patients, and shaping
/// and eliding new text is most of what the first paint of a day costs. Text is kept by font, not by
/// device pixel ratio: it is measured in logical units, the same at every ratio.
class RosterRenderCache final
{
public:
    /// What makes two block frames look different.
    struct FrameKey
    {
        quint64 fill = 0;
        quint64 pen = 0;
        double penWidth = 0;
        int penStyle = 0;
        double radius = 0;

        friend bool operator==(const FrameKey &, const FrameKey &) = default;
    };
    /// What makes two status tags, or two warning glyphs, look different.
    struct TagKey
    {
        int status = 0;
        size_t words = 0; ///< the words' hash, 0 for the glyph alone
        quint64 ink = 0;
        double width = 0;
        double height = 0;
        size_t font = 0;

        friend bool operator==(const TagKey &, const TagKey &) = default;
    };
    struct Frame
    {
        QPixmap image; ///< the four corners, `middle` device pixels of straight edge between them
        int corner = 0; ///< device pixels
        int middle = 0;
    };

    /// Texts kept at most, shaped and elided each: beyond that, those unused the longest go.
    static constexpr qsizetype kTextCapacity = 8192;

    explicit RosterRenderCache(qsizetype textCapacity = kTextCapacity);

    /// The pictures from now on are for `pixelRatio` device pixels per pixel: those rendered for another
    /// ratio go.
    void use(double pixelRatio);
    double pixelRatio() const { return m_dpr; }
    /// Forgets everything: the pictures are in old colours or an old style, the texts in an old font.
    void clear();

    /// The frame for `key`, rendered by `render()` (returning a Frame) the first time it is asked for.
    template<typename Render>
    const Frame &frame(const FrameKey &key, Render render)
    {
        auto found = m_frames.constFind(key);
        if (found == m_frames.constEnd())
            found = m_frames.insert(key, render());
        return *found;
    }
    /// The status tag for `key`, rendered by `render()` (returning a QPixmap) the first time.
    template<typename Render>
    const QPixmap &tag(const TagKey &key, Render render)
    {
        auto found = m_tags.constFind(key);
        if (found == m_tags.constEnd())
            found = m_tags.insert(key, render());
        return *found;
    }
    /// The warning glyph for `key`, rendered by `render()` (returning a QPixmap) the first time.
    template<typename Render>
    const QPixmap &glyph(const TagKey &key, Render render)
    {
        auto found = m_glyphs.constFind(key);
        if (found == m_glyphs.constEnd())
            found = m_glyphs.insert(key, render());
        return *found;
    }

    /// `text` shaped in `font`, whose key() is `fontKey`, ready to draw; its copies share the shaping.
    QStaticText shape(const QFont &font, const QString &fontKey, const QString &text);
    /// How wide `text` is in `font`: measured by shaping it for drawing too.
    double advance(const QFont &font, const QString &fontKey, const QString &text)
    {
        return shape(font, fontKey, text).size().width();
    }
    /// `text` elided at its right to `width` in the font of `metrics`, whose key() is `fontKey`.
    QString elided(const QFontMetricsF &metrics, const QString &fontKey, const QString &text, double width);

    /// How many shaped and elided texts are kept (at most the capacity of each).
    qsizetype shapedCount() const { return m_shaped.size(); }
    qsizetype elidedCount() const { return m_elided.size(); }
    /// How many texts were shaped or elided rather than found: what the roster's text has cost.
    qsizetype textsMade() const { return m_textsMade; }

private:
    struct TextKey
    {
        QString font;
        QString text;
        double width = 0; ///< the room elided to; 0 for a shaped text

        friend bool operator==(const TextKey &, const TextKey &) = default;
    };
    friend size_t qHash(const TextKey &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.font, key.text, key.width);
    }

    /// A map bounded by keeping two generations: when the young one is full it becomes the old one and
    /// the old one goes. Whatever is found in the old generation moves to the young one, so what a day
    /// still uses stays while what no day asked for since goes: the order of least recent use, without
    /// bookkeeping on every hit.
    template<typename Value>
    class Generations
    {
    public:
        explicit Generations(qsizetype capacity)
            : m_half(std::max<qsizetype>(1, capacity / 2))
        { }
        std::optional<Value> find(const TextKey &key)
        {
            if (auto found = m_young.constFind(key); found != m_young.constEnd())
                return *found;
            if (auto found = m_old.constFind(key); found != m_old.constEnd()) {
                Value value = *found; // insert() may drop the old generation
                insert(key, value);
                return value;
            }
            return std::nullopt;
        }
        void insert(const TextKey &key, const Value &value)
        {
            if (m_young.size() >= m_half) {
                m_old = std::move(m_young);
                m_young = {};
            }
            m_young.insert(key, value);
        }
        void clear()
        {
            m_young.clear();
            m_old.clear();
        }
        qsizetype size() const { return m_young.size() + m_old.size(); }

    private:
        qsizetype m_half;
        QHash<TextKey, Value> m_young;
        QHash<TextKey, Value> m_old;
    };

    double m_dpr = 0;
    qsizetype m_textsMade = 0;
    QHash<FrameKey, Frame> m_frames;
    QHash<TagKey, QPixmap> m_tags;
    QHash<TagKey, QPixmap> m_glyphs;
    Generations<QStaticText> m_shaped;
    Generations<QString> m_elided;
};

size_t qHash(const RosterRenderCache::FrameKey &key, size_t seed = 0) noexcept;
size_t qHash(const RosterRenderCache::TagKey &key, size_t seed = 0) noexcept;

} // namespace chairside
