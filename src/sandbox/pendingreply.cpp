// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingreply.h"

#include "apiresponse.h"
#include "sandboxlogging.h"

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace Heficed::Sandbox {

PendingReply::PendingReply(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::move(responder))
    , m_socket(socket)
    , m_socketKnown(socket != nullptr)
{}

bool PendingReply::clientGone() const
{
    return m_socketKnown && (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState);
}

void PendingReply::send(const ApiResponse &response)
{
    if (clientGone())
        return; // the client gave up (a timeout, say): nobody to answer
    const int code = Problem::isKnownStatus(response.status) ? response.status : 500;
    const auto status = static_cast<QHttpServerResponder::StatusCode>(code);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    if (!response.contentType.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto &[name, value] : response.headers)
        headers.append(name, value);
    m_responder.write(response.body, headers, status); // sets Content-Length
#else
    m_responder.writeStatusLine(status);
    if (!response.contentType.isEmpty())
        m_responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        m_responder.writeHeader(name, value);
    m_responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    m_responder.writeBody(response.body);
#endif
}

void PendingReply::drop()
{
    if (m_socketKnown) {
        if (m_socket)
            m_socket->abort();
        return;
    }
    // Without the connection it cannot be closed; an empty gateway error comes closest.
    qCWarning(lcSandbox) << "cannot drop a connection the sandbox did not track; answering 502 instead";
    send(ApiResponse::empty(502));
}

} // namespace Heficed::Sandbox
