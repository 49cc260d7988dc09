// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The fixed catalogue every tenant shares: the six locations of the contract, the instance
// types and the OS templates offered in each location.
namespace Heficed::Sandbox::Catalogue {

struct Location
{
    QString id; // "uk-lon1"
    QString name;
    QString continent;

    QJsonObject toJson() const;
};

struct OsTemplate
{
    QString id; // UUID, the same on every run
    QString name;
    QString instanceTypeId; // "linux" or "windows"
    QString locationId;
    QString version;
    qint64 sizeGb = 0;
    qint64 created = 0; // Unix seconds
};

const QList<Location> &locations();
std::optional<Location> location(const QString &id);

// {"id":"linux","name":"Linux"}; an empty object for an unknown type.
QJsonObject instanceTypeJson(const QString &typeId);
bool isInstanceType(const QString &typeId);

// Every template in every location, in a stable order.
const QList<OsTemplate> &templates();
// The templates of one location and one instance type; an empty argument matches any.
QList<OsTemplate> templatesIn(const QString &locationId, const QString &instanceTypeId = {});
// The catalogue's own shape: locationId and instanceTypeId as plain strings.
QJsonObject templateJson(const OsTemplate &osTemplate);

} // namespace Heficed::Sandbox::Catalogue
