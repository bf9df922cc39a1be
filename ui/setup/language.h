#pragma once

#include <QLocale>
#include <QString>

namespace chairside {

/// The desktop's language on this workstation: the system's (the default), English or Spanish. The
/// choice is kept per workstation (QSettings) and applied when the program starts: Chairside's own
/// strings, Qt's (qtbase_<language>.qm) and the locale that writes dates and times.
namespace Language {

enum class Choice
{
    System,
    English,
    Spanish,
};

/// The choice kept on this workstation; System when none is.
Choice stored();
void store(Choice choice);

/// "system", "en", "es": the word kept in the settings.
QString key(Choice choice);
/// A kept word read back; System for anything else.
Choice fromKey(const QString &key);

/// The locale a choice speaks: the system's when it is in a language Chairside has (or is the C locale),
/// else US English for English and US Spanish for Spanish.
QLocale localeFor(Choice choice, const QLocale &system = QLocale::system());

/// Installs on the application the translators of `locale`'s language (removing those of an earlier
/// call) and makes it the default locale. English (and C) installs none: the sources are English. Returns
/// false when a translation the language needs could not be loaded (Qt's own is optional: it comes with the
/// system's Qt translations).
bool apply(const QLocale &locale);

} // namespace Language

} // namespace chairside
