// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/actionrunner.h"
#include "api/apiclient.h"

#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAction;
class QMainWindow;
class QMenu;
class QTableView;
class QToolBar;

namespace Heficed {

class ActionNotifier;
class ActivityDock;
class ActivityModel;
class InstanceService;
class PendingActionProxyModel;
class ServerActions;
class ServerTableModel;

// Everything about server actions that the main window holds, behind a few calls: the actions
// (toolbar, Server menu, context menu), the activity model and its dock under the table, the
// proxy that shows actions in flight in the Status column, and desktop notifications. Requests
// made elsewhere (routing) are recorded in the same activity with recordRequest().
//
//   auto *center = new ActionCenter(window, view, servers);
//   view->setModel(center->viewModel(filterProxy));           // instead of filterProxy itself
//   center->attach(toolBar, refreshAction, viewMenu);         // once the view has its model
//   center->startSession(client, service, organisationId);    // in setSession()
//   center->endSession();                                     // in endSession()
class ActionCenter : public QObject
{
    Q_OBJECT

public:
    ActionCenter(QMainWindow *window, QTableView *view, ServerTableModel *servers);

    // `serverProxy` (the servers as sorted and filtered) with actions in flight shown, for the
    // view; rows are serverProxy's one for one.
    QAbstractItemModel *viewModel(QAbstractItemModel *serverProxy);
    QAbstractItemModel *viewModel() const;
    // Puts the actions into `toolBar` right after `after` (at the end when null), the Server menu
    // into the menu bar before `viewMenu` and the activity dock's toggle into `viewMenu` (into the
    // Server menu when null), and the actions ahead of the table's context menu. The view must
    // show viewModel() before this is called.
    void attach(QToolBar *toolBar, QAction *after = nullptr, QMenu *viewMenu = nullptr);

    // A runner for the session's client; the activity shown becomes that organisation's.
    void startSession(ApiClient *client, InstanceService *service, const QString &organisationKey);
    void endSession();

    // Adds a finished row for one request of the session that is not a server action, e.g. a
    // routing request; `label` says what it did. Connect RoutingActions::exchangeFinished here.
    void recordRequest(qint64 serverId, const QString &label, const Heficed::ApiRequest &request,
                       const Heficed::ApiResult<Heficed::ApiResponse> &result);

    ServerActions *actions() const { return m_actions; }
    ActivityModel *activityModel() const { return m_activity; }
    ActivityDock *dock() const { return m_dock; }
    ActionRunner *runner() const { return m_runner; }
    ActionNotifier *notifier() const { return m_notifier; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QMainWindow *m_window;
    QTableView *m_view;
    ServerTableModel *m_servers;
    PendingActionProxyModel *m_pending;
    ActivityModel *m_activity;
    ActivityDock *m_dock;
    ActionNotifier *m_notifier;
    ServerActions *m_actions = nullptr;
    QPointer<ActionRunner> m_runner;
    QPointer<ApiClient> m_client;
};

} // namespace Heficed
