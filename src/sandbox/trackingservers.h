// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Heficed::Sandbox {

// The accepted connections by the client's port, so that a request can be answered by closing its
// connection (Fault::Kind::DropConnection). From Qt 6.5 on, QAbstractHttpServer no longer hands the
// socket to handleRequest(); the request still carries the client's port, and this finds the socket.
class SocketRegistry
{
public:
    void add(QTcpSocket *socket);
    QTcpSocket *find(quint16 peerPort) const;

private:
    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
};

// A plain listener that records each connection QAbstractHttpServer takes from it.
class TrackingTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    TrackingTcpServer(SocketRegistry *registry, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;

private:
    SocketRegistry *m_registry;
};

// The TLS listener: QSslServer hands out connections only after the handshake succeeded.
class TrackingSslServer : public QSslServer
{
    Q_OBJECT

public:
    TrackingSslServer(SocketRegistry *registry, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;

private:
    SocketRegistry *m_registry;
};

} // namespace Heficed::Sandbox
