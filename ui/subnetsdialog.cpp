// SPDX-License-Identifier: GPL-3.0-or-later
#include "subnetsdialog.h"

#include "inlinemessage.h"
#include "routing/subnetservice.h"
#include "routing/subnettreemodel.h"
#include "ui_subnetsdialog.h"
#include "uilogging.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QStyle>

namespace Heficed {

namespace {

constexpr auto GeometryKey = "SubnetsDialog/geometry";
constexpr int NetworkColumnWidth = 220;
constexpr int SizeColumnWidth = 120;

QString stateWord(SubnetMoveJob::StepState state)
{
    switch (state) {
    case SubnetMoveJob::StepState::Waiting:
        return SubnetsDialog::tr("waiting", "move step");
    case SubnetMoveJob::StepState::Running:
        return SubnetsDialog::tr("in progress", "move step");
    case SubnetMoveJob::StepState::Done:
        return SubnetsDialog::tr("done", "move step");
    case SubnetMoveJob::StepState::Failed:
        return SubnetsDialog::tr("failed", "move step");
    case SubnetMoveJob::StepState::Skipped:
        return SubnetsDialog::tr("skipped", "move step");
    }
    return {};
}

QStyle::StandardPixmap stateIcon(SubnetMoveJob::StepState state)
{
    switch (state) {
    case SubnetMoveJob::StepState::Running:
        return QStyle::SP_BrowserReload;
    case SubnetMoveJob::StepState::Done:
        return QStyle::SP_DialogApplyButton;
    case SubnetMoveJob::StepState::Failed:
        return QStyle::SP_MessageBoxCritical;
    case SubnetMoveJob::StepState::Waiting:
    case SubnetMoveJob::StepState::Skipped:
        break;
    }
    return QStyle::SP_CustomBase; // none
}

// Keeps rows without a state icon as tall, and their text as far in, as rows with one.
QIcon blankIcon(const QSize &size)
{
    QPixmap blank(size);
    blank.fill(Qt::transparent);
    return QIcon(blank);
}

} // namespace

SubnetsDialog::SubnetsDialog(SubnetService *service, const Instance &server, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SubnetsDialog>())
    , m_service(service)
    , m_server(server)
    , m_model(new SubnetTreeModel(service, this))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    const QString name = server.hostname.isEmpty() ? QString::number(server.id) : server.hostname;
    setWindowTitle(tr("IP Switch Subnets: %1").arg(name));
    m_ui->headerLabel->setText(tr("The organisation's IP Switch subnets. Select one to route it to %1 (ID %2), to "
                                  "release it from this server, or to move it here from another server. A subnet's "
                                  "parts are read when you expand it.")
                                   .arg(name, QString::number(server.id)));
    m_ui->moveBox->hide();
    setupView();

    connect(m_ui->routeButton, &QPushButton::clicked, this, &SubnetsDialog::routeSelected);
    connect(m_ui->releaseButton, &QPushButton::clicked, this, &SubnetsDialog::releaseSelected);
    connect(m_ui->moveButton, &QPushButton::clicked, this, &SubnetsDialog::moveSelectedHere);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->errorLabel, &QLabel::linkActivated, this, &SubnetsDialog::retryFailedLevel);

    restoreGeometry(QSettings().value(QLatin1String(GeometryKey)).toByteArray());
    InlineMessage::show(m_ui->errorLabel, {}, InlineMessage::Tone::Problem);
    updateButtons();
    // The top level is read at once; every other level when its subnet is expanded.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

SubnetsDialog::~SubnetsDialog() = default;

void SubnetsDialog::setupView()
{
    m_model->setServer(m_server.id);
    const QPointer<SubnetService> service = m_service;
    m_model->setHostnameLookup([service](qint64 id) { return service ? service->hostname(id) : QString(); });

    QTreeView *view = m_ui->subnetView;
    view->setModel(m_model);
    view->header()->resizeSection(SubnetTreeModel::Network, NetworkColumnWidth);
    view->header()->resizeSection(SubnetTreeModel::Size, SizeColumnWidth);

    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SubnetsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SubnetsDialog::updateButtons);
    connect(m_model, &SubnetTreeModel::levelFailed, this, &SubnetsDialog::onLevelFailed);
    connect(m_model, &SubnetTreeModel::loadingChanged, this, [this](bool loading) {
        // Say so while a level is read, but never cover the outcome of a route, release or move.
        const QString reading = tr("Reading subnets…");
        if (loading && m_ui->statusLabel->text().isEmpty())
            m_ui->statusLabel->setText(reading);
        else if (!loading && m_ui->statusLabel->text() == reading)
            m_ui->statusLabel->clear();
    });
}

