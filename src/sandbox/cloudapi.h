// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"

#include <QJsonObject>

namespace Heficed::Sandbox {

class InstanceStore;
struct RecordedRequest;

// The Kronos Cloud endpoints for servers and the template catalogue. Actions answer 202 with an
// empty body; the client reads the server again to see its new status.
class CloudApi
{
public:
    explicit CloudApi(InstanceStore *instances);

    ApiResponse listInstances(const RecordedRequest &request) const;
    ApiResponse instance(const RecordedRequest &request, const QString &idText) const;
    // verb: start, stop, reboot, rescue, unrescue or cancel
    ApiResponse action(const RecordedRequest &request, const QString &idText, const QString &verb);
    ApiResponse templates(const RecordedRequest &request) const;

private:
    ApiResponse cancel(const RecordedRequest &request, qint64 id, const QJsonObject &body);

    InstanceStore *m_instances;
};

} // namespace Heficed::Sandbox
