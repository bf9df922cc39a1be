#include "widgets/pageheader.h"

#include <QHBoxLayout>
#include <QLabel>

namespace chairside {

PageHeader::PageHeader(const QString &title, const QString &dateName, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_date(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    const int line = fontMetrics().height();
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::Bold);
    m_title->setFont(titleFont);
    QFont dateFont = font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.25);
    m_date->setFont(dateFont);
    m_date->setAccessibleName(dateName);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(line * 3 / 4);
    m_layout->addWidget(m_title, 0, Qt::AlignBaseline);
    m_layout->addSpacing(line / 4);
    m_layout->addWidget(m_date, 0, Qt::AlignBaseline);
    m_layout->addStretch(1);
}

PageHeader::~PageHeader() = default;

void PageHeader::setDateText(const QString &text)
{
    m_date->setText(text);
}

QString PageHeader::dateText() const
{
    return m_date->text();
}

void PageHeader::addControl(QWidget *control)
{
    m_layout->addWidget(control);
}

void PageHeader::addGap()
{
    m_layout->addSpacing(fontMetrics().height());
}

} // namespace chairside
