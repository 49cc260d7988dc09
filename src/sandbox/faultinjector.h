// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"
#include "sandboxoptions.h"

#include <QList>
#include <QRandomGenerator>

#include <optional>

namespace Heficed::Sandbox {

struct RecordedRequest;

// Decides which requests get a fault and builds the spoiled answers. The first matching fault
// wins; a fault with a count is used up after that many requests. A share below 1 picks requests
// with a seeded generator, so a run with the same seed and requests hits the same ones.
class FaultInjector
{
public:
    explicit FaultInjector(quint32 seed);

    void add(const Fault &fault);
    void clear();
    std::optional<Fault> take(const RecordedRequest &request, bool tokenEndpoint);

    // Whether the request still reaches the emulated API under this fault.
    static bool passesThrough(Fault::Kind kind);
    // The gateway's answer for Status, HtmlPage and EmptyBody faults.
    static ApiResponse gatewayAnswer(const Fault &fault, const RecordedRequest &request, bool tokenEndpoint);
    // The real answer cut in half, sent as a 200 (Fault::Kind::CutOffJson).
    static ApiResponse cutOff(const ApiResponse &real);
    static QString name(Fault::Kind kind);

private:
    bool matches(const Fault &fault, const RecordedRequest &request, bool tokenEndpoint) const;
    static ApiResponse statusAnswer(const Fault &fault, const RecordedRequest &request, bool tokenEndpoint);
    static ApiResponse htmlAnswer(int status);
    // The real answer, or a small JSON body in place of an empty one, so there is a body to cut.
    static ApiResponse withBody(const ApiResponse &real);

    QList<Fault> m_faults;
    QRandomGenerator m_rng;
};

} // namespace Heficed::Sandbox
