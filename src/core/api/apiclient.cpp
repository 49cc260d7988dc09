// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "accesstokenprovider.h"
#include "logging.h"
#include "oneshotupload.h"
#include "replytimeout.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

namespace Heficed {

// One logical call: the request, who waits for it, and how often it was tried.
struct ApiClient::Call
{
    ApiRequest request;
    QPointer<QObject> context;
    ResponseCallback done;
    bool hasContext = false;
    int attempts429 = 0;
    bool retried401 = false;
    QElapsedTimer elapsed;

    bool contextGone() const { return hasContext && !context; }
};

ApiRequest ApiRequest::json(Endpoints::Endpoint endpoint, const QJsonDocument &body)
{
    return {std::move(endpoint), body.toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json")};
}

ApiClient::ApiClient(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(new AccessTokenProvider(m_network, this))
{
    // Redirects are followed only when they keep HTTPS; the proxy is the system's.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    setConnection(settings);
}

ApiClient::~ApiClient() = default;

bool ApiClient::setConnection(const ConnectionSettings &settings, QString *error)
{
    QString caError;
    m_ssl = sslConfiguration(settings.extraCaCertificateFile, &caError);
    m_settings = settings;
    m_tokens->setConnection(settings, m_ssl);
    // Open connections keep the trust they were made with; new settings need new connections.
    m_network->clearConnectionCache();
    if (!caError.isEmpty()) {
        qCWarning(lcApi).noquote() << caError;
        if (error)
            *error = caError;
        return false;
    }
    return true;
}

void ApiClient::setCredentials(const Credentials &credentials)
{
    m_tenant = credentials.organisationId;
    m_scopes = credentials.scopes;
    m_tokens->setCredentials(credentials);
}

QSslConfiguration ApiClient::sslConfiguration(const QString &extraCaFile, QString *error)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (extraCaFile.isEmpty())
        return ssl;

    const QList<QSslCertificate> extra = QSslCertificate::fromPath(extraCaFile, QSsl::Pem);
    if (extra.isEmpty()) {
        if (error)
            *error = tr("The extra CA certificate file %1 could not be read as PEM certificates.").arg(extraCaFile);
        return ssl;
    }
    ssl.addCaCertificates(extra);
    return ssl;
}

QUrl ApiClient::urlFor(const Endpoints::Endpoint &endpoint) const
{
    QUrl url = m_settings.apiBaseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + endpoint.path);
    if (!endpoint.query.isEmpty())
        url.setQuery(endpoint.query);
    return url;
}

void ApiClient::send(const ApiRequest &request, QObject *context, ResponseCallback done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);
    call->elapsed.start();
    start(call);
}

void ApiClient::start(std::shared_ptr<Call> call)
{
    m_tokens->withToken(this, [this, call](const ApiResult<QString> &token) {
        if (call->contextGone())
            return;
        if (!token.ok()) {
            call->done(token.error());
            return;
        }
        sendWithToken(call, token.value());
    });
}

void ApiClient::sendWithToken(std::shared_ptr<Call> call, const QString &token)
{
    const ApiRequest &request = call->request;
    QNetworkRequest networkRequest(urlFor(request.endpoint));
    networkRequest.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setSslConfiguration(m_ssl);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);

    ++m_requestsSent;
    qCDebug(lcApi).noquote() << request.endpoint.method << networkRequest.url().path()
                             << (request.endpoint.evidence == Endpoints::Evidence::Assumed ? "(assumed path)" : "");
    QNetworkReply *reply = nullptr;
    if (request.isIdempotent()) {
        reply = m_network->sendCustomRequest(networkRequest, request.endpoint.method, request.body);
    } else {
        // Streamed from a device that cannot be rewound, so the transport cannot repeat it either.
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *upload = new OneShotUploadDevice(request.body);
        reply = m_network->sendCustomRequest(networkRequest, request.endpoint.method, upload);
        upload->setParent(reply);
    }
    ReplyTimeout::watch(reply, m_settings.timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, token] {
        reply->deleteLater();
        onReply(call, reply, token);
    });
}

void ApiClient::onReply(std::shared_ptr<Call> call, QNetworkReply *reply, const QString &token)
{
    if (call->contextGone())
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();

    ApiResponse response;
    response.httpStatus = status;
    response.exchange = {call->request.endpoint.method, reply->url(), call->request.body, status, body,
                         call->elapsed.elapsed()};
    qCDebug(lcApi).noquote() << "->" << status << reply->url().path() << response.exchange.elapsedMs << "ms";

    if (status == 0) {
        ApiError error = ApiError::fromNetworkReply(reply, m_settings.timeoutMs);
        error.exchange = response.exchange;
        call->done(error);
        return;
    }

    if (status == 401 && !call->retried401) {
        // The token expired or was revoked early: renew it once and repeat the request once.
        call->retried401 = true;
        m_tokens->invalidate(token);
        start(call);
        return;
    }

    if (status >= 400) {
        ApiError error = ApiError::fromHttpStatus(status, body, contentType);
        error.retryAfterSeconds = reply->hasRawHeader("Retry-After") ? reply->rawHeader("Retry-After").toInt() : -1;
        error.exchange = response.exchange;
        if (status == 429 && retryAfter429(call, error))
            return;
        qCInfo(lcApi).noquote() << call->request.endpoint.method << reply->url().path() << "failed with" << status;
        call->done(error);
        return;
    }

    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        response.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            qCInfo(lcApi).noquote() << "Unreadable JSON from" << reply->url().path() << parseError.errorString();
            ApiError error = ApiError::invalidJson(status, body, contentType);
            error.exchange = response.exchange;
            call->done(error);
            return;
        }
    }
    call->done(response);
}

bool ApiClient::retryAfter429(const std::shared_ptr<Call> &call, const ApiError &error)
{
    // Only a GET is repeated by the client; an action is reported and left to the user.
    if (!call->request.isIdempotent() || call->attempts429 >= m_settings.maxGetRetriesOn429)
        return false;

    const int waitSeconds = error.retryAfterSeconds >= 0 ? error.retryAfterSeconds : 1 << call->attempts429;
    if (waitSeconds > m_settings.maxRetryAfterSeconds)
        return false;

    ++call->attempts429;
    qCInfo(lcApi) << "429: retrying in" << waitSeconds << "s, attempt" << call->attempts429;
    QTimer::singleShot(waitSeconds * 1000, this, [this, call] {
        if (!call->contextGone())
            start(call);
    });
    return true;
}

} // namespace Heficed
