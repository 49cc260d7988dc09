// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingactionproxymodel.h"

#include "actionrules.h"
#include "actionrunner.h"
#include "models/servertablemodel.h"

namespace Heficed {

PendingActionProxyModel::PendingActionProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{}

void PendingActionProxyModel::setRunner(ActionRunner *runner)
{
    if (runner == m_runner)
        return;
    disconnect(m_runnerConnection);
    m_runner = runner;
    if (runner) {
        m_runnerConnection = connect(runner, &ActionRunner::busyChanged, this, &PendingActionProxyModel::onBusyChanged);
    }
    refreshAll();
}

QVariant PendingActionProxyModel::data(const QModelIndex &index, int role) const
{
    const bool asks = role == PendingActionRole || (index.column() == ServerTableModel::Status &&
                                                    (role == Qt::DisplayRole || role == Qt::ToolTipRole));
    if (!asks || !m_runner || !index.isValid())
        return QIdentityProxyModel::data(index, role);

    const qint64 serverId = QIdentityProxyModel::data(index, ServerTableModel::InstanceIdRole).toLongLong();
    const auto action = m_runner->pendingAction(serverId);
    if (!action)
        return QIdentityProxyModel::data(index, role);

    switch (role) {
    case PendingActionRole:
        return static_cast<int>(*action);
    case Qt::ToolTipRole:
        return tr("%1 was sent; the panel follows the server until its status settles.")
            .arg(ActionRules::name(*action));
    default:
        return ActionRules::progressText(*action);
    }
}

void PendingActionProxyModel::onBusyChanged(qint64 serverId)
{
    // A scan, because the source may be a sorting proxy: a few thousand rows at most, once per change.
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(ServerTableModel::InstanceIdRole).toLongLong() == serverId) {
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1),
                               {Qt::DisplayRole, Qt::ToolTipRole, PendingActionRole});
            return;
        }
    }
}

void PendingActionProxyModel::refreshAll()
{
    if (rowCount() == 0)
        return;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                       {Qt::DisplayRole, Qt::ToolTipRole, PendingActionRole});
}

} // namespace Heficed
