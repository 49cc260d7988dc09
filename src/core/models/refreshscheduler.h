// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <chrono>
#include <functional>

class QTimer;

namespace Heficed {

// Decides when the server list loads again on its own: every interval after the last load ended,
// four times as long while the window is minimised, and twice as long after each failed load in a
// row (up to a cap), back to normal after a good one. No refresh falls due while one is running.
//
// The class knows nothing of windows: the owner says when loads start and end and whether it is
// minimised. "Now" comes from a clock that tests can replace, so every decision can be checked
// without waiting.
class RefreshScheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<std::chrono::milliseconds()>; // a monotonic "now"

    static constexpr std::chrono::milliseconds DefaultInterval = std::chrono::seconds(30);
    static constexpr std::chrono::milliseconds MaxInterval = std::chrono::hours(24);
    static constexpr std::chrono::milliseconds MaxBackOff = std::chrono::minutes(10);
    static constexpr int MinimisedFactor = 4;

    explicit RefreshScheduler(QObject *parent = nullptr);

    // Zero (or less) turns automatic refresh off; F5 still works.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    void setMinimised(bool minimised);
    bool isMinimised() const { return m_minimised; }

    void setClock(Clock clock);

    void loadStarted();
    void loadFinished(bool ok);
    void stop();

    int failuresInARow() const { return m_failures; }
    bool isScheduled() const;
    // From the end of the last load to the next refresh, as things stand now.
    std::chrono::milliseconds currentDelay() const;
    // From now to the next refresh; zero when it is due; negative when none is scheduled.
    std::chrono::milliseconds remaining() const;

    // The rule itself: interval doubled per failure up to the cap (never below the interval), then
    // stretched while minimised.
    static std::chrono::milliseconds delayFor(std::chrono::milliseconds interval, int failures, bool minimised);

Q_SIGNALS:
    void refreshDue();

private:
    void reschedule();

    QTimer *m_timer;
    Clock m_clock;
    std::chrono::milliseconds m_interval = DefaultInterval;
    std::chrono::milliseconds m_lastFinished{0};
    int m_failures = 0;
    bool m_minimised = false;
    bool m_loading = false;
    bool m_finishedOnce = false;
};

} // namespace Heficed
