// SPDX-License-Identifier: GPL-3.0-or-later
#include "oneshotupload.h"

#include <cstring>

namespace Heficed {

OneShotUploadDevice::OneShotUploadDevice(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotUploadDevice::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_data.size() - m_position);
    if (count <= 0)
        return m_position >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_position, static_cast<size_t>(count));
    m_position += count;
    return count;
}

} // namespace Heficed
