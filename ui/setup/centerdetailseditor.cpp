#include "setup/centerdetailseditor.h"

#include "widgets/fieldproblems.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>

#include <algorithm>

namespace chairside {

CenterDetailsEditor::CenterDetailsEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_phone(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("centerNameField"));
    m_name->setPlaceholderText(tr("e.g. Riverside Infusion Center"));
    m_timeZone->setObjectName(QStringLiteral("timeZoneField"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    std::sort(zones.begin(), zones.end());
    for (const QByteArray &zone : std::as_const(zones)) {
        // The IANA names people pick from: "America/New_York", not "EST5EDT" or "Etc/GMT+5".
        if (zone.contains('/') && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            m_timeZone->addItem(QString::fromUtf8(zone));
    }
    // Typing "york" or "chicago" finds the zone wherever the word stands in its name.
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_timeZone->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    m_phone->setObjectName(QStringLiteral("phoneField"));
    m_phone->setPlaceholderText(tr("e.g. (312) 555-0100"));
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_phone)})
        field->setMinimumWidth(fontMetrics().averageCharWidth() * 40);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Center &name"), m_name);
    form->addRow(tr("&Time zone"), m_timeZone);
    form->addRow(tr("&Phone"), m_phone);
    auto *phoneNote = new QLabel(tr("Printed on every confirmation slip, for patients who must change their "
                                    "appointment."),
        this);
    phoneNote->setWordWrap(true);
    phoneNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), phoneNote);
}

void CenterDetailsEditor::setCenter(const Center &center)
{
    m_name->setText(center.name);
    if (!center.timeZoneId.isEmpty())
        m_timeZone->setCurrentText(QString::fromUtf8(center.timeZoneId));
    m_phone->setText(center.phone);
}

Center CenterDetailsEditor::applyTo(Center center) const
{
    center.name = m_name->text().trimmed();
    center.timeZoneId = m_timeZone->currentText().trimmed().toUtf8();
    center.phone = m_phone->text().trimmed();
    return center;
}

void CenterDetailsEditor::addFields(FieldProblems &problems) const
{
    problems.add(QStringLiteral("name"), m_name);
    problems.add(QStringLiteral("tz"), m_timeZone);
    problems.add(QStringLiteral("phone"), m_phone);
}

} // namespace chairside
