// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue.h"

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace Heficed::Sandbox {

// An additional IP address of the organisation, routed to one server or to none.
struct AdditionalIp
{
    QString id; // 24 hex digits, like 60bde87f311fc2ed1f6aeac9
    QString address;
    int version = 4;
    QString locationId;
    qint64 instanceId = 0; // 0 while not routed

    QJsonObject toJson() const;
};

// Makes the sandbox's world from one seed: the same seed gives the same servers, addresses and
// passwords, byte for byte, on every run. Only documentation address ranges are used.
class DataGenerator
{
public:
    explicit DataGenerator(quint32 seed);

    // The fixture's first server, from `fixtureFile` or, when that is empty or unreadable, from the
    // copy embedded in the library; `warning` says why the file was not used.
    static QJsonObject fixtureInstance(const QString &fixtureFile, QString *warning);
    // billing.cancellationRequest as the sandbox writes it.
    static QJsonObject cancellationRequest(const QString &type, const QString &reason, qint64 effective,
                                           qint64 requested);

    QList<QJsonObject> generateInstances(int count);
    // Addresses in every location; about a third are routed to a generated server there.
    QList<AdditionalIp> generateAdditionalIps(const QList<QJsonObject> &generated);
    QString nextUuid();

private:
    struct Plan
    {
        int vcpu;
        int memoryMb;
        int diskGb;
        double price;
    };

    QJsonObject makeInstance(int index, qint64 id);
    void addSizes(QJsonObject *instance, int index, const Plan &plan);
    QString pickStatus(int index);
    QString makeHostname(int index);
    QJsonObject instanceTemplateJson(const Catalogue::OsTemplate &osTemplate, int index) const;
    QJsonObject makeV4(int index);
    QJsonObject makeV6(int index) const;
    QJsonObject makeBilling(int index, const QString &status, double price);
    QString nextV4Address();
    QString nextObjectId();
    QString randomText(int length, QStringView alphabet);
    int roll(int bound);

    QRandomGenerator m_rng;
    int m_v4Used = 0;
};

} // namespace Heficed::Sandbox
