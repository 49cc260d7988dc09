// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/actionrules.h"
#include "actions/actionrunner.h"
#include "api/instance.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QTableView;
class QToolBar;
class QWidget;

namespace Heficed {

class ServerTableModel;

// The server actions of the window: one QAction each for the toolbar, the Server menu and the
// table's context menu, enabled only where the selected servers' states allow them. Triggering
// one asks for confirmation where needed (listing the servers affected), then hands each server
// to the session's ActionRunner. Fresh copies the runner reads go back into the table.
class ServerActions : public QObject
{
    Q_OBJECT

public:
    using Action = InstanceService::Action;

    // `view` shows `servers` through any chain of proxies; its model must be set already.
    ServerActions(QTableView *view, ServerTableModel *servers, QWidget *window);

    // The runner of the current session; null while there is none (every action is off).
    void setRunner(ActionRunner *runner);
    ActionRunner *runner() const { return m_runner; }

    // Start, Stop, ForceStop, Reboot, ForceReboot, EnterRescue, LeaveRescue. Both cancel
    // actions share cancelAction(): its dialog asks which one.
    QAction *action(Action action) const { return m_actions.value(action); }
    QAction *cancelAction() const { return m_cancel; }
    QMenu *menu() const { return m_menu; }

    // Start, Stop (with Force stop), Reboot (with Force reboot), Rescue (enter, leave) and Cancel.
    void addToToolBar(QToolBar *toolBar, QAction *before = nullptr);
    // The actions and a separator, ahead of what the view's context menu already holds.
    void addToContextMenu(QTableView *view);

    QList<Instance> selectedServers() const;

public Q_SLOTS:
    void trigger(Heficed::InstanceService::Action action);
    void cancelSelected();
    void updateEnabled();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void createActions();
    QAction *makeAction(Action action, const QString &text, const QKeySequence &shortcut, const QString &toolTip);
    QList<ServerState> selectedStates() const;
    QList<Instance> targetsOf(Action action, int *skipped) const;
    void confirm(Action action, const QList<Instance> &targets, int skipped);
    void runOn(Action action, const QList<qint64> &ids, const QString &reason);
    void onServerRead(const Instance &server);
    void onServerGone(qint64 serverId);

    QTableView *m_view;
    ServerTableModel *m_servers;
    QWidget *m_window;
    QPointer<ActionRunner> m_runner;
    QList<QMetaObject::Connection> m_runnerConnections;
    QMap<Action, QAction *> m_actions;
    QAction *m_cancel = nullptr;
    QAction *m_rescue = nullptr; // the toolbar's "Rescue Mode" button with its menu
    QMenu *m_menu = nullptr;
};

} // namespace Heficed
