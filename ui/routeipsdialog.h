// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/instance.h"
#include "routing/additionalip.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <memory>

class QCheckBox;
class QPushButton;
class QTableView;

namespace Ui {
class RouteIpsDialog;
}

namespace Heficed {

class AdditionalIpFilterModel;
class AdditionalIpModel;
class AdditionalIpService;

// Routes the organisation's additional IP addresses to one server, and takes them back. The user
// checks addresses (those of the server's location unless "all locations" is ticked); the dialog
// names the servers that checked addresses will move away from; Route takes those back from
// their servers first, then sends one request with every checked address. Errors show inline;
// nothing is sent again without a click. Open it with open(); it deletes itself when closed.
class RouteIpsDialog : public QDialog
{
    Q_OBJECT

public:
    // `service` belongs to the caller and outlives requests this dialog sent, so that each is
    // recorded (RoutingService::exchangeFinished) even after the dialog is closed.
    RouteIpsDialog(AdditionalIpService *service, const Instance &server, QWidget *parent = nullptr);
    ~RouteIpsDialog() override;

    qint64 serverId() const { return m_server.id; }
    AdditionalIpModel *model() const { return m_model; }
    AdditionalIpFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const;
    QCheckBox *showAllCheck() const;
    QPushButton *routeButton() const;
    QPushButton *unrouteButton() const;
    QString warningText() const;
    QString errorText() const { return m_errorText; }
    QString statusText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void reload();
    void routeChecked();
    void unrouteSelected();

Q_SIGNALS:
    void loaded(bool ok);
    // Addresses of `instanceId` changed (routed to it, or taken from it): its row wants a refresh.
    void routingChanged(qint64 instanceId);
    void routingFinished(bool ok);

protected:
    void done(int result) override;

private:
    void setupView();
    void onLoaded(const ApiResult<QList<AdditionalIp>> &result);
    void takeBackThenRoute(QList<AdditionalIp> toTakeBack, const QList<AdditionalIp> &toRoute);
    void sendRoute(const QList<AdditionalIp> &toRoute);
    void unrouteNext(QList<AdditionalIp> remaining, const QStringList &done);
    void finishRouting(bool ok, const QString &status);

    void updateWarning();
    void updateButtons();
    void showError(const QString &message, bool offerReload = false);
    void setBusy(bool busy);
    QList<AdditionalIp> selectedRoutedHere() const;

    std::unique_ptr<Ui::RouteIpsDialog> m_ui;
    QPointer<AdditionalIpService> m_service;
    Instance m_server;
    AdditionalIpModel *m_model;
    AdditionalIpFilterModel *m_filter;
    QString m_errorText;
    QString m_outcome; // what the last routing did, e.g. "Routed 2 addresses to this server."
    bool m_busy = false;
    bool m_loadedOnce = false;
    bool m_showingLoadError = false; // the error line tells of a failed load (and offers to retry)
};

} // namespace Heficed
