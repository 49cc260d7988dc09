// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"
#include "instance.h"

#include <QList>
#include <QObject>

namespace Heficed {

// The paging information of a list envelope (contract section 4).
struct PageInfo
{
    int total = 0;
    int limit = 0;
    int offset = 0;
    std::optional<int> nextOffset;
};

struct InstancePage
{
    QList<Instance> instances;
    PageInfo paging;
};

// Parses a list envelope; an unexpected shape is an InvalidJson error, a bad item is kept as
// far as it parses (an item without an ID is skipped and logged).
ApiResult<InstancePage> parseInstancePage(const QJsonDocument &document);

// Cloud servers of the current organisation: listing all pages, reading one, acting on one.
class InstanceService : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Start,
        Stop,
        ForceStop,
        Reboot,
        ForceReboot,
        EnterRescue,
        LeaveRescue,
        CancelImmediately,
        CancelAtPeriodEnd,
    };
    Q_ENUM(Action)

    using ListCallback = std::function<void(const ApiResult<QList<Instance>> &result)>;
    using InstanceCallback = std::function<void(const ApiResult<Instance> &result)>;
    using ActionCallback = ApiClient::ResponseCallback;
    using ProgressCallback = std::function<void(int loaded, int total)>;

    explicit InstanceService(ApiClient *client, QObject *parent = nullptr);

    void setMaxParallelPages(int pages) { m_maxParallelPages = qMax(1, pages); }
    void setPageSize(int size) { m_pageSize = qBound(1, size, Endpoints::MaxPageSize); }

    // Loads the first page, then the rest in parallel (at most maxParallelPages at once), and
    // delivers all servers in API order. Any failed page fails the whole list.
    void fetchAll(QObject *context, ListCallback done, ProgressCallback progress = {});
    void fetchOne(qint64 instanceId, QObject *context, InstanceCallback done);
    // Sends the action once; the client never repeats it. `reason` is used by the cancel actions.
    void perform(qint64 instanceId, Action action, const QString &reason, QObject *context, ActionCallback done);

    static ApiRequest actionRequest(const QString &tenant, qint64 instanceId, Action action, const QString &reason);

private:
    struct ListJob;
    void fetchPage(const std::shared_ptr<ListJob> &job, int offset);
    void onPage(const std::shared_ptr<ListJob> &job, int offset, const ApiResult<ApiResponse> &result);
    void startMorePages(const std::shared_ptr<ListJob> &job);
    void finishIfComplete(const std::shared_ptr<ListJob> &job);

    ApiClient *m_client;
    int m_maxParallelPages = 4;
    int m_pageSize = Endpoints::MaxPageSize;
};

} // namespace Heficed
