#include "setup/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace chairside::Language {

namespace {

const QString settingsKey = QStringLiteral("view/language");

/// The translators installed by apply(), owned by the application.
QTranslator *chairsideTranslator = nullptr;
QTranslator *qtTranslator = nullptr;

void removeTranslators()
{
    for (QTranslator **translator : {&chairsideTranslator, &qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

} // namespace

Choice stored()
{
    return fromKey(QSettings().value(settingsKey).toString());
}

void store(Choice choice)
{
    QSettings().setValue(settingsKey, key(choice));
}

QString key(Choice choice)
{
    switch (choice) {
    case Choice::System:
        return QStringLiteral("system");
    case Choice::English:
        return QStringLiteral("en");
    case Choice::Spanish:
        return QStringLiteral("es");
    }
    return QStringLiteral("system");
}

Choice fromKey(const QString &word)
{
    if (word == QLatin1String("en"))
        return Choice::English;
    if (word == QLatin1String("es"))
        return Choice::Spanish;
    return Choice::System;
}

QLocale localeFor(Choice choice, const QLocale &system)
{
    switch (choice) {
    case Choice::System:
        // The system's own locale when Chairside speaks its language (or it is the plain C locale).
        if (system.language() == QLocale::Spanish || system.language() == QLocale::English
            || system.language() == QLocale::C)
            return system;
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Choice::English:
        return system.language() == QLocale::English ? system
                                                     : QLocale(QLocale::English, QLocale::UnitedStates);
    case Choice::Spanish:
        // A Spanish system keeps its country's forms; otherwise the US's, for a US front desk.
        return system.language() == QLocale::Spanish ? system
                                                     : QLocale(QLocale::Spanish, QLocale::UnitedStates);
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool apply(const QLocale &locale)
{
    removeTranslators();
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;

    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("chairside"), QStringLiteral("_"),
            QStringLiteral(":/chairside/translations"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    chairsideTranslator = own;

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
    return true;
}

} // namespace chairside::Language
