// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancestore.h"

#include "datagenerator.h"
#include "sandboxlogging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox {

namespace {

const QString Running = u"running"_s;
const QString Stopped = u"stopped"_s;
const QString Terminating = u"terminating"_s;

QString describe(const QJsonObject &instance)
{
    return u"Server %1 (%2)"_s.arg(instance[u"id"_s].toInteger()).arg(instance[u"hostname"_s].toString());
}

QString verbOf(InstanceStore::Action action)
{
    switch (action) {
    case InstanceStore::Action::Start:
        return u"started"_s;
    case InstanceStore::Action::Stop:
    case InstanceStore::Action::ForceStop:
        return u"stopped"_s;
    case InstanceStore::Action::Reboot:
        return u"rebooted"_s;
    case InstanceStore::Action::Rescue:
        return u"put into rescue mode"_s;
    case InstanceStore::Action::Unrescue:
        return u"taken out of rescue mode"_s;
    }
    return {};
}

bool allowedIn(InstanceStore::Action action, const QString &status)
{
    static const QStringList PowerCut{u"running"_s, u"starting"_s, u"rebooting"_s, u"stopping"_s};
    switch (action) {
    case InstanceStore::Action::Start:
        return status == Stopped;
    case InstanceStore::Action::Stop:
    case InstanceStore::Action::Reboot:
        return status == Running;
    case InstanceStore::Action::ForceStop:
        return PowerCut.contains(status);
    case InstanceStore::Action::Rescue:
    case InstanceStore::Action::Unrescue:
        return status == Running || status == Stopped;
    }
    return false;
}

} // namespace

InstanceStore::InstanceStore(const QList<QJsonObject> &instances, int actionSeconds, QObject *parent)
    : QObject(parent)
    , m_actionMs(qMax(0, actionSeconds) * 1000)
{
    for (const QJsonObject &instance : instances) {
        const qint64 id = instance[u"id"_s].toInteger();
        m_order.append(id);
        m_instances.insert(id, instance);
    }
    finishInitialTransitions();
}

QList<QJsonObject> InstanceStore::list(const QString &status) const
{
    QList<QJsonObject> matching;
    for (const qint64 id : m_order) {
        const QJsonObject &instance = m_instances[id];
        if (status.isEmpty() || instance[u"status"_s].toString() == status)
            matching.append(instance);
    }
    return matching;
}

std::optional<QJsonObject> InstanceStore::find(qint64 id) const
{
    const auto found = m_instances.constFind(id);
    if (found == m_instances.constEnd())
        return std::nullopt;
    return *found;
}

Outcome InstanceStore::act(qint64 id, Action action)
{
    const auto instance = find(id);
    if (!instance)
        return Outcome::notFound(u"No server with ID %1 exists in this organisation."_s.arg(id));
    const QString refused = refusal(*instance, action);
    if (!refused.isEmpty())
        return Outcome::conflict(refused, (*instance)[u"status"_s].toString());

    switch (action) {
    case Action::Start:
        begin(id, u"starting"_s, {0, Running, std::nullopt, false});
        break;
    case Action::Stop:
        begin(id, u"stopping"_s, {0, Stopped, std::nullopt, false});
        break;
    case Action::ForceStop:
        setStatus(id, Stopped); // power is cut: no transition
        break;
    case Action::Reboot:
        begin(id, u"rebooting"_s, {0, Running, std::nullopt, false});
        break;
    case Action::Rescue:
    case Action::Unrescue:
        begin(id, u"rebooting"_s, {0, Running, action == Action::Rescue, false});
        break;
    }
    return Outcome::success();
}

QString InstanceStore::refusal(const QJsonObject &instance, Action action) const
{
    const QString status = instance[u"status"_s].toString();
    const bool inRescue = instance[u"inRescueMode"_s].toBool();
    const QString name = describe(instance);
    if (status == Terminating)
        return name + u" is being cancelled."_s;
    if (action == Action::Rescue && inRescue)
        return name + u" is already in rescue mode."_s;
    if (action == Action::Unrescue && !inRescue)
        return name + u" is not in rescue mode."_s;
    if (!allowedIn(action, status))
        return u"%1 cannot be %2 while it is %3."_s.arg(name, verbOf(action), status);
    return {};
}

