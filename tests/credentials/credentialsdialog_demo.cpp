// SPDX-License-Identifier: GPL-3.0-or-later
// A manual check, not a test: the credentials dialog with an invalid organisation ID typed in,
// for a screenshot under Xvfb (--organisations: the organisations list asking to remove one).
// Settings go to a temporary file; nothing is saved.
#include "credentials/credentialstore.h"
#include "credentials/organisationstore.h"
#include "credentialsdialog.h"
#include "organisationsdialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("demo.conf")), QSettings::IniFormat);
    Heficed::OrganisationStore organisations(&settings);
    Heficed::CredentialStore credentials;

    if (app.arguments().contains(QStringLiteral("--organisations"))) {
        for (const QString &name : {QStringLiteral("Production"), QStringLiteral("Staging")}) {
            Heficed::OrganisationProfile profile;
            profile.key = Heficed::OrganisationProfile::newKey();
            profile.name = name;
            organisations.save(profile);
        }
        Heficed::OrganisationsDialog manager(&organisations, &credentials, Heficed::ConnectionSettings());
        manager.show();
        manager.askToRemove(organisations.findByName(QStringLiteral("Staging"))->key);
        return app.exec();
    }

    Heficed::CredentialsDialog dialog(&organisations, &credentials, Heficed::ConnectionSettings());
    dialog.show();
    const auto type = [&dialog](const char *name, const QString &text) {
        auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        edit->setText(text);
        Q_EMIT edit->textEdited(text);
    };
    type("nameEdit", QStringLiteral("Production"));
    type("organisationIdEdit", QStringLiteral("7bddbff3-2dfb-11e9-895d"));
    type("clientIdEdit", QStringLiteral("orgId=3f9c2a71-5d04-4e8b-9a6f-1c2d3e4f5a6b; path=/"));
    if (app.arguments().contains(QStringLiteral("--secret")))
        type("secretEdit", QStringLiteral("Demo Secret"));
    return app.exec();
}
