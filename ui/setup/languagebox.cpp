#include "setup/languagebox.h"

#include "setup/language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace chairside {

LanguageBox::LanguageBox(QWidget *parent)
    : QGroupBox(tr("Language on this workstation"), parent)
    , m_choices(new QComboBox(this))
    , m_note(new QLabel(this))
{
    m_choices->setObjectName(QStringLiteral("languageChoice"));
    //: The language of the computer's own settings.
    m_choices->addItem(tr("System language"), Language::key(Language::Choice::System));
    // Each language is named in itself, so that whoever needs it can read it.
    m_choices->addItem(QStringLiteral("English"), Language::key(Language::Choice::English));
    m_choices->addItem(QStringLiteral("Español"), Language::key(Language::Choice::Spanish));
    m_choices->setCurrentIndex(m_choices->findData(Language::key(Language::stored())));
    m_choices->setAccessibleName(tr("Language"));
    m_choices->setAccessibleDescription(tr("The language of this workstation, from its next start"));
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Chairside speaks the language chosen here from its next start on this "
                       "workstation; other workstations keep their own."));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language"), m_choices);
    form->addRow(m_note);
    connect(m_choices, &QComboBox::currentIndexChanged, this, &LanguageBox::choose);
}

LanguageBox::~LanguageBox() = default;

QString LanguageBox::note() const
{
    return m_note->text();
}

void LanguageBox::choose(int index)
{
    Language::store(Language::fromKey(m_choices->itemData(index).toString()));
    m_note->setText(tr("Saved. Chairside speaks this language from its next start on this workstation."));
}

} // namespace chairside
