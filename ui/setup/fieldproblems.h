#pragma once

#include <QHash>
#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;

namespace chairside {

class Error;

/// Marks the field an error names and says what is wrong under the form: the settings and the set-up
/// wizard map each core field name ("phone", "grace-minutes", ...) to the widget where it is typed.
class FieldProblems final
{
public:
    /// `label` shows the message (hidden while there is none).
    explicit FieldProblems(QLabel *label);

    void add(const QString &field, QWidget *widget);
    /// Marks the error's field (or none, when it names no known one), focuses it, and shows the message.
    void show(const Error &error);
    void show(const QString &field, const QString &message);
    /// Unmarks every field and hides the message.
    void clear();

    QString message() const;
    /// The field marked now, empty when none.
    QString markedField() const { return m_marked; }

private:
    QLabel *m_label;
    QHash<QString, QPointer<QWidget>> m_fields;
    QString m_marked;
};

} // namespace chairside
