// SPDX-License-Identifier: GPL-3.0-or-later
// A manual look, not a test: the panel wired as app/main.cpp wires it, with the first-run dialog
// filled in by key events, for screenshots under Xvfb (run it inside scripts/test-session.sh so
// that settings and keychain are private ones).
//   firstrun_driver invalid [PANEL OPTIONS]  types an incomplete organisation ID and stays open
//   firstrun_driver save [PANEL OPTIONS]     types the sandbox's demo credentials, saves, waits
//                                            for the server list and exits (0 when it loaded)
#include "commandline.h"
#include "credentialsdialog.h"
#include "mainwindow.h"
#include "sandboxoptions.h"
#include "sessioncontroller.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Heficed;

namespace {

constexpr int GiveUpMs = 30'000;

void typeInto(QWidget *dialog, const char *field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(field));
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void fill(CredentialsDialog *dialog, bool valid)
{
    const Sandbox::Options demo; // the credentials the sandbox prints on start
    typeInto(dialog, "nameEdit", QStringLiteral("Production"));
    typeInto(dialog, "organisationIdEdit", valid ? demo.tenantId : demo.tenantId.left(23));
    typeInto(dialog, "clientIdEdit", demo.clientId);
    typeInto(dialog, "secretEdit", demo.clientSecret);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Heficed"));
    QCoreApplication::setApplicationName(QStringLiteral("Heficed Panel"));
    QApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    const QString mode = arguments.size() > 1 ? arguments.takeAt(1) : QString();
    const CommandLineOptions options = parseCommandLine(arguments);
    if ((mode != u"invalid" && mode != u"save") || options.outcome != CommandLineOptions::Outcome::Run) {
        std::fputs("usage: firstrun_driver invalid|save [PANEL OPTIONS]\n", stderr);
        return 2;
    }

    MainWindow window;
    SessionController session(&window, SessionOptions::fromCommandLine(options));
    window.show();
    session.start();
    CredentialsDialog *dialog = session.credentialsDialog();
    if (!dialog) {
        std::fputs("firstrun_driver: no first-run dialog opened (is an organisation configured already?)\n", stderr);
        return 1;
    }

    const bool save = mode == u"save";
    QTimer::singleShot(500, dialog, [dialog, save] {
        fill(dialog, save);
        if (save)
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    if (save) {
        QObject::connect(&window, &MainWindow::loadFinished, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        QTimer::singleShot(GiveUpMs, &app, [] { QCoreApplication::exit(1); });
    }
    return QApplication::exec();
}
