// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace Heficed::Sandbox {

// One request as the sandbox received it, kept for test assertions. It holds what the client sent,
// secrets included (the Authorization header): it is never logged.
struct RecordedRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // "/7bddbff3-.../kronoscloud/instances"
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QDateTime received;

    // The first header of that name, compared without regard to case; empty when absent.
    QByteArray header(const QByteArray &name) const;
    // The path with its query, as a log line shows it.
    QString target() const;
};

} // namespace Heficed::Sandbox
