// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpager.h"

#include "routinglogging.h"

#include <QJsonObject>

#include <memory>

namespace Heficed {

namespace {

std::optional<int> optionalInt(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    bool ok = false;
    const int parsed = value.toString().toInt(&ok);
    return ok ? std::optional<int>(parsed) : std::nullopt;
}

struct PagerJob
{
    ApiClient *client = nullptr;
    ListPager::EndpointAt endpointAt;
    ListPager::Done done;
    QPointer<QObject> context;
    QJsonArray items;
    int pages = 0;
};

void fetchPage(const std::shared_ptr<PagerJob> &job, int offset);

void onPage(const std::shared_ptr<PagerJob> &job, int offset, const ApiResult<ApiResponse> &result)
{
    const ApiResult<ListPage> page = result.ok() ? parseListPage(result.value().json) : result.error();
    if (!page.ok()) {
        job->done(page.error());
        return;
    }
    for (const QJsonValue &item : page.value().items)
        job->items.append(item);

    // Follow the envelope's next offset, but only forwards: a server that points back would
    // otherwise keep the panel asking for ever.
    const std::optional<int> next = page.value().paging.nextOffset;
    const bool more = next && *next > offset && !page.value().items.isEmpty();
    if (more && ++job->pages < ListPager::MaxPages) {
        fetchPage(job, *next);
        return;
    }
    job->done(job->items);
}

void fetchPage(const std::shared_ptr<PagerJob> &job, int offset)
{
    const ApiRequest request{job->endpointAt(offset), {}, {}};
    job->client->send(request, job->context, [job, offset](const ApiResult<ApiResponse> &result) {
        if (job->context)
            onPage(job, offset, result);
    });
}

} // namespace

ApiResult<ListPage> parseListPage(const QJsonDocument &document)
{
    const QJsonValue data = document.object().value(u"data");
    if (!document.isObject() || !data.isArray())
        return ApiError::invalidJson(200, document.toJson(QJsonDocument::Compact), "application/json");

    ListPage page;
    page.items = data.toArray();
    const QJsonObject paging = document.object().value(u"metadata").toObject().value(u"paging").toObject();
    const QJsonObject offsets = paging.value(u"offsets").toObject();
    const int count = static_cast<int>(page.items.size());
    page.paging.total = optionalInt(paging.value(u"total")).value_or(count);
    page.paging.limit = optionalInt(paging.value(u"limit")).value_or(count);
    page.paging.offset = optionalInt(offsets.value(u"current")).value_or(0);
    page.paging.nextOffset = optionalInt(offsets.value(u"next"));
    return page;
}

void ListPager::fetchAll(ApiClient *client, EndpointAt endpointAt, QObject *context, Done done)
{
    Q_ASSERT(context);
    auto job = std::make_shared<PagerJob>();
    job->client = client;
    job->endpointAt = std::move(endpointAt);
    job->done = std::move(done);
    job->context = context;
    // The path without its first part, the organisation ID: "kronoscloud/ips".
    qCDebug(lcRouting) << "Listing" << job->endpointAt(0).path.section(u'/', 2);
    fetchPage(job, 0);
}

} // namespace Heficed
