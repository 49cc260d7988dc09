// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialstore.h"

#include <QTest>

#include <memory>
#include <optional>

// Waits for the asynchronous answers of a CredentialStore. Only tests spin an event loop.
namespace CredentialTest {

constexpr int WaitMs = 20'000;

inline Heficed::KeychainError save(Heficed::CredentialStore &store, const Heficed::OrganisationProfile &profile,
                                   const QString &organisationId, const QString &secret, QObject *context)
{
    auto slot = std::make_shared<std::optional<Heficed::KeychainError>>();
    store.save(profile, organisationId, secret, context,
               [slot](const Heficed::KeychainError &error) { *slot = error; });
    if (!QTest::qWaitFor([slot] { return slot->has_value(); }, WaitMs))
        qFatal("The keychain did not answer a save in time");
    return **slot;
}

inline Heficed::KeychainResult<Heficed::Credentials> load(Heficed::CredentialStore &store,
                                                          const Heficed::OrganisationProfile &profile, QObject *context)
{
    auto slot = std::make_shared<std::optional<Heficed::KeychainResult<Heficed::Credentials>>>();
    store.load(profile, context,
               [slot](const Heficed::KeychainResult<Heficed::Credentials> &result) { *slot = result; });
    if (!QTest::qWaitFor([slot] { return slot->has_value(); }, WaitMs))
        qFatal("The keychain did not answer a read in time");
    return **slot;
}

inline Heficed::KeychainError remove(Heficed::CredentialStore &store, const Heficed::OrganisationProfile &profile,
                                     QObject *context)
{
    auto slot = std::make_shared<std::optional<Heficed::KeychainError>>();
    store.remove(profile, context, [slot](const Heficed::KeychainError &error) { *slot = error; });
    if (!QTest::qWaitFor([slot] { return slot->has_value(); }, WaitMs))
        qFatal("The keychain did not answer a delete in time");
    return **slot;
}

inline Heficed::OrganisationProfile profile(const QString &name)
{
    Heficed::OrganisationProfile profile;
    profile.key = Heficed::OrganisationProfile::newKey();
    profile.name = name;
    profile.clientId = QStringLiteral("3f9c2a71-5d04-4e8b-9a6f-1c2d3e4f5a6b");
    return profile;
}

} // namespace CredentialTest
