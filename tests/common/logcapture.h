// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QtGlobal>

// Keeps every log line a test produces (and still prints it), so a test can prove that no
// secret, token or password ever reached the log.
// Make it in initTestCase() (e.g. a std::unique_ptr member): QTest installs its own message handler
// when the run starts and does not pass messages on, so one made earlier, as a plain member of
// the test object, never sees a line.
class LogCapture
{
public:
    LogCapture() { s_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(s_previous); }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    static QStringList lines()
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }

    // The first captured line that contains any of `secrets`, or an empty string.
    static QString lineContainingAny(const QStringList &secrets)
    {
        const QStringList captured = lines();
        for (const QString &line : captured) {
            for (const QString &secret : secrets) {
                if (!secret.isEmpty() && line.contains(secret))
                    return line;
            }
        }
        return {};
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_lines.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
        }
        if (s_previous)
            s_previous(type, context, message);
    }

    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
};
