// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Heficed {

// One additional IP address of the organisation (contract section 3.1, shape assumed):
// {"id":"60bd...","address":"203.0.113.10","version":4,"location":{"id":"uk-lon1",...},
//  "instanceId":337201}, with instanceId null while the address is not routed.
struct AdditionalIp
{
    QString id; // 24 hex digits
    QString address;
    int version = 0; // 4 or 6; 0 when the API did not say and the text does not tell
    QString locationId;
    QString locationName;
    qint64 instanceId = 0; // the server it is routed to; 0 while not routed

    bool isValid() const { return !id.isEmpty(); }
    bool isRouted() const { return instanceId > 0; }
    bool operator==(const AdditionalIp &) const = default;

    // Never fails: what is missing or of another type stays empty (an item without an ID is
    // invalid and skipped by the caller).
    static AdditionalIp fromJson(const QJsonObject &object);
};

} // namespace Heficed

Q_DECLARE_METATYPE(Heficed::AdditionalIp)
