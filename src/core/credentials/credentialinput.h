// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Heficed {

// Forgiving clean-up of what a person pastes from the Heficed Terminal, and the checks that say
// in one translated sentence what is wrong with a value. An empty problem string means valid.
class CredentialInput
{
    Q_DECLARE_TR_FUNCTIONS(CredentialInput)

public:
    // Drops surrounding spaces, line breaks and matching quotes (straight or typographic), and
    // removes line breaks inside (a secret copied across a wrapped line).
    static QString cleanPaste(const QString &text);

    // The UUID inside a longer text (a cookie string such as "orgId=<uuid>; path=/", a Terminal
    // address), in lower case; the cleaned text itself when it holds no UUID. An "orgId=" UUID
    // wins over other UUIDs in the same text.
    static QString extractUuid(const QString &text);

    static QString cleanOrganisationId(const QString &text) { return extractUuid(text); }
    static QString cleanClientId(const QString &text) { return extractUuid(text); }
    static QString cleanSecret(const QString &text) { return cleanPaste(text); }
    static QString cleanName(const QString &text) { return text.simplified(); }

    static bool isUuid(const QString &text);

    static QString organisationIdProblem(const QString &organisationId);
    static QString clientIdProblem(const QString &clientId);
    // `storedSecretKept`: editing a saved organisation, where an empty field keeps the stored secret.
    static QString secretProblem(const QString &secret, bool storedSecretKept = false);
    // `otherNames`: the names of all other organisations; names are compared without regard to case.
    static QString nameProblem(const QString &name, const QStringList &otherNames);
};

} // namespace Heficed
