// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/instanceservice.h"

#include <QJsonArray>

#include <functional>

namespace Heficed {

// One page of a list envelope (contract section 4), with its items still as JSON.
struct ListPage
{
    QJsonArray items;
    PageInfo paging;
};

// Reads a list envelope; anything but an object with a `data` array is an InvalidJson error.
ApiResult<ListPage> parseListPage(const QJsonDocument &document);

// Reads every page of a list one after the other, following the envelope's `offsets.next`, and
// delivers all items in API order. `endpointAt` makes the request for an offset. Any failed page
// fails the whole list; `done` is not called once `context` is gone.
class ListPager
{
public:
    using EndpointAt = std::function<Endpoints::Endpoint(int offset)>;
    using Done = std::function<void(const ApiResult<QJsonArray> &result)>;

    static constexpr int MaxPages = 1000; // a server that never ends its list is stopped here

    static void fetchAll(ApiClient *client, EndpointAt endpointAt, QObject *context, Done done);
};

} // namespace Heficed
