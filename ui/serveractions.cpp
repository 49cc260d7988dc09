// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveractions.h"

#include "actions/actionrunner.h"
#include "confirmationdialog.h"
#include "icons.h"
#include "models/servertablemodel.h"
#include "uilogging.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

using Action = InstanceService::Action;

QString itemText(const Instance &server)
{
    const QString name = server.hostname.isEmpty()
                             ? QString::number(server.id)
                             : ServerActions::tr("%1 (%2)", "hostname (server ID)").arg(server.hostname).arg(server.id);
    return ServerActions::tr("%1, %2", "server, its status").arg(name, ServerTableModel::statusText(server.status));
}

QString nameOf(const Instance &server)
{
    return server.hostname.isEmpty() ? QString::number(server.id) : server.hostname;
}

// The question and the accepting button of each confirmation. English has no translator (the
// sources are English), so the singular is picked here rather than by %n.
struct Wording
{
    QString title;
    QString question;
    QString accept;
};

Wording wordingFor(Action action, const QList<Instance> &targets)
{
    const int n = static_cast<int>(targets.size());
    const QString one = n == 1 ? nameOf(targets.constFirst()) : QString();
    switch (action) {
    case Action::Stop:
        return {ServerActions::tr("Stop Servers"),
                n == 1 ? ServerActions::tr("Stop %1? Its operating system is asked to shut down.").arg(one)
                       : ServerActions::tr("Stop these %n servers? Their operating systems are asked to shut down.",
                                           nullptr, n),
                n == 1 ? ServerActions::tr("Stop") : ServerActions::tr("Stop %n Servers", nullptr, n)};
    case Action::ForceStop:
        return {ServerActions::tr("Force Stop Servers"),
                n == 1 ? ServerActions::tr("Cut the power of %1? Data not yet written to disk is lost.").arg(one)
                       : ServerActions::tr("Cut the power of these %n servers? Data not yet written to disk is lost.",
                                           nullptr, n),
                n == 1 ? ServerActions::tr("Force Stop") : ServerActions::tr("Force Stop %n Servers", nullptr, n)};
    case Action::Reboot:
        return {ServerActions::tr("Reboot Servers"),
                n == 1 ? ServerActions::tr("Reboot %1?").arg(one)
                       : ServerActions::tr("Reboot these %n servers?", nullptr, n),
                n == 1 ? ServerActions::tr("Reboot") : ServerActions::tr("Reboot %n Servers", nullptr, n)};
    case Action::ForceReboot:
        return {ServerActions::tr("Force Reboot Servers"),
                n == 1 ? ServerActions::tr("Reset %1 at once, like pressing its reset button? Data not yet written "
                                           "to disk is lost.")
                             .arg(one)
                       : ServerActions::tr("Reset these %n servers at once? Data not yet written to disk is lost.",
                                           nullptr, n),
                n == 1 ? ServerActions::tr("Force Reboot") : ServerActions::tr("Force Reboot %n Servers", nullptr, n)};
    case Action::EnterRescue:
        return {ServerActions::tr("Enter Rescue Mode"),
                n == 1 ? ServerActions::tr("Reboot %1 into rescue mode?").arg(one)
                       : ServerActions::tr("Reboot these %n servers into rescue mode?", nullptr, n),
                ServerActions::tr("Enter Rescue Mode")};
    case Action::LeaveRescue:
        return {ServerActions::tr("Leave Rescue Mode"),
                n == 1 ? ServerActions::tr("Reboot %1 back into its own system?").arg(one)
                       : ServerActions::tr("Reboot these %n servers back into their own systems?", nullptr, n),
                ServerActions::tr("Leave Rescue Mode")};
    case Action::Start:
    case Action::CancelImmediately:
    case Action::CancelAtPeriodEnd:
        break;
    }
    return {};
}

} // namespace

