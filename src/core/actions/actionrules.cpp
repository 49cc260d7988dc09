// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionrules.h"

#include "models/servertablemodel.h"

#include <QSet>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

using Action = ActionRules::Action;
using Verdict = ActionRules::Verdict;

const QString Running = u"running"_s;
const QString Stopped = u"stopped"_s;

// The words of the contract plus those a cancellation passes through; the table model knows the
// common ones.
bool isKnownTransitional(const QString &word)
{
    static const QSet<QString> more{u"terminating"_s, u"cancelling"_s, u"deleting"_s,
                                    u"migrating"_s,   u"restoring"_s,  u"resizing"_s};
    return ServerTableModel::statusKind(word) == ServerTableModel::StatusKind::Transitional || more.contains(word);
}

QString word(const QString &status)
{
    return status.trimmed().toLower();
}

// Power actions end in one status; a re-read that settled anywhere else after a transition, or
// in a failed state, is not going to get there.
Verdict judgeStatus(const QString &expected, const QString &status, bool sawTransition)
{
    if (ActionRules::isTransitional(status))
        return Verdict::Pending;
    if (status == expected)
        return Verdict::Reached;
    if (ServerTableModel::statusKind(status) == ServerTableModel::StatusKind::Failed || sawTransition)
        return Verdict::Unexpected;
    return Verdict::Pending;
}

Verdict judgeReboot(const QString &status, bool sawTransition, int reads)
{
    // A reboot starts and ends in "running": a first read of "running" may come before the
    // reboot began, so it counts only after a transition was seen or on the second read.
    if (status == Running && !sawTransition && reads < 2)
        return Verdict::Pending;
    return judgeStatus(Running, status, sawTransition);
}

Verdict judgeRescue(bool wantRescue, const Instance &server, bool sawTransition)
{
    const QString status = word(server.status);
    if (ActionRules::isTransitional(status))
        return Verdict::Pending;
    if (server.inRescueMode == wantRescue)
        return Verdict::Reached;
    return sawTransition ? Verdict::Unexpected : Verdict::Pending;
}

} // namespace

ServerState ServerState::of(const Instance &server, bool busy)
{
    return {server.id, server.status, server.inRescueMode, !server.billing.cancellationRequest.isEmpty(), busy};
}

const QList<Action> &ActionRules::allActions()
{
    static const QList<Action> actions{Action::Start,
                                       Action::Stop,
                                       Action::ForceStop,
                                       Action::Reboot,
                                       Action::ForceReboot,
                                       Action::EnterRescue,
                                       Action::LeaveRescue,
                                       Action::CancelImmediately,
                                       Action::CancelAtPeriodEnd};
    return actions;
}

bool ActionRules::allows(Action action, const ServerState &state)
{
    if (state.busy || state.id <= 0)
        return false;

    const QString status = word(state.status);
    switch (action) {
    case Action::Start:
        return status == Stopped;
    case Action::Stop:
    case Action::Reboot:
    case Action::ForceReboot:
        return status == Running;
    case Action::ForceStop:
        // Cutting the power also ends a start, stop or reboot that hangs.
        return status == Running || status == u"starting" || status == u"stopping" || status == u"rebooting";
    case Action::EnterRescue:
        return (status == Running || status == Stopped) && !state.inRescueMode;
    case Action::LeaveRescue:
        return (status == Running || status == Stopped) && state.inRescueMode;
    case Action::CancelImmediately:
        return status != u"terminating";
    case Action::CancelAtPeriodEnd:
        return status != u"terminating" && !state.cancellationRequested;
    }
    return false;
}

QList<qint64> ActionRules::targets(Action action, const QList<ServerState> &selection)
{
    QList<qint64> ids;
    for (const ServerState &state : selection) {
        if (allows(action, state) && !ids.contains(state.id))
            ids.append(state.id);
    }
    return ids;
}

QList<Action> ActionRules::enabledActions(const QList<ServerState> &selection)
{
    QList<Action> enabled;
    for (const Action action : allActions()) {
        if (!targets(action, selection).isEmpty())
            enabled.append(action);
    }
    return enabled;
}

bool ActionRules::isTransitional(const QString &status)
{
    return isKnownTransitional(word(status));
}

