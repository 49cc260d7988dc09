// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfilterbar.h"

#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QTimer>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

// Refills the box with "all" and `choices` ({key, text}), keeping the current key selected. A key
// that is no longer offered stays as an entry of its own.
void fillBox(QComboBox *box, const QString &allText, const QList<NamedRef> &choices)
{
    const QString current = box->currentData().toString();
    const QString currentText = box->currentText();
    const QSignalBlocker blocker(box);

    box->clear();
    box->addItem(allText, QString());
    for (const NamedRef &choice : choices)
        box->addItem(choice.name, choice.id);
    if (!current.isEmpty() && box->findData(current) < 0)
        box->addItem(currentText, current);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

} // namespace

ServerFilterBar::ServerFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_location(new QComboBox(this))
    , m_refillTimer(new QTimer(this))
{
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->setToolTip(tr("Show only servers with this status"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_location->setObjectName(u"locationFilter"_s);
    m_location->setAccessibleName(tr("Filter by location"));
    m_location->setToolTip(tr("Show only servers at this location"));
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_location);

    m_refillTimer->setSingleShot(true);
    m_refillTimer->setInterval(0);
    connect(m_refillTimer, &QTimer::timeout, this, &ServerFilterBar::refill);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ServerFilterBar::applyStatus);
    connect(m_location, &QComboBox::currentIndexChanged, this, &ServerFilterBar::applyLocation);
    refill();
}

void ServerFilterBar::setModels(ServerTableModel *model, ServerFilterProxyModel *proxy)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy = proxy;

    // Statuses change in place (dataChanged), servers come and go (rows), sessions change (reset).
    connect(model, &QAbstractItemModel::rowsInserted, this, &ServerFilterBar::scheduleRefill);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ServerFilterBar::scheduleRefill);
    connect(model, &QAbstractItemModel::modelReset, this, &ServerFilterBar::scheduleRefill);
    connect(model, &QAbstractItemModel::dataChanged, this, &ServerFilterBar::scheduleRefill);
    refill();
    applyStatus();
    applyLocation();
}

void ServerFilterBar::selectStatus(const QString &status)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
}

void ServerFilterBar::selectLocation(const QString &locationKey)
{
    m_location->setCurrentIndex(qMax(0, m_location->findData(locationKey)));
}

void ServerFilterBar::scheduleRefill()
{
    m_refillTimer->start();
}

void ServerFilterBar::refill()
{
    m_refillTimer->stop();
    refillStatuses();
    refillLocations();
}

void ServerFilterBar::refillStatuses()
{
    QList<NamedRef> choices;
    const QStringList words = m_model ? m_model->statuses() : QStringList();
    for (const QString &word : words) {
        if (!word.isEmpty())
            choices.append({word, ServerTableModel::statusText(word)});
    }
    fillBox(m_status, tr("All statuses"), choices);
}

void ServerFilterBar::refillLocations()
{
    fillBox(m_location, tr("All locations"), m_model ? m_model->locations() : QList<NamedRef>());
}

void ServerFilterBar::applyStatus()
{
    if (m_proxy)
        m_proxy->setStatusFilter(m_status->currentData().toString());
}

void ServerFilterBar::applyLocation()
{
    if (m_proxy)
        m_proxy->setLocationFilter(m_location->currentData().toString());
}

} // namespace Heficed
