// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfront.h"

#include "pendingreply.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace Heficed::Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

RecordedRequest record(const QHttpServerRequest &request)
{
    RecordedRequest recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path();
    recorded.query = request.query();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const auto headers = request.headers().toListOfPairs();
#else
    const auto headers = request.headers();
#endif
    for (const auto &[name, value] : headers)
        recorded.headers.emplaceBack(name, value);
    recorded.body = request.body();
    recorded.received = QDateTime::currentDateTimeUtc();
    return recorded;
}

} // namespace

HttpFront::HttpFront(Sink sink, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_sink(std::move(sink))
{}

void HttpFront::accept(const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket)
{
    m_sink(record(request), std::make_unique<PendingReply>(std::move(responder), socket));
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
bool HttpFront::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    accept(request, std::move(responder), m_sockets.find(request.remotePort()));
    return true;
}
#else
bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    accept(request, makeResponder(request, socket), socket);
    return true;
}
#endif

// handleRequest() takes every request, so Qt never calls these; they only satisfy the interface.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
void HttpFront::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
{
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}
#elif QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
void HttpFront::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder)
{
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}
#else
void HttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
#endif

} // namespace Heficed::Sandbox
