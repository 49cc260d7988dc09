// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Heficed {

// The body of a request that must reach the server at most once (an action). Qt's HTTP layer
// silently sends a request again when the connection closes before any byte of the answer
// arrives; it can only do so by rewinding the upload data. This device cannot be rewound, so Qt
// reports ContentReSendError instead of repeating the action behind the user's back.
class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUploadDevice(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace Heficed
