// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include "recordedrequest.h"
#include "tokenissuer.h"

using namespace Qt::StringLiterals;

namespace Heficed::Sandbox {

FaultInjector::FaultInjector(quint32 seed)
    : m_rng(seed)
{}

void FaultInjector::add(const Fault &fault)
{
    if (fault.kind != Fault::Kind::None && fault.count != 0)
        m_faults.append(fault);
}

void FaultInjector::clear()
{
    m_faults.clear();
}

std::optional<Fault> FaultInjector::take(const RecordedRequest &request, bool tokenEndpoint)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!matches(fault, request, tokenEndpoint))
            continue;
        if (fault.count < 0 && fault.share < 1.0 && m_rng.generateDouble() >= fault.share)
            continue;
        const Fault hit = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

bool FaultInjector::matches(const Fault &fault, const RecordedRequest &request, bool tokenEndpoint) const
{
    if (!fault.method.isEmpty() && fault.method.compare(request.method, Qt::CaseInsensitive) != 0)
        return false;
    // An empty pattern means every API call: the token endpoint is hit only when named.
    if (fault.pathContains.isEmpty())
        return !tokenEndpoint;
    return request.path.contains(fault.pathContains);
}

bool FaultInjector::passesThrough(Fault::Kind kind)
{
    return kind == Fault::Kind::None || kind == Fault::Kind::CutOffJson || kind == Fault::Kind::Delay;
}

ApiResponse FaultInjector::gatewayAnswer(const Fault &fault, const RecordedRequest &request, bool tokenEndpoint)
{
    switch (fault.kind) {
    case Fault::Kind::Status:
        return statusAnswer(fault, request, tokenEndpoint);
    case Fault::Kind::HtmlPage:
        return htmlAnswer(fault.status);
    case Fault::Kind::EmptyBody:
        return {200, "application/json", {}, {}};
    default:
        return ApiResponse::empty(500);
    }
}

ApiResponse FaultInjector::statusAnswer(const Fault &fault, const RecordedRequest &request, bool tokenEndpoint)
{
    ApiResponse answer;
    if (!tokenEndpoint) {
        answer = Problem::make(
            fault.status, u"The sandbox injected this %1 answer (fault injection)."_s.arg(fault.status), request.path);
    } else if (fault.status == 401) {
        answer = TokenIssuer::oauthError(401, u"invalid_client"_s, u"Client authentication failed"_s);
    } else if (fault.status < 500) {
        answer = TokenIssuer::oauthError(fault.status, u"invalid_request"_s, u"The token request was refused."_s);
    } else {
        answer = TokenIssuer::oauthError(fault.status, u"temporarily_unavailable"_s,
                                         u"The authorization server is unavailable."_s);
    }
    if (fault.status == 429)
        answer.headers.emplaceBack("Retry-After", QByteArray::number(qMax(0, fault.retryAfterSeconds)));
    return answer;
}

ApiResponse FaultInjector::htmlAnswer(int status)
{
    // What a reverse proxy in front of the API sends when the API behind it fails.
    const QByteArray line = QByteArray::number(status) + ' ' + Problem::title(status).toLatin1();
    const QByteArray page = "<!DOCTYPE html>\r\n<html>\r\n<head><title>" + line +
                            "</title></head>\r\n<body>\r\n"
                            "<center><h1>" +
                            line +
                            "</h1></center>\r\n<hr><center>nginx</center>\r\n"
                            "</body>\r\n</html>\r\n";
    return {status, "text/html; charset=utf-8", page, {}};
}

ApiResponse FaultInjector::withBody(const ApiResponse &real)
{
    ApiResponse answer = real;
    if (answer.body.size() < 8) {
        answer.body = R"({"data":[{"id":312019,"status":"running","hostname":"hhVyA97bBk"}]})";
        answer.contentType = "application/json";
    }
    return answer;
}

ApiResponse FaultInjector::cutOff(const ApiResponse &real)
{
    const QByteArray body = withBody(real).body;
    return {200, "application/json", body.left(body.size() / 2), {}};
}

QString FaultInjector::name(Fault::Kind kind)
{
    switch (kind) {
    case Fault::Kind::None:
        return u"none"_s;
    case Fault::Kind::Status:
        return u"status"_s;
    case Fault::Kind::HtmlPage:
        return u"html"_s;
    case Fault::Kind::CutOffJson:
        return u"cutoff"_s;
    case Fault::Kind::EmptyBody:
        return u"empty"_s;
    case Fault::Kind::DropConnection:
        return u"drop"_s;
    case Fault::Kind::Delay:
        return u"delay"_s;
    }
    return {};
}

} // namespace Heficed::Sandbox
