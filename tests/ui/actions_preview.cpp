// SPDX-License-Identifier: GPL-3.0-or-later
// A manual look at server actions in the main window on a sandbox organisation, for screenshots;
// not a test. It stops one server (done), has the API refuse a reboot of another (failed, 409),
// and 3.5 s later stops a third, which is still stopping when the shot is taken 8 s after start.
//   actions_preview [--servers N] [--action-seconds S]
#include "actioncenter.h"
#include "actions/actionrunner.h"
#include "confirmationdialog.h"
#include "mainwindow.h"
#include "models/servertablemodel.h"
#include "sandboxserver.h"
#include "serveractions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace Heficed;
using Action = InstanceService::Action;

namespace {

// The first running servers in the order the table shows them, so that all are on screen.
QList<qint64> runningOnScreen(const MainWindow &window, int count)
{
    QList<qint64> ids;
    const QAbstractItemModel *model = window.serverView()->model();
    for (int row = 0; row < model->rowCount() && ids.size() < count; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ServerTableModel::StatusRole).toString() == QStringLiteral("running"))
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

void play(MainWindow *window, Sandbox::SandboxServer *sandbox)
{
    const QList<qint64> ids = runningOnScreen(*window, 3);
    if (ids.size() < 3)
        qFatal("The preview needs three running servers on screen");
    ActionCenter *center = window->actionCenter();
    center->runner()->setPolicy({400, 1500, 1.5, 5 * 60'000});
    ServerActions *actions = center->actions();

    Sandbox::Fault refuse;
    refuse.kind = Sandbox::Fault::Kind::Status;
    refuse.status = 409;
    refuse.pathContains = QStringLiteral("/%1/reboot").arg(ids.at(1));
    refuse.count = 1;
    sandbox->addFault(refuse);

    selectServer(*window, ids.at(0));
    actions->trigger(Action::Stop);
    selectServer(*window, ids.at(1));
    actions->trigger(Action::Reboot);

    // The third stop starts later, so that the first is done and the third still stopping when the
    // shot is taken (with --action-seconds 5 and the 8 s screenshot wait).
    QTimer::singleShot(3'500, window, [window, actions, third = ids.at(2)] {
        selectServer(*window, third);
        actions->trigger(Action::Stop);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    // Settings and the activity history stay in a temporary folder, away from the user's own.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HeficedPreview"));
    QCoreApplication::setApplicationName(QStringLiteral("actions_preview"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.filePath(QStringLiteral("config")));
    ConfirmationDialog::setSkipped(QStringLiteral("stop"), true);
    ConfirmationDialog::setSkipped(QStringLiteral("reboot"), true);

    QCommandLineParser parser;
    const QCommandLineOption servers(QStringLiteral("servers"), QStringLiteral("Generated servers."),
                                     QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption seconds(QStringLiteral("action-seconds"), QStringLiteral("Length of a transition."),
                                     QStringLiteral("S"), QStringLiteral("5"));
    parser.addOptions({servers, seconds});
    parser.process(app);

    Sandbox::Options options;
    options.instances = parser.value(servers).toInt();
    options.actionSeconds = parser.value(seconds).toInt();
    Sandbox::SandboxServer sandbox(options);
    if (!sandbox.listen())
        qFatal("The sandbox did not start: %s", qPrintable(sandbox.errorString()));

    MainWindow window;
    ConnectionSettings connection;
    connection.apiBaseUrl = sandbox.baseUrl();
    connection.tokenUrl = sandbox.tokenUrl();
    const Credentials credentials{
        options.tenantId, options.clientId, options.clientSecret, {QStringLiteral("kronoscloud")}};
    bool played = false;
    QObject::connect(&window, &MainWindow::loadFinished, &window, [&window, &sandbox, &played](bool ok) {
        if (ok && !played) {
            played = true;
            play(&window, &sandbox);
        }
    });
    window.setSession(connection, credentials, QStringLiteral("Sandbox organisation"));
    window.show();
    return QApplication::exec();
}
