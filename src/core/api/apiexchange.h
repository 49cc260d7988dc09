// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QUrl>

namespace Heficed {

// One HTTP exchange as it happened, for the activity view and its "Copy as curl". It holds no
// token: the Authorization header is never recorded.
struct ApiExchange
{
    QByteArray method;
    QUrl url;
    QByteArray requestBody;
    int httpStatus = 0;
    QByteArray responseBody;
    qint64 elapsedMs = 0;
};

} // namespace Heficed
