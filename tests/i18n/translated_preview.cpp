// SPDX-License-Identifier: GPL-3.0-or-later
// A manual look at the translated panel on an in-process sandbox, for screenshots; not a test.
//   translated_preview --language de|lt [--dialog NAME] [--servers N]
// The translations are installed as app/main.cpp installs them. --dialog opens one dialog over the
// loaded window: credentials, organisations, settings, reboot, cancel, route-ips or subnets.
#include "actioncenter.h"
#include "api/instanceservice.h"
#include "credentials/credentialstore.h"
#include "credentials/organisationstore.h"
#include "credentialsdialog.h"
#include "mainwindow.h"
#include "organisationsdialog.h"
#include "routingactions.h"
#include "sandboxserver.h"
#include "serveractions.h"
#include "translationloader.h"
#ifdef HEFICED_HAS_SETTINGS_DIALOG
#include "settingsdialog.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QItemSelectionModel>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace Heficed;

namespace {

struct Preview
{
    MainWindow *window = nullptr;
    ConnectionSettings connection;
    OrganisationStore *organisations = nullptr;
    CredentialStore *keychain = nullptr;
};

void selectRows(MainWindow *window, int rows)
{
    QTableView *view = window->serverView();
    for (int row = 0; row < rows; ++row)
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void openDialog(const Preview &preview, const QString &name)
{
    ServerActions *actions = preview.window->actionCenter()->actions();
    if (name == u"credentials") {
        auto *dialog =
            new CredentialsDialog(preview.organisations, preview.keychain, preview.connection, preview.window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } else if (name == u"organisations") {
        auto *dialog =
            new OrganisationsDialog(preview.organisations, preview.keychain, preview.connection, preview.window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
#ifdef HEFICED_HAS_SETTINGS_DIALOG
    } else if (name == u"settings") {
        (new SettingsDialog(AppSettings{}, preview.window))->open();
#endif
    } else if (name == u"reboot") {
        selectRows(preview.window, 3);
        actions->action(InstanceService::Action::Reboot)->trigger();
    } else if (name == u"cancel") {
        selectRows(preview.window, 1);
        actions->cancelAction()->trigger();
    } else if (name == u"route-ips") {
        selectRows(preview.window, 1);
        preview.window->routingActions()->openRouteIps();
    } else if (name == u"subnets") {
        selectRows(preview.window, 1);
        preview.window->routingActions()->openSubnets();
    } else if (!name.isEmpty()) {
        qWarning("Unknown dialog %s", qPrintable(name));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"HeficedPreview"_s);
    QCoreApplication::setApplicationName(u"translated_preview"_s);

    QCommandLineParser parser;
    const QCommandLineOption language(u"language"_s, u"User interface language."_s, u"CODE"_s, u"de"_s);
    const QCommandLineOption dialog(u"dialog"_s, u"Open this dialog over the window."_s, u"NAME"_s);
    const QCommandLineOption servers(u"servers"_s, u"Generated servers."_s, u"N"_s, u"60"_s);
    parser.addOptions({language, dialog, servers});
    parser.process(app);
    if (!installTranslations(app, parser.value(language)))
        qFatal("No translation for %s", qPrintable(parser.value(language)));

    Sandbox::Options options;
    options.instances = parser.value(servers).toInt();
    Sandbox::SandboxServer sandbox(options);
    if (!sandbox.listen())
        qFatal("The sandbox did not start: %s", qPrintable(sandbox.errorString()));

    QSettings organisationSettings(QSettings::IniFormat, QSettings::UserScope, u"HeficedPreview"_s, u"organisations"_s);
    OrganisationStore organisations(&organisationSettings);
    CredentialStore keychain(nullptr, u"com.heficed.Panel.preview"_s);
    MainWindow window;
    Preview preview{&window, {}, &organisations, &keychain};
    preview.connection.apiBaseUrl = sandbox.baseUrl();
    preview.connection.tokenUrl = sandbox.tokenUrl();
    const Credentials credentials{
        options.tenantId, options.clientId, options.clientSecret, {u"kronoscloud"_s, u"ipswitch"_s}};

    const QString dialogName = parser.value(dialog);
    QObject::connect(&window, &MainWindow::loadFinished, &window, [preview, dialogName](bool ok) {
        static bool opened = false;
        if (ok && !opened) {
            opened = true;
            selectRows(preview.window, 1);
            openDialog(preview, dialogName);
        }
    });
    window.setSession(preview.connection, credentials, u"Sandbox organisation"_s);
    window.show();
    return QApplication::exec();
}