Outcome InstanceStore::cancel(qint64 id, const QString &type, const QString &reason)
{
    const auto instance = find(id);
    if (!instance)
        return Outcome::notFound(u"No server with ID %1 exists in this organisation."_s.arg(id));
    const QString status = (*instance)[u"status"_s].toString();
    if (status == Terminating)
        return Outcome::conflict(describe(*instance) + u" is already being cancelled."_s, status);

    if (type == u"Immediate"_s) {
        begin(id, Terminating, {0, QString(), std::nullopt, true});
        return Outcome::success();
    }
    QJsonObject billing = (*instance)[u"billing"_s].toObject();
    if (billing[u"cancellationRequest"_s].isObject()) {
        return Outcome::conflict(
            describe(*instance) + u" already has a cancellation at the end of its billing period."_s, status);
    }
    const qint64 endDate = billing[u"endDate"_s].toInteger();
    billing.insert(u"cancellationRequest"_s,
                   DataGenerator::cancellationRequest(type, reason, endDate, QDateTime::currentSecsSinceEpoch()));
    update(id, u"billing"_s, billing);
    return Outcome::success();
}

void InstanceStore::setStatus(qint64 id, const QString &status)
{
    if (!m_instances.contains(id))
        return;
    m_transitions.remove(id);
    update(id, u"status"_s, status);
}

void InstanceStore::begin(qint64 id, const QString &during, Transition transition)
{
    transition.serial = ++m_serial;
    m_transitions.insert(id, transition);
    update(id, u"status"_s, during);
    QTimer::singleShot(m_actionMs, this, [this, id, serial = transition.serial] { finish(id, serial); });
}

void InstanceStore::finish(qint64 id, quint64 serial)
{
    // A later action or setStatus() replaced this transition: it no longer decides anything.
    const auto found = m_transitions.constFind(id);
    if (found == m_transitions.constEnd() || found->serial != serial)
        return;
    const Transition transition = m_transitions.take(id);
    if (transition.remove) {
        m_instances.remove(id);
        m_order.removeOne(id);
        qCDebug(lcSandbox) << "server" << id << "cancelled and removed";
        Q_EMIT instanceRemoved(id);
        return;
    }
    if (transition.rescue)
        update(id, u"inRescueMode"_s, *transition.rescue);
    update(id, u"status"_s, transition.finalStatus);
}

void InstanceStore::update(qint64 id, const QString &key, const QJsonValue &value)
{
    m_instances[id].insert(key, value);
    Q_EMIT instanceChanged(id);
}

void InstanceStore::attachAddress(qint64 id, int version, const QString &address)
{
    editAddresses(id, version, address, true);
}

void InstanceStore::detachAddress(qint64 id, int version, const QString &address)
{
    editAddresses(id, version, address, false);
}

void InstanceStore::editAddresses(qint64 id, int version, const QString &address, bool add)
{
    if (!m_instances.contains(id))
        return;
    const QString family = version == 6 ? u"v6"_s : u"v4"_s;
    QJsonObject network = m_instances[id][u"network"_s].toObject();
    QJsonObject block = network[family].toObject();
    QJsonArray addresses = block[u"additionalIps"_s].toArray();
    if (add && !addresses.contains(address))
        addresses.append(address);
    for (qsizetype i = addresses.size() - 1; !add && i >= 0; --i) {
        if (addresses.at(i).toString() == address)
            addresses.removeAt(i);
    }
    block.insert(u"additionalIps"_s, addresses);
    network.insert(family, block);
    update(id, u"network"_s, network);
}

void InstanceStore::finishInitialTransitions()
{
    // Servers generated in the middle of a transition complete it like any other.
    for (const qint64 id : std::as_const(m_order)) {
        const QString status = m_instances[id][u"status"_s].toString();
        if (status == u"starting"_s || status == u"rebooting"_s)
            begin(id, status, {0, Running, std::nullopt, false});
        else if (status == u"stopping"_s)
            begin(id, status, {0, Stopped, std::nullopt, false});
    }
}

} // namespace Heficed::Sandbox
