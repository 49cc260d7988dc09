// SPDX-License-Identifier: GPL-3.0-or-later
#include "routeipsdialog.h"

#include "inlinemessage.h"
#include "routing/additionalipmodel.h"
#include "routing/additionalipservice.h"
#include "ui_routeipsdialog.h"
#include "uilogging.h"

#include <QHeaderView>
#include <QMap>
#include <QPushButton>
#include <QSettings>

namespace Heficed {

namespace {

constexpr auto GeometryKey = "RouteIpsDialog/geometry";

QStringList addressesOf(const QList<AdditionalIp> &ips)
{
    QStringList addresses;
    for (const AdditionalIp &ip : ips)
        addresses.append(ip.address);
    return addresses;
}

} // namespace

RouteIpsDialog::RouteIpsDialog(AdditionalIpService *service, const Instance &server, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RouteIpsDialog>())
    , m_service(service)
    , m_server(server)
    , m_model(new AdditionalIpModel(this))
    , m_filter(new AdditionalIpFilterModel(this))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(
        tr("Route IP Addresses: %1").arg(server.hostname.isEmpty() ? QString::number(server.id) : server.hostname));
    const QString location = server.location.name.isEmpty() ? server.location.id : server.location.name;
    m_ui->headerLabel->setText(tr("Check the additional addresses to route to %1 (ID %2) in %3. Addresses already "
                                  "routed to it have no checkbox: select one and choose Unroute to take it back.")
                                   .arg(server.hostname, QString::number(server.id), location));
    setupView();

    connect(m_ui->showAllCheck, &QCheckBox::toggled, this, [this](bool showAll) {
        // What is hidden is not routed: leaving "all locations" drops checks that go out of sight.
        if (!showAll)
            m_model->uncheckOutside(m_server.location.id);
        m_filter->setShowAllLocations(showAll);
        updateButtons();
    });
    connect(m_model, &AdditionalIpModel::checkedChanged, this, &RouteIpsDialog::updateWarning);
    connect(m_model, &AdditionalIpModel::checkedChanged, this, &RouteIpsDialog::updateButtons);
    connect(m_ui->routeButton, &QPushButton::clicked, this, &RouteIpsDialog::routeChecked);
    connect(m_ui->unrouteButton, &QPushButton::clicked, this, &RouteIpsDialog::unrouteSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->errorLabel, &QLabel::linkActivated, this, &RouteIpsDialog::reload);

    restoreGeometry(QSettings().value(QLatin1String(GeometryKey)).toByteArray());
    InlineMessage::show(m_ui->warningLabel, {}, InlineMessage::Tone::Warning);
    InlineMessage::show(m_ui->errorLabel, {}, InlineMessage::Tone::Problem);
    updateButtons();
    reload();
}

RouteIpsDialog::~RouteIpsDialog() = default;

void RouteIpsDialog::setupView()
{
    m_model->setServer(m_server.id, m_server.location.id);
    const QPointer<AdditionalIpService> service = m_service;
    m_model->setHostnameLookup([service](qint64 id) { return service ? service->hostname(id) : QString(); });
    m_filter->setSourceModel(m_model);
    m_filter->setLocationId(m_server.location.id);
    if (m_server.location.id.isEmpty()) {
        // Without the server's location there is nothing to narrow the list to.
        m_ui->showAllCheck->setChecked(true);
        m_ui->showAllCheck->setEnabled(false);
    }

    QTableView *view = m_ui->addressView;
    view->setModel(m_filter);
    view->sortByColumn(AdditionalIpModel::Address, Qt::AscendingOrder);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RouteIpsDialog::updateButtons);
}

QTableView *RouteIpsDialog::view() const
{
    return m_ui->addressView;
}

QCheckBox *RouteIpsDialog::showAllCheck() const
{
    return m_ui->showAllCheck;
}

QPushButton *RouteIpsDialog::routeButton() const
{
    return m_ui->routeButton;
}

QPushButton *RouteIpsDialog::unrouteButton() const
{
    return m_ui->unrouteButton;
}

