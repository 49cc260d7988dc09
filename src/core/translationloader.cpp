// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Heficed {

namespace {

const QString ourTranslationsFolder = QStringLiteral(":/i18n");
const QString ourFilePrefix = QStringLiteral("heficed_");
const QString qtFilePrefix = QStringLiteral("qtbase_");
const QString qtLegacyFilePrefix = QStringLiteral("qt_");
const QString englishPlurals = QStringLiteral("en");

// Translation files use underscores ("de_DE"); UI language lists use dashes ("de-DE").
QString fileLanguageName(const QString &language)
{
    QString name = language.trimmed();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

bool isSourceLanguage(const QString &language)
{
    return QLocale(language).language() == QLocale::English;
}

// Loads "<prefix><language>.qm" from folder. QTranslator::load strips "_DE" and similar endings
// itself, so "de_DE" also finds "heficed_de.qm".
QTranslator *loadTranslator(QCoreApplication &app, const QString &prefix, const QString &language,
                            const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(prefix + fileLanguageName(language), folder))
        return translator;

    delete translator;
    return nullptr;
}

// Finds the panel's translation for the first wanted language that has one. Stops at English,
// because a person who lists English before German wants the (English) source strings.
QTranslator *loadOurs(QCoreApplication &app, const QStringList &wantedLanguages, QString *chosenLanguage)
{
    for (const QString &language : wantedLanguages) {
        if (isSourceLanguage(language)) {
            *chosenLanguage = language;
            return nullptr;
        }

        if (QTranslator *translator = loadTranslator(app, ourFilePrefix, language, ourTranslationsFolder)) {
            *chosenLanguage = language;
            return translator;
        }
    }
    return nullptr;
}

// Qt's own dialogs and context menus; a missing file only leaves them in English. Some languages
// (Lithuanian) have only Qt's older all-in-one catalogue, qt_xx, and no qtbase_xx.
void installQtTranslations(QCoreApplication &app, const QString &language)
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);

    QTranslator *translator = loadTranslator(app, qtFilePrefix, language, folder);
    if (!translator)
        translator = loadTranslator(app, qtLegacyFilePrefix, language, folder);
    if (!translator) {
        qCDebug(lcSettings) << "No Qt translation for" << language << "in" << folder;
        return;
    }
    QCoreApplication::installTranslator(translator);
}

} // namespace

bool installTranslations(QCoreApplication &app, const QString &languageOverride)
{
    const bool overridden = !languageOverride.trimmed().isEmpty();
    const QStringList wanted = overridden ? QStringList{languageOverride.trimmed()} : QLocale().uiLanguages();

    QString chosen;
    QTranslator *ours = loadOurs(app, wanted, &chosen);
    if (!ours) {
        // English needs only the plural forms of the %n strings ("1 server", "2 servers").
        if (QTranslator *plurals = loadTranslator(app, ourFilePrefix, englishPlurals, ourTranslationsFolder))
            QCoreApplication::installTranslator(plurals);
        if (overridden && chosen.isEmpty()) {
            qCWarning(lcSettings) << "No translation for the language" << languageOverride << "- using English";
            return false;
        }
        qCInfo(lcSettings) << "User interface language: English; wanted" << wanted;
        return true;
    }

    QCoreApplication::installTranslator(ours);
    installQtTranslations(app, chosen);
    qCInfo(lcSettings) << "User interface language:" << chosen
                       << (overridden ? "(from the command line)" : "(from the system)");
    return true;
}

} // namespace Heficed
