// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace Heficed {

// What went wrong with the OS keychain, as one translated sentence that says how to fix it.
struct KeychainError
{
    Q_DECLARE_TR_FUNCTIONS(KeychainError)

public:
    enum class Kind
    {
        None,
        NotFound,    // no entry for this organisation: ask for the credentials again
        Unavailable, // no keychain service at all (no Secret Service on D-Bus, no KWallet)
        Denied,      // locked, or the user cancelled the unlock prompt
        Failed,      // anything else the keychain reported, or an entry that cannot be read
    };

    enum class Operation
    {
        Read,
        Write,
        Delete,
    };

    Kind kind = Kind::None;
    QString message;       // for a person; never holds a secret
    QString backendDetail; // the keychain's own words, for the log and a tooltip

    bool isError() const { return kind != Kind::None; }
    // The keychain cannot be used right now, so keeping credentials in memory is a way on.
    bool offersSessionOnly() const { return kind == Kind::Unavailable || kind == Kind::Denied || kind == Kind::Failed; }

    // `code` is a QKeychain::Error; `detail` its errorString().
    static KeychainError fromJob(int code, const QString &detail, Operation operation, const QString &organisationName);
    static KeychainError notFound(const QString &organisationName);
    static KeychainError unreadable(const QString &organisationName);
    static KeychainError notInSession(const QString &organisationName);
    static QString kindName(Kind kind);
};

// The value of a keychain call, or its error.
template<typename T>
class KeychainResult
{
public:
    KeychainResult(T value)
        : m_value(std::move(value))
    {}
    KeychainResult(KeychainError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const KeychainError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    KeychainError m_error;
};

} // namespace Heficed
