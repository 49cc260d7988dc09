// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/instance.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QTableView;
class QToolBar;
class QWidget;

namespace Heficed {

class AdditionalIpService;
class RouteIpsDialog;
class ServerTableModel;
class SubnetService;
class SubnetsDialog;

// The window's two routing actions, "Route IP Addresses…" and "IP Switch Subnets…", for the
// Server menu, the toolbar and the table's context menu. Both act on exactly one selected server;
// the subnet one also needs the organisation's `ipswitch` service. Each opens its dialog with
// open(). The services live as long as the session, so that every routing request is reported
// through exchangeFinished() even after its dialog was closed.
class RoutingActions : public QObject
{
    Q_OBJECT

public:
    // `view` shows `servers` through any chain of proxies; its model must be set already.
    RoutingActions(QTableView *view, ServerTableModel *servers, QWidget *window);
    ~RoutingActions() override;

    // The client of the current session, or null when there is none (both actions are off).
    void setClient(ApiClient *client);

    QAction *routeIpsAction() const { return m_routeIps; }
    QAction *subnetsAction() const { return m_subnets; }
    void addToMenu(QMenu *menu);
    void addToToolBar(QToolBar *toolBar, QAction *before = nullptr);
    // The actions followed by a separator, before `before` in the view's context menu (at its
    // end when null).
    void addToContextMenu(QTableView *view, QAction *before = nullptr);

    AdditionalIpService *ipService() const { return m_ipService; }
    SubnetService *subnetService() const { return m_subnetService; }
    RouteIpsDialog *routeIpsDialog() const; // the open one, if any
    SubnetsDialog *subnetsDialog() const;
    // How long a subnet move waits between release and route (tests shorten it).
    void setSettleMs(int ms) { m_settleMs = ms; }

public Q_SLOTS:
    void openRouteIps();
    void openSubnets();
    void updateEnabled();

Q_SIGNALS:
    // Routing changed the addresses of `instanceId`: its row wants a fresh read.
    void serverChanged(qint64 instanceId);
    // Every routing request as it ended, for the activity view.
    // TODO: connect it to ActivityModel once ActivityEntry can hold an action other than a server
    // action (it takes an InstanceService::Action only); until then nothing records it there.
    void exchangeFinished(qint64 instanceId, const QString &summary, const Heficed::ApiRequest &request,
                          const Heficed::ApiResult<Heficed::ApiResponse> &result);

private:
    QList<Instance> selectedServers() const;
    QString hostname(qint64 instanceId) const;
    bool hasIpSwitch() const;

    QTableView *m_view;
    ServerTableModel *m_servers;
    QWidget *m_window;
    QPointer<ApiClient> m_client;
    AdditionalIpService *m_ipService = nullptr;
    SubnetService *m_subnetService = nullptr;
    QAction *m_routeIps;
    QAction *m_subnets;
    QPointer<RouteIpsDialog> m_routeIpsDialog;
    QPointer<SubnetsDialog> m_subnetsDialog;
    int m_settleMs = -1; // -1: the dialog's default
};

} // namespace Heficed
