// SPDX-License-Identifier: GPL-3.0-or-later
// A manual look at the routing dialogs on an in-process sandbox, for screenshots; not a test.
//   routing_preview --dialog ips       two addresses checked, one of them moving from another server
//   routing_preview --dialog subnets   a subnet expanded and moved here, with the steps shown
//   routing_preview --dialog activity  the main window after a refused address route (409) and a
//                                      subnet move (release, route): the activity view's rows;
//                                      with --details the refused row's request and answer open
#include "actioncenter.h"
#include "actions/activitymodel.h"
#include "activitydock.h"
#include "api/instance.h"
#include "mainwindow.h"
#include "models/servertablemodel.h"
#include "routeipsdialog.h"
#include "routing/additionalipmodel.h"
#include "routing/additionalipservice.h"
#include "routing/subnetservice.h"
#include "routing/subnettreemodel.h"
#include "routingactions.h"
#include "sandboxserver.h"
#include "subnetsdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Heficed;
using namespace Qt::StringLiterals;

namespace {

struct Preview
{
    Sandbox::SandboxServer *sandbox;
    ApiClient *client;
    AdditionalIpService *ips;
    SubnetService *subnets;
};

// A running server with another running server and three free IPv4 addresses in its location.
struct Scene
{
    qint64 server = 0;
    qint64 other = 0;
    QList<AdditionalIp> free;
};

Scene findScene(const Sandbox::SandboxServer &sandbox)
{
    const QJsonArray servers = sandbox.instancesJson();
    const QList<AdditionalIp> all = AdditionalIpService::parseList(sandbox.additionalIpsJson());
    for (const QJsonValue &candidate : servers) {
        Scene scene;
        const QString location = candidate[u"location"_s][u"id"_s].toString();
        for (const QJsonValue &other : servers) {
            const bool running = other[u"status"_s].toString() == u"running"_s;
            if (running && other[u"location"_s][u"id"_s].toString() == location) {
                (scene.server == 0 ? scene.server : scene.other) = other[u"id"_s].toInteger();
                if (scene.other != 0)
                    break;
            }
        }
        for (const AdditionalIp &ip : all) {
            if (ip.locationId == location && !ip.isRouted() && ip.version == 4)
                scene.free.append(ip);
        }
        if (scene.other != 0 && scene.free.size() >= 3)
            return scene;
    }
    return {};
}

void showRouteIps(const Preview &preview)
{
    const Scene scene = findScene(*preview.sandbox);
    if (scene.server == 0)
        qFatal("No server with free addresses in the sandbox");
    // One address already on this server, one on its neighbour: the dialog shows both cases.
    preview.ips->route(scene.server, {scene.free.at(0)}, preview.ips, [preview, scene](const auto &) {
        preview.ips->route(scene.other, {scene.free.at(1)}, preview.ips, [preview, scene](const auto &) {
            const Instance server = Instance::fromJson(preview.sandbox->instanceJson(scene.server));
            auto *dialog = new RouteIpsDialog(preview.ips, server);
            QObject::connect(dialog, &RouteIpsDialog::loaded, dialog, [dialog, scene](bool ok) {
                if (!ok || dialog->model()->checkedCount() > 0 || dialog->isBusy())
                    return;
                dialog->model()->setChecked(scene.free.at(1).id, true);
                dialog->model()->setChecked(scene.free.at(2).id, true);
                const int row = dialog->model()->rowForId(scene.free.at(0).id);
                dialog->view()->selectRow(dialog->filterModel()->mapFromSource(dialog->model()->index(row, 0)).row());
            });
            QObject::connect(dialog, &QObject::destroyed, qApp, &QCoreApplication::quit);
            dialog->move(40, 40);
            dialog->open();
        });
    });
}

// The sandbox's one routed subnet of the first block, and a running server it is not routed to.
struct SubnetScene
{
    QString routedId;
    qint64 target = 0;
};

SubnetScene findSubnetScene(const Sandbox::SandboxServer &sandbox)
{
    const QJsonArray top = sandbox.subnetsJson({});
    const QJsonArray level = sandbox.subnetsJson(top.first()[u"id"_s].toString());
    SubnetScene scene;
    qint64 owner = 0;
    for (const QJsonValue &subnet : level) {
        owner = sandbox.subnetOwner(subnet[u"id"_s].toString());
        if (owner > 0) {
            scene.routedId = subnet[u"id"_s].toString();
            break;
        }
    }
    const QJsonArray servers = sandbox.instancesJson();
    for (const QJsonValue &server : servers) {
        const qint64 id = server[u"id"_s].toInteger();
        if (id != owner && server[u"status"_s].toString() == u"running"_s)
            scene.target = id;
    }
    return scene;
}

// Top level read: expand the first block. Its level read: select the routed subnet and move it here.
void moveWhenLoaded(SubnetsDialog *dialog, const QString &routedId)
{
    SubnetTreeModel *model = dialog->model();
    QObject::connect(model, &SubnetTreeModel::levelLoaded, dialog, [dialog, model, routedId](const QString &parent) {
        if (parent.isEmpty()) {
            dialog->view()->expand(model->index(0, 0));
            return;
        }
        if (dialog->selectSubnet(routedId) && !dialog->isBusy() && model->subnet(model->indexOf(routedId)).isRouted())
            dialog->moveSelectedHere();
    });
}

void showSubnets(const Preview &preview)
{
    const SubnetScene scene = findSubnetScene(*preview.sandbox);
    auto *dialog = new SubnetsDialog(preview.subnets, Instance::fromJson(preview.sandbox->instanceJson(scene.target)));
    dialog->setSettleMs(1'500);
    moveWhenLoaded(dialog, scene.routedId);
    QObject::connect(dialog, &QObject::destroyed, qApp, &QCoreApplication::quit);
    dialog->move(40, 40);
    dialog->open();
}

void selectServer(const MainWindow &window, qint64 id)
{
    const QAbstractItemModel *model = window.serverView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ServerTableModel::InstanceIdRole).toLongLong() == id)
            window.serverView()->selectRow(row);
    }
}

