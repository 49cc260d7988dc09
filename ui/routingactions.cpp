// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingactions.h"

#include "icons.h"
#include "models/servertablemodel.h"
#include "routeipsdialog.h"
#include "routing/additionalipservice.h"
#include "routing/subnetservice.h"
#include "subnetsdialog.h"
#include "uilogging.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QToolBar>

namespace Heficed {

RoutingActions::RoutingActions(QTableView *view, ServerTableModel *servers, QWidget *window)
    : QObject(window)
    , m_view(view)
    , m_servers(servers)
    , m_window(window)
    , m_routeIps(new QAction(Icons::actionIcon(Icons::Action::RouteIp), tr("Route &IP Addresses…"), this))
    , m_subnets(new QAction(Icons::actionIcon(Icons::Action::RouteIp), tr("IP S&witch Subnets…"), this))
{
    m_routeIps->setObjectName(QStringLiteral("actionRouteIps"));
    m_routeIps->setToolTip(tr("Route the organisation's additional IP addresses to the selected server"));
    m_routeIps->setIconText(tr("Route IPs"));
    m_subnets->setObjectName(QStringLiteral("actionIpSwitchSubnets"));
    m_subnets->setIconText(tr("Subnets"));

    connect(m_routeIps, &QAction::triggered, this, &RoutingActions::openRouteIps);
    connect(m_subnets, &QAction::triggered, this, &RoutingActions::openSubnets);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoutingActions::updateEnabled);
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, &RoutingActions::updateEnabled);
    updateEnabled();
}

RoutingActions::~RoutingActions() = default;

void RoutingActions::setClient(ApiClient *client)
{
    if (client == m_client && client)
        return;
    // A new session: its dialogs and services end with the old client.
    delete m_routeIpsDialog;
    delete m_subnetsDialog;
    delete m_ipService;
    delete m_subnetService;
    m_ipService = nullptr;
    m_subnetService = nullptr;
    m_client = client;

    if (client) {
        m_ipService = new AdditionalIpService(client, this);
        m_subnetService = new SubnetService(client, this);
        for (RoutingService *service : std::initializer_list<RoutingService *>{m_ipService, m_subnetService}) {
            service->setHostnameLookup([this](qint64 id) { return hostname(id); });
            connect(service, &RoutingService::exchangeFinished, this, &RoutingActions::exchangeFinished);
        }
    }
    updateEnabled();
}

void RoutingActions::addToMenu(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_routeIps);
    menu->addAction(m_subnets);
}

void RoutingActions::addToToolBar(QToolBar *toolBar, QAction *before)
{
    toolBar->insertSeparator(before);
    toolBar->insertAction(before, m_routeIps);
}

void RoutingActions::addToContextMenu(QTableView *view, QAction *before)
{
    view->insertAction(before, m_routeIps);
    view->insertAction(before, m_subnets);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    view->insertAction(before, separator);
}

RouteIpsDialog *RoutingActions::routeIpsDialog() const
{
    return m_routeIpsDialog;
}

SubnetsDialog *RoutingActions::subnetsDialog() const
{
    return m_subnetsDialog;
}

QList<Instance> RoutingActions::selectedServers() const
{
    return m_servers->instancesAt(m_view->selectionModel()->selectedRows());
}

QString RoutingActions::hostname(qint64 instanceId) const
{
    const int row = m_servers->rowForId(instanceId);
    return row >= 0 ? m_servers->instance(row).hostname : QString();
}

bool RoutingActions::hasIpSwitch() const
{
    return m_client && m_client->scopes().contains(QLatin1String(Endpoints::ScopeIpSwitch));
}

void RoutingActions::updateEnabled()
{
    const bool one = m_client && selectedServers().size() == 1;
    m_routeIps->setEnabled(one);
    m_subnets->setEnabled(one && hasIpSwitch());
    m_subnets->setToolTip(m_client && !hasIpSwitch()
                              ? tr("The organisation's API key is not set up for IP Switch (ipswitch). Add the "
                                   "service in the organisation's settings to manage subnets.")
                              : tr("Route, release and move IP Switch subnets for the selected server"));
}

void RoutingActions::openRouteIps()
{
    const QList<Instance> selected = selectedServers();
    if (selected.size() != 1 || !m_ipService)
        return;
    // One dialog at a time: a second call shows the open one again.
    if (m_routeIpsDialog && m_routeIpsDialog->serverId() == selected.first().id) {
        m_routeIpsDialog->raise();
        m_routeIpsDialog->activateWindow();
        return;
    }
    delete m_routeIpsDialog;
    qCInfo(lcUi) << "Opening Route IP Addresses for server" << selected.first().id;
    m_routeIpsDialog = new RouteIpsDialog(m_ipService, selected.first(), m_window);
    connect(m_routeIpsDialog, &RouteIpsDialog::routingChanged, this, &RoutingActions::serverChanged);
    m_routeIpsDialog->open();
}

void RoutingActions::openSubnets()
{
    const QList<Instance> selected = selectedServers();
    if (selected.size() != 1 || !m_subnetService || !hasIpSwitch())
        return;
    if (m_subnetsDialog && m_subnetsDialog->serverId() == selected.first().id) {
        m_subnetsDialog->raise();
        m_subnetsDialog->activateWindow();
        return;
    }
    // A move in progress keeps its dialog: it may not be dropped between release and route.
    if (m_subnetsDialog && m_subnetsDialog->moveJob()) {
        m_subnetsDialog->raise();
        return;
    }
    delete m_subnetsDialog;
    qCInfo(lcUi) << "Opening IP Switch Subnets for server" << selected.first().id;
    m_subnetsDialog = new SubnetsDialog(m_subnetService, selected.first(), m_window);
    if (m_settleMs >= 0)
        m_subnetsDialog->setSettleMs(m_settleMs);
    connect(m_subnetsDialog, &SubnetsDialog::routingChanged, this, &RoutingActions::serverChanged);
    m_subnetsDialog->open();
}

} // namespace Heficed
