// SPDX-License-Identifier: GPL-3.0-or-later
#include "subnetmovejob.h"

#include "routinglogging.h"
#include "subnetservice.h"

#include <QLocale>
#include <QTimer>

namespace Heficed {

namespace {

// How the progress bar is shared out: the two requests are quick, the wait is most of it.
constexpr int ReleasedAt = 20;
constexpr int SettledAt = 80;

} // namespace

SubnetMoveJob::SubnetMoveJob(SubnetService *service, const Subnet &subnet, qint64 toInstanceId, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_subnet(subnet)
    , m_to(toInstanceId)
    , m_tick(new QTimer(this))
{
    for (Step step : {Step::Release, Step::Settle, Step::Route})
        m_steps.append(StepRecord{step, StepState::Waiting, {}, {}, 0, {}});
    connect(m_tick, &QTimer::timeout, this, &SubnetMoveJob::onTick);
}

SubnetMoveJob::~SubnetMoveJob() = default;

QString SubnetMoveJob::stepName(Step step)
{
    switch (step) {
    case Step::Release:
        return tr("Release");
    case Step::Settle:
        return tr("Wait for the release to settle");
    case Step::Route:
        return tr("Route");
    }
    return {};
}

QString SubnetMoveJob::secondsText(qint64 ms)
{
    const int decimals = ms % 1000 == 0 ? 0 : 1;
    return tr("%1 s", "seconds").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', decimals));
}

void SubnetMoveJob::start()
{
    if (m_running || m_finished || !m_service)
        return;
    m_running = true;
    qCInfo(lcRouting) << "Moving subnet" << m_subnet.text() << "from" << m_subnet.instanceId << "to" << m_to;
    release();
}

void SubnetMoveJob::cancel()
{
    if (!m_running || m_steps.at(static_cast<int>(Step::Settle)).state != StepState::Running)
        return;
    m_tick->stop();
    endStep(Step::Settle, StepState::Failed, tr("Cancelled."));
    endStep(Step::Route, StepState::Skipped, {});
    finish(false, tr("The move was cancelled. %1 is released and routed nowhere now.").arg(m_subnet.text()));
}

void SubnetMoveJob::release()
{
    beginStep(Step::Release,
              tr("Releasing %1 from %2…").arg(m_subnet.text(), m_service->serverLabel(fromInstanceId())));
    m_service->release(fromInstanceId(), {m_subnet}, this,
                       [this](const ApiResult<ApiResponse> &result) { onReleased(result); });
}

void SubnetMoveJob::onReleased(const ApiResult<ApiResponse> &result)
{
    if (!result.ok()) {
        const QString message = m_service->describeError(result.error());
        endStep(Step::Release, StepState::Failed, message, result.error().httpStatus);
        endStep(Step::Settle, StepState::Skipped, {});
        endStep(Step::Route, StepState::Skipped, {});
        finish(false, tr("Could not release %1; it stays where it was. %2").arg(m_subnet.text(), message));
        return;
    }
    endStep(Step::Release, StepState::Done, tr("Released from %1.").arg(m_service->serverLabel(fromInstanceId())),
            result.value().httpStatus);
    setProgress(ReleasedAt);
    settle();
}

void SubnetMoveJob::settle()
{
    beginStep(Step::Settle, tr("Waiting %1 for the release to settle…").arg(secondsText(m_settleMs)));
    m_settling.start();
    m_tick->start(m_tickMs);
    onTick();
}

void SubnetMoveJob::onTick()
{
    const qint64 elapsed = m_settling.elapsed();
    if (elapsed < m_settleMs) {
        const qint64 share = m_settleMs > 0 ? elapsed * (SettledAt - ReleasedAt) / m_settleMs : 0;
        setProgress(ReleasedAt + static_cast<int>(share));
        return;
    }
    m_tick->stop();
    endStep(Step::Settle, StepState::Done, tr("Waited %1.").arg(secondsText(elapsed / 100 * 100)));
    setProgress(SettledAt);
    route();
}

void SubnetMoveJob::route()
{
    beginStep(Step::Route, tr("Routing %1 to %2…").arg(m_subnet.text(), m_service->serverLabel(m_to)));
    m_service->route(m_to, {m_subnet}, this, [this](const ApiResult<ApiResponse> &result) { onRouted(result); });
}

void SubnetMoveJob::onRouted(const ApiResult<ApiResponse> &result)
{
    if (!result.ok()) {
        // Not tried again: the user decides, knowing where the subnet is now.
        const QString message = m_service->describeError(result.error());
        endStep(Step::Route, StepState::Failed, message, result.error().httpStatus);
        finish(false, tr("%1 was released but could not be routed to %2, so it is routed nowhere now. %3")
                          .arg(m_subnet.text(), m_service->serverLabel(m_to), message));
        return;
    }
    endStep(Step::Route, StepState::Done, tr("Routed to %1.").arg(m_service->serverLabel(m_to)),
            result.value().httpStatus);
    setProgress(ProgressMax);
    finish(true, tr("Moved %1 from %2 to %3.")
                     .arg(m_subnet.text(), m_service->serverLabel(fromInstanceId()), m_service->serverLabel(m_to)));
}

void SubnetMoveJob::beginStep(Step step, const QString &message)
{
    StepRecord &record = m_steps[static_cast<int>(step)];
    record.state = StepState::Running;
    record.started = QDateTime::currentDateTimeUtc();
    record.message = message;
    Q_EMIT stepChanged(step, record.state, message);
}

void SubnetMoveJob::endStep(Step step, StepState state, const QString &message, int httpStatus)
{
    StepRecord &record = m_steps[static_cast<int>(step)];
    record.state = state;
    record.finished = QDateTime::currentDateTimeUtc();
    record.httpStatus = httpStatus;
    record.message = message;
    Q_EMIT stepChanged(step, state, message);
}

void SubnetMoveJob::setProgress(int value)
{
    if (value == m_progress)
        return;
    m_progress = value;
    Q_EMIT progressChanged(value);
}

void SubnetMoveJob::finish(bool ok, const QString &message)
{
    m_running = false;
    m_finished = true;
    m_succeeded = ok;
    m_resultMessage = message;
    qCInfo(lcRouting) << "Move of" << m_subnet.text() << (ok ? "done" : "failed");
    Q_EMIT finished(ok, message);
}

} // namespace Heficed
