// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>
#include <QPointer>

namespace Heficed {

class ActionRunner;

// Sits on ServerTableModel (or any proxy of it, e.g. the sorting and filtering one) and shows
// the panel's own actions in flight: while one runs for a server, its Status cell reads e.g.
// "stopping…" and PendingActionRole holds the action. Rows and columns are the source's, one for
// one, so it can sit directly under the view.
class PendingActionProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role
    {
        PendingActionRole = Qt::UserRole + 64, // int InstanceService::Action while one runs, else invalid
    };
    Q_ENUM(Role)

    explicit PendingActionProxyModel(QObject *parent = nullptr);

    // The runner of the current session; null while there is none.
    void setRunner(ActionRunner *runner);
    ActionRunner *runner() const { return m_runner; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void onBusyChanged(qint64 serverId);
    void refreshAll();

    QPointer<ActionRunner> m_runner;
    QMetaObject::Connection m_runnerConnection;
};

} // namespace Heficed
