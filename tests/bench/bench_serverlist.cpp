// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the paths a large organisation's refresh takes: parsing pages of servers,
// filling the table model, and refreshing it in place. Speed targets are read from these
// numbers, never asserted in timed tests.
#include "api/instanceservice.h"
#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Heficed;
using namespace Qt::StringLiterals;

class BenchServerList : public QObject
{
    Q_OBJECT

private:
    static constexpr int ServerCount = 5'000;

    // One page envelope holding `count` copies of the fixture's server with distinct IDs.
    static QJsonDocument envelopeOf(int count)
    {
        QFile file(QStringLiteral(HEFICED_FIXTURES_DIR "/instances-seed.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("fixture missing");
        QJsonObject envelope = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject server = envelope.value(u"data").toArray().first().toObject();

        QJsonArray data;
        for (int index = 0; index < count; ++index) {
            QJsonObject copy = server;
            copy.insert(u"id"_s, 100'000 + index);
            copy.insert(u"hostname"_s, u"host-%1.example.net"_s.arg(index));
            data.append(copy);
        }
        envelope.insert(u"data"_s, data);
        return QJsonDocument(envelope);
    }

    static QList<Instance> servers(int count) { return parseInstancePage(envelopeOf(count)).value().instances; }

private Q_SLOTS:
    void parseOneFullPage()
    {
        const QByteArray page = envelopeOf(200).toJson(QJsonDocument::Compact);
        QBENCHMARK
        {
            const ApiResult<InstancePage> parsed = parseInstancePage(QJsonDocument::fromJson(page));
            QCOMPARE(parsed.value().instances.size(), 200);
        }
    }

    void fillModel()
    {
        const QList<Instance> list = servers(ServerCount);
        QBENCHMARK
        {
            ServerTableModel model;
            model.setInstances(list);
            QCOMPARE(model.rowCount(), ServerCount);
        }
    }

    void refreshUnchangedModel()
    {
        const QList<Instance> list = servers(ServerCount);
        ServerTableModel model;
        model.setInstances(list);
        QBENCHMARK
        {
            model.setInstances(list);
        }
        QCOMPARE(model.rowCount(), ServerCount);
    }

    void searchThroughProxy()
    {
        ServerTableModel model;
        model.setInstances(servers(ServerCount));
        ServerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QBENCHMARK
        {
            proxy.setSearchText(u"host-4999"_s);
            proxy.setSearchText(QString());
        }
        proxy.setSearchText(u"host-4999.example"_s);
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(BenchServerList)
#include "bench_serverlist.moc"
