// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackingservers.h"

namespace Heficed::Sandbox {

void SocketRegistry::add(QTcpSocket *socket)
{
    m_sockets.removeIf([](const auto &entry) { return entry.value().isNull(); });
    m_sockets.insert(socket->peerPort(), socket);
}

QTcpSocket *SocketRegistry::find(quint16 peerPort) const
{
    return m_sockets.value(peerPort);
}

TrackingTcpServer::TrackingTcpServer(SocketRegistry *registry, QObject *parent)
    : QTcpServer(parent)
    , m_registry(registry)
{}

QTcpSocket *TrackingTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket)
        m_registry->add(socket);
    return socket;
}

TrackingSslServer::TrackingSslServer(SocketRegistry *registry, QObject *parent)
    : QSslServer(parent)
    , m_registry(registry)
{}

QTcpSocket *TrackingSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket)
        m_registry->add(socket);
    return socket;
}

} // namespace Heficed::Sandbox
