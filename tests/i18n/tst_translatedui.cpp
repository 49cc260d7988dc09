// SPDX-License-Identifier: GPL-3.0-or-later
// The panel in German and in Lithuanian, loaded as app/main.cpp loads it (installTranslations with
// the --language value): the main window on an in-process sandbox and its dialogs (credentials,
// settings, organisations, a server confirmation, route IP addresses, IP Switch subnets) must show
// no English text that has a translation. Also checks the plural forms each language picks and
// that Qt's own buttons are translated.
#include "actioncenter.h"
#include "api/instanceservice.h"
#include "confirmationdialog.h"
#include "credentials/credentialstore.h"
#include "credentials/organisationstore.h"
#include "credentialsdialog.h"
#include "mainwindow.h"
#include "models/servertablemodel.h"
#include "organisationsdialog.h"
#include "routeipsdialog.h"
#include "routing/additionalipmodel.h"
#include "routing/subnettreemodel.h"
#include "routingactions.h"
#include "sandboxserver.h"
#include "serveractions.h"
#include "subnetsdialog.h"
#include "translationloader.h"
#include "tsfile.h"
#include "uitextcheck.h"
#ifdef HEFICED_HAS_SETTINGS_DIALOG
#include "settingsdialog.h"
#endif

#include <QApplication>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Heficed;
using I18nTest::UiTextCheck;

namespace {

constexpr int WaitMs = 20'000;
const QString TranslationsDir = QStringLiteral(HEFICED_TRANSLATIONS_DIR);

void removeTranslators()
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QString report(const QString &where, const QStringList &found, const QString &what = u"English texts"_s)
{
    for (const QString &line : found)
        qWarning("  %s", qPrintable(line));
    return u"%1: %2 %3 (listed above)"_s.arg(where).arg(found.size()).arg(what);
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&' && text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        if (text.at(i) == u'&')
            ++i; // "&&" is a literal ampersand
    }
    return {};
}

// Two entries of one menu (or of the menu bar) with the same Alt letter.
QStringList clashingMnemonics(const QString &where, const QList<QAction *> &actions)
{
    QStringList clashes;
    QHash<QChar, QString> taken;
    for (QAction *action : actions) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        const QChar letter = mnemonicOf(action->text());
        if (!letter.isNull() && taken.contains(letter))
            clashes << u"%1: \"%2\" and \"%3\""_s.arg(where, taken.value(letter), action->text());
        taken.insert(letter, action->text());
        if (action->menu())
            clashes += clashingMnemonics(action->text(), action->menu()->actions());
    }
    return clashes;
}

template<typename T>
T *visibleChild(QWidget *parent)
{
    const QList<T *> children = parent->findChildren<T *>();
    for (T *child : children) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

} // namespace

class TestTranslatedUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    QTemporaryDir m_settingsDir;

    ConnectionSettings connection() const
    {
        ConnectionSettings settings;
        settings.apiBaseUrl = m_sandbox->baseUrl();
        settings.tokenUrl = m_sandbox->tokenUrl();
        return settings;
    }

    Credentials credentials() const
    {
        const Sandbox::Options &options = m_sandbox->options();
        return {options.tenantId, options.clientId, options.clientSecret, {u"kronoscloud"_s, u"ipswitch"_s}};
    }

    // The window with the sandbox organisation loaded and `rows` servers selected.
    std::unique_ptr<MainWindow> loadedWindow(int rows)
    {
        auto window = std::make_unique<MainWindow>();
        QSignalSpy loaded(window.get(), &MainWindow::loadFinished);
        window->setSession(connection(), credentials(), u"Sandbox"_s);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !loaded.wait(WaitMs) || !loaded.at(0).at(0).toBool())
            return nullptr;

        QTableView *view = window->serverView();
        for (int row = 0; row < rows; ++row) {
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        return window;
    }

    static UiTextCheck checkFor(const QString &language)
    {
        const I18nTest::TsFile file = I18nTest::readTsFile(TranslationsDir + u"/heficed_"_s + language + u".ts"_s);
        UiTextCheck check(file);
        // The details pane shows the API's billing status word as it comes ("active", "suspended").
        check.ignoreWidgets({u"billingStatusValue"_s});
        return check;
    }

    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("lt") << u"lt"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"HeficedTest"_s);
        QCoreApplication::setApplicationName(u"tst_translatedui"_s);

        Sandbox::Options options;
        options.instances = 12;
        options.fixtureFile = QStringLiteral(HEFICED_FIXTURES_DIR "/instances-seed.json");
        m_sandbox = std::make_unique<Sandbox::SandboxServer>(options);
        QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
    }

    void cleanup() { removeTranslators(); }

    // Each language's plural rules pick the right form of one %n string.
    void pluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << u"en"_s << 1 << u"1 server selected."_s;
        QTest::newRow("en 2") << u"en"_s << 2 << u"2 servers selected."_s;
        QTest::newRow("de 1") << u"de"_s << 1 << u"1 Server ausgewählt."_s;
        QTest::newRow("de 7") << u"de"_s << 7 << u"7 Server ausgewählt."_s;
        QTest::newRow("lt 1") << u"lt"_s << 1 << u"Pasirinktas 1 serveris."_s;
        QTest::newRow("lt 2") << u"lt"_s << 2 << u"Pasirinkti 2 serveriai."_s;
        QTest::newRow("lt 10") << u"lt"_s << 10 << u"Pasirinkta 10 serverių."_s;
        QTest::newRow("lt 11") << u"lt"_s << 11 << u"Pasirinkta 11 serverių."_s;
        QTest::newRow("lt 21") << u"lt"_s << 21 << u"Pasirinktas 21 serveris."_s;
        QTest::newRow("lt 22") << u"lt"_s << 22 << u"Pasirinkti 22 serveriai."_s;
    }
    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QVERIFY(installTranslations(*qApp, language));
        QCOMPARE(QCoreApplication::translate("Heficed::ServerDetailsPane", "%n servers selected.", nullptr, count),
                 expected);
        QCOMPARE(QCoreApplication::translate("Heficed::CredentialsDialog",
                                             "Connected: %n server(s) in this organisation.", nullptr, count)
                     .contains(u"(s)"),
                 false);
    }

    // Qt's standard buttons: qtbase_de for German, the panel's own catalogue for Lithuanian.
    void qtButtonsTranslated_data() { addLanguages(); }
    void qtButtonsTranslated()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*qApp, language));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close |
                             QDialogButtonBox::Save);
        QCOMPARE_NE(box.button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
        QCOMPARE_NE(box.button(QDialogButtonBox::Close)->text(), u"Close"_s);
        QCOMPARE_NE(box.button(QDialogButtonBox::Save)->text(), u"Save"_s);
        if (language == u"lt")
            QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), u"Gerai"_s);
    }

    void mainWindow_data() { addLanguages(); }
    void mainWindow()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*qApp, language));
        const UiTextCheck check = checkFor(language);
        QVERIFY(check.sourceCount() > 400);

        std::unique_ptr<MainWindow> window = loadedWindow(1);
        QVERIFY(window);
        QVERIFY(window->windowTitle().contains(u"Sandbox"));
        const QStringList found = check.untranslatedIn(window.get());
        QVERIFY2(found.isEmpty(), qPrintable(report(u"main window"_s, found)));

        const QStringList clashes = clashingMnemonics(u"menu bar"_s, window->menuBar()->actions());
        QVERIFY2(clashes.isEmpty(), qPrintable(report(u"menus"_s, clashes, u"clashing Alt letters"_s)));
    }

    void credentialsAndOrganisationsDialogs_data() { addLanguages(); }
    void credentialsAndOrganisationsDialogs()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*qApp, language));
        const UiTextCheck check = checkFor(language);
        QSettings settings(m_settingsDir.filePath(u"organisations.conf"_s), QSettings::IniFormat);
        OrganisationStore organisations(&settings);
        CredentialStore keychain(nullptr, u"com.heficed.Panel.tests"_s);

        CredentialsDialog credentialsDialog(&organisations, &keychain, connection());
        credentialsDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&credentialsDialog));
        QStringList found = check.untranslatedIn(&credentialsDialog);
        QVERIFY2(found.isEmpty(), qPrintable(report(u"credentials dialog"_s, found)));

        OrganisationsDialog organisationsDialog(&organisations, &keychain, connection());
        organisationsDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&organisationsDialog));
        found = check.untranslatedIn(&organisationsDialog);
        QVERIFY2(found.isEmpty(), qPrintable(report(u"organisations dialog"_s, found)));
    }

    void settingsDialog_data() { addLanguages(); }
    void settingsDialog()
    {
#ifdef HEFICED_HAS_SETTINGS_DIALOG
        QFETCH(QString, language);
        QVERIFY(installTranslations(*qApp, language));
        const UiTextCheck check = checkFor(language);

        SettingsDialog dialog(AppSettings{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList found = check.untranslatedOnEveryPage(&dialog);
        QVERIFY2(found.isEmpty(), qPrintable(report(u"settings dialog"_s, found)));
#else
        QFAIL("heficed_ui has no settings dialog to check yet");
#endif
    }

    // The confirmations the server actions ask: a reboot of three servers, a cancellation of one.
    void confirmationDialogs_data()
    {
        addLanguages();
    }
    void confirmationDialogs()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*qApp, language));
        const UiTextCheck check = checkFor(language);
        std::unique_ptr<MainWindow> window = loadedWindow(3);
        QVERIFY(window);
        ServerActions *actions = window->actionCenter()->actions();

        actions->action(InstanceService::Action::Reboot)->trigger();
        auto *reboot = visibleChild<ConfirmationDialog>(window.get());
        QVERIFY(reboot);
        QStringList found = check.untranslatedIn(reboot);
        QVERIFY2(found.isEmpty(), qPrintable(report(u"reboot confirmation"_s, found)));
        reboot->reject();

        window->serverView()->selectRow(0);
        actions->cancelAction()->trigger();
        auto *cancel = visibleChild<ConfirmationDialog>(window.get());
        QVERIFY(cancel && cancel != reboot);
        QVERIFY(cancel->immediateButton()->isVisible());
        found = check.untranslatedIn(cancel);
        QVERIFY2(found.isEmpty(), qPrintable(report(u"cancel confirmation"_s, found)));
        cancel->reject();
    }

    void routingDialogs_data()
    {
        addLanguages();
    }
    void routingDialogs()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(*qApp, language));
        const UiTextCheck check = checkFor(language);
        std::unique_ptr<MainWindow> window = loadedWindow(1);
        QVERIFY(window);

        window->routingActions()->routeIpsAction()->trigger();
        auto *routeIps = visibleChild<RouteIpsDialog>(window.get());
        QVERIFY(routeIps);
        QTRY_VERIFY_WITH_TIMEOUT(!routeIps->isBusy() && routeIps->model()->rowCount() > 0, WaitMs);
        QStringList found = check.untranslatedIn(routeIps);
        QVERIFY2(found.isEmpty(), qPrintable(report(u"route IP addresses dialog"_s, found)));
        routeIps->reject();

        QVERIFY(window->routingActions()->subnetsAction()->isEnabled());
        window->routingActions()->subnetsAction()->trigger();
        auto *subnets = visibleChild<SubnetsDialog>(window.get());
        QVERIFY(subnets);
        QTRY_VERIFY_WITH_TIMEOUT(!subnets->isBusy() && subnets->model()->rowCount() > 0, WaitMs);
        found = check.untranslatedIn(subnets);
        QVERIFY2(found.isEmpty(), qPrintable(report(u"subnets dialog"_s, found)));
        subnets->close();
    }
};

QTEST_MAIN(TestTranslatedUi)
#include "tst_translatedui.moc"
