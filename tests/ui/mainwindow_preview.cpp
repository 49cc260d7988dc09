// SPDX-License-Identifier: GPL-3.0-or-later
// A manual look at the main window on a sandbox organisation, for screenshots; not a test.
//   mainwindow_preview [--servers N] [--fail-refresh] [--search TEXT] [--select ID]
// --fail-refresh makes every load after the first fail, to show the error banner over the list.
// --select picks a server (default: the fixture's) so that the details pane has something to show.
#include "mainwindow.h"
#include "models/servertablemodel.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

using namespace Heficed;

namespace {

void failLaterLoads(Sandbox::SandboxServer *sandbox)
{
    Sandbox::Fault fault;
    fault.kind = Sandbox::Fault::Kind::Status;
    fault.status = 503;
    fault.pathContains = QStringLiteral("/kronoscloud/instances");
    sandbox->addFault(fault);
}

// Selects the server in the table, wherever sorting put it, and scrolls to it.
void selectServer(MainWindow *window, qint64 id)
{
    QAbstractItemModel *model = window->serverView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ServerTableModel::InstanceIdRole).toLongLong() != id)
            continue;
        window->serverView()->selectRow(row);
        window->serverView()->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
        return;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HeficedPreview"));
    QCoreApplication::setApplicationName(QStringLiteral("mainwindow_preview"));

    QCommandLineParser parser;
    const QCommandLineOption servers(QStringLiteral("servers"), QStringLiteral("Generated servers."),
                                     QStringLiteral("N"), QStringLiteral("450"));
    const QCommandLineOption failRefresh(QStringLiteral("fail-refresh"), QStringLiteral("Fail loads after the first."));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("Type this into the search field."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Select this server (0: none)."),
                                    QStringLiteral("ID"), QStringLiteral("312019"));
    parser.addOptions({servers, failRefresh, search, select});
    parser.process(app);

    Sandbox::Options options;
    options.instances = parser.value(servers).toInt();
    Sandbox::SandboxServer sandbox(options);
    if (!sandbox.listen())
        qFatal("The sandbox did not start: %s", qPrintable(sandbox.errorString()));

    MainWindow window;
    ConnectionSettings connection;
    connection.apiBaseUrl = sandbox.baseUrl();
    connection.tokenUrl = sandbox.tokenUrl();
    const Credentials credentials{
        options.tenantId, options.clientId, options.clientSecret, {QStringLiteral("kronoscloud")}};

    const bool fail = parser.isSet(failRefresh);
    const QString searchText = parser.value(search);
    const qint64 selectId = parser.value(select).toLongLong();
    QObject::connect(&window, &MainWindow::loadFinished, &window,
                     [&window, &sandbox, fail, searchText, selectId](bool ok) {
                         if (ok && fail) {
                             failLaterLoads(&sandbox);
                             window.refresh();
                         }
                         if (ok && !searchText.isEmpty())
                             window.searchField()->setText(searchText);
                         if (ok && selectId > 0)
                             selectServer(&window, selectId);
                     });
    window.setSession(connection, credentials, QStringLiteral("Sandbox organisation"));
    window.show();
    return QApplication::exec();
}
