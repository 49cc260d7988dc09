// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace Heficed {

// An ID and a display name, as the API nests them (`location`, `instanceType`, `sla`, ...).
struct NamedRef
{
    QString id;
    QString name;
    bool operator==(const NamedRef &) const = default;
};

struct NetworkFamily
{
    QString ipAddress; // may be empty (the fixture's v4 is "")
    QString netmask;   // v4 sends a string, v6 a number: kept as text
    QString gateway;
    QStringList additionalIps; // address text of each routed additional address
    QStringList resolvers;     // empty strings dropped
    bool operator==(const NetworkFamily &) const = default;
};

struct OsTemplate
{
    QString id;
    QString name;
    NamedRef location;     // `locationId`: an object in the fixture, a bare string elsewhere
    NamedRef instanceType; // `instanceTypeId`: likewise
    std::optional<QDateTime> created;
    std::optional<qint64> size;
    QString version;
    bool operator==(const OsTemplate &) const = default;
};

struct Billing
{
    enum class Type
    {
        Unknown,
        Monthly,
        Hourly
    };

    QString product;
    Type type = Type::Unknown;
    QString typeName;
    QString status;
    std::optional<double> hourlySpendingRate;
    std::optional<qint64> invoiceId;
    QString invoiceStatus;
    std::optional<double> price;
    std::optional<QDateTime> startDate; // Unix seconds in the API
    std::optional<QDateTime> endDate;   // "paid until"
    NamedRef sla;
    QString cancellationRequest; // null while none; kept as compact JSON text otherwise
    bool operator==(const Billing &) const = default;
};

// One Kronos Cloud server. Parsing never fails as a whole: what is missing, null or of another
// type stays empty, and the server is still listed (contract section 6).
struct Instance
{
    static constexpr int AdditionalDiskCount = 8;

    qint64 id = 0;
    QString status; // shown as sent, also when the panel does not know the word
    QString hostname;
    NamedRef instanceType;
    NamedRef location;
    QString locationContinent;
    bool inRescueMode = false;
    OsTemplate osTemplate;
    QString iso;
    NetworkFamily v4;
    NetworkFamily v6;
    Billing billing;
    int vcpu = 0;
    qint64 memoryMb = 0;
    qint64 diskGb = 0;
    int ipCount = 0;
    int backup = 0;
    std::array<qint64, AdditionalDiskCount> additionalDisksGb{};
    bool cpuLimited = false;
    bool networkLimited = false;
    QString rootPassword; // clear text from the API: a secret, never logged or written anywhere

    bool isValid() const { return id > 0; }
    bool operator==(const Instance &) const = default;

    // Every address of the server: main v4, main v6, then additional ones.
    QStringList allAddresses() const;
    // The address to copy for "copy IP": v4 when there is one, else v6.
    QString primaryAddress() const;

    static Instance fromJson(const QJsonObject &object);
};

} // namespace Heficed

Q_DECLARE_METATYPE(Heficed::Instance)
