// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesstokenprovider.h"

#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace Heficed {

namespace {

// The token endpoint's refusals, translated into what the user should check.
ApiError tokenRefusal(int httpStatus, const QByteArray &body, const QStringList &scopes)
{
    ApiError error = ApiError::fromHttpStatus(httpStatus, body, {});
    const QString code = error.serverErrorCode;
    if (code == u"invalid_client" || (httpStatus == 401 && code.isEmpty())) {
        error.kind = ApiError::Kind::Authentication;
        error.message = ApiError::tr("Heficed did not accept the client ID or client secret. Copy both again from "
                                     "API > API keys in the Heficed Terminal.");
    } else if (code == u"invalid_scope") {
        error.kind = ApiError::Kind::Authentication;
        error.message = ApiError::tr("The API application is not allowed to use the services %1. Enable them for the "
                                     "application in the Heficed Terminal, or untick them here.")
                            .arg(scopes.join(QStringLiteral(", ")));
    }
    return error;
}

} // namespace

AccessTokenProvider::AccessTokenProvider(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void AccessTokenProvider::setConnection(const ConnectionSettings &settings, const QSslConfiguration &ssl)
{
    m_settings = settings;
    m_ssl = ssl;
}

void AccessTokenProvider::setCredentials(const Credentials &credentials)
{
    // A token of other credentials must never be handed out, not even by a request in flight.
    m_credentials = credentials;
    m_token.clear();
    m_expiresAt = {};
    ++m_credentialsGeneration;
    if (m_inFlight)
        m_inFlight->abort();
}

void AccessTokenProvider::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

bool AccessTokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock() < m_expiresAt;
}

void AccessTokenProvider::withToken(QObject *context, TokenCallback done)
{
    if (hasValidToken()) {
        done(m_token);
        return;
    }

    m_waiters.push_back({context, std::move(done)});
    if (!m_inFlight)
        sendTokenRequest();
}

void AccessTokenProvider::invalidate(const QString &token)
{
    if (token == m_token) {
        qCDebug(lcAuth) << "The API rejected the cached token; a new one will be requested";
        m_token.clear();
        m_expiresAt = {};
    }
}

void AccessTokenProvider::sendTokenRequest()
{
    QNetworkRequest request(m_settings.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    const QByteArray basic = (m_credentials.clientId + u':' + m_credentials.clientSecret).toUtf8().toBase64();
    request.setRawHeader("Authorization", "Basic " + basic);
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);

    // Scopes are one space-separated value (contract section 2); QUrlQuery encodes the space.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("scope"), m_credentials.scopes.join(u' '));

    ++m_tokenRequestsSent;
    qCDebug(lcAuth) << "Requesting an access token for scopes" << m_credentials.scopes << "from"
                    << m_settings.tokenUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    m_inFlight = reply;
    const quint64 generation = m_credentialsGeneration;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation == m_credentialsGeneration)
            onTokenReply(reply);
    });
}

void AccessTokenProvider::onTokenReply(QNetworkReply *reply)
{
    m_inFlight = nullptr;
    const ApiResult<QString> result = parseTokenReply(reply);
    finishWaiters(result);
}

ApiResult<QString> AccessTokenProvider::parseTokenReply(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();

    if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400))
        return ApiError::fromNetworkReply(reply, m_settings.timeoutMs);
    if (status >= 400) {
        qCWarning(lcAuth) << "The token endpoint refused the request with status" << status;
        return tokenRefusal(status, body, m_credentials.scopes);
    }

    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(body, &parseError).object();
    const QString token = object.value(u"access_token").toString();
    if (parseError.error != QJsonParseError::NoError || token.isEmpty())
        return ApiError::invalidJson(status, body, contentType);

    // Renew a little before the stated lifetime; a lifetime shorter than the margin is used as is.
    const qint64 lifetime = object.value(u"expires_in").toInteger(3600);
    const qint64 margin = lifetime > 2 * m_settings.tokenRenewMarginSeconds ? m_settings.tokenRenewMarginSeconds : 0;
    m_token = token;
    m_expiresAt = m_clock().addSecs(lifetime - margin);
    qCDebug(lcAuth) << "Obtained an access token valid for" << lifetime << "seconds";
    Q_EMIT tokenObtained(m_expiresAt);
    return token;
}

void AccessTokenProvider::finishWaiters(const ApiResult<QString> &result)
{
    // A callback may ask for a token again; it must join a fresh list, not this one.
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(result);
    }
}

} // namespace Heficed
