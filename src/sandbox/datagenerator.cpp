// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox {

namespace {

constexpr auto EmbeddedFixture = ":/heficed-sandbox/instances-seed.json";
constexpr qint64 FirstGeneratedId = 337201;
constexpr qint64 BaseStartDate = 1704067200; // 2024-01-01: fixed, so dates do not depend on today
constexpr qint64 Day = 86400;
constexpr int HostnameMaxLength = 63;
constexpr int AdditionalV4First = 200; // 203.0.113.200 and up; servers' own addresses stay below

constexpr QStringView PasswordAlphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
constexpr QStringView LowerAlphabet = u"abcdefghijklmnopqrstuvwxyz0123456789";
constexpr QStringView MixedAlphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

QJsonObject readFirstInstance(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray data = QJsonDocument::fromJson(file.readAll()).object().value(u"data"_s).toArray();
    return data.isEmpty() ? QJsonObject() : data.first().toObject();
}

// The servers' own IPv4 addresses: three documentation /24s, .10 to .254, less the top of the last
// one, which holds the additional addresses.
QString v4PoolAddress(int slot)
{
    constexpr int PerBlock = 245;
    if (slot < PerBlock)
        return u"192.0.2.%1"_s.arg(10 + slot);
    if (slot < 2 * PerBlock)
        return u"198.51.100.%1"_s.arg(10 + slot - PerBlock);
    if (slot < 2 * PerBlock + AdditionalV4First - 10)
        return u"203.0.113.%1"_s.arg(10 + slot - 2 * PerBlock);
    return {};
}

QString hex(quint32 value, int width)
{
    return QString::number(value, 16).rightJustified(width, u'0');
}

QJsonObject typeJson(int id, const QString &name)
{
    return {{u"id"_s, id}, {u"name"_s, name}};
}

} // namespace

QJsonObject AdditionalIp::toJson() const
{
    const auto where = Catalogue::location(locationId);
    return {
        {u"id"_s, id},
        {u"address"_s, address},
        {u"version"_s, version},
        {u"location"_s, where ? where->toJson() : QJsonObject{{u"id"_s, locationId}}},
        {u"instanceId"_s, instanceId > 0 ? QJsonValue(instanceId) : QJsonValue(QJsonValue::Null)},
    };
}

DataGenerator::DataGenerator(quint32 seed)
    : m_rng(seed)
{}

QJsonObject DataGenerator::fixtureInstance(const QString &fixtureFile, QString *warning)
{
    if (!fixtureFile.isEmpty()) {
        const QJsonObject fromFile = readFirstInstance(fixtureFile);
        if (!fromFile.isEmpty())
            return fromFile;
        *warning = u"The fixture file %1 holds no instance list; the embedded copy is used."_s.arg(fixtureFile);
    }
    return readFirstInstance(QString::fromLatin1(EmbeddedFixture));
}

QJsonObject DataGenerator::cancellationRequest(const QString &type, const QString &reason, qint64 effective,
                                               qint64 requested)
{
    return {{u"type"_s, type}, {u"reason"_s, reason}, {u"effectiveDate"_s, effective}, {u"requestedAt"_s, requested}};
}

QList<QJsonObject> DataGenerator::generateInstances(int count)
{
    QList<QJsonObject> generated;
    qint64 id = FirstGeneratedId;
    for (int index = 0; index < count; ++index) {
        generated.append(makeInstance(index, id));
        id += 1 + roll(97);
    }
    return generated;
}

QJsonObject DataGenerator::makeInstance(int index, qint64 id)
{
    static constexpr Plan Plans[] = {
        {1, 512, 10, 3.49},    {1, 1024, 20, 5.99},    {2, 2048, 40, 11.99},    {2, 4096, 80, 19.99},
        {4, 8192, 160, 39.99}, {6, 16384, 320, 79.99}, {8, 32768, 640, 159.99},
    };
    const QString status = pickStatus(index);
    const Catalogue::Location where = Catalogue::locations().at(roll(int(Catalogue::locations().size())));
    const QList<Catalogue::OsTemplate> offered = Catalogue::templatesIn(where.id);
    const Catalogue::OsTemplate &osTemplate = offered.at(roll(int(offered.size())));
    const Plan &plan = Plans[roll(int(std::size(Plans)))];

    QJsonObject instance{
        {u"id"_s, id},
        {u"status"_s, status},
        {u"hostname"_s, makeHostname(index)},
        {u"instanceType"_s, Catalogue::instanceTypeJson(osTemplate.instanceTypeId)},
        {u"location"_s, where.toJson()},
        {u"inRescueMode"_s, status == u"running"_s && index % 8 == 5},
        {u"template"_s, instanceTemplateJson(osTemplate, index)},
        {u"iso"_s, index % 15 == 2 ? QJsonValue(u"ubuntu-22.04.4-live-server-amd64.iso"_s) : QJsonValue()},
        {u"network"_s, QJsonObject{{u"v4"_s, makeV4(index)}, {u"v6"_s, makeV6(index)}}},
        {u"billing"_s, makeBilling(index, status, plan.price)},
    };
    addSizes(&instance, index, plan);
    instance.insert(u"password"_s, randomText(12 + roll(5), PasswordAlphabet));
    return instance;
}

