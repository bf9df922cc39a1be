#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace chairside {

/// The language of this workstation, as a group to put in a dialog: System, English or Español. A
/// choice is kept at once (QSettings) and applied at the program's next start, which the box says.
class LanguageBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageBox)

public:
    explicit LanguageBox(QWidget *parent = nullptr);
    ~LanguageBox() override;

    QComboBox *choices() const { return m_choices; }
    /// What the box says under the choice: when it takes effect.
    QString note() const;

private:
    void choose(int index);

    QComboBox *m_choices;
    QLabel *m_note;
};

} // namespace chairside
