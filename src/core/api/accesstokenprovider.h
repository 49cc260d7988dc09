// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "connection.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace Heficed {

// Obtains OAuth 2 access tokens with the client-credentials grant (contract section 2), caches
// each until shortly before it expires, and lets concurrent callers share one request in flight.
class AccessTokenProvider : public QObject
{
    Q_OBJECT

public:
    using TokenCallback = std::function<void(const ApiResult<QString> &token)>;
    using Clock = std::function<QDateTime()>;

    AccessTokenProvider(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setConnection(const ConnectionSettings &settings, const QSslConfiguration &ssl);
    void setCredentials(const Credentials &credentials);
    void setClock(Clock clock); // tests move time forward without waiting

    // Calls `done` with a valid token, from the cache or after one shared token request.
    // `done` is dropped when `context` is destroyed first.
    void withToken(QObject *context, TokenCallback done);

    // The API rejected `token` (401): forget it, unless a newer one has already replaced it.
    void invalidate(const QString &token);

    bool hasValidToken() const;
    int tokenRequestsSent() const { return m_tokenRequestsSent; }

Q_SIGNALS:
    void tokenObtained(const QDateTime &expiresAt);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback done;
    };

    void sendTokenRequest();
    void onTokenReply(QNetworkReply *reply);
    void finishWaiters(const ApiResult<QString> &result);
    ApiResult<QString> parseTokenReply(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    QSslConfiguration m_ssl;
    Credentials m_credentials;
    Clock m_clock;
    QString m_token;
    QDateTime m_expiresAt;
    QPointer<QNetworkReply> m_inFlight;
    std::vector<Waiter> m_waiters;
    int m_tokenRequestsSent = 0;
    quint64 m_credentialsGeneration = 0;
};

} // namespace Heficed