void DataGenerator::addSizes(QJsonObject *instance, int index, const Plan &plan)
{
    const bool hasV4 = !instance->value(u"network"_s)[u"v4"_s][u"ipaddress"_s].toString().isEmpty();
    instance->insert(u"vcpu"_s, plan.vcpu);
    instance->insert(u"memory"_s, plan.memoryMb);
    instance->insert(u"disk"_s, plan.diskGb);
    instance->insert(u"ip"_s, hasV4 ? 1 : 0);
    instance->insert(u"backup"_s, roll(5) == 0 ? 1 : 0);
    for (int disk = 1; disk <= 8; ++disk) {
        const bool used = (disk == 1 && index % 7 == 3) || (disk == 2 && index % 10 == 8);
        instance->insert(u"additionalDisk%1"_s.arg(disk), used ? 50 * disk : 0);
    }
    instance->insert(u"cpuLimited"_s, index % 19 == 11);
    instance->insert(u"networkLimited"_s, index % 23 == 13);
}

QString DataGenerator::pickStatus(int index)
{
    // One status no client knows, to prove it is shown as sent and never dropped.
    if (index == 6)
        return u"migrating"_s;
    const int dice = roll(100);
    if (dice < 55)
        return u"running"_s;
    if (dice < 80)
        return u"stopped"_s;
    if (dice < 84)
        return u"starting"_s;
    if (dice < 88)
        return u"stopping"_s;
    if (dice < 92)
        return u"suspended"_s;
    if (dice < 96)
        return u"pending"_s;
    return u"rebooting"_s;
}

QString DataGenerator::makeHostname(int index)
{
    static const QStringList Roles{u"web"_s, u"db"_s, u"cache"_s, u"mail"_s, u"vpn"_s, u"build"_s, u"api"_s, u"edge"_s};
    static const QStringList Domains{u"example.com"_s, u"example.net"_s, u"example.org"_s};
    if (index % 9 == 4) {
        const QString prefix = u"worker-%1-"_s.arg(index);
        return prefix + randomText(HostnameMaxLength - int(prefix.size()), LowerAlphabet);
    }
    if (index % 3 == 0)
        return randomText(10, MixedAlphabet); // like the fixture's "hhVyA97bBk"
    const QString role = Roles.at(roll(int(Roles.size())));
    const QString domain = Domains.at(roll(int(Domains.size())));
    return u"%1-%2.%3"_s.arg(role).arg(index, 2, 10, QLatin1Char('0')).arg(domain);
}

QJsonObject DataGenerator::instanceTemplateJson(const Catalogue::OsTemplate &osTemplate, int index) const
{
    // The fixture nests objects here while other clients saw plain strings: both occur.
    const bool nested = index % 2 == 0;
    const bool sparse = index % 3 == 1; // created, size and version null, as in the fixture
    const auto where = Catalogue::location(osTemplate.locationId);
    return {
        {u"id"_s, osTemplate.id},
        {u"created"_s, sparse ? QJsonValue() : QJsonValue(osTemplate.created)},
        {u"size"_s, sparse ? QJsonValue() : QJsonValue(osTemplate.sizeGb)},
        {u"version"_s, sparse ? QJsonValue() : QJsonValue(osTemplate.version)},
        {u"name"_s, osTemplate.name},
        {u"locationId"_s, nested && where ? QJsonValue(where->toJson()) : QJsonValue(osTemplate.locationId)},
        {u"instanceTypeId"_s, nested ? QJsonValue(Catalogue::instanceTypeJson(osTemplate.instanceTypeId))
                                     : QJsonValue(osTemplate.instanceTypeId)},
    };
}

QJsonObject DataGenerator::makeV4(int index)
{
    const QString address = index % 11 == 5 ? QString() : nextV4Address();
    if (address.isEmpty()) {
        return {{u"ipaddress"_s, u""_s},
                {u"netmask"_s, u""_s},
                {u"gateway"_s, u""_s},
                {u"additionalIps"_s, QJsonArray()},
                {u"resolvers"_s, QJsonArray{u""_s, u""_s}}};
    }
    const QString network = address.section(u'.', 0, 2);
    const QString secondResolver = index % 4 == 1 ? QString() : u"198.51.100.3"_s;
    return {{u"ipaddress"_s, address},
            {u"netmask"_s, u"255.255.255.0"_s},
            {u"gateway"_s, QString(network + u".1"_s)},
            {u"additionalIps"_s, QJsonArray()},
            {u"resolvers"_s, QJsonArray{u"198.51.100.2"_s, secondResolver}}};
}

