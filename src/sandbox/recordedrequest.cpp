// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordedrequest.h"

namespace Heficed::Sandbox {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString RecordedRequest::target() const
{
    if (query.isEmpty())
        return path;
    return path + u'?' + query.toString(QUrl::FullyEncoded);
}

} // namespace Heficed::Sandbox
