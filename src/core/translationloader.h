// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace Heficed {

// Installs the translators for one language on the application: Qt's own strings (qtbase_xx from
// Qt's translations folder) and the panel's (:/i18n/heficed_xx.qm, embedded by translations/).
//
// The language is languageOverride when it is not empty (a code such as "de" or "lt_LT"), else the
// first of the system's preferred UI languages that the panel knows. The source strings are English
// and the fallback for everything else; English gets only :/i18n/heficed_en.qm, the plural forms of
// the %n strings. Qt's strings come from qtbase_xx, or from Qt's older qt_xx where that is all there is.
//
// Returns false only when languageOverride names a language the panel has no translation for; the
// panel then stays in English. Call it once, after the application object exists and before any
// window is built.
bool installTranslations(QCoreApplication &app, const QString &languageOverride);

} // namespace Heficed
