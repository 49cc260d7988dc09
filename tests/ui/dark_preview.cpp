// SPDX-License-Identifier: GPL-3.0-or-later
// A manual look at the main window under a dark palette, for screenshots; not a test. The Fusion
// style with a dark palette stands in for a desktop's dark theme. On an in-process sandbox it
// shows every colour the panel sets itself: status icons, a done and a failed row in the activity
// view, the notice above the list and the error banner of a failed refresh.
//   dark_preview [--light] [--servers N]
//   /work/shared/tools/screenshot /tmp/dark.png 9 -- <build>/tests/ui/dark_preview
#include "actioncenter.h"
#include "actions/actionrunner.h"
#include "confirmationdialog.h"
#include "mainwindow.h"
#include "models/servertablemodel.h"
#include "sandboxserver.h"
#include "serveractions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace Heficed;
using namespace Qt::StringLiterals;
using Action = InstanceService::Action;

namespace {

// The dark palette a desktop's dark theme typically gives Qt applications.
QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x23);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

// Rows of the table as sorted, so that what is acted on is on screen.
QList<qint64> runningOnScreen(const MainWindow &window, int count)
{
    QList<qint64> ids;
    const QAbstractItemModel *model = window.serverView()->model();
    for (int row = 0; row < model->rowCount() && ids.size() < count; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ServerTableModel::StatusRole).toString() == u"running"_s)
            ids.append(index.data(ServerTableModel::InstanceIdRole).toLongLong());
    }
    return ids;
}

void selectServer(const MainWindow &window, qint64 id)
{
    const QAbstractItemModel *model = window.serverView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ServerTableModel::InstanceIdRole).toLongLong() == id)
            window.serverView()->selectRow(row);
    }
}

// A stop that works and a reboot the API refuses; then every later load fails, for the banner.
void play(MainWindow *window, Sandbox::SandboxServer *sandbox)
{
    const QList<qint64> ids = runningOnScreen(*window, 2);
    if (ids.size() < 2)
        qFatal("The preview needs two running servers on screen");
    window->actionCenter()->runner()->setPolicy({300, 1000, 1.5, 60'000});
    sandbox->addFault({Sandbox::Fault::Kind::Status, 409, 1, 0, u"/%1/reboot"_s.arg(ids.at(1)), "POST", 1});

    ServerActions *actions = window->actionCenter()->actions();
    selectServer(*window, ids.at(0));
    actions->trigger(Action::Stop);
    selectServer(*window, ids.at(1));
    actions->trigger(Action::Reboot);

    window->showNotice(MainWindow::NoticeKind::Information,
                       u"There is no organisation named “Example”, so Sandbox organisation is shown."_s);
    QTimer::singleShot(3'000, window, [window, sandbox] {
        sandbox->addFault({Sandbox::Fault::Kind::Status, 503, 1, 0, u"/kronoscloud/instances"_s, "GET", -1});
        window->refresh();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    // Settings and the activity history stay in a temporary folder, away from the user's own.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"HeficedPreview"_s);
    QCoreApplication::setApplicationName(u"dark_preview"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.filePath(u"config"_s));
    ConfirmationDialog::setSkipped(u"stop"_s, true);
    ConfirmationDialog::setSkipped(u"reboot"_s, true);

    QCommandLineParser parser;
    const QCommandLineOption light(u"light"_s, u"Fusion's light palette instead, to compare."_s);
    const QCommandLineOption servers(u"servers"_s, u"Generated servers."_s, u"N"_s, u"40"_s);
    parser.addOptions({light, servers});
    parser.process(app);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (!parser.isSet(light))
        QApplication::setPalette(darkPalette());

    Sandbox::Options options;
    options.instances = parser.value(servers).toInt();
    options.actionSeconds = 2;
    Sandbox::SandboxServer sandbox(options);
    if (!sandbox.listen())
        qFatal("The sandbox did not start: %s", qPrintable(sandbox.errorString()));

    MainWindow window;
    ConnectionSettings connection;
    connection.apiBaseUrl = sandbox.baseUrl();
    connection.tokenUrl = sandbox.tokenUrl();
    const Credentials credentials{options.tenantId, options.clientId, options.clientSecret, {u"kronoscloud"_s}};
    bool played = false;
    QObject::connect(&window, &MainWindow::loadFinished, &window, [&window, &sandbox, &played](bool ok) {
        if (ok && !played) {
            played = true;
            play(&window, &sandbox);
        }
    });
    window.setSession(connection, credentials, u"Sandbox organisation"_s);
    window.show();
    return QApplication::exec();
}
