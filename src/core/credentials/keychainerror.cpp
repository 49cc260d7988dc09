// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainerror.h"

#include <qt6keychain/keychain.h>

namespace Heficed {

namespace {

// With libsecret, QtKeychain reports a missing Secret Service as OtherError carrying the D-Bus
// error text, so the text is the only way to tell "no service" from other failures.
bool soundsUnavailable(const QString &detail)
{
    static const QStringList signs{
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("ServiceUnknown"),
        QStringLiteral("not provided by any .service"),
        QStringLiteral("D-Bus is not running"),
        QStringLiteral("autolaunch"),
        QStringLiteral("Could not connect"),
        QStringLiteral("No keyring daemon"),
        QStringLiteral("No keychain service"),
    };
    for (const QString &sign : signs) {
        if (detail.contains(sign, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool soundsCancelled(const QString &detail)
{
    return detail.contains(QStringLiteral("cancel"), Qt::CaseInsensitive) ||
           detail.contains(QStringLiteral("dismiss"), Qt::CaseInsensitive);
}

KeychainError make(KeychainError::Kind kind, QString message, const QString &detail)
{
    KeychainError error;
    error.kind = kind;
    error.message = std::move(message);
    error.backendDetail = detail;
    return error;
}

QString sessionOnlyHint()
{
    return KeychainError::tr("You can also continue with the credentials kept for this session only.");
}

} // namespace

KeychainError KeychainError::fromJob(int code, const QString &detail, Operation operation,
                                     const QString &organisationName)
{
    if (code == QKeychain::NoError)
        return {};
    if (code == QKeychain::EntryNotFound)
        return notFound(organisationName);

    if (code == QKeychain::NoBackendAvailable || soundsUnavailable(detail)) {
        return make(Kind::Unavailable,
                    tr("No keychain service (Secret Service) is running: install and start gnome-keyring or KWallet, "
                       "or continue with the credentials kept for this session only."),
                    detail);
    }
    if (code == QKeychain::AccessDeniedByUser || soundsCancelled(detail)) {
        return make(Kind::Denied,
                    tr("The keychain was not unlocked: the prompt was cancelled. Try again and unlock it. ") +
                        sessionOnlyHint(),
                    detail);
    }
    if (code == QKeychain::AccessDenied) {
        return make(Kind::Denied,
                    tr("The keychain is locked or refused access. Unlock it (your login keyring or wallet) and try "
                       "again. ") +
                        sessionOnlyHint(),
                    detail);
    }

    QString what;
    switch (operation) {
    case Operation::Read:
        what = tr("The keychain could not read the credentials (%1). Try again.").arg(detail);
        break;
    case Operation::Write:
        what = tr("The keychain could not store the credentials (%1). Try again.").arg(detail);
        break;
    case Operation::Delete:
        what = tr("The keychain could not delete the credentials (%1). Remove the entry with your keychain tool.")
                   .arg(detail);
        break;
    }
    return make(Kind::Failed, what + u' ' + sessionOnlyHint(), detail);
}

KeychainError KeychainError::notFound(const QString &organisationName)
{
    return make(Kind::NotFound,
                tr("The keychain holds no credentials for %1. Enter the organisation ID and client secret again.")
                    .arg(organisationName),
                {});
}

KeychainError KeychainError::unreadable(const QString &organisationName)
{
    return make(Kind::Failed,
                tr("The keychain entry for %1 cannot be read. Enter the organisation ID and client secret again.")
                    .arg(organisationName),
                {});
}

KeychainError KeychainError::notInSession(const QString &organisationName)
{
    return make(Kind::NotFound,
                tr("The credentials for %1 are kept for this session only and have not been entered yet. Enter them "
                   "again.")
                    .arg(organisationName),
                {});
}

QString KeychainError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Unavailable:
        return QStringLiteral("unavailable");
    case Kind::Denied:
        return QStringLiteral("denied");
    case Kind::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

} // namespace Heficed
