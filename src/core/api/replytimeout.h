// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QNetworkReply;

namespace Heficed {

// Aborts a reply that has not finished within a time limit and marks it as timed out, so the
// error can say "timeout" rather than "cancelled". The timer restarts on every received byte,
// so a slow but steady download is not cut off. It lives as a child of the reply.
class ReplyTimeout : public QObject
{
    Q_OBJECT

public:
    static void watch(QNetworkReply *reply, int timeoutMs);
    static bool timedOut(const QNetworkReply *reply);

private:
    ReplyTimeout(QNetworkReply *reply, int timeoutMs);
    void onTimeout();

    QTimer m_timer;
    bool m_timedOut = false;
};

} // namespace Heficed
