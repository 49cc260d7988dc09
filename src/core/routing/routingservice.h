// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"

#include <QObject>

#include <functional>

namespace Heficed {

// What the additional-address and subnet services share: every routing request goes out through
// sendRecorded(), which reports it with exchangeFinished() (for the activity view) even when the
// dialog that asked for it is gone, and one place words their errors.
class RoutingService : public QObject
{
    Q_OBJECT

public:
    using Callback = ApiClient::ResponseCallback;
    using HostnameLookup = std::function<QString(qint64 instanceId)>; // empty when unknown

    explicit RoutingService(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }
    void setHostnameLookup(HostnameLookup lookup) { m_hostnames = std::move(lookup); }
    QString hostname(qint64 instanceId) const;
    // "web-1 (337201)", or "server 337201" when the hostname is not known.
    QString serverLabel(qint64 instanceId) const;

    // The service as a person knows it, e.g. "IP Switch (ipswitch)": named when access is denied.
    virtual QString serviceName() const = 0;
    // The sentence for a failed routing request: a 403 names the service; the rest say what the
    // status means, with the server's own detail when it sent one.
    QString describeError(const ApiError &error) const;

Q_SIGNALS:
    // One routing request (never a list read) has ended. `summary` says what it did in words, e.g.
    // "Route 203.0.113.10 to web-1 (337201)"; `request` holds method, path and body. A failed
    // result's message is describeError()'s sentence and its exchange holds the answer.
    void exchangeFinished(qint64 instanceId, const QString &summary, const Heficed::ApiRequest &request,
                          const Heficed::ApiResult<Heficed::ApiResponse> &result);

protected:
    // Sends once (the client never repeats a POST or DELETE) and calls `done` unless `context`
    // was destroyed in the meantime; exchangeFinished is emitted either way.
    void sendRecorded(qint64 instanceId, const QString &summary, const ApiRequest &request, QObject *context,
                      Callback done);

private:
    ApiResult<ApiResponse> described(const ApiResult<ApiResponse> &result) const;

    ApiClient *m_client;
    HostnameLookup m_hostnames;
};

} // namespace Heficed
