// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

// The panel's own icons, compiled into the heficed_resources library under :/icons. Linking
// heficed_resources is enough: the resources register themselves at start-up.
//
// Which server status gets which icon is the models' business (ServerTableModel::StatusKind);
// this file only names the pictures.
namespace Heficed::Icons {

enum class Status
{
    Running,      // green
    Stopped,      // grey
    Transitional, // amber: starting, stopping, rebooting, pending
    Suspended,    // red
    Failed,       // red
    Unknown,      // neutral: a status the panel does not know
};

enum class Action
{
    Start,
    Stop,
    Reboot,
    Refresh,
    Copy,
    Rescue,
    Cancel,
    RouteIp,
    Settings,
};

QString statusIconPath(Status status);
QString actionIconPath(Action action);

QIcon statusIcon(Status status);
QIcon actionIcon(Action action);
QIcon applicationIcon();

} // namespace Heficed::Icons
