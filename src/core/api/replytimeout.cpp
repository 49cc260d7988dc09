// SPDX-License-Identifier: GPL-3.0-or-later
#include "replytimeout.h"

#include <QNetworkReply>

namespace Heficed {

ReplyTimeout::ReplyTimeout(QNetworkReply *reply, int timeoutMs)
    : QObject(reply)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &ReplyTimeout::onTimeout);
    connect(reply, &QNetworkReply::downloadProgress, &m_timer, qOverload<>(&QTimer::start));
    connect(reply, &QNetworkReply::uploadProgress, &m_timer, qOverload<>(&QTimer::start));
    connect(reply, &QNetworkReply::finished, &m_timer, &QTimer::stop);
    m_timer.start();
}

void ReplyTimeout::watch(QNetworkReply *reply, int timeoutMs)
{
    if (timeoutMs > 0)
        new ReplyTimeout(reply, timeoutMs);
}

bool ReplyTimeout::timedOut(const QNetworkReply *reply)
{
    const auto *watcher = reply->findChild<ReplyTimeout *>(QString(), Qt::FindDirectChildrenOnly);
    return watcher && watcher->m_timedOut;
}

void ReplyTimeout::onTimeout()
{
    m_timedOut = true;
    if (auto *reply = qobject_cast<QNetworkReply *>(parent()); reply && reply->isRunning())
        reply->abort();
}

} // namespace Heficed