QString RouteIpsDialog::warningText() const
{
    return m_ui->warningLabel->text();
}

QString RouteIpsDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void RouteIpsDialog::reload()
{
    if (m_busy || !m_service)
        return;
    setBusy(true);
    if (m_outcome.isEmpty())
        m_ui->statusLabel->setText(tr("Loading the organisation's additional addresses…"));
    m_service->fetchAll(this, [this](const ApiResult<QList<AdditionalIp>> &result) { onLoaded(result); });
}

void RouteIpsDialog::onLoaded(const ApiResult<QList<AdditionalIp>> &result)
{
    setBusy(false);
    if (!result.ok()) {
        m_ui->statusLabel->clear();
        showError(tr("Could not load the additional addresses. %1").arg(m_service->describeError(result.error())),
                  true);
        Q_EMIT loaded(false);
        return;
    }
    if (m_showingLoadError)
        showError({});
    m_model->setAddresses(result.value());
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        m_ui->addressView->resizeColumnsToContents();
    }

    int routedHere = 0;
    for (const AdditionalIp &ip : result.value())
        routedHere += ip.instanceId == m_server.id ? 1 : 0;
    // The outcome of the last routing stays in front of the counts until the next one starts.
    const QString counts = tr("Shown: %1, routed to this server: %2.").arg(m_filter->rowCount()).arg(routedHere);
    m_ui->statusLabel->setText(m_outcome.isEmpty() ? counts : m_outcome + u' ' + counts);
    updateWarning();
    Q_EMIT loaded(true);
}

void RouteIpsDialog::routeChecked()
{
    const QList<AdditionalIp> checked = m_model->checkedAddresses();
    if (m_busy || checked.isEmpty() || !m_service)
        return;
    showError({});
    setBusy(true);
    m_outcome.clear();
    m_ui->statusLabel->setText(tr("Routing %1…").arg(addressesOf(checked).join(u", ")));
    qCInfo(lcUi) << "Routing" << checked.size() << "addresses to server" << m_server.id;
    takeBackThenRoute(m_model->checkedElsewhere(), checked);
}

// An address routed to another server must be taken back from it first (the API refuses to
// route it while it is there, contract 3.1). The user was told so by the warning line.
void RouteIpsDialog::takeBackThenRoute(QList<AdditionalIp> toTakeBack, const QList<AdditionalIp> &toRoute)
{
    if (toTakeBack.isEmpty()) {
        sendRoute(toRoute);
        return;
    }
    const AdditionalIp ip = toTakeBack.takeFirst();
    m_service->unroute(ip.instanceId, ip, this, [this, ip, toTakeBack, toRoute](const ApiResult<ApiResponse> &result) {
        if (!result.ok()) {
            showError(
                tr("Could not take %1 back from %2, so nothing was routed to this server. %3")
                    .arg(ip.address, m_service->serverLabel(ip.instanceId), m_service->describeError(result.error())));
            finishRouting(false, {});
            return;
        }
        Q_EMIT routingChanged(ip.instanceId);
        takeBackThenRoute(toTakeBack, toRoute);
    });
}

void RouteIpsDialog::sendRoute(const QList<AdditionalIp> &toRoute)
{
    m_service->route(m_server.id, toRoute, this, [this, toRoute](const ApiResult<ApiResponse> &result) {
        if (!result.ok()) {
            showError(tr("Could not route %1 to this server. %2")
                          .arg(addressesOf(toRoute).join(u", "), m_service->describeError(result.error())));
            finishRouting(false, {});
            return;
        }
        m_model->clearChecks();
        Q_EMIT routingChanged(m_server.id);
        finishRouting(true, tr("Routed to this server: %1.").arg(addressesOf(toRoute).join(u", ")));
    });
}

void RouteIpsDialog::unrouteSelected()
{
    const QList<AdditionalIp> selected = selectedRoutedHere();
    if (m_busy || selected.isEmpty() || !m_service)
        return;
    showError({});
    setBusy(true);
    m_outcome.clear();
    m_ui->statusLabel->setText(tr("Taking %1 back…").arg(addressesOf(selected).join(u", ")));
    unrouteNext(selected, {});
}

