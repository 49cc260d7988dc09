// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressapi.h"

#include "ipstore.h"
#include "listenvelope.h"
#include "recordedrequest.h"
#include "requestbody.h"
#include "subnetstore.h"

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox {

namespace {

ApiResponse answer(const Outcome &outcome, const QString &path)
{
    return outcome.ok() ? ApiResponse::empty(202) : Problem::fromOutcome(outcome, path);
}

} // namespace

AddressApi::AddressApi(IpStore *ips, SubnetStore *subnets)
    : m_ips(ips)
    , m_subnets(subnets)
{}

ApiResponse AddressApi::listIps(const RecordedRequest &request) const
{
    ListEnvelope::Paging paging;
    const Outcome pagingOk = ListEnvelope::readPaging(request.query, &paging);
    if (!pagingOk.ok())
        return Problem::fromOutcome(pagingOk, request.path);
    QJsonArray items;
    for (const AdditionalIp &ip : m_ips->list())
        items.append(ip.toJson());
    return ApiResponse::json(200, ListEnvelope::build(items, request.path, paging));
}

ApiResponse AddressApi::routeIps(const RecordedRequest &request, const QString &idText)
{
    const auto id = RequestBody::instanceId(idText);
    if (!id)
        return Problem::fromOutcome(RequestBody::unknownInstance(idText), request.path);
    QStringList ipIds;
    const Outcome parsed = RequestBody::indexedIds(request, &ipIds);
    if (!parsed.ok())
        return Problem::fromOutcome(parsed, request.path);
    return answer(m_ips->route(*id, ipIds), request.path);
}

ApiResponse AddressApi::unrouteIp(const RecordedRequest &request, const QString &idText, const QString &ipId)
{
    const auto id = RequestBody::instanceId(idText);
    if (!id)
        return Problem::fromOutcome(RequestBody::unknownInstance(idText), request.path);
    return answer(m_ips->unroute(*id, ipId), request.path);
}

ApiResponse AddressApi::listSubnets(const RecordedRequest &request) const
{
    const QString parent = request.query.queryItemValue(u"parentUuid"_s, QUrl::FullyDecoded);
    const auto level = m_subnets->children(parent);
    if (!level) {
        return Problem::fromOutcome(
            Outcome::notFound(u"No subnet with ID %1 exists in this organisation."_s.arg(parent)), request.path);
    }
    ListEnvelope::Paging paging;
    const Outcome pagingOk = ListEnvelope::readPaging(request.query, &paging);
    if (!pagingOk.ok())
        return Problem::fromOutcome(pagingOk, request.path);
    QJsonArray items;
    for (const Subnet &subnet : *level)
        items.append(subnet.toJson());
    return ApiResponse::json(200, ListEnvelope::build(items, request.path, paging, {{u"parentUuid"_s, parent}}));
}

ApiResponse AddressApi::switchSubnets(const RecordedRequest &request, const QString &verb, const QString &idText)
{
    const auto id = RequestBody::instanceId(idText);
    if (!id)
        return Problem::fromOutcome(RequestBody::unknownInstance(idText), request.path);
    QStringList subnetIds;
    const Outcome parsed = RequestBody::idArray(request, &subnetIds);
    if (!parsed.ok())
        return Problem::fromOutcome(parsed, request.path);
    const Outcome outcome = verb == u"route"_s ? m_subnets->route(*id, subnetIds) : m_subnets->release(*id, subnetIds);
    return answer(outcome, request.path);
}

} // namespace Heficed::Sandbox
