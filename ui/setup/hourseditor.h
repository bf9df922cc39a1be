#pragma once

#include "model/openinghours.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QLineEdit;

namespace chairside {

class FieldProblems;

/// A center's week: for each weekday whether it opens, and its spans ("07:00-19:00", or a split day
/// "07:00-12:00, 13:00-21:00"). Evenings and weekends are days like any other.
class HoursEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoursEditor)

public:
    explicit HoursEditor(QWidget *parent = nullptr);

    void setHours(const OpeningHours &hours);
    /// The week as typed. Throws Error::BadData naming the day that cannot be read (field "hours_mon",
    /// ...), or on "hours" when no day is open.
    OpeningHours hours() const;
    /// Tells `problems` where "hours" and each day's field are.
    void addFields(FieldProblems &problems) const;

    /// The spans field of a weekday (Qt::Monday == 1); its object name is "hours_mon", ...
    QLineEdit *spansField(int weekday) const { return m_spans.at(std::size_t(weekday - 1)); }
    QCheckBox *openBox(int weekday) const { return m_open.at(std::size_t(weekday - 1)); }

private:
    std::array<QCheckBox *, 7> m_open {};
    std::array<QLineEdit *, 7> m_spans {};
};

} // namespace chairside
