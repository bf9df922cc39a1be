#include "setup/hourseditor.h"

#include "common/error.h"
#include "widgets/fieldproblems.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace chairside {

namespace {

const char *const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

HoursEditor::HoursEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *open = new QCheckBox(locale.standaloneDayName(day), this);
        open->setObjectName(QStringLiteral("open_%1").arg(QLatin1String(kDays[day - 1])));
        auto *spans = new QLineEdit(this);
        spans->setObjectName(QStringLiteral("hours_%1").arg(QLatin1String(kDays[day - 1])));
        spans->setAccessibleName(tr("Hours on %1").arg(locale.standaloneDayName(day)));
        spans->setPlaceholderText(tr("e.g. 07:00-19:00, or 07:00-12:00, 13:00-21:00"));
        spans->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
        connect(open, &QCheckBox::toggled, spans, &QWidget::setEnabled);
        grid->addWidget(open, day - 1, 0);
        grid->addWidget(spans, day - 1, 1);
        m_open[std::size_t(day - 1)] = open;
        m_spans[std::size_t(day - 1)] = spans;
    }
    grid->setColumnStretch(2, 1);
}

void HoursEditor::setHours(const OpeningHours &hours)
{
    for (int day = 1; day <= 7; ++day) {
        QStringList parts;
        for (const OpenSpan &span : hours.spans(day))
            parts << minuteText(span.opensMinute) + QLatin1Char('-') + minuteText(span.closesMinute);
        const bool open = !parts.isEmpty();
        openBox(day)->setChecked(open);
        spansField(day)->setEnabled(open);
        // A closed day keeps a suggestion, so that ticking it needs no typing.
        if (open)
            spansField(day)->setText(parts.join(QStringLiteral(", ")));
        else if (spansField(day)->text().isEmpty())
            spansField(day)->setText(day == Qt::Saturday || day == Qt::Sunday
                    ? QStringLiteral("08:00-14:00")
                    : QStringLiteral("08:00-17:00"));
    }
}

OpeningHours HoursEditor::hours() const
{
    OpeningHours result;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        if (!openBox(day)->isChecked())
            continue;
        const QString typed = spansField(day)->text().trimmed();
        if (typed.isEmpty()) {
            throw Error::badData(QStringLiteral("hours_%1").arg(QLatin1String(kDays[day - 1])),
                tr("%1 is ticked open but has no hours; give them, e.g. 07:00-19:00.")
                    .arg(locale.standaloneDayName(day)));
        }
        try {
            const OpeningHours one
                = OpeningHours::parse(QLatin1String(kDays[day - 1]) + QLatin1Char(' ') + typed);
            result.setSpans(day, one.spans(day));
        } catch (const Error &error) {
            throw Error::badData(QStringLiteral("hours_%1").arg(QLatin1String(kDays[day - 1])),
                tr("%1: %2").arg(locale.standaloneDayName(day), error.message()));
        }
    }
    if (result.isEmpty()) {
        throw Error::badData(
            QStringLiteral("hours"), tr("The center is open on no day; tick the days it opens."));
    }
    return result;
}

} // namespace chairside

namespace chairside {

void HoursEditor::addFields(FieldProblems &problems) const
{
    problems.add(QStringLiteral("hours"), openBox(Qt::Monday));
    for (int day = 1; day <= 7; ++day)
        problems.add(QStringLiteral("hours_%1").arg(QLatin1String(kDays[day - 1])), spansField(day));
}

} // namespace chairside
