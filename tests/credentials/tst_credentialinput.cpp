// SPDX-License-Identifier: GPL-3.0-or-later
// Paste cleaning and validation of what a person copies from the Heficed Terminal.
#include "credentials/credentialinput.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Heficed::CredentialInput;

namespace {
const QString Uuid = QStringLiteral("7bddbff3-2dfb-11e9-895d-c8dbf32f12cd");
}

class TestCredentialInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanPaste_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("cleaned");

        QTest::newRow("plain") << u"SbxDemo7qKw2"_s << u"SbxDemo7qKw2"_s;
        QTest::newRow("spaces") << u"  SbxDemo7qKw2 \t"_s << u"SbxDemo7qKw2"_s;
        QTest::newRow("trailing newline") << u"SbxDemo7qKw2\n"_s << u"SbxDemo7qKw2"_s;
        QTest::newRow("windows line break") << u"SbxDemo7qKw2\r\n"_s << u"SbxDemo7qKw2"_s;
        QTest::newRow("wrapped inside") << u"SbxDemo\n7qKw2"_s << u"SbxDemo7qKw2"_s;
        QTest::newRow("double quotes") << u"\"SbxDemo7qKw2\""_s << u"SbxDemo7qKw2"_s;
        QTest::newRow("single quotes and spaces") << u" ' SbxDemo7qKw2 ' "_s << u"SbxDemo7qKw2"_s;
        QTest::newRow("typographic quotes") << u"\u201cSbxDemo7qKw2\u201d"_s << u"SbxDemo7qKw2"_s;
        QTest::newRow("backticks") << u"`SbxDemo7qKw2`"_s << u"SbxDemo7qKw2"_s;
        QTest::newRow("nested quotes") << u"\"'SbxDemo7qKw2'\""_s << u"SbxDemo7qKw2"_s;
        QTest::newRow("one quote kept") << u"Sbx\"Demo"_s << u"Sbx\"Demo"_s;
        QTest::newRow("only spaces") << u"   "_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void cleanPaste()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, cleaned);
        QCOMPARE(CredentialInput::cleanPaste(pasted), cleaned);
    }

    void extractUuid_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("extracted");

        QTest::newRow("bare") << Uuid << Uuid;
        QTest::newRow("upper case") << Uuid.toUpper() << Uuid;
        QTest::newRow("spaces and newline") << u"  " + Uuid + u"\n" << Uuid;
        QTest::newRow("quoted") << u"\"" + Uuid + u"\"" << Uuid;
        QTest::newRow("cookie") << u"orgId=" + Uuid + u"; path=/" << Uuid;
        QTest::newRow("cookie header with other UUIDs")
            << u"session=0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d; orgId=" + Uuid + u"; lang=en" << Uuid;
        QTest::newRow("cookie quoted value") << u"orgId=\"" + Uuid + u"\"" << Uuid;
        QTest::newRow("terminal address")
            << u"https://terminal.heficed.com/" + Uuid + u"/kronoscloud/instances" << Uuid;
        QTest::newRow("json") << u"{\"tenantId\": \"" + Uuid + u"\"}" << Uuid;
        QTest::newRow("no uuid") << u" not-an-id "_s << u"not-an-id"_s;
        QTest::newRow("short uuid") << u"7bddbff3-2dfb-11e9-895d-c8dbf32f12c"_s
                                    << u"7bddbff3-2dfb-11e9-895d-c8dbf32f12c"_s;
    }

    void extractUuid()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, extracted);
        QCOMPARE(CredentialInput::extractUuid(pasted), extracted);
        QCOMPARE(CredentialInput::cleanOrganisationId(pasted), extracted);
        QCOMPARE(CredentialInput::cleanClientId(pasted), extracted);
    }

    void uuidProblems_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reasonPart");

        QTest::newRow("valid") << Uuid << true << QString();
        QTest::newRow("empty") << QString() << false << u"Enter"_s;
        QTest::newRow("too short") << Uuid.chopped(1) << false << u"UUID"_s;
        QTest::newRow("not hex") << u"7bddbff3-2dfb-11e9-895d-c8dbf32f12cz"_s << false << u"UUID"_s;
        QTest::newRow("with text around") << u"x" + Uuid << false << u"UUID"_s;
        QTest::newRow("no dashes") << u"7bddbff32dfb11e9895dc8dbf32f12cd"_s << false << u"UUID"_s;
    }

    void uuidProblems()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(QString, reasonPart);

        const QString orgProblem = CredentialInput::organisationIdProblem(value);
        const QString clientProblem = CredentialInput::clientIdProblem(value);
        QCOMPARE(orgProblem.isEmpty(), valid);
        QCOMPARE(clientProblem.isEmpty(), valid);
        QVERIFY2(orgProblem.contains(reasonPart), qPrintable(orgProblem));
        QVERIFY2(clientProblem.contains(reasonPart), qPrintable(clientProblem));
        QVERIFY(orgProblem.contains(u"organisation ID") || valid);
        QVERIFY(clientProblem.contains(u"client ID") || valid);
    }

    void secretProblem_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("storedSecretKept");
        QTest::addColumn<bool>("valid");

        QTest::newRow("valid") << u"SbxDemo7qKw2"_s << false << true;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("empty keeps stored") << QString() << true << true;
        QTest::newRow("inner space") << u"Sbx Demo"_s << false << false;
        QTest::newRow("inner tab") << u"Sbx\tDemo"_s << true << false;
        QTest::newRow("symbols") << u"a-b_c.d~e+f/g="_s << false << true;
    }

    void secretProblem()
    {
        QFETCH(QString, secret);
        QFETCH(bool, storedSecretKept);
        QFETCH(bool, valid);
        const QString problem = CredentialInput::secretProblem(secret, storedSecretKept);
        QCOMPARE(problem.isEmpty(), valid);
        if (!valid) {
            QVERIFY(problem.contains(u"client secret"));
            QVERIFY2(secret.isEmpty() || !problem.contains(secret), "The reason must not repeat the secret");
        }
    }

    void nameProblem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("others");
        QTest::addColumn<bool>("valid");

        QTest::newRow("new") << u"Production"_s << QStringList{u"Staging"_s} << true;
        QTest::newRow("empty") << QString() << QStringList() << false;
        QTest::newRow("taken") << u"Staging"_s << QStringList{u"Staging"_s} << false;
        QTest::newRow("taken other case") << u"staging"_s << QStringList{u"Staging"_s} << false;
        QTest::newRow("first") << u"Production"_s << QStringList() << true;
    }

    void nameProblem()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, others);
        QFETCH(bool, valid);
        const QString problem = CredentialInput::nameProblem(CredentialInput::cleanName(name), others);
        QCOMPARE(problem.isEmpty(), valid);
    }

    void cleanName() { QCOMPARE(CredentialInput::cleanName(u"  Production \n  EU "_s), u"Production EU"_s); }
};

QTEST_GUILESS_MAIN(TestCredentialInput)
#include "tst_credentialinput.moc"
