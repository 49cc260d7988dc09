// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

// The API's list envelope (contract section 4): data, links.paging and metadata.paging, with ""
// links and null offsets where there is no next or previous page.
namespace Heficed::Sandbox::ListEnvelope {

inline constexpr int DefaultLimit = 20; // without `limit`: small enough that a client must page
inline constexpr int MaxLimit = 200;

struct Paging
{
    int limit = DefaultLimit;
    int offset = 0;
};

using Filters = QList<std::pair<QString, QString>>; // query items kept in every link

// Reads `limit` (1 to 200) and `offset` (0 or more); Outcome::invalid names the bad parameter.
Outcome readPaging(const QUrlQuery &query, Paging *paging);
// One page of `items`, which is the whole filtered list.
QJsonObject build(const QJsonArray &items, const QString &path, const Paging &paging, const Filters &filters = {});

} // namespace Heficed::Sandbox::ListEnvelope
