// SPDX-License-Identifier: GPL-3.0-or-later
// A manual look at the Settings dialog, for screenshots; not a test. Settings stay in a temporary
// folder; "reboot" is shown as a confirmation the user switched off.
//   settingsdialog_preview [--tab 0|1|2] [--manual-proxy]
//   /work/shared/tools/screenshot /tmp/settings.png 4 -- <build>/tests/settings/settingsdialog_preview --tab 2
#include "appsettings.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Heficed;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"HeficedPreview"_s);
    QCoreApplication::setApplicationName(u"settingsdialog_preview"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());

    QCommandLineParser parser;
    const QCommandLineOption tab(u"tab"_s, u"The page to show."_s, u"N"_s, u"0"_s);
    const QCommandLineOption manualProxy(u"manual-proxy"_s, u"Show a manual proxy."_s);
    parser.addOptions({tab, manualProxy});
    parser.process(app);

    AppSettings settings;
    settings.skippedConfirmations = {u"reboot"_s};
    if (parser.isSet(manualProxy)) {
        settings.proxyMode = AppSettings::ProxyMode::Manual;
        settings.proxyHost = u"proxy.example.com"_s;
        settings.proxyPort = 3128;
        settings.extraCaCertificateFile = u"/etc/ssl/certs/missing-gateway-ca.pem"_s;
    }
    auto *dialog = new SettingsDialog(settings);
    dialog->findChild<QTabWidget *>(u"tabs"_s)->setCurrentIndex(parser.value(tab).toInt());
    dialog->move(40, 40);
    dialog->show();
    QObject::connect(dialog, &QDialog::finished, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
