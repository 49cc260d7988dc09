// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apiexchange.h"
#include "connection.h"
#include "endpoints.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Heficed {

class AccessTokenProvider;

struct ApiRequest
{
    Endpoints::Endpoint endpoint;
    QByteArray body;        // empty for no body
    QByteArray contentType; // "application/json" when a body is sent

    static ApiRequest json(Endpoints::Endpoint endpoint, const QJsonDocument &body);
    bool isIdempotent() const { return endpoint.method == "GET"; }
};

struct ApiResponse
{
    int httpStatus = 0;
    QJsonDocument json; // null when the body was empty (e.g. 202 with no body)
    ApiExchange exchange;
};

// The one place that sends API requests: it owns the token, timeouts, the 401 and 429 rules,
// TLS trust and logging, so each endpoint only holds its path and its parsing.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using ResponseCallback = std::function<void(const ApiResult<ApiResponse> &result)>;

    explicit ApiClient(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~ApiClient() override;

    // Returns false and fills `error` when the extra CA file cannot be read.
    bool setConnection(const ConnectionSettings &settings, QString *error = nullptr);
    const ConnectionSettings &connection() const { return m_settings; }
    void setCredentials(const Credentials &credentials);
    const QString &tenant() const { return m_tenant; }
    QStringList scopes() const { return m_scopes; }

    // Sends `request`; `done` runs once, unless `context` is destroyed before the answer.
    // A GET answered 429 waits out Retry-After and is retried a bounded number of times; a 401
    // renews the token and repeats the request once. Any other request is never repeated.
    void send(const ApiRequest &request, QObject *context, ResponseCallback done);

    // Where `endpoint` is sent with the current connection.
    QUrl urlFor(const Endpoints::Endpoint &endpoint) const;

    AccessTokenProvider *tokens() const { return m_tokens; }
    QNetworkAccessManager *network() const { return m_network; }
    int requestsSent() const { return m_requestsSent; }

    // The system's CAs plus the certificates in `pemFile`. TLS is always verified.
    static QSslConfiguration sslConfiguration(const QString &extraCaFile, QString *error);

private:
    struct Call;

    void start(std::shared_ptr<Call> call);
    void sendWithToken(std::shared_ptr<Call> call, const QString &token);
    void onReply(std::shared_ptr<Call> call, QNetworkReply *reply, const QString &token);
    bool retryAfter429(const std::shared_ptr<Call> &call, const ApiError &error);

    ConnectionSettings m_settings;
    QSslConfiguration m_ssl;
    QNetworkAccessManager *m_network;
    AccessTokenProvider *m_tokens;
    QString m_tenant;
    QStringList m_scopes;
    int m_requestsSent = 0;
};

} // namespace Heficed