QTreeView *SubnetsDialog::view() const
{
    return m_ui->subnetView;
}

QPushButton *SubnetsDialog::routeButton() const
{
    return m_ui->routeButton;
}

QPushButton *SubnetsDialog::releaseButton() const
{
    return m_ui->releaseButton;
}

QPushButton *SubnetsDialog::moveButton() const
{
    return m_ui->moveButton;
}

QString SubnetsDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

QStringList SubnetsDialog::stepTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_ui->stepList->count(); ++row)
        texts.append(m_ui->stepList->item(row)->text());
    return texts;
}

int SubnetsDialog::moveProgress() const
{
    return m_ui->moveProgress->value();
}

bool SubnetsDialog::selectSubnet(const QString &subnetId)
{
    const QModelIndex index = m_model->indexOf(subnetId);
    if (!index.isValid())
        return false;
    m_ui->subnetView->setCurrentIndex(index);
    m_ui->subnetView->scrollTo(index);
    return true;
}

QModelIndex SubnetsDialog::selectedIndex() const
{
    const QModelIndex current = m_ui->subnetView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(SubnetTreeModel::Network) : QModelIndex();
}

Subnet SubnetsDialog::selectedSubnet() const
{
    return m_model->subnet(selectedIndex());
}

void SubnetsDialog::routeSelected()
{
    const Subnet subnet = selectedSubnet();
    if (!isBusy() && subnet.isValid() && !subnet.isRouted())
        send(true, subnet);
}

void SubnetsDialog::releaseSelected()
{
    const Subnet subnet = selectedSubnet();
    if (!isBusy() && subnet.isValid() && subnet.instanceId == m_server.id)
        send(false, subnet);
}

void SubnetsDialog::send(bool route, const Subnet &subnet)
{
    if (!m_service)
        return;
    showError({});
    setBusy(true);
    m_ui->statusLabel->setText(route ? tr("Routing %1 to this server…").arg(subnet.text())
                                     : tr("Releasing %1 from this server…").arg(subnet.text()));
    const QPersistentModelIndex where(selectedIndex());
    auto done = [this, route, subnet, where](const ApiResult<ApiResponse> &result) {
        onSent(route, subnet, where, result);
    };
    if (route)
        m_service->route(m_server.id, {subnet}, this, done);
    else
        m_service->release(m_server.id, {subnet}, this, done);
}

void SubnetsDialog::onSent(bool route, const Subnet &subnet, const QPersistentModelIndex &where,
                           const ApiResult<ApiResponse> &result)
{
    setBusy(false);
    if (!result.ok()) {
        m_ui->statusLabel->clear();
        const QString reason = m_service->describeError(result.error());
        showError(route ? tr("Could not route %1 to this server. %2").arg(subnet.text(), reason)
                        : tr("Could not release %1 from this server. %2").arg(subnet.text(), reason));
        Q_EMIT routingFinished(false);
        return;
    }
    m_ui->statusLabel->setText(route ? tr("Routed %1 to this server.").arg(subnet.text())
                                     : tr("Released %1 from this server.").arg(subnet.text()));
    // Read the level again so the tree shows what the API now says, not what we expect.
    m_model->refreshLevel(where.parent());
    Q_EMIT routingChanged(m_server.id);
    Q_EMIT routingFinished(true);
}

