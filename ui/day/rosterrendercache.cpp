#include "day/rosterrendercache.h"

#include <QFont>

namespace chairside {

size_t qHash(const RosterRenderCache::FrameKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.fill, key.pen, key.penWidth, key.penStyle, key.radius);
}

size_t qHash(const RosterRenderCache::TagKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.status, key.words, key.ink, key.width, key.height, key.font);
}

RosterRenderCache::RosterRenderCache(qsizetype textCapacity)
    : m_shaped(textCapacity)
    , m_elided(textCapacity)
{ }

void RosterRenderCache::use(double pixelRatio)
{
    if (pixelRatio == m_dpr)
        return;
    m_frames.clear();
    m_tags.clear();
    m_glyphs.clear();
    m_dpr = pixelRatio;
}

void RosterRenderCache::clear()
{
    use(0);
    m_shaped.clear();
    m_elided.clear();
}

QStaticText RosterRenderCache::shape(const QFont &font, const QString &fontKey, const QString &text)
{
    const TextKey key {fontKey, text, 0};
    if (std::optional<QStaticText> found = m_shaped.find(key))
        return *found;
    ++m_textsMade;
    QStaticText shaped;
    shaped.setTextFormat(Qt::PlainText);
    shaped.setText(text);
    shaped.prepare(QTransform(), font);
    m_shaped.insert(key, shaped);
    return shaped;
}

QString RosterRenderCache::elided(
    const QFontMetricsF &metrics, const QString &fontKey, const QString &text, double width)
{
    const TextKey key {fontKey, text, width};
    if (std::optional<QString> found = m_elided.find(key))
        return *found;
    ++m_textsMade;
    QString words = metrics.elidedText(text, Qt::ElideRight, width);
    m_elided.insert(key, words);
    return words;
}

} // namespace chairside
