// SPDX-License-Identifier: GPL-3.0-or-later
// A manual look at the routing dialogs on an in-process sandbox, for screenshots; not a test.
//   routing_preview --dialog ips       two addresses checked, one of them moving from another server
//   routing_preview --dialog subnets   a subnet expanded and moved here, with the steps shown
#include "api/instance.h"
#include "routeipsdialog.h"
#include "routing/additionalipmodel.h"
#include "routing/additionalipservice.h"
#include "routing/subnetservice.h"
#include "routing/subnettreemodel.h"
#include "sandboxserver.h"
#include "subnetsdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTableView>
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

void showSubnets(const Preview &preview)
{
    const QJsonArray servers = preview.sandbox->instancesJson();
    const QJsonArray top = preview.sandbox->subnetsJson({});
    const QJsonArray level = preview.sandbox->subnetsJson(top.first()[u"id"_s].toString());
    QString routedId;
    qint64 owner = 0;
    for (const QJsonValue &subnet : level) {
        owner = preview.sandbox->subnetOwner(subnet[u"id"_s].toString());
        if (owner > 0) {
            routedId = subnet[u"id"_s].toString();
            break;
        }
    }
    qint64 target = 0;
    for (const QJsonValue &server : servers) {
        const qint64 id = server[u"id"_s].toInteger();
        if (id != owner && server[u"status"_s].toString() == u"running"_s)
            target = id;
    }

    auto *dialog = new SubnetsDialog(preview.subnets, Instance::fromJson(preview.sandbox->instanceJson(target)));
    dialog->setSettleMs(1'500);
    SubnetTreeModel *model = dialog->model();
    // Top level read: expand the first block. Its level read: select the routed subnet and move it here.
    QObject::connect(model, &SubnetTreeModel::levelLoaded, dialog, [dialog, model, routedId](const QString &parent) {
        if (parent.isEmpty()) {
            dialog->view()->expand(model->index(0, 0));
            return;
        }
        if (dialog->selectSubnet(routedId) && !dialog->isBusy() && model->subnet(model->indexOf(routedId)).isRouted())
            dialog->moveSelectedHere();
    });
    QObject::connect(dialog, &QObject::destroyed, qApp, &QCoreApplication::quit);
    dialog->move(40, 40);
    dialog->open();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"HeficedPreview"_s);
    QCoreApplication::setApplicationName(u"routing_preview"_s);

    QCommandLineParser parser;
    const QCommandLineOption which(u"dialog"_s, u"ips or subnets."_s, u"NAME"_s, u"ips"_s);
    parser.addOption(which);
    parser.process(app);

    Sandbox::Options options;
    options.instances = 40;
    options.settleSeconds = 1;
    Sandbox::SandboxServer sandbox(options);
    if (!sandbox.listen())
        qFatal("The sandbox did not start: %s", qPrintable(sandbox.errorString()));

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
