// SPDX-License-Identifier: GPL-3.0-or-later
#include "instanceservice.h"

#include "logging.h"

#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

std::optional<int> optionalInt(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isString() && !value.toString().isEmpty()) {
        bool ok = false;
        const int parsed = value.toString().toInt(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

} // namespace

ApiResult<InstancePage> parseInstancePage(const QJsonDocument &document)
{
    const QJsonValue data = document.object().value(u"data");
    if (!document.isObject() || !data.isArray())
        return ApiError::invalidJson(200, document.toJson(QJsonDocument::Compact), "application/json");

    InstancePage page;
    const QJsonArray items = data.toArray();
    for (const QJsonValue &item : items) {
        const Instance instance = Instance::fromJson(item.toObject());
        if (instance.isValid())
            page.instances.append(instance);
        else
            qCWarning(lcInstances) << "Skipped a server entry without an ID";
    }

    const QJsonObject paging = document.object().value(u"metadata").toObject().value(u"paging").toObject();
    const QJsonObject offsets = paging.value(u"offsets").toObject();
    page.paging.total = optionalInt(paging.value(u"total")).value_or(static_cast<int>(page.instances.size()));
    page.paging.limit = optionalInt(paging.value(u"limit")).value_or(static_cast<int>(page.instances.size()));
    page.paging.offset = optionalInt(offsets.value(u"current")).value_or(0);
    page.paging.nextOffset = optionalInt(offsets.value(u"next"));
    return page;
}

// The state of one fetchAll: pages arrive in any order and are merged by offset.
struct InstanceService::ListJob
{
    QPointer<QObject> context;
    bool hasContext = false;
    ListCallback done;
    ProgressCallback progress;
    int total = 0;
    int nextOffsetToRequest = 0;
    int pagesInFlight = 0;
    int loaded = 0;
    bool finished = false;
    std::map<int, QList<Instance>> pagesByOffset;

    bool contextGone() const { return hasContext && !context; }
};

InstanceService::InstanceService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void InstanceService::fetchAll(QObject *context, ListCallback done, ProgressCallback progress)
{
    auto job = std::make_shared<ListJob>();
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    job->progress = std::move(progress);
    fetchPage(job, 0);
}

void InstanceService::fetchPage(const std::shared_ptr<ListJob> &job, int offset)
{
    ++job->pagesInFlight;
    const ApiRequest request{Endpoints::listInstances(m_client->tenant(), m_pageSize, offset), {}, {}};
    m_client->send(request, this, [this, job, offset](const ApiResult<ApiResponse> &result) {
        --job->pagesInFlight;
        if (!job->finished && !job->contextGone())
            onPage(job, offset, result);
    });
}

void InstanceService::onPage(const std::shared_ptr<ListJob> &job, int offset, const ApiResult<ApiResponse> &result)
{
    ApiResult<InstancePage> page = result.ok() ? parseInstancePage(result.value().json) : result.error();
    if (!page.ok()) {
        job->finished = true;
        qCInfo(lcInstances) << "Loading servers failed at offset" << offset << page.error().message;
        job->done(page.error());
        return;
    }

    if (offset == 0) {
        // The first page tells how many there are; the rest can then be asked for in parallel.
        job->total = page.value().paging.total;
        job->nextOffsetToRequest = static_cast<int>(page.value().instances.size());
        if (page.value().instances.isEmpty())
            job->total = 0;
    }
    job->loaded += static_cast<int>(page.value().instances.size());
    job->pagesByOffset[offset] = std::move(page.value().instances);
    if (job->progress)
        job->progress(qMin(job->loaded, job->total), job->total);

    startMorePages(job);
    finishIfComplete(job);
}

void InstanceService::startMorePages(const std::shared_ptr<ListJob> &job)
{
    while (job->pagesInFlight < m_maxParallelPages && job->nextOffsetToRequest < job->total) {
        const int offset = job->nextOffsetToRequest;
        job->nextOffsetToRequest += m_pageSize;
        fetchPage(job, offset);
    }
}

void InstanceService::finishIfComplete(const std::shared_ptr<ListJob> &job)
{
    if (job->pagesInFlight > 0 || job->nextOffsetToRequest < job->total)
        return;

    QList<Instance> all;
    all.reserve(job->loaded);
    for (auto &[offset, instances] : job->pagesByOffset)
        all.append(instances);

    // The list may have shifted while pages loaded: drop a server seen twice, keep the first.
    QSet<qint64> seen;
    all.removeIf([&seen](const Instance &instance) {
        const bool duplicate = seen.contains(instance.id);
        seen.insert(instance.id);
        return duplicate;
    });

    job->finished = true;
    qCDebug(lcInstances) << "Loaded" << all.size() << "servers in" << job->pagesByOffset.size() << "pages";
    job->done(all);
}

void InstanceService::fetchOne(qint64 instanceId, QObject *context, InstanceCallback done)
{
    const ApiRequest request{Endpoints::instance(m_client->tenant(), instanceId), {}, {}};
    m_client->send(request, context, [done = std::move(done)](const ApiResult<ApiResponse> &result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        const Instance instance = Instance::fromJson(result.value().json.object());
        if (!instance.isValid()) {
            const ApiResponse &response = result.value();
            done(ApiError::invalidJson(response.httpStatus, response.exchange.responseBody, "application/json"));
            return;
        }
        done(instance);
    });
}

ApiRequest InstanceService::actionRequest(const QString &tenant, qint64 instanceId, Action action,
                                          const QString &reason)
{
    using namespace Endpoints;
    switch (action) {
    case Action::Start:
        return {startInstance(tenant, instanceId), {}, {}};
    case Action::Stop:
    case Action::ForceStop:
        return ApiRequest::json(stopInstance(tenant, instanceId),
                                QJsonDocument(QJsonObject{{u"force"_s, action == Action::ForceStop}}));
    case Action::Reboot:
    case Action::ForceReboot:
        return ApiRequest::json(rebootInstance(tenant, instanceId),
                                QJsonDocument(QJsonObject{{u"force"_s, action == Action::ForceReboot}}));
    case Action::EnterRescue:
        return {enterRescue(tenant, instanceId), {}, {}};
    case Action::LeaveRescue:
        return {leaveRescue(tenant, instanceId), {}, {}};
    case Action::CancelImmediately:
    case Action::CancelAtPeriodEnd: {
        const QString type = action == Action::CancelImmediately ? u"Immediate"_s : u"EndOfBillingPeriod"_s;
        return ApiRequest::json(cancelInstance(tenant, instanceId),
                                QJsonDocument(QJsonObject{{u"type"_s, type}, {u"reason"_s, reason}}));
    }
    }
    Q_UNREACHABLE();
}

void InstanceService::perform(qint64 instanceId, Action action, const QString &reason, QObject *context,
                              ActionCallback done)
{
    qCInfo(lcInstances) << "Sending" << action << "for server" << instanceId;
    m_client->send(actionRequest(m_client->tenant(), instanceId, action, reason), context, std::move(done));
}

} // namespace Heficed
