#pragma once

#include "text/typeddate.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace chairside {

class Error;

/// The problems of a form, shown where they are: the field an Error names is marked (a red frame, its
/// accessible description and tooltip the message, the "problem" property true) and takes the focus, and
/// the message stands in a label under the form. The form's fields are registered by the names core's
/// errors use ("dob", "phone", "visits", "grace-minutes", ...). The patient forms, the settings and the
/// set-up wizard all show their problems this way.
class FieldProblems final
{
public:
    explicit FieldProblems(QLabel *message);

    void add(const QString &field, QWidget *widget);
    /// Marks the field the error names, if it is one of the form's, and shows the message.
    void show(const Error &error);
    void show(const QString &field, const QString &message);
    /// Takes every mark and the message away.
    void clear();
    /// The message shown now; empty when none.
    QString message() const;
    /// The field marked now; empty when none.
    QString markedField() const { return m_markedField; }

    /// The date typed in `edit`, read as the desk reads dates (TypedDate); Error::BadData on `field`
    /// when it is not one, or when it is empty and `required`. Null when empty and not required.
    static QDate date(const QLineEdit *edit, const QString &field, QDate today,
        TypedDate::Century century = TypedDate::Century::Nearest, bool required = true);

private:
    QLabel *m_message;
    QHash<QString, QPointer<QWidget>> m_fields;
    QPointer<QWidget> m_marked;
    QString m_markedField;
};

} // namespace chairside
