// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Heficed::Sandbox {
struct RecordedRequest;
}

// Reading JSON request bodies the way the API does, with problem details that say what is wrong.
namespace Heficed::Sandbox::RequestBody {

// Content-Type is application/json (parameters such as charset allowed).
bool isJson(const RecordedRequest &request);
// A JSON object; an empty body counts as {} (actions such as start send none).
Outcome object(const RecordedRequest &request, QJsonObject *object);
// {"0":"<id>","1":"<id>",...} with Content-Type application/json: the route-IPs body.
Outcome indexedIds(const RecordedRequest &request, QStringList *ids);
// ["<id>", ...] with Content-Type application/json: the IP Switch body.
Outcome idArray(const RecordedRequest &request, QStringList *ids);

// The server ID in a path; nullopt when the text is not a positive whole number.
std::optional<qint64> instanceId(const QString &text);
// The 404 for a server ID that is unknown or no number at all.
Outcome unknownInstance(const QString &text);

} // namespace Heficed::Sandbox::RequestBody
