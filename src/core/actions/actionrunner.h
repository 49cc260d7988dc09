// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionrules.h"
#include "activityentry.h"
#include "api/apiclient.h"
#include "api/instanceservice.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <map>
#include <optional>

namespace Heficed {

class ActivityModel;

// How the runner re-reads a server after the API accepted an action: first after firstReadMs,
// then each wait `factor` times the previous up to maxReadMs, until the status settles or
// limitMs have passed since the action was sent.
struct SettlePolicy
{
    int firstReadMs = 1000;
    int maxReadMs = 10'000;
    double factor = 1.5;
    int limitMs = 5 * 60'000;
};

// Runs server actions and follows each to its outcome. For one server at a time it checks the
// action against the server's state, marks the server busy, sends the request once (never
// again), re-reads the server until its status settles or the time limit passes, and records
// every step in the activity model. A failed action is recorded once, with the API's reason.
class ActionRunner : public QObject
{
    Q_OBJECT

public:
    using Action = InstanceService::Action;

    ActionRunner(ApiClient *client, InstanceService *service, ActivityModel *activity, QObject *parent = nullptr);
    ~ActionRunner() override;

    void setPolicy(const SettlePolicy &policy) { m_policy = policy; }
    const SettlePolicy &policy() const { return m_policy; }

    // Sends `action` for `server` unless the server is busy or its state does not allow it.
    // Returns whether a request went out. `reason` is the cancellation reason.
    bool run(const Instance &server, Action action, const QString &reason = {});

    bool isBusy(qint64 serverId) const;
    std::optional<Action> pendingAction(qint64 serverId) const;
    int busyCount() const;

Q_SIGNALS:
    void busyChanged(qint64 serverId, bool busy);
    // A fresh copy of a server, read while an action settles.
    void serverRead(const Heficed::Instance &server);
    // The server no longer exists (read back as 404).
    void serverGone(qint64 serverId);
    // An action reached done, failed or timed out; `entry` is its final activity row.
    void actionFinished(const Heficed::ActivityEntry &entry);

private:
    struct Job;

    void onSent(qint64 serverId, quint64 serial, const ApiResult<ApiResponse> &result);
    void onAccepted(qint64 serverId, quint64 serial, int httpStatus, const ApiExchange &exchange);
    void scheduleRead(qint64 serverId, quint64 serial);
    void read(qint64 serverId, quint64 serial);
    void onRead(qint64 serverId, quint64 serial, const ApiResult<Instance> &result);
    void onGone(qint64 serverId);
    void finish(qint64 serverId, ActivityEntry::State state, const QString &message, const QString &finalStatus);
    Job *job(qint64 serverId, quint64 serial);
    QString urlText(const ApiRequest &request) const;

    QPointer<ApiClient> m_client;
    QPointer<InstanceService> m_service;
    QPointer<ActivityModel> m_activity;
    SettlePolicy m_policy;
    std::map<qint64, Job> m_jobs; // by server ID: one action per server at a time
    quint64 m_nextJob = 1;
};

} // namespace Heficed
