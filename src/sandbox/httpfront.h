// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordedrequest.h"
#include "trackingservers.h"

#include <QAbstractHttpServer>
#include <QtGlobal>

#include <functional>
#include <memory>

namespace Heficed::Sandbox {

class PendingReply;

// The only place that knows QAbstractHttpServer, whose virtual functions changed in Qt 6.5 and
// 6.8. It turns every request into a RecordedRequest plus a PendingReply and hands both on;
// answering is always left to the sink, later or at once.
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Sink = std::function<void(const RecordedRequest &request, std::unique_ptr<PendingReply> reply)>;

    explicit HttpFront(Sink sink, QObject *parent = nullptr);

    SocketRegistry *sockets() { return &m_sockets; }

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#elif QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    void accept(const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket);

    Sink m_sink;
    SocketRegistry m_sockets;
};

} // namespace Heficed::Sandbox
