// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>

#include <memory>
#include <optional>

// What one HTTP exchange with the sandbox gave, read off a real QNetworkReply.
struct HttpResult
{
    bool finished = false;
    int status = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool isJson() const
    {
        QJsonParseError parseError;
        QJsonDocument::fromJson(body, &parseError);
        return parseError.error == QJsonParseError::NoError;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A plain QNetworkAccessManager client for the sandbox's own tests (not the panel's ApiClient):
// it sends what a test says, byte for byte, and waits for the reply with QSignalSpy.
class SandboxTestClient
{
public:
    static constexpr int WaitMs = 10'000;

    explicit SandboxTestClient(const Heficed::Sandbox::SandboxServer *server)
        : m_server(server)
    {}

    QString tenantPath(const QString &rest) const { return u'/' + m_server->options().tenantId + rest; }
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    // QNetworkAccessManager keeps each host's connection, TLS settings included: new settings
    // only apply to connections made after this.
    void clearConnections() { m_network.clearConnectionCache(); }

    HttpResult get(const QString &target) { return send("GET", target); }
    HttpResult postJson(const QString &target, const QByteArray &body)
    {
        return send("POST", target, body, "application/json");
    }

    // Sends with the current bearer token unless `authorization` says otherwise ("" = no header).
    HttpResult send(const QByteArray &method, const QString &target, const QByteArray &body = {},
                    const QByteArray &contentType = {}, const std::optional<QByteArray> &authorization = {})
    {
        QNetworkRequest request(urlFor(target));
        const QByteArray bearer = m_token.isEmpty() ? QByteArray() : QByteArray("Bearer " + m_token);
        const QByteArray auth = authorization.value_or(bearer);
        if (!auth.isEmpty())
            request.setRawHeader("Authorization", auth);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (m_ssl)
            request.setSslConfiguration(*m_ssl);
        if (m_transferTimeoutMs > 0)
            request.setTransferTimeout(m_transferTimeoutMs);
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        return collect(reply.get(), clock);
    }

    // POST /oauth2/token with Basic credentials and a raw form body.
    HttpResult requestToken(const QString &clientId, const QString &secret, const QByteArray &form)
    {
        const QByteArray basic = QString(clientId + u':' + secret).toUtf8().toBase64();
        return send("POST", QStringLiteral("/oauth2/token"), form, "application/x-www-form-urlencoded",
                    QByteArray("Basic " + basic));
    }

    // Fetches a token with the demo credentials and uses it from now on; false when refused.
    bool authenticate(const QByteArray &scope = "kronoscloud%20ipswitch")
    {
        const auto &options = m_server->options();
        const HttpResult result = requestToken(options.clientId, options.clientSecret,
                                               QByteArray("grant_type=client_credentials&scope=" + scope));
        m_token = result.json().value(QStringLiteral("access_token")).toString().toLatin1();
        return result.status == 200 && !m_token.isEmpty();
    }

private:
    QUrl urlFor(const QString &target) const
    {
        QUrl url = m_server->baseUrl();
        const qsizetype question = target.indexOf(u'?');
        url.setPath(target.left(question));
        if (question >= 0)
            url.setQuery(target.mid(question + 1));
        return url;
    }

    static HttpResult collect(QNetworkReply *reply, const QElapsedTimer &clock)
    {
        HttpResult result;
        QSignalSpy finished(reply, &QNetworkReply::finished);
        result.finished = reply->isFinished() || finished.wait(WaitMs);
        result.elapsedMs = clock.elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->isOpen() ? reply->readAll() : QByteArray();
        result.headers = reply->rawHeaderPairs();
        return result;
    }

    const Heficed::Sandbox::SandboxServer *m_server;
    QNetworkAccessManager m_network;
    QByteArray m_token;
    std::optional<QSslConfiguration> m_ssl;
    int m_transferTimeoutMs = 0;
};
