// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioncenter.h"

#include "actionnotifier.h"
#include "actions/actionrunner.h"
#include "actions/activitymodel.h"
#include "actions/pendingactionproxymodel.h"
#include "activitydock.h"
#include "icons.h"
#include "models/servertablemodel.h"
#include "serveractions.h"

#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>

namespace Heficed {

ActionCenter::ActionCenter(QMainWindow *window, QTableView *view, ServerTableModel *servers)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_servers(servers)
    , m_pending(new PendingActionProxyModel(this))
    , m_activity(new ActivityModel(this))
    , m_dock(new ActivityDock(m_activity, window))
    , m_notifier(new ActionNotifier(window))
{
    m_activity->setProblemIconProvider([] { return Icons::statusIcon(Icons::Status::Failed); });
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    // Low by default; a height the user chose comes back with the window's restoreState().
    window->resizeDocks({m_dock}, {m_dock->defaultHeight()}, Qt::Vertical);
    connect(m_dock, &ActivityDock::statusMessage, this, &ActionCenter::statusMessage);
}

QAbstractItemModel *ActionCenter::viewModel(QAbstractItemModel *serverProxy)
{
    m_pending->setSourceModel(serverProxy);
    return m_pending;
}

QAbstractItemModel *ActionCenter::viewModel() const
{
    return m_pending;
}

void ActionCenter::attach(QToolBar *toolBar, QAction *after, QMenu *viewMenu)
{
    m_actions = new ServerActions(m_view, m_servers, m_window);
    connect(m_actions, &ServerActions::statusMessage, this, &ActionCenter::statusMessage);
    m_actions->setRunner(m_runner);

    const QList<QAction *> existing = toolBar->actions();
    const qsizetype afterAt = after ? existing.indexOf(after) : -1;
    m_actions->addToToolBar(toolBar, afterAt >= 0 ? existing.value(afterAt + 1) : nullptr);
    m_actions->addToContextMenu(m_view);

    m_dock->toggleViewAction()->setText(tr("&Activity"));
    m_dock->toggleViewAction()->setToolTip(tr("Show or hide the server actions, routing requests and their results"));
    if (viewMenu) {
        viewMenu->addSeparator();
        viewMenu->addAction(m_dock->toggleViewAction());
        m_window->menuBar()->insertMenu(viewMenu->menuAction(), m_actions->menu());
    } else {
        m_actions->menu()->addSeparator();
        m_actions->menu()->addAction(m_dock->toggleViewAction());
        m_window->menuBar()->addMenu(m_actions->menu());
    }
}

void ActionCenter::startSession(ApiClient *client, InstanceService *service, const QString &organisationKey)
{
    m_activity->setOrganisation(organisationKey);
    m_client = client;
    // The runner lives and dies with the client: a session that ends takes its runner along.
    m_runner = new ActionRunner(client, service, m_activity, client);
    m_pending->setRunner(m_runner);
    m_notifier->setRunner(m_runner);
    if (m_actions)
        m_actions->setRunner(m_runner);
}

void ActionCenter::endSession()
{
    m_runner = nullptr;
    m_client = nullptr;
    m_pending->setRunner(nullptr);
    m_notifier->setRunner(nullptr);
    if (m_actions)
        m_actions->setRunner(nullptr);
}

void ActionCenter::recordRequest(qint64 serverId, const QString &label, const ApiRequest &request,
                                 const ApiResult<ApiResponse> &result)
{
    // An answer that arrives after its session ended belongs to an organisation no longer shown.
    if (!m_client)
        return;
    const int row = m_servers->rowForId(serverId);
    const QString hostname = row >= 0 ? m_servers->instance(row).hostname : QString();
    m_activity->add(
        ActivityEntry::fromExchange(serverId, hostname, label, request, result, m_client->urlFor(request.endpoint)));
}

} // namespace Heficed
