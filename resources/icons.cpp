// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

namespace Heficed::Icons {

QString statusIconPath(Status status)
{
    switch (status) {
    case Status::Running:
        return QStringLiteral(":/icons/status/running.svg");
    case Status::Stopped:
        return QStringLiteral(":/icons/status/stopped.svg");
    case Status::Transitional:
        return QStringLiteral(":/icons/status/transitional.svg");
    case Status::Suspended:
        return QStringLiteral(":/icons/status/suspended.svg");
    case Status::Failed:
        return QStringLiteral(":/icons/status/failed.svg");
    case Status::Unknown:
        break;
    }
    return QStringLiteral(":/icons/status/unknown.svg");
}

QString actionIconPath(Action action)
{
    switch (action) {
    case Action::Start:
        return QStringLiteral(":/icons/actions/start.svg");
    case Action::Stop:
        return QStringLiteral(":/icons/actions/stop.svg");
    case Action::Reboot:
        return QStringLiteral(":/icons/actions/reboot.svg");
    case Action::Refresh:
        return QStringLiteral(":/icons/actions/refresh.svg");
    case Action::Copy:
        return QStringLiteral(":/icons/actions/copy.svg");
    case Action::Rescue:
        return QStringLiteral(":/icons/actions/rescue.svg");
    case Action::Cancel:
        return QStringLiteral(":/icons/actions/cancel.svg");
    case Action::RouteIp:
        return QStringLiteral(":/icons/actions/route-ip.svg");
    case Action::Settings:
        break;
    }
    return QStringLiteral(":/icons/actions/settings.svg");
}

QIcon statusIcon(Status status)
{
    return QIcon(statusIconPath(status));
}

QIcon actionIcon(Action action)
{
    return QIcon(actionIconPath(action));
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/heficed-panel.svg"));
}

} // namespace Heficed::Icons
