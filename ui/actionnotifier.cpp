// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionnotifier.h"

#include "actions/actionrunner.h"
#include "uilogging.h"

#include <QSystemTrayIcon>
#include <QWidget>

namespace Heficed {

namespace {

constexpr int NotificationMs = 10'000;

} // namespace

ActionNotifier::ActionNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

void ActionNotifier::setRunner(ActionRunner *runner)
{
    disconnect(m_connection);
    m_runner = runner;
    if (runner)
        m_connection = connect(runner, &ActionRunner::actionFinished, this, &ActionNotifier::onFinished);
}

bool ActionNotifier::shouldNotify(const ActivityEntry &entry, bool windowActive, qint64 longActionMs)
{
    return entry.isFinal() && !windowActive && entry.durationMs >= longActionMs;
}

QString ActionNotifier::messageFor(const ActivityEntry &entry)
{
    return tr("%1 of %2: %3").arg(entry.actionText(), entry.serverText(), entry.message);
}

void ActionNotifier::onFinished(const ActivityEntry &entry)
{
    if (!shouldNotify(entry, m_window->isActiveWindow(), m_longActionMs))
        return;
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCDebug(lcUi) << "No system tray: the end of a long action is not announced";
        return;
    }

    // The tray icon is made for the first message only: until then the panel has no tray presence.
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_tray->setToolTip(m_window->windowTitle());
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, &QWidget::activateWindow);
    }
    m_tray->show();
    const bool problem = entry.isProblem();
    m_tray->showMessage(problem ? tr("A server action failed") : tr("A server action finished"), messageFor(entry),
                        problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, NotificationMs);
    ++m_shown;
}

} // namespace Heficed