void RouteIpsDialog::unrouteNext(QList<AdditionalIp> remaining, const QStringList &done)
{
    if (remaining.isEmpty()) {
        Q_EMIT routingChanged(m_server.id);
        finishRouting(true, tr("Taken back from this server: %1.").arg(done.join(u", ")));
        return;
    }
    const AdditionalIp ip = remaining.takeFirst();
    m_service->unroute(m_server.id, ip, this, [this, ip, remaining, done](const ApiResult<ApiResponse> &result) {
        if (!result.ok()) {
            showError(tr("Could not take %1 back from this server. %2")
                          .arg(ip.address, m_service->describeError(result.error())));
            if (!done.isEmpty())
                Q_EMIT routingChanged(m_server.id);
            finishRouting(false, {});
            return;
        }
        unrouteNext(remaining, done + QStringList{ip.address});
    });
}

void RouteIpsDialog::finishRouting(bool ok, const QString &status)
{
    setBusy(false);
    m_outcome = status;
    m_ui->statusLabel->setText(status);
    // After a success the list is read again to show where everything is now. After a refusal
    // nothing is sent: the API changes all or nothing, and the error stays readable.
    if (ok)
        reload();
    Q_EMIT routingFinished(ok);
}

void RouteIpsDialog::updateWarning()
{
    // Group the addresses that would move by the server they leave, in list order.
    QList<qint64> owners;
    QMap<qint64, QList<AdditionalIp>> byOwner;
    for (const AdditionalIp &ip : m_model->checkedElsewhere()) {
        if (!byOwner.contains(ip.instanceId))
            owners.append(ip.instanceId);
        byOwner[ip.instanceId].append(ip);
    }
    QStringList sentences;
    for (qint64 owner : std::as_const(owners)) {
        const QString label = m_service ? m_service->serverLabel(owner) : QString::number(owner);
        sentences.append(
            tr("Routing moves %1 away from %2.").arg(addressesOf(byOwner.value(owner)).join(u", "), label));
    }

    QStringList elsewhere;
    for (const AdditionalIp &ip : m_model->checkedAddresses()) {
        if (!m_server.location.id.isEmpty() && ip.locationId != m_server.location.id)
            elsewhere.append(ip.address);
    }
    if (!elsewhere.isEmpty())
        sentences.append(
            tr("Not in this server's location: %1. The API may refuse to route it here.").arg(elsewhere.join(u", ")));
    InlineMessage::show(m_ui->warningLabel, sentences.join(u' '), InlineMessage::Tone::Warning);
}

void RouteIpsDialog::updateButtons()
{
    m_ui->routeButton->setEnabled(!m_busy && m_model->checkedCount() > 0);
    m_ui->unrouteButton->setEnabled(!m_busy && !selectedRoutedHere().isEmpty());
}

QList<AdditionalIp> RouteIpsDialog::selectedRoutedHere() const
{
    QList<AdditionalIp> selected;
    const QModelIndexList rows = m_ui->addressView->selectionModel()->selectedRows(AdditionalIpModel::Address);
    for (const QModelIndex &row : rows) {
        const int sourceRow = m_filter->mapToSource(row).row();
        if (sourceRow >= 0 && m_model->isRoutedHere(sourceRow))
            selected.append(m_model->address(sourceRow));
    }
    return selected;
}

void RouteIpsDialog::showError(const QString &message, bool offerReload)
{
    m_errorText = message;
    m_showingLoadError = offerReload;
    InlineMessage::show(m_ui->errorLabel, message, InlineMessage::Tone::Problem,
                        offerReload ? tr("Try again") : QString());
}

void RouteIpsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void RouteIpsDialog::done(int result)
{
    QSettings().setValue(QLatin1String(GeometryKey), saveGeometry());
    QDialog::done(result);
}

} // namespace Heficed
