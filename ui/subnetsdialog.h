// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/instance.h"
#include "routing/subnet.h"
#include "routing/subnetmovejob.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;
class QTreeView;

namespace Ui {
class SubnetsDialog;
}

namespace Heficed {

class SubnetService;
class SubnetTreeModel;

// The organisation's IP Switch subnets as a tree read one level at a time, seen from one server:
// route the selected subnet to it, release one routed to it, or move one routed elsewhere here
// (release, wait for the settle time, route) with each step and its progress shown. Errors show
// inline; nothing is sent again without a click. Open it with open(); it deletes itself when closed.
class SubnetsDialog : public QDialog
{
    Q_OBJECT

public:
    // `service` belongs to the caller and outlives requests this dialog sent, so that each is
    // recorded (RoutingService::exchangeFinished) even after the dialog is closed.
    SubnetsDialog(SubnetService *service, const Instance &server, QWidget *parent = nullptr);
    ~SubnetsDialog() override;

    // How long a move waits between release and route; SubnetMoveJob::DefaultSettleMs unless set.
    void setSettleMs(int ms) { m_settleMs = ms; }

    qint64 serverId() const { return m_server.id; }
    SubnetTreeModel *model() const { return m_model; }
    QTreeView *view() const;
    QPushButton *routeButton() const;
    QPushButton *releaseButton() const;
    QPushButton *moveButton() const;
    QString errorText() const { return m_errorText; }
    QString statusText() const;
    QStringList stepTexts() const;
    int moveProgress() const;
    SubnetMoveJob *moveJob() const { return m_move; }
    bool isBusy() const { return m_busy || m_move; }

    // Selects the subnet with `subnetId` if its level is loaded (for tests and previews).
    bool selectSubnet(const QString &subnetId);

public Q_SLOTS:
    void routeSelected();
    void releaseSelected();
    void moveSelectedHere();

Q_SIGNALS:
    // Subnets of `instanceId` changed: its row in the server list wants a refresh.
    void routingChanged(qint64 instanceId);
    void routingFinished(bool ok);
    void moveFinished(bool ok, const QString &message);

protected:
    void done(int result) override;
    void reject() override;

private:
    void setupView();
    Subnet selectedSubnet() const;
    QModelIndex selectedIndex() const;
    void send(bool route, const Subnet &subnet);
    void onSent(bool route, const Subnet &subnet, const QPersistentModelIndex &where,
                const ApiResult<ApiResponse> &result);

    void showStep(SubnetMoveJob::Step step, SubnetMoveJob::StepState state, const QString &message);
    void onMoveFinished(bool ok, const QString &message, const QPersistentModelIndex &where, qint64 from);
    void onLevelFailed(const QString &parentId, const ApiError &error);
    void retryFailedLevel();

    void updateButtons();
    void showError(const QString &message, bool offerRetry = false);
    void setBusy(bool busy);

    std::unique_ptr<Ui::SubnetsDialog> m_ui;
    QPointer<SubnetService> m_service;
    Instance m_server;
    SubnetTreeModel *m_model;
    SubnetMoveJob *m_move = nullptr; // while a move runs
    int m_settleMs = SubnetMoveJob::DefaultSettleMs;
    QString m_errorText;
    QString m_failedLevel; // the parent ID whose level could not be read; "" is the top
    bool m_levelFailed = false;
    bool m_busy = false;
};

} // namespace Heficed
