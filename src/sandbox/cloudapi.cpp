// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi.h"

#include "catalogue.h"
#include "instancestore.h"
#include "listenvelope.h"
#include "recordedrequest.h"
#include "requestbody.h"

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox {

namespace {

ApiResponse answer(const Outcome &outcome, const QString &path)
{
    return outcome.ok() ? ApiResponse::empty(202) : Problem::fromOutcome(outcome, path);
}

InstanceStore::Action actionFor(const QString &verb, bool force)
{
    if (verb == u"start"_s)
        return InstanceStore::Action::Start;
    if (verb == u"stop"_s)
        return force ? InstanceStore::Action::ForceStop : InstanceStore::Action::Stop;
    if (verb == u"reboot"_s)
        return InstanceStore::Action::Reboot;
    if (verb == u"rescue"_s)
        return InstanceStore::Action::Rescue;
    return InstanceStore::Action::Unrescue;
}

bool isOptional(const QJsonValue &value, QJsonValue::Type type)
{
    return value.isUndefined() || value.isNull() || value.type() == type;
}

} // namespace

CloudApi::CloudApi(InstanceStore *instances)
    : m_instances(instances)
{}

ApiResponse CloudApi::listInstances(const RecordedRequest &request) const
{
    ListEnvelope::Paging paging;
    const Outcome pagingOk = ListEnvelope::readPaging(request.query, &paging);
    if (!pagingOk.ok())
        return Problem::fromOutcome(pagingOk, request.path);

    const QString status = request.query.queryItemValue(u"status"_s, QUrl::FullyDecoded);
    QJsonArray items;
    for (const QJsonObject &instance : m_instances->list(status))
        items.append(instance);
    ListEnvelope::Filters filters;
    if (!status.isEmpty())
        filters.append({u"status"_s, status});
    return ApiResponse::json(200, ListEnvelope::build(items, request.path, paging, filters));
}

ApiResponse CloudApi::instance(const RecordedRequest &request, const QString &idText) const
{
    const auto id = RequestBody::instanceId(idText);
    const auto found = id ? m_instances->find(*id) : std::nullopt;
    if (!found)
        return Problem::fromOutcome(RequestBody::unknownInstance(idText), request.path);
    return ApiResponse::json(200, *found);
}

ApiResponse CloudApi::action(const RecordedRequest &request, const QString &idText, const QString &verb)
{
    const auto id = RequestBody::instanceId(idText);
    if (!id)
        return Problem::fromOutcome(RequestBody::unknownInstance(idText), request.path);
    QJsonObject body;
    const Outcome parsed = RequestBody::object(request, &body);
    if (!parsed.ok())
        return Problem::fromOutcome(parsed, request.path);
    if (verb == u"cancel"_s)
        return cancel(request, *id, body);

    const QJsonValue force = body.value(u"force"_s);
    if (!isOptional(force, QJsonValue::Bool)) {
        return Problem::make(400, u"\"force\" must be true or false."_s, request.path,
                             QJsonObject{{u"force"_s, u"must be true or false"_s}});
    }
    return answer(m_instances->act(*id, actionFor(verb, force.toBool())), request.path);
}

ApiResponse CloudApi::cancel(const RecordedRequest &request, qint64 id, const QJsonObject &body)
{
    const QString type = body.value(u"type"_s).toString();
    if (type != u"Immediate"_s && type != u"EndOfBillingPeriod"_s) {
        return Problem::make(400, u"The cancellation type must be Immediate or EndOfBillingPeriod."_s, request.path,
                             QJsonObject{{u"type"_s, u"must be Immediate or EndOfBillingPeriod"_s}});
    }
    const QJsonValue reason = body.value(u"reason"_s);
    if (!isOptional(reason, QJsonValue::String)) {
        return Problem::make(400, u"The reason must be text."_s, request.path,
                             QJsonObject{{u"reason"_s, u"must be a string"_s}});
    }
    return answer(m_instances->cancel(id, type, reason.toString()), request.path);
}

ApiResponse CloudApi::templates(const RecordedRequest &request) const
{
    const QString typeId = request.query.queryItemValue(u"instanceTypeId"_s, QUrl::FullyDecoded);
    const QString locationId = request.query.queryItemValue(u"locationId"_s, QUrl::FullyDecoded);
    if (!typeId.isEmpty() && !Catalogue::isInstanceType(typeId)) {
        return Problem::make(400, u"There is no instance type %1; use linux or windows."_s.arg(typeId), request.path,
                             QJsonObject{{u"instanceTypeId"_s, u"unknown instance type"_s}});
    }
    if (!locationId.isEmpty() && !Catalogue::location(locationId)) {
        return Problem::make(400, u"There is no location %1."_s.arg(locationId), request.path,
                             QJsonObject{{u"locationId"_s, u"unknown location"_s}});
    }
    ListEnvelope::Paging paging;
    const Outcome pagingOk = ListEnvelope::readPaging(request.query, &paging);
    if (!pagingOk.ok())
        return Problem::fromOutcome(pagingOk, request.path);

    QJsonArray items;
    for (const Catalogue::OsTemplate &osTemplate : Catalogue::templatesIn(locationId, typeId))
        items.append(Catalogue::templateJson(osTemplate));
    ListEnvelope::Filters filters;
    if (!typeId.isEmpty())
        filters.append({u"instanceTypeId"_s, typeId});
    if (!locationId.isEmpty())
        filters.append({u"locationId"_s, locationId});
    return ApiResponse::json(200, ListEnvelope::build(items, request.path, paging, filters));
}

} // namespace Heficed::Sandbox
