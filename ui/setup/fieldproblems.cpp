#include "setup/fieldproblems.h"

#include "common/error.h"
#include "style/theme.h"

#include <QLabel>

namespace chairside {

FieldProblems::FieldProblems(QLabel *label)
    : m_label(label)
{
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_label->palette();
    p.setColor(QPalette::WindowText, Theme::problemColor());
    m_label->setPalette(p);
    m_label->hide();
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
    m_label->setText(message);
    m_label->show();
    const QPointer<QWidget> widget = m_fields.value(field);
    if (!widget)
        return;
    m_marked = field;
    // A red frame the eye finds, and the state for screen readers and tests.
    widget->setProperty("problem", true);
    widget->setStyleSheet(
        QStringLiteral("border: 2px solid %1; border-radius: 3px;").arg(Theme::problemColor().name()));
    widget->setAccessibleDescription(message);
    widget->setFocus();
}

void FieldProblems::clear()
{
    for (const QPointer<QWidget> &widget : std::as_const(m_fields)) {
        if (widget && widget->property("problem").toBool()) {
            widget->setProperty("problem", false);
            widget->setStyleSheet({});
            widget->setAccessibleDescription({});
        }
    }
    m_marked.clear();
    m_label->clear();
    m_label->hide();
}

QString FieldProblems::message() const
{
    return m_label->isHidden() ? QString() : m_label->text();
}

} // namespace chairside