ServerActions::ServerActions(QTableView *view, ServerTableModel *servers, QWidget *window)
    : QObject(window)
    , m_view(view)
    , m_servers(servers)
    , m_window(window)
{
    createActions();

    // Statuses change under the selection on every refresh and re-read, not only when it moves.
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServerActions::updateEnabled);
    connect(view->model(), &QAbstractItemModel::dataChanged, this, &ServerActions::updateEnabled);
    connect(view->model(), &QAbstractItemModel::rowsRemoved, this, &ServerActions::updateEnabled);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &ServerActions::updateEnabled);
    updateEnabled();
}

QAction *ServerActions::makeAction(Action action, const QString &text, const QKeySequence &shortcut,
                                   const QString &toolTip)
{
    auto *qaction = new QAction(text, this);
    qaction->setObjectName(u"action"_s + ActionRules::key(action).replace(u'-', u'_'));
    qaction->setShortcut(shortcut);
    qaction->setToolTip(toolTip + u" ("_s + shortcut.toString(QKeySequence::NativeText) + u')');
    connect(qaction, &QAction::triggered, this, [this, action] { trigger(action); });
    m_actions.insert(action, qaction);
    return qaction;
}

void ServerActions::createActions()
{
    makeAction(Action::Start, tr("&Start"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
               tr("Start the selected servers"))
        ->setIcon(Icons::actionIcon(Icons::Action::Start));
    makeAction(Action::Stop, tr("S&top"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
               tr("Shut the selected servers down"))
        ->setIcon(Icons::actionIcon(Icons::Action::Stop));
    makeAction(Action::ForceStop, tr("&Force Stop"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_X),
               tr("Cut the power of the selected servers"));
    makeAction(Action::Reboot, tr("&Reboot"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
               tr("Reboot the selected servers"))
        ->setIcon(Icons::actionIcon(Icons::Action::Reboot));
    makeAction(Action::ForceReboot, tr("Force Re&boot"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_R),
               tr("Reset the selected servers at once"));
    makeAction(Action::EnterRescue, tr("&Enter Rescue Mode"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
               tr("Reboot the selected servers into rescue mode"));
    makeAction(Action::LeaveRescue, tr("&Leave Rescue Mode"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
               tr("Reboot the selected servers back into their own systems"));

    m_cancel = new QAction(Icons::actionIcon(Icons::Action::Cancel), tr("&Cancel Server…"), this);
    m_cancel->setObjectName(u"actionCancelServer"_s);
    m_cancel->setIconText(tr("Cancel Server"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_cancel->setToolTip(tr("Cancel the selected servers, now or at the end of the billing period (%1)")
                             .arg(m_cancel->shortcut().toString(QKeySequence::NativeText)));
    connect(m_cancel, &QAction::triggered, this, &ServerActions::cancelSelected);

    m_menu = new QMenu(tr("&Server"), m_window);
    m_menu->setObjectName(u"serverMenu"_s);
    m_menu->addActions({action(Action::Start), action(Action::Stop), action(Action::ForceStop)});
    m_menu->addSeparator();
    m_menu->addActions({action(Action::Reboot), action(Action::ForceReboot)});
    m_menu->addSeparator();
    m_menu->addActions({action(Action::EnterRescue), action(Action::LeaveRescue)});
    m_menu->addSeparator();
    m_menu->addAction(m_cancel);

    auto *rescueMenu = new QMenu(m_window);
    rescueMenu->addActions({action(Action::EnterRescue), action(Action::LeaveRescue)});
    m_rescue = new QAction(Icons::actionIcon(Icons::Action::Rescue), tr("Rescue Mode"), this);
    m_rescue->setObjectName(u"actionRescueMode"_s);
    m_rescue->setIconText(tr("Rescue"));
    m_rescue->setToolTip(tr("Rescue mode: enter or leave it"));
    m_rescue->setMenu(rescueMenu);

    // Shortcuts work wherever the window has focus, menu open or not.
    m_window->addActions(m_menu->actions());
}

void ServerActions::addToToolBar(QToolBar *toolBar, QAction *before)
{
    toolBar->insertSeparator(before);
    toolBar->insertActions(before,
                           {action(Action::Start), action(Action::Stop), action(Action::Reboot), m_rescue, m_cancel});

    // Stop and Reboot keep their forced variant one click away, in the button's own menu.
    const QList<std::pair<Action, Action>> pairs{{Action::Stop, Action::ForceStop},
                                                 {Action::Reboot, Action::ForceReboot}};
    for (const auto &[plain, forced] : pairs) {
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action(plain)));
        auto *menu = new QMenu(toolBar);
        menu->addActions({action(plain), action(forced)});
        button->setMenu(menu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    // Rescue and Cancel are rarer: icons only (with tooltips), so the toolbar keeps room for search.
    for (QAction *rare : {m_rescue, m_cancel}) {
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(rare));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAccessibleName(rare->iconText());
    }
    qobject_cast<QToolButton *>(toolBar->widgetForAction(m_rescue))->setPopupMode(QToolButton::InstantPopup);
}

void ServerActions::addToContextMenu(QTableView *view)
{
    const QList<QAction *> existing = view->actions();
    QAction *first = existing.isEmpty() ? nullptr : existing.constFirst();
    view->insertActions(first, m_menu->actions());
    if (first) {
        auto *separator = new QAction(view);
        separator->setSeparator(true);
        view->insertAction(first, separator);
    }
}

void ServerActions::setRunner(ActionRunner *runner)
{
    for (const auto &connection : std::as_const(m_runnerConnections))
        disconnect(connection);
    m_runnerConnections.clear();
    m_runner = runner;
    if (runner) {
        m_runnerConnections = {
            connect(runner, &ActionRunner::busyChanged, this, &ServerActions::updateEnabled),
            connect(runner, &ActionRunner::serverRead, this, &ServerActions::onServerRead),
            connect(runner, &ActionRunner::serverGone, this, &ServerActions::onServerGone),
        };
    }
    updateEnabled();
}

QList<Instance> ServerActions::selectedServers() const
{
    return m_servers->instancesAt(m_view->selectionModel()->selectedRows());
}

QList<ServerState> ServerActions::selectedStates() const
{
    QList<ServerState> states;
    const QList<Instance> servers = selectedServers();
    for (const Instance &server : servers)
        states.append(ServerState::of(server, m_runner && m_runner->isBusy(server.id)));
    return states;
}

void ServerActions::updateEnabled()
{
    const QList<Action> enabled = m_runner ? ActionRules::enabledActions(selectedStates()) : QList<Action>();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setEnabled(enabled.contains(it.key()));
    m_cancel->setEnabled(enabled.contains(Action::CancelImmediately) || enabled.contains(Action::CancelAtPeriodEnd));
    m_rescue->setEnabled(enabled.contains(Action::EnterRescue) || enabled.contains(Action::LeaveRescue));
}

QList<Instance> ServerActions::targetsOf(Action action, int *skipped) const
{
    const QList<Instance> selected = selectedServers();
    QList<Instance> targets;
    for (const Instance &server : selected) {
        if (ActionRules::allows(action, ServerState::of(server, m_runner && m_runner->isBusy(server.id))))
            targets.append(server);
    }
    if (skipped)
        *skipped = static_cast<int>(selected.size() - targets.size());
    return targets;
}

void ServerActions::trigger(Action action)
{
    int skipped = 0;
    const QList<Instance> targets = targetsOf(action, &skipped);
    if (!m_runner || targets.isEmpty())
        return;
    if (!ActionRules::needsConfirmation(action)) {
        QList<qint64> ids;
        for (const Instance &server : targets)
            ids.append(server.id);
        runOn(action, ids, {});
        return;
    }
    confirm(action, targets, skipped);
}

void ServerActions::confirm(Action action, const QList<Instance> &targets, int skipped)
{
    const Wording wording = wordingFor(action, targets);
    ConfirmationDialog::Request request;
    request.title = wording.title;
    request.question = wording.question;
    request.acceptText = wording.accept;
    request.dontAskKey = ActionRules::key(action);
    request.destructive = action == Action::ForceStop || action == Action::ForceReboot;
    QList<qint64> ids;
    for (const Instance &server : targets) {
        request.items.append(itemText(server));
        ids.append(server.id);
    }
    if (skipped > 0)
        request.note = skipped == 1 ? tr("One other selected server is left alone: its state does not allow this.")
                                    : tr("%n other selected servers are left alone: their state does not allow this.",
                                         nullptr, skipped);

    ConfirmationDialog::ask(m_window, request, this,
                            [this, action, ids](const ConfirmationDialog::Answer &) { runOn(action, ids, {}); });
}

void ServerActions::cancelSelected()
{
    int skipped = 0;
    const QList<Instance> targets = targetsOf(Action::CancelImmediately, &skipped);
    if (!m_runner || targets.isEmpty())
        return;

    const int n = static_cast<int>(targets.size());
    ConfirmationDialog::Request request;
    request.title = tr("Cancel Servers");
    request.question = n == 1 ? tr("Cancel %1? An immediate cancellation destroys the server and its data; this "
                                   "cannot be undone.")
                                    .arg(nameOf(targets.constFirst()))
                              : tr("Cancel these %n servers? An immediate cancellation destroys them and their data; "
                                   "this cannot be undone.",
                                   nullptr, n);
    request.acceptText = n == 1 ? tr("Cancel Server") : tr("Cancel %n Servers", nullptr, n);
    request.rejectText = n == 1 ? tr("Keep Server") : tr("Keep Servers");
    // The hostname for one server, the count for several; never skippable.
    request.typeToConfirm = n == 1 ? nameOf(targets.constFirst()) : QString::number(n);
    request.cancelOptions = true;
    request.destructive = true;
    QList<qint64> ids;
    for (const Instance &server : targets) {
        request.items.append(itemText(server));
        ids.append(server.id);
    }
    if (skipped > 0)
        request.note = skipped == 1 ? tr("One other selected server is left alone: it is already being cancelled.")
                                    : tr("%n other selected servers are left alone: they are already being cancelled.",
                                         nullptr, skipped);

    ConfirmationDialog::ask(m_window, request, this, [this, ids](const ConfirmationDialog::Answer &answer) {
        runOn(answer.immediately ? Action::CancelImmediately : Action::CancelAtPeriodEnd, ids, answer.reason);
    });
}

// The servers may have changed while the dialog was open: each is looked up again and the
// runner checks its state once more, so nothing is sent that the state no longer allows.
void ServerActions::runOn(Action action, const QList<qint64> &ids, const QString &reason)
{
    if (!m_runner)
        return;
    int sent = 0;
    QString lastName;
    for (const qint64 id : ids) {
        const int row = m_servers->rowForId(id);
        if (row >= 0 && m_runner->run(m_servers->instance(row), action, reason)) {
            ++sent;
            lastName = nameOf(m_servers->instance(row));
        }
    }
    qCInfo(lcUi) << "Sent" << action << "for" << sent << "of" << ids.size() << "servers";
    if (sent == 1)
        Q_EMIT statusMessage(
            tr("Sending %1 for %2; the Activity view shows the result.").arg(ActionRules::name(action), lastName));
    else if (sent > 1)
        Q_EMIT statusMessage(tr("Sending %1 for %n servers; the Activity view shows the results.", nullptr, sent)
                                 .arg(ActionRules::name(action)));
    updateEnabled();
}

void ServerActions::onServerRead(const Instance &server)
{
    QList<Instance> servers = m_servers->instances();
    for (Instance &existing : servers) {
        if (existing.id == server.id) {
            existing = server;
            m_servers->setInstances(servers);
            return;
        }
    }
}

void ServerActions::onServerGone(qint64 serverId)
{
    QList<Instance> servers = m_servers->instances();
    if (servers.removeIf([serverId](const Instance &server) { return server.id == serverId; }) > 0)
        m_servers->setInstances(servers);
}

} // namespace Heficed
