#pragma once

#include "model/center.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace chairside {

class FieldProblems;

/// A center's name, IANA time zone (a searchable list, this computer's zone first chosen) and phone.
class CenterDetailsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CenterDetailsEditor)

public:
    explicit CenterDetailsEditor(QWidget *parent = nullptr);

    /// Fills the fields from the center; its hours and policy are not this editor's.
    void setCenter(const Center &center);
    /// `center` with the name, time zone and phone as typed.
    Center applyTo(Center center) const;
    void addFields(FieldProblems &problems) const;

    QLineEdit *nameField() const { return m_name; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QLineEdit *phoneField() const { return m_phone; }

private:
    QLineEdit *m_name;
    QComboBox *m_timeZone;
    QLineEdit *m_phone;
};

} // namespace chairside
