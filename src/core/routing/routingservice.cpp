// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingservice.h"

#include "routinglogging.h"

#include <QPointer>

namespace Heficed {

namespace {

constexpr int Forbidden = 403;

} // namespace

RoutingService::RoutingService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QString RoutingService::hostname(qint64 instanceId) const
{
    return m_hostnames && instanceId > 0 ? m_hostnames(instanceId) : QString();
}

QString RoutingService::serverLabel(qint64 instanceId) const
{
    const QString name = hostname(instanceId);
    if (name.isEmpty())
        return tr("server %1").arg(instanceId);
    return tr("%1 (%2)", "hostname (server ID)").arg(name).arg(instanceId);
}

QString RoutingService::describeError(const ApiError &error) const
{
    if (error.httpStatus != Forbidden)
        return error.message;

    const QString sentence = tr("Access denied (403): the API key may not use %1, or the organisation ID is not "
                                "yours. Enable the service for the key under API > API keys in the Heficed Terminal.")
                                 .arg(serviceName());
    if (error.serverDetail.isEmpty())
        return sentence;
    return tr("%1 The server said: %2").arg(sentence, error.serverDetail);
}

// The activity view words a failure as the dialog does: a 403 names the service.
ApiResult<ApiResponse> RoutingService::described(const ApiResult<ApiResponse> &result) const
{
    if (result.ok())
        return result;
    ApiError error = result.error();
    error.message = describeError(error);
    return error;
}

void RoutingService::sendRecorded(qint64 instanceId, const QString &summary, const ApiRequest &request,
                                  QObject *context, Callback done)
{
    qCInfo(lcRouting).noquote() << summary;
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    // The service is the context of the request, so that the activity view learns how it ended
    // even after the dialog that sent it was closed.
    m_client->send(request, this,
                   [this, instanceId, summary, request, guard, hasContext,
                    done = std::move(done)](const ApiResult<ApiResponse> &result) {
                       if (!result.ok())
                           qCInfo(lcRouting) << "Failed:" << result.error().httpStatus << result.error().message;
                       Q_EMIT exchangeFinished(instanceId, summary, request, described(result));
                       if (done && (!hasContext || guard))
                           done(result);
                   });
}

} // namespace Heficed
