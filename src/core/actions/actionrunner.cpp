// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionrunner.h"

#include "actionslogging.h"
#include "activitymodel.h"
#include "models/servertablemodel.h"
#include "secretmasker.h"

#include <QTimer>

namespace Heficed {

using namespace Qt::StringLiterals;

// One action on one server, from sending until it settles. `entry` is the authoritative copy of
// its activity row; `row` is that row's serial in the activity model.
struct ActionRunner::Job
{
    quint64 serial = 0;
    quint64 row = 0;
    ActivityEntry entry;
    QElapsedTimer elapsed;
    int reads = 0;
    int waitMs = 0;
    bool sawTransition = false;
};

ActionRunner::ActionRunner(ApiClient *client, InstanceService *service, ActivityModel *activity, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_service(service)
    , m_activity(activity)
{}

// Actions still followed when the session ends are left as the panel last saw them, and said so.
ActionRunner::~ActionRunner()
{
    if (!m_activity)
        return;
    for (auto &[serverId, job] : m_jobs) {
        m_activity->update(job.row, [](ActivityEntry &entry) {
            entry.state = ActivityEntry::State::TimedOut;
            entry.message = tr("The panel stopped following this action when the session ended.");
        });
    }
}

bool ActionRunner::isBusy(qint64 serverId) const
{
    return m_jobs.contains(serverId);
}

int ActionRunner::busyCount() const
{
    return static_cast<int>(m_jobs.size());
}

std::optional<ActionRunner::Action> ActionRunner::pendingAction(qint64 serverId) const
{
    const auto found = m_jobs.find(serverId);
    if (found == m_jobs.end())
        return std::nullopt;
    return found->second.entry.action;
}

bool ActionRunner::run(const Instance &server, Action action, const QString &reason)
{
    if (!m_client || !m_service)
        return false;
    if (!ActionRules::allows(action, ServerState::of(server, isBusy(server.id)))) {
        qCDebug(lcActions) << "Not sending" << action << "for server" << server.id << "in state" << server.status
                           << (isBusy(server.id) ? "(busy)" : "");
        return false;
    }

    const ApiRequest request = InstanceService::actionRequest(m_client->tenant(), server.id, action, reason);
    Job &job = m_jobs[server.id];
    job.serial = m_nextJob++;
    job.elapsed.start();
    job.waitMs = m_policy.firstReadMs;
    job.entry.time = QDateTime::currentDateTimeUtc();
    job.entry.serverId = server.id;
    job.entry.hostname = server.hostname;
    job.entry.action = action;
    job.entry.reason = reason;
    job.entry.requestMethod = request.endpoint.method;
    job.entry.requestUrl = urlText(request);
    job.entry.requestBody = SecretMasker::forKeeping(request.body);
    job.entry.message = tr("Sending the request…");
    job.row = m_activity ? m_activity->add(job.entry) : 0;
    Q_EMIT busyChanged(server.id, true);

    const qint64 serverId = server.id;
    const quint64 serial = job.serial;
    m_service->perform(serverId, action, reason, this, [this, serverId, serial](const ApiResult<ApiResponse> &result) {
        onSent(serverId, serial, result);
    });
    return true;
}

ActionRunner::Job *ActionRunner::job(qint64 serverId, quint64 serial)
{
    const auto found = m_jobs.find(serverId);
    return found != m_jobs.end() && found->second.serial == serial ? &found->second : nullptr;
}

void ActionRunner::onSent(qint64 serverId, quint64 serial, const ApiResult<ApiResponse> &result)
{
    Job *current = job(serverId, serial);
    if (!current)
        return;

    // The contract says not to rely on an action's body: a 2xx whose body could not be read (cut
    // off, a gateway's page) was still accepted, and the re-reads tell how it ends.
    const ApiError &error = result.error();
    const bool acceptedUnreadable =
        !result.ok() && error.kind == ApiError::Kind::InvalidJson && error.httpStatus >= 200 && error.httpStatus < 300;
    if (acceptedUnreadable) {
        onAccepted(serverId, serial, error.httpStatus, error.exchange.value_or(ApiExchange()));
        return;
    }

    if (!result.ok()) {
        qCInfo(lcActions) << current->entry.action << "for server" << serverId
                          << "failed:" << ApiError::kindName(error.kind) << error.httpStatus;
        current->entry.httpStatus = error.httpStatus;
        current->entry.responseStatus = error.httpStatus;
        current->entry.problemDetail = error.serverDetail;
        if (error.exchange)
            current->entry.responseBody = SecretMasker::forKeeping(error.exchange->responseBody);
        finish(serverId, ActivityEntry::State::Failed, error.message, {});
        return;
    }

    onAccepted(serverId, serial, result.value().httpStatus, result.value().exchange);
}

void ActionRunner::onAccepted(qint64 serverId, quint64 serial, int httpStatus, const ApiExchange &exchange)
{
    Job *current = job(serverId, serial);
    ActivityEntry &entry = current->entry;
    entry.state = ActivityEntry::State::Accepted;
    entry.httpStatus = httpStatus;
    entry.responseStatus = httpStatus;
    if (exchange.url.isValid())
        entry.requestUrl = SecretMasker::maskUrl(exchange.url);
    entry.responseBody = SecretMasker::forKeeping(exchange.responseBody);
    entry.message = tr("Accepted; waiting for the server to settle…");
    if (m_activity)
        m_activity->update(current->row, [copy = entry](ActivityEntry &row) { row = copy; });
    qCDebug(lcActions) << entry.action << "for server" << serverId << "accepted with" << httpStatus;
    scheduleRead(serverId, serial);
}

void ActionRunner::scheduleRead(qint64 serverId, quint64 serial)
{
    Job *current = job(serverId, serial);
    // The last read falls on the time limit rather than past it.
    const qint64 left = qMax<qint64>(0, m_policy.limitMs - current->elapsed.elapsed());
    const int wait = static_cast<int>(qMin<qint64>(current->waitMs, left));
    current->waitMs = qMin(m_policy.maxReadMs, qMax(1, static_cast<int>(current->waitMs * m_policy.factor)));
    QTimer::singleShot(wait, this, [this, serverId, serial] { read(serverId, serial); });
}

void ActionRunner::read(qint64 serverId, quint64 serial)
{
    if (!job(serverId, serial) || !m_service)
        return;
    m_service->fetchOne(serverId, this, [this, serverId, serial](const ApiResult<Instance> &result) {
        onRead(serverId, serial, result);
    });
}

void ActionRunner::onRead(qint64 serverId, quint64 serial, const ApiResult<Instance> &result)
{
    Job *current = job(serverId, serial);
    if (!current)
        return;
    ++current->reads;

    if (!result.ok() && result.error().httpStatus == 404) {
        onGone(serverId);
        return;
    }
    if (result.ok()) {
        const Instance &server = result.value();
        Q_EMIT serverRead(server);
        current = job(serverId, serial); // a receiver may have ended the session
        if (!current)
            return;
        current->entry.finalStatus = server.status;
        current->sawTransition = current->sawTransition || ActionRules::isTransitional(server.status);
        switch (ActionRules::judge(current->entry.action, server, current->sawTransition, current->reads)) {
        case ActionRules::Verdict::Reached:
            finish(serverId, ActivityEntry::State::Done, ActionRules::reachedText(current->entry.action, server),
                   server.status);
            return;
        case ActionRules::Verdict::Unexpected:
            finish(serverId, ActivityEntry::State::Failed,
                   tr("The API accepted the action, but the server is now %1.")
                       .arg(ServerTableModel::statusText(server.status)),
                   server.status);
            return;
        case ActionRules::Verdict::Pending:
            break;
        }
    } else {
        // A re-read is a GET: one that fails is simply made again at the next turn.
        qCInfo(lcActions) << "Re-reading server" << serverId << "failed:" << ApiError::kindName(result.error().kind);
    }

    if (current->elapsed.elapsed() >= m_policy.limitMs) {
        const QString seen = current->entry.finalStatus.isEmpty()
                                 ? tr("unknown")
                                 : ServerTableModel::statusText(current->entry.finalStatus);
        finish(serverId, ActivityEntry::State::TimedOut,
               tr("The API accepted the action, but the server was still %1 after %2. Refresh later to see how it "
                  "ended.")
                   .arg(seen, ActivityModel::durationText(current->elapsed.elapsed())),
               current->entry.finalStatus);
        return;
    }
    scheduleRead(serverId, serial);
}

void ActionRunner::onGone(qint64 serverId)
{
    const Action action = m_jobs.at(serverId).entry.action;
    Q_EMIT serverGone(serverId);
    if (!m_jobs.contains(serverId)) // a receiver ended the session
        return;
    if (action == Action::CancelImmediately)
        finish(serverId, ActivityEntry::State::Done, ActionRules::reachedText(action, Instance()), {});
    else
        finish(serverId, ActivityEntry::State::Failed, ApiError::sentenceForStatus(404), {});
}

void ActionRunner::finish(qint64 serverId, ActivityEntry::State state, const QString &message,
                          const QString &finalStatus)
{
    auto node = m_jobs.extract(serverId);
    ActivityEntry &entry = node.mapped().entry;
    entry.state = state;
    entry.message = message;
    if (!finalStatus.isEmpty())
        entry.finalStatus = finalStatus;
    entry.durationMs = node.mapped().elapsed.elapsed();
    if (m_activity)
        m_activity->update(node.mapped().row, [copy = entry](ActivityEntry &row) { row = copy; });

    qCInfo(lcActions) << entry.action << "for server" << serverId << "ended" << ActivityEntry::stateKey(state)
                      << "after" << entry.durationMs << "ms";
    Q_EMIT busyChanged(serverId, false);
    Q_EMIT actionFinished(entry);
}

QString ActionRunner::urlText(const ApiRequest &request) const
{
    return SecretMasker::maskUrl(m_client->urlFor(request.endpoint));
}

} // namespace Heficed