ActionRules::Verdict ActionRules::judge(Action action, const Instance &server, bool sawTransition, int reads)
{
    const QString status = word(server.status);
    switch (action) {
    case Action::Start:
        return judgeStatus(Running, status, sawTransition);
    case Action::Stop:
    case Action::ForceStop:
        return judgeStatus(Stopped, status, sawTransition);
    case Action::Reboot:
    case Action::ForceReboot:
        return judgeReboot(status, sawTransition, reads);
    case Action::EnterRescue:
        return judgeRescue(true, server, sawTransition);
    case Action::LeaveRescue:
        return judgeRescue(false, server, sawTransition);
    case Action::CancelImmediately:
        // The server goes away (a 404, judged by the runner) or shows a final word.
        return status == u"terminated" || status == u"cancelled" ? Verdict::Reached : Verdict::Pending;
    case Action::CancelAtPeriodEnd:
        return server.billing.cancellationRequest.isEmpty() ? Verdict::Pending : Verdict::Reached;
    }
    return Verdict::Pending;
}

QString ActionRules::name(Action action)
{
    switch (action) {
    case Action::Start:
        return tr("Start", "server action");
    case Action::Stop:
        return tr("Stop", "server action");
    case Action::ForceStop:
        return tr("Force stop", "server action");
    case Action::Reboot:
        return tr("Reboot", "server action");
    case Action::ForceReboot:
        return tr("Force reboot", "server action");
    case Action::EnterRescue:
        return tr("Enter rescue mode", "server action");
    case Action::LeaveRescue:
        return tr("Leave rescue mode", "server action");
    case Action::CancelImmediately:
        return tr("Cancel immediately", "server action");
    case Action::CancelAtPeriodEnd:
        return tr("Cancel at end of billing period", "server action");
    }
    return {};
}

QString ActionRules::progressText(Action action)
{
    switch (action) {
    case Action::Start:
        return tr("starting…", "server status while an action runs");
    case Action::Stop:
    case Action::ForceStop:
        return tr("stopping…", "server status while an action runs");
    case Action::Reboot:
    case Action::ForceReboot:
        return tr("rebooting…", "server status while an action runs");
    case Action::EnterRescue:
        return tr("entering rescue…", "server status while an action runs");
    case Action::LeaveRescue:
        return tr("leaving rescue…", "server status while an action runs");
    case Action::CancelImmediately:
        return tr("cancelling…", "server status while an action runs");
    case Action::CancelAtPeriodEnd:
        return tr("booking cancellation…", "server status while an action runs");
    }
    return {};
}

QString ActionRules::reachedText(Action action, const Instance &server)
{
    switch (action) {
    case Action::EnterRescue:
        return tr("The server is in rescue mode and %1.").arg(ServerTableModel::statusText(server.status));
    case Action::LeaveRescue:
        return tr("The server left rescue mode and is %1.").arg(ServerTableModel::statusText(server.status));
    case Action::CancelImmediately:
        return tr("The server was cancelled and removed.");
    case Action::CancelAtPeriodEnd:
        return tr("The server will be cancelled at the end of its billing period.");
    default:
        return tr("The server is %1.").arg(ServerTableModel::statusText(server.status));
    }
}

QString ActionRules::key(Action action)
{
    switch (action) {
    case Action::Start:
        return u"start"_s;
    case Action::Stop:
        return u"stop"_s;
    case Action::ForceStop:
        return u"force-stop"_s;
    case Action::Reboot:
        return u"reboot"_s;
    case Action::ForceReboot:
        return u"force-reboot"_s;
    case Action::EnterRescue:
        return u"enter-rescue"_s;
    case Action::LeaveRescue:
        return u"leave-rescue"_s;
    case Action::CancelImmediately:
        return u"cancel-immediately"_s;
    case Action::CancelAtPeriodEnd:
        return u"cancel-at-period-end"_s;
    }
    return {};
}

std::optional<ActionRules::Action> ActionRules::fromKey(const QString &key)
{
    for (const Action action : allActions()) {
        if (ActionRules::key(action) == key)
            return action;
    }
    return std::nullopt;
}

} // namespace Heficed
