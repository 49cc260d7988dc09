// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

namespace Heficed::Sandbox {

// The organisation's cloud servers and their state. Actions change a server through a
// transitional status (stopped -> starting -> running) that ends after `actionSeconds`.
// An immediate cancel passes through "terminating" and then removes the server: afterwards it is
// missing from the list and a GET answers 404.
class InstanceStore : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Start,
        Stop,
        ForceStop,
        Reboot,
        Rescue,
        Unrescue
    };

    InstanceStore(const QList<QJsonObject> &instances, int actionSeconds, QObject *parent = nullptr);

    QList<QJsonObject> list(const QString &status = {}) const;
    std::optional<QJsonObject> find(qint64 id) const;
    QList<qint64> ids() const { return m_order; }

    Outcome act(qint64 id, Action action);
    Outcome cancel(qint64 id, const QString &type, const QString &reason);
    // Tests and demos: put a server into any status at once, ending its transition.
    void setStatus(qint64 id, const QString &status);

    // Keep network.v4/v6.additionalIps in step with the routed addresses.
    void attachAddress(qint64 id, int version, const QString &address);
    void detachAddress(qint64 id, int version, const QString &address);

Q_SIGNALS:
    void instanceChanged(qint64 id);
    void instanceRemoved(qint64 id);

private:
    struct Transition
    {
        quint64 serial = 0;
        QString finalStatus;
        std::optional<bool> rescue; // the inRescueMode the transition ends with, if it changes it
        bool remove = false;
    };

    QString refusal(const QJsonObject &instance, Action action) const;
    void begin(qint64 id, const QString &during, Transition transition);
    void finish(qint64 id, quint64 serial);
    void update(qint64 id, const QString &key, const QJsonValue &value);
    void editAddresses(qint64 id, int version, const QString &address, bool add);
    void finishInitialTransitions();

    QList<qint64> m_order;
    QHash<qint64, QJsonObject> m_instances;
    QHash<qint64, Transition> m_transitions;
    quint64 m_serial = 0;
    int m_actionMs;
};

} // namespace Heficed::Sandbox