QJsonObject DataGenerator::makeV6(int index) const
{
    // netmask is a number here, a string in v4: the fixture's quirk.
    const bool empty = index % 13 == 7;
    const QString address = empty ? QString() : u"2001:db8:1:%1::"_s.arg(hex(quint32(0x100 + index), 1));
    const QJsonArray resolvers =
        index % 2 ? QJsonArray{u""_s, u""_s} : QJsonArray{u"2001:db8::53"_s, u"2001:db8::54"_s};
    return {{u"ipaddress"_s, address},
            {u"netmask"_s, 48},
            {u"gateway"_s, empty ? QString() : u"2001:db8:1:8000::1"_s},
            {u"additionalIps"_s, QJsonArray()},
            {u"resolvers"_s, resolvers}};
}

QJsonObject DataGenerator::makeBilling(int index, const QString &status, double price)
{
    const bool hourly = roll(100) < 30;
    const qint64 start = BaseStartDate + roll(540) * Day;
    const qint64 end = start + (1 + roll(24)) * 30 * Day;
    const QString billingStatus = status == u"suspended"_s ? status : status == u"pending"_s ? status : u"active"_s;
    const QJsonValue cancellation =
        index % 17 == 9 ? QJsonValue(cancellationRequest(u"EndOfBillingPeriod"_s, u"Moving to a larger plan"_s, end,
                                                         start + 10 * Day))
                        : QJsonValue();
    return {
        {u"product"_s, u"Kronos Cloud"_s},
        {u"type"_s, hourly ? typeJson(-1, u"hourly"_s) : typeJson(1, u"monthly"_s)},
        {u"status"_s, billingStatus},
        {u"hourlySpendingRate"_s, hourly ? QJsonValue(qRound(price / 730 * 10000) / 10000.0) : QJsonValue()},
        {u"invoiceId"_s, hourly ? QJsonValue() : QJsonValue(684300 + index * 13)},
        {u"invoiceStatus"_s, hourly ? QJsonValue() : QJsonValue(status == u"pending"_s ? u"Unpaid"_s : u"Paid"_s)},
        {u"price"_s, price},
        {u"startDate"_s, start},
        {u"endDate"_s, end},
        {u"sla"_s, index % 5 == 2 ? typeJson(1, u"Premium"_s) : typeJson(0, u"Standard"_s)},
        {u"cancellationRequest"_s, cancellation},
    };
}

QList<AdditionalIp> DataGenerator::generateAdditionalIps(const QList<QJsonObject> &generated)
{
    QList<AdditionalIp> ips;
    const int count = qMax(6, int(generated.size()) / 2);
    for (int k = 0; k < count; ++k) {
        AdditionalIp ip;
        ip.id = nextObjectId();
        const bool v4Left = AdditionalV4First + k <= 254;
        ip.version = (k % 4 == 3 || !v4Left) ? 6 : 4;
        ip.address = ip.version == 4 ? u"203.0.113.%1"_s.arg(AdditionalV4First + k)
                                     : u"2001:db8:ff00::%1"_s.arg(hex(quint32(k + 1), 1));
        ip.locationId = Catalogue::locations().at(k % Catalogue::locations().size()).id;
        QList<qint64> candidates;
        for (const QJsonObject &instance : generated) {
            if (instance[u"location"_s][u"id"_s].toString() == ip.locationId)
                candidates.append(instance[u"id"_s].toInteger());
        }
        if (k % 3 == 0 && !candidates.isEmpty())
            ip.instanceId = candidates.at(k % candidates.size());
        ips.append(ip);
    }
    return ips;
}

QString DataGenerator::nextUuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(m_rng.bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString DataGenerator::nextV4Address()
{
    return v4PoolAddress(m_v4Used++);
}

QString DataGenerator::nextObjectId()
{
    // A MongoDB-like ObjectId: a 2021 timestamp, then random digits.
    return hex(0x60b00000u + m_rng.bounded(0x100000u), 8) + hex(m_rng.generate(), 8) + hex(m_rng.generate(), 8);
}

QString DataGenerator::randomText(int length, QStringView alphabet)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(roll(int(alphabet.size()))));
    return text;
}

int DataGenerator::roll(int bound)
{
    return int(m_rng.bounded(bound));
}

} // namespace Heficed::Sandbox
