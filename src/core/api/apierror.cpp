// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include "replytimeout.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace Heficed {

namespace {

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.contains("html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

// A problem object's `context` may be a string or an object of per-field messages.
QString contextText(const QJsonValue &context)
{
    if (context.isString())
        return context.toString();
    if (!context.isObject())
        return {};

    QStringList parts;
    const QJsonObject fields = context.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString text =
            it.value().isString()
                ? it.value().toString()
                : QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), it.value()}}).toJson(QJsonDocument::Compact));
        parts.append(it.key() + u": " + text);
    }
    return parts.join(u"; ");
}

// Reads `detail`/`title` (problem object) or `error_description`/`error` (OAuth error).
bool readServerText(const QByteArray &body, ApiError &error)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return false;

    const QJsonObject object = document.object();
    QString detail = object.value(u"detail").toString();
    if (detail.isEmpty())
        detail = object.value(u"title").toString();
    if (detail.isEmpty())
        detail = object.value(u"error_description").toString();
    const QString context = contextText(object.value(u"context"));
    if (!context.isEmpty() && !detail.contains(context))
        detail = detail.isEmpty() ? context : detail + u" (" + context + u')';

    error.serverDetail = detail.simplified();
    error.serverErrorCode = object.value(u"type").toString();
    if (error.serverErrorCode.isEmpty())
        error.serverErrorCode = object.value(u"error").toString();
    return !error.serverDetail.isEmpty() || !error.serverErrorCode.isEmpty();
}

} // namespace

ApiError ApiError::network(const QString &reason)
{
    ApiError error;
    error.kind = Kind::Network;
    error.message =
        tr("Could not reach the Heficed API: %1. Check your network connection and the API address.").arg(reason);
    return error;
}

ApiError ApiError::tls(const QString &reason)
{
    ApiError error;
    error.kind = Kind::Tls;
    error.message = tr("The secure connection was refused: %1. If your network uses its own certificate authority, "
                       "add its certificate as an extra CA file in the settings.")
                        .arg(reason);
    return error;
}

ApiError ApiError::timeout(int seconds)
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.message = tr("The Heficed API did not answer within %n second(s). Try again; on a slow network, start the "
                       "panel with a longer --timeout.",
                       nullptr, seconds);
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    error.message = tr("The request was cancelled.");
    return error;
}

ApiError ApiError::invalidJson(int httpStatus, const QByteArray &body, const QByteArray &contentType)
{
    ApiError error;
    error.kind = Kind::InvalidJson;
    error.httpStatus = httpStatus;
    if (body.trimmed().isEmpty())
        error.message = tr("The Heficed API sent an empty answer where data was expected. Try again in a moment.");
    else if (looksLikeHtml(body, contentType))
        error.message = tr("The Heficed API answered with a web page instead of data; a gateway or proxy may be "
                           "failing. Try again in a moment.");
    else
        error.message = tr("The Heficed API sent an answer that could not be read (it may have been cut off). Try "
                           "again in a moment.");
    return error;
}

ApiError ApiError::fromHttpStatus(int httpStatus, const QByteArray &body, const QByteArray &contentType)
{
    ApiError error;
    error.httpStatus = httpStatus;
    const bool hasServerText = !looksLikeHtml(body, contentType) && readServerText(body, error);
    error.kind = hasServerText ? Kind::Problem : Kind::HttpStatus;

    const QString sentence = sentenceForStatus(httpStatus);
    error.message =
        error.serverDetail.isEmpty() ? sentence : tr("%1 The server said: %2").arg(sentence, error.serverDetail);
    return error;
}

QString ApiError::sentenceForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return tr("The Heficed API refused the request as invalid (400).");
    case 401:
        return tr("The Heficed API did not accept the access token (401). Check the client ID and secret.");
    case 403:
        return tr("Access denied (403): the API application may lack the service for this request, or the "
                  "organisation ID is not yours.");
    case 404:
        return tr("Not found (404): the server or address no longer exists.");
    case 409:
        return tr("The request conflicts with the current state (409).");
    case 429:
        return tr("The Heficed API is receiving too many requests (429). Wait a moment and try again.");
    case 500:
    case 502:
    case 503:
    case 504:
        return tr("The Heficed API failed (%1). Try again in a moment.").arg(httpStatus);
    default:
        return tr("The Heficed API answered with HTTP status %1.").arg(httpStatus);
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::HttpStatus:
        return QStringLiteral("http-status");
    case Kind::Problem:
        return QStringLiteral("problem");
    case Kind::InvalidJson:
        return QStringLiteral("invalid-json");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace Heficed

namespace Heficed {

ApiError ApiError::fromNetworkReply(const QNetworkReply *reply, int timeoutMs)
{
    if (ReplyTimeout::timedOut(reply))
        return timeout(qMax(1, timeoutMs / 1000));

    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return tls(reply->errorString());
    case QNetworkReply::TimeoutError:
        return timeout(qMax(1, timeoutMs / 1000));
    case QNetworkReply::OperationCanceledError:
        return cancelled();
    case QNetworkReply::ConnectionRefusedError:
        return network(tr("the connection was refused"));
    case QNetworkReply::ContentReSendError:
        return network(tr("the server closed the connection before answering, and the request was not sent again; "
                          "check the server's state before trying again"));
    case QNetworkReply::RemoteHostClosedError:
        return network(tr("the server closed the connection before answering"));
    case QNetworkReply::HostNotFoundError:
        return network(tr("the host name could not be found"));
    default:
        return network(reply->errorString());
    }
}

} // namespace Heficed