// The refused route in the activity view: selected, and with --details its request and answer open.
void selectFailedRow(ActivityDock *dock, bool showDetails)
{
    QAbstractItemModel *rows = dock->view()->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (!rows->index(row, 0).data(ActivityModel::IsProblemRole).toBool())
            continue;
        dock->view()->selectRow(row);
        if (showDetails)
            dock->openCurrentDetails();
        return;
    }
}

// In the window: an address route the API refuses (409), then a subnet moved to the selected
// server from its dialog, which closes when the move is over so that the activity view shows.
void playActivity(MainWindow *window, Sandbox::SandboxServer *sandbox, bool showDetails)
{
    RoutingActions *routing = window->routingActions();
    const Scene ips = findScene(*sandbox);
    const SubnetScene subnets = findSubnetScene(*sandbox);
    if (ips.server == 0 || subnets.target == 0)
        qFatal("No scene for the activity in the sandbox");

    Sandbox::Fault refuse;
    refuse.kind = Sandbox::Fault::Kind::Status;
    refuse.status = 409;
    refuse.pathContains = u"/ips"_s;
    refuse.method = "POST";
    refuse.count = 1;
    sandbox->addFault(refuse);
    routing->ipService()->route(ips.server, {ips.free.at(0)}, window, {});

    routing->setSettleMs(1'500);
    selectServer(*window, subnets.target);
    routing->openSubnets();
    SubnetsDialog *dialog = routing->subnetsDialog();
    moveWhenLoaded(dialog, subnets.routedId);
    QObject::connect(dialog, &SubnetsDialog::moveFinished, dialog, &QDialog::accept);
    QObject::connect(dialog, &SubnetsDialog::moveFinished, window,
                     [window, showDetails] { selectFailedRow(window->actionCenter()->dock(), showDetails); });
}

int showActivity(Sandbox::SandboxServer *sandbox, bool showDetails)
{
    MainWindow window;
    ConnectionSettings connection;
    connection.apiBaseUrl = sandbox->baseUrl();
    connection.tokenUrl = sandbox->tokenUrl();
    const Sandbox::Options &options = sandbox->options();
    const Credentials credentials{options.tenantId, options.clientId, options.clientSecret, options.grantedScopes};
    bool played = false;
    QObject::connect(&window, &MainWindow::loadFinished, &window, [&window, sandbox, showDetails, &played](bool ok) {
        if (ok && !played) {
            played = true;
            playActivity(&window, sandbox, showDetails);
        }
    });
    window.setSession(connection, credentials, u"Sandbox organisation"_s);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Settings and the activity history stay in a temporary folder, away from the user's own.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"HeficedPreview"_s);
    QCoreApplication::setApplicationName(u"routing_preview"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.filePath(u"config"_s));

    QCommandLineParser parser;
    const QCommandLineOption which(u"dialog"_s, u"ips, subnets or activity."_s, u"NAME"_s, u"ips"_s);
    const QCommandLineOption details(u"details"_s, u"With --dialog activity: open the failed row."_s);
    parser.addOptions({which, details});
    parser.process(app);

    Sandbox::Options options;
    options.instances = 40;
    options.settleSeconds = 1;
    Sandbox::SandboxServer sandbox(options);
    if (!sandbox.listen())
        qFatal("The sandbox did not start: %s", qPrintable(sandbox.errorString()));

    if (parser.value(which) == u"activity"_s)
        return showActivity(&sandbox, parser.isSet(details));

    ConnectionSettings connection;
    connection.apiBaseUrl = sandbox.baseUrl();
    connection.tokenUrl = sandbox.tokenUrl();
    ApiClient client(connection);
    client.setCredentials({options.tenantId, options.clientId, options.clientSecret, options.grantedScopes});
    AdditionalIpService ips(&client);
    SubnetService subnets(&client);
    const auto hostname = [&sandbox](qint64 id) {
        return sandbox.instanceJson(id).value(u"hostname"_s).toString();
    };
    ips.setHostnameLookup(hostname);
    subnets.setHostnameLookup(hostname);

    const Preview preview{&sandbox, &client, &ips, &subnets};
    if (parser.value(which) == u"subnets"_s)
        showSubnets(preview);
    else
        showRouteIps(preview);
    return QApplication::exec();
}