void SubnetsDialog::moveSelectedHere()
{
    const Subnet subnet = selectedSubnet();
    if (isBusy() || !m_service || !subnet.isRouted() || subnet.instanceId == m_server.id)
        return;
    showError({});
    const QPersistentModelIndex where(selectedIndex());
    const qint64 from = subnet.instanceId;
    qCInfo(lcUi) << "Moving subnet" << subnet.text() << "from server" << from << "to" << m_server.id;

    m_move = new SubnetMoveJob(m_service, subnet, m_server.id, this);
    m_move->setSettleMs(m_settleMs);
    m_ui->moveLabel->setText(
        tr("Moving %1 from %2 to this server: release, wait %3 for the release to settle, then route.")
            .arg(subnet.text(), m_service->serverLabel(from), SubnetMoveJob::secondsText(m_settleMs)));
    m_ui->moveProgress->setValue(0);
    m_ui->stepList->clear();
    for (const auto &record : m_move->steps()) {
        const QString text =
            tr("%1 (%2)", "move step (state)").arg(SubnetMoveJob::stepName(record.step), stateWord(record.state));
        new QListWidgetItem(blankIcon(m_ui->stepList->iconSize()), text, m_ui->stepList);
    }
    // Exactly as tall as its three steps.
    const int frame = 2 * m_ui->stepList->frameWidth();
    m_ui->stepList->setFixedHeight(m_ui->stepList->sizeHintForRow(0) * m_ui->stepList->count() + frame);
    m_ui->moveBox->show();
    m_ui->statusLabel->setText(tr("Moving %1…").arg(subnet.text()));

    connect(m_move, &SubnetMoveJob::stepChanged, this, &SubnetsDialog::showStep);
    connect(m_move, &SubnetMoveJob::progressChanged, m_ui->moveProgress, &QProgressBar::setValue);
    connect(m_move, &SubnetMoveJob::finished, this,
            [this, where, from](bool ok, const QString &message) { onMoveFinished(ok, message, where, from); });
    updateButtons();
    m_move->start();
}

void SubnetsDialog::showStep(SubnetMoveJob::Step step, SubnetMoveJob::StepState state, const QString &message)
{
    QListWidgetItem *item = m_ui->stepList->item(static_cast<int>(step));
    if (!item)
        return;
    const QString title = tr("%1 (%2)", "move step (state)").arg(SubnetMoveJob::stepName(step), stateWord(state));
    item->setText(message.isEmpty() ? title : tr("%1: %2", "move step: message").arg(title, message));
    const QStyle::StandardPixmap icon = stateIcon(state);
    item->setIcon(icon == QStyle::SP_CustomBase ? blankIcon(m_ui->stepList->iconSize()) : style()->standardIcon(icon));
}

void SubnetsDialog::onMoveFinished(bool ok, const QString &message, const QPersistentModelIndex &where, qint64 from)
{
    const bool released = m_move->step(SubnetMoveJob::Step::Release).state == SubnetMoveJob::StepState::Done;
    m_move->deleteLater();
    m_move = nullptr;
    if (ok) {
        m_ui->statusLabel->setText(message);
    } else {
        m_ui->statusLabel->clear();
        showError(message);
    }
    m_model->refreshLevel(where.parent());
    if (released)
        Q_EMIT routingChanged(from);
    if (ok)
        Q_EMIT routingChanged(m_server.id);
    updateButtons();
    Q_EMIT moveFinished(ok, message);
}

void SubnetsDialog::onLevelFailed(const QString &parentId, const ApiError &error)
{
    m_failedLevel = parentId;
    m_levelFailed = true;
    const QString reason = m_service ? m_service->describeError(error) : error.message;
    showError(tr("Could not read the subnets. %1").arg(reason), true);
}

void SubnetsDialog::retryFailedLevel()
{
    if (!m_levelFailed)
        return;
    m_levelFailed = false;
    showError({});
    m_model->retry(m_model->indexOf(m_failedLevel));
}

void SubnetsDialog::updateButtons()
{
    const Subnet subnet = selectedSubnet();
    const bool idle = !isBusy() && subnet.isValid();
    m_ui->routeButton->setEnabled(idle && !subnet.isRouted());
    m_ui->releaseButton->setEnabled(idle && subnet.instanceId == m_server.id);
    m_ui->moveButton->setEnabled(idle && subnet.isRouted() && subnet.instanceId != m_server.id);
}

void SubnetsDialog::showError(const QString &message, bool offerRetry)
{
    m_errorText = message;
    InlineMessage::show(m_ui->errorLabel, message, InlineMessage::Tone::Problem,
                        offerRetry ? tr("Try again") : QString());
}

void SubnetsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SubnetsDialog::reject()
{
    // Closing would drop the move between its steps and leave the subnet released.
    if (m_move) {
        showError(tr("A move is under way. Wait until it ends, so that the subnet is not left released."));
        return;
    }
    QDialog::reject();
}

void SubnetsDialog::done(int result)
{
    QSettings().setValue(QLatin1String(GeometryKey), saveGeometry());
    QDialog::done(result);
}

} // namespace Heficed
