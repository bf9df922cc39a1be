#include "widgets/fieldproblems.h"

#include "common/error.h"
#include "style/theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace chairside {

FieldProblems::FieldProblems(QLabel *message)
    : m_message(message)
{
    m_message->setObjectName(QStringLiteral("problemText"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
}

void FieldProblems::add(const QString &field, QWidget *widget)
{
    m_fields.insert(field, widget);
}

void FieldProblems::show(const Error &error)
{
    show(error.field(), error.message());
}

void FieldProblems::show(const QString &field, const QString &message)
{
    clear();
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, Theme::problemColor());
    m_message->setPalette(palette);
    m_message->setText(message);
    m_message->setVisible(true);
    QWidget *widget = m_fields.value(field);
    if (!widget)
        return;
    m_marked = widget;
    m_markedField = field;
    widget->setProperty("problem", true);
    widget->setStyleSheet(
        QStringLiteral("border: 2px solid %1; border-radius: 3px;").arg(Theme::problemColor().name()));
    widget->setAccessibleDescription(message);
    widget->setToolTip(message);
    widget->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
}

void FieldProblems::clear()
{
    m_message->clear();
    m_message->setVisible(false);
    if (m_marked) {
        m_marked->setProperty("problem", false);
        m_marked->setStyleSheet(QString());
        m_marked->setAccessibleDescription(QString());
        m_marked->setToolTip(QString());
    }
    m_marked = nullptr;
    m_markedField.clear();
}

QString FieldProblems::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QDate FieldProblems::date(
    const QLineEdit *edit, const QString &field, QDate today, TypedDate::Century century, bool required)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        if (!required)
            return {};
        throw Error::badData(field, QObject::tr("Give the date, e.g. 2026-12-01 or 12/1/2026."));
    }
    const auto date = TypedDate::parse(text, today, century);
    if (!date) {
        throw Error::badData(field,
            QObject::tr("“%1” is not a date; type it as 2026-12-01, 12/1/2026 or 1 Dec 2026.").arg(text));
    }
    return *date;
}

} // namespace chairside
