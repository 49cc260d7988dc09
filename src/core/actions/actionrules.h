// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/instance.h"
#include "api/instanceservice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Heficed {

// What the rules need to know about one server: its status word, its rescue flag, whether a
// cancellation at the end of the billing period is already booked, and whether the panel has
// an action of its own in flight for it.
struct ServerState
{
    qint64 id = 0;
    QString status;
    bool inRescueMode = false;
    bool cancellationRequested = false;
    bool busy = false;

    static ServerState of(const Instance &server, bool busy = false);
};

// The pure part of server actions: which action a server's state allows, what a busy server
// reads while one runs, and when a server re-read after an action counts as settled. Pure
// functions only, so that the whole table can be tested without a server or a window.
class ActionRules
{
    Q_DECLARE_TR_FUNCTIONS(ActionRules)

public:
    using Action = InstanceService::Action;

    // How one re-read of the server compares with what the action should end in.
    enum class Verdict
    {
        Pending,    // still on its way (or not yet begun): read again later
        Reached,    // the server is in the state the action should end in
        Unexpected, // the server settled in another state than the action should end in
    };

    static const QList<Action> &allActions();

    // Whether `action` may be sent for a server in `state`; a busy server allows nothing.
    static bool allows(Action action, const ServerState &state);
    // The servers of `selection` that `action` applies to, in selection order.
    static QList<qint64> targets(Action action, const QList<ServerState> &selection);
    // The actions that apply to at least one selected server, in allActions() order.
    static QList<Action> enabledActions(const QList<ServerState> &selection);

    // Statuses that change on their own (starting, stopping, terminating, ...).
    static bool isTransitional(const QString &status);
    // Judges one re-read; `sawTransition` says whether an earlier re-read was transitional and
    // `reads` counts the re-reads so far, this one included.
    static Verdict judge(Action action, const Instance &server, bool sawTransition, int reads);

    static bool needsConfirmation(Action action) { return action != Action::Start; }
    static bool isCancel(Action action)
    {
        return action == Action::CancelImmediately || action == Action::CancelAtPeriodEnd;
    }

    // Texts for a person: the action's name ("Force stop"), what a busy server reads
    // ("stopping…"), and the sentence for a reached outcome.
    static QString name(Action action);
    static QString progressText(Action action);
    static QString reachedText(Action action, const Instance &server);
    // The stable word stored in the history file, and back.
    static QString key(Action action);
    static std::optional<Action> fromKey(const QString &key);
};

} // namespace Heficed
