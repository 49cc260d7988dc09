// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/actionrunner.h"
#include "actions/activityentry.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace Heficed {

// Tells the desktop when a long server action ends while the window is not the active one, so
// that nobody has to watch a reboot. Without a system tray it says nothing, silently.
class ActionNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultLongActionMs = 10'000;

    explicit ActionNotifier(QWidget *window);

    void setRunner(ActionRunner *runner);
    void setLongActionMs(qint64 ms) { m_longActionMs = ms; }

    // Whether `entry` deserves a notification; pure, so tests can ask it.
    static bool shouldNotify(const ActivityEntry &entry, bool windowActive, qint64 longActionMs);
    static QString messageFor(const ActivityEntry &entry);
    int notificationsShown() const { return m_shown; }

private:
    void onFinished(const ActivityEntry &entry);

    QWidget *m_window;
    QPointer<ActionRunner> m_runner;
    QMetaObject::Connection m_connection;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_longActionMs = DefaultLongActionMs;
    int m_shown = 0;
};

} // namespace Heficed
