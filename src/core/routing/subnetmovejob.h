// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "subnet.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Heficed {

class SubnetService;

// Moves one routed subnet to another server as one tracked job: release it from its server, wait
// for the release to settle (routing right after a release fails, contract 3.2), route it to the
// new server. Every step is recorded with its outcome; nothing is tried again by itself: when the
// route step fails (say 409, still settling) the job ends and says the subnet is now unrouted.
class SubnetMoveJob : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        Release,
        Settle,
        Route
    };
    Q_ENUM(Step)

    enum class StepState
    {
        Waiting,
        Running,
        Done,
        Failed,
        Skipped
    };
    Q_ENUM(StepState)

    struct StepRecord
    {
        Step step = Step::Release;
        StepState state = StepState::Waiting;
        QDateTime started;
        QDateTime finished;
        int httpStatus = 0;
        QString message;
    };

    // Public tooling waits about 4 s between release and route; one more second of margin.
    static constexpr int DefaultSettleMs = 5'000;
    static constexpr int ProgressMax = 100;

    SubnetMoveJob(SubnetService *service, const Subnet &subnet, qint64 toInstanceId, QObject *parent = nullptr);
    ~SubnetMoveJob() override;

    void setSettleMs(int ms) { m_settleMs = qMax(0, ms); }
    int settleMs() const { return m_settleMs; }
    void setTickMs(int ms) { m_tickMs = qMax(10, ms); }

    void start();
    // Stops during the settle wait, before the route request; the subnet stays released. A request
    // already sent is not called back.
    void cancel();

    const Subnet &subnet() const { return m_subnet; }
    qint64 fromInstanceId() const { return m_subnet.instanceId; }
    qint64 toInstanceId() const { return m_to; }
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_succeeded; }
    QString resultMessage() const { return m_resultMessage; }
    const QList<StepRecord> &steps() const { return m_steps; }
    const StepRecord &step(Step step) const { return m_steps.at(static_cast<int>(step)); }
    int progress() const { return m_progress; }

    static QString stepName(Step step);
    // "5 s", "1.5 s": a wait as a person reads it.
    static QString secondsText(qint64 ms);

Q_SIGNALS:
    void stepChanged(Heficed::SubnetMoveJob::Step step, Heficed::SubnetMoveJob::StepState state,
                     const QString &message);
    void progressChanged(int value); // 0 to ProgressMax
    void finished(bool ok, const QString &message);

private:
    void release();
    void onReleased(const ApiResult<ApiResponse> &result);
    void settle();
    void onTick();
    void route();
    void onRouted(const ApiResult<ApiResponse> &result);

    void beginStep(Step step, const QString &message);
    void endStep(Step step, StepState state, const QString &message, int httpStatus = 0);
    void setProgress(int value);
    void finish(bool ok, const QString &message);

    QPointer<SubnetService> m_service;
    Subnet m_subnet; // as it was when the job began: instanceId is the server it leaves
    qint64 m_to;
    int m_settleMs = DefaultSettleMs;
    int m_tickMs = 100;
    QTimer *m_tick;
    QElapsedTimer m_settling;
    QList<StepRecord> m_steps;
    int m_progress = 0;
    bool m_running = false;
    bool m_finished = false;
    bool m_succeeded = false;
    QString m_resultMessage;
};

} // namespace Heficed
