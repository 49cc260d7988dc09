// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

namespace Heficed::Sandbox {

struct ApiResponse;

// The way back to one client: its responder, held until the answer is due, and its connection,
// so that a fault can close it without an answer.
class PendingReply
{
public:
    PendingReply(QHttpServerResponder &&responder, QTcpSocket *socket);

    void send(const ApiResponse &response);
    // Closes the connection at once: the client sees it dropped with no HTTP answer.
    void drop();

private:
    bool clientGone() const;

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_socketKnown;
};

} // namespace Heficed::Sandbox
