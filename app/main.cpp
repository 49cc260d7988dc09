// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "commandline.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "translationloader.h"

#include <QApplication>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Heficed"));
    QCoreApplication::setApplicationName(QStringLiteral("Heficed Panel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEFICED_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationIdentity();
    // --help and --version must work without a display, so they are answered before QApplication.
    if (Heficed::asksForHelpOrVersion(argc, argv)) {
        const QCoreApplication core(argc, argv);
        const Heficed::CommandLineOptions options = Heficed::parseCommandLine(QCoreApplication::arguments());
        if (options.outcome != Heficed::CommandLineOptions::Outcome::Run)
            return Heficed::reportCommandLineOutcome(options);
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("com.heficed.Panel"));
    const Heficed::CommandLineOptions options = Heficed::parseCommandLine(QCoreApplication::arguments());
    if (options.outcome != Heficed::CommandLineOptions::Outcome::Run)
        return Heficed::reportCommandLineOutcome(options);
    // The Settings dialog's proxy and log level hold from the start; --language wins over its language.
    const Heficed::AppSettings settings = Heficed::AppSettings::load();
    settings.applyProcessWide();
    Heficed::installTranslations(app, options.language.isEmpty() ? settings.language : options.language);

    Heficed::MainWindow window;
    Heficed::SessionController session(&window, Heficed::SessionOptions::fromCommandLine(options));
    window.show();
    session.start();
    return QApplication::exec();
}
