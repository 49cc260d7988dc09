// SPDX-License-Identifier: GPL-3.0-or-later
#include "refreshscheduler.h"

#include "logging.h"

#include <QTimer>

#include <algorithm>

namespace Heficed {

using std::chrono::milliseconds;

namespace {

milliseconds steadyNow()
{
    return std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now().time_since_epoch());
}

// 2^16 intervals is far beyond any cap; stopping there keeps the arithmetic away from overflow.
constexpr int maxDoublings = 16;

} // namespace

RefreshScheduler::RefreshScheduler(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_clock(&steadyNow)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RefreshScheduler::refreshDue);
}

void RefreshScheduler::setInterval(milliseconds interval)
{
    const milliseconds bounded = std::clamp(interval, milliseconds(0), MaxInterval);
    if (bounded == m_interval)
        return;
    m_interval = bounded;
    reschedule();
}

void RefreshScheduler::setMinimised(bool minimised)
{
    if (minimised == m_minimised)
        return;
    m_minimised = minimised;
    // Measured from the last load's end: a window restored after a long while refreshes at once.
    reschedule();
}

void RefreshScheduler::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&steadyNow);
    reschedule();
}

void RefreshScheduler::loadStarted()
{
    m_loading = true;
    m_timer->stop();
}

void RefreshScheduler::loadFinished(bool ok)
{
    m_loading = false;
    m_finishedOnce = true;
    m_lastFinished = m_clock();
    m_failures = ok ? 0 : std::min(m_failures + 1, maxDoublings);
    reschedule();
    qCDebug(lcModels) << "next automatic refresh in" << remaining().count() << "ms after" << m_failures
                      << "failed loads in a row";
}

void RefreshScheduler::stop()
{
    m_timer->stop();
    m_loading = false;
    m_finishedOnce = false;
    m_failures = 0;
}

bool RefreshScheduler::isScheduled() const
{
    return m_timer->isActive();
}

milliseconds RefreshScheduler::currentDelay() const
{
    return delayFor(m_interval, m_failures, m_minimised);
}

milliseconds RefreshScheduler::remaining() const
{
    if (!isScheduled())
        return milliseconds(-1);
    return std::max(milliseconds(0), m_lastFinished + currentDelay() - m_clock());
}

milliseconds RefreshScheduler::delayFor(milliseconds interval, int failures, bool minimised)
{
    if (interval <= milliseconds(0))
        return milliseconds(0);
    const milliseconds cap = std::max(interval, MaxBackOff);
    milliseconds delay = interval;
    for (int doubling = 0; doubling < std::min(failures, maxDoublings) && delay < cap; ++doubling)
        delay *= 2;
    delay = std::min(delay, cap);
    return minimised ? delay * MinimisedFactor : delay;
}

void RefreshScheduler::reschedule()
{
    if (m_interval <= milliseconds(0) || m_loading || !m_finishedOnce) {
        m_timer->stop();
        return;
    }
    const milliseconds left = std::max(milliseconds(0), m_lastFinished + currentDelay() - m_clock());
    m_timer->start(left);
}

} // namespace Heficed
