// SPDX-License-Identifier: GPL-3.0-or-later
// Organisation profiles in a settings file: add, find, edit, remove, and which one is current.
#include "credentials/organisationstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Heficed;

class TestOrganisationStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString settingsFile() const { return m_dir.filePath(u"panel.conf"_s); }

    static OrganisationProfile profile(const QString &name)
    {
        OrganisationProfile profile;
        profile.key = OrganisationProfile::newKey();
        profile.name = name;
        profile.clientId = u"3f9c2a71-5d04-4e8b-9a6f-1c2d3e4f5a6b"_s;
        return profile;
    }

private Q_SLOTS:
    void init() { QFile::remove(settingsFile()); }

    void savesAndReadsBack()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        OrganisationStore store(&settings);
        QVERIFY(store.isEmpty());
        QSignalSpy changed(&store, &OrganisationStore::organisationsChanged);

        OrganisationProfile production = profile(u"Production"_s);
        production.scopes = QStringList{u"kronoscloud"_s, u"ipswitch"_s};
        production.apiBaseUrl = QUrl(u"http://127.0.0.1:8080"_s);
        store.save(production);
        store.save(profile(u"alpha"_s));
        QCOMPARE(changed.count(), 2);

        // A second settings object on the same file: what the next start of the panel sees.
        QSettings reopened(settingsFile(), QSettings::IniFormat);
        OrganisationStore again(&reopened);
        const QList<OrganisationProfile> all = again.organisations();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, u"alpha"_s); // sorted by name without regard to case
        QCOMPARE(again.organisation(production.key).value(), production);
        QCOMPARE(again.findByName(u" production "_s)->key, production.key);
        QVERIFY(!again.findByName(u"Staging"_s));
        QCOMPARE(again.namesExcept(production.key), QStringList{u"alpha"_s});
    }

    void editsRemovesAndTracksCurrent()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        OrganisationStore store(&settings);
        OrganisationProfile production = profile(u"Production"_s);
        const OrganisationProfile staging = profile(u"Staging"_s);
        store.save(production);
        store.save(staging);

        QSignalSpy current(&store, &OrganisationStore::currentChanged);
        store.setCurrentKey(production.key);
        QCOMPARE(current.count(), 1);
        QCOMPARE(store.current()->name, u"Production"_s);

        production.name = u"Production EU"_s;
        store.save(production);
        QCOMPARE(store.organisations().size(), 2);
        QCOMPARE(store.current()->name, u"Production EU"_s);

        store.remove(production.key);
        QCOMPARE(current.count(), 2);
        QCOMPARE(current.last().at(0).toString(), QString());
        QVERIFY(!store.current());
        QCOMPARE(store.organisations().size(), 1);
        QVERIFY(!store.organisation(production.key));
        QVERIFY(!store.organisation(u"../x"_s));
    }
};

QTEST_GUILESS_MAIN(TestOrganisationStore)
#include "tst_organisationstore.moc"
