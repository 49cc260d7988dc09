// SPDX-License-Identifier: GPL-3.0-or-later
// The committed .ts files against the sources: lupdate runs on a copy of each, with the same list
// of sources the build uses, and the set of strings must not change; every entry must be finished,
// with the language's number of plural forms, the source's placeholders, one accelerator where the
// source has one, and the source's closing punctuation.
#include "tsfile.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using I18nTest::TsEntry;
using I18nTest::TsFile;

namespace {

const QString TranslationsDir = QStringLiteral(HEFICED_TRANSLATIONS_DIR);
const QString Lupdate = QStringLiteral(HEFICED_LUPDATE);
const QString SourcesList = QStringLiteral(HEFICED_LUPDATE_SOURCES_LIST);
// heficed_en.ts holds only the plural forms of the %n strings (the sources are English).
const QString PluralsOnlyLanguage = u"en"_s;

QString languageOf(const QString &tsFileName)
{
    return QFileInfo(tsFileName).completeBaseName().section(u'_', 1);
}

int pluralFormsOf(const QString &language)
{
    return language == u"lt" ? 3 : 2; // Qt's Lithuanian rules have three forms, German and English two
}

// Qt Test shortens long failure messages, so the lines go to the log one by one and the failure
// message only counts them.
QString listed(const QStringList &lines)
{
    const qsizetype shown = std::min<qsizetype>(lines.size(), 60);
    for (qsizetype i = 0; i < shown; ++i)
        qWarning("  %s", qPrintable(lines.at(i)));
    if (lines.size() > shown)
        qWarning("  … and %d more", static_cast<int>(lines.size() - shown));
    return u" %1 (listed above)"_s.arg(lines.size());
}

QSet<QString> placeholdersIn(const QString &text)
{
    static const QRegularExpression placeholder(u"%(\\d|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// Mnemonic markers: a single '&' (not "&&") followed by a letter or digit.
int acceleratorsIn(const QString &text)
{
    static const QRegularExpression mnemonic(u"(?<!&)&(?=[\\w])"_s, QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (QRegularExpressionMatchIterator it = mnemonic.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QString closingOf(const QString &text)
{
    static const QRegularExpression closing(u"[.:?!…]?\\s*$"_s);
    return closing.match(text).captured();
}

QString lupdateOnCopy(const QString &tsPath, const QString &language, QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QFileInfo(tsPath).fileName());
    if (!QFile::copy(tsPath, copy))
        return {};

    QStringList arguments{u"@"_s + SourcesList, u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-silent"_s};
    if (language == PluralsOnlyLanguage)
        arguments << u"-pluralonly"_s;
    arguments << u"-ts"_s << copy;

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    lupdate.start(Lupdate, arguments);
    if (!lupdate.waitForFinished(120'000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0)
        return {};
    return copy;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private:
    void addTsFileRows()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QDir(TranslationsDir).entryList({u"heficed_*.ts"_s}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << QDir(TranslationsDir).filePath(file);
    }

    static TsFile readOrFail(const QString &path)
    {
        TsFile file = I18nTest::readTsFile(path);
        if (!file.error.isEmpty())
            qWarning("%s: %s", qPrintable(path), qPrintable(file.error));
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(Lupdate).isExecutable(), qPrintable(u"lupdate not found at "_s + Lupdate));
        QVERIFY2(QFileInfo::exists(SourcesList), qPrintable(SourcesList));
        const QStringList files = QDir(TranslationsDir).entryList({u"heficed_*.ts"_s}, QDir::Files);
        QVERIFY2(files.contains(u"heficed_de.ts"_s) && files.contains(u"heficed_lt.ts"_s),
                 qPrintable(files.join(u' ')));
        QVERIFY(files.contains(u"heficed_en.ts"_s));
    }

    void upToDateWithTheSources_data() { addTsFileRows(); }
    void upToDateWithTheSources()
    {
        QFETCH(QString, path);
        const QString language = languageOf(path);
        const TsFile committed = readOrFail(path);
        QVERIFY(committed.error.isEmpty());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString refreshedPath = lupdateOnCopy(path, language, dir);
        QVERIFY2(!refreshedPath.isEmpty(), "lupdate failed on a copy of the file");
        const TsFile refreshed = readOrFail(refreshedPath);
        QVERIFY(refreshed.error.isEmpty());

        QSet<QString> committedKeys;
        for (const TsEntry &entry : committed.entries)
            committedKeys.insert(entry.key());
        QSet<QString> refreshedKeys;
        QStringList added;
        for (const TsEntry &entry : refreshed.entries) {
            refreshedKeys.insert(entry.key());
            if (!committedKeys.contains(entry.key()))
                added << entry.describe();
        }
        QStringList removed;
        for (const TsEntry &entry : committed.entries) {
            if (!refreshedKeys.contains(entry.key()))
                removed << entry.describe();
        }

        const QString fix = u"\nRun `cmake --build <build> --target update_translations`, then "
                            "`python3 translations/filltranslations.py`."_s;
        QVERIFY2(added.isEmpty(), qPrintable(u"Strings in the sources but not in the file:"_s + listed(added) + fix));
        QVERIFY2(removed.isEmpty(),
                 qPrintable(u"Strings in the file but gone from the sources:"_s + listed(removed) + fix));
        QVERIFY(committed.entries.size() > (language == PluralsOnlyLanguage ? 10 : 500));
    }

    void everyEntryFinished_data() { addTsFileRows(); }
    void everyEntryFinished()
    {
        QFETCH(QString, path);
        const TsFile file = readOrFail(path);
        QVERIFY(file.error.isEmpty());

        QStringList unfinished;
        for (const TsEntry &entry : file.entries) {
            const bool empty = entry.forms.isEmpty() || entry.forms.contains(QString());
            if (!entry.type.isEmpty() || empty)
                unfinished << entry.describe() + (entry.type.isEmpty() ? u" empty"_s : u' ' + entry.type);
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(u"Entries not finished:"_s + listed(unfinished)));
    }

    void pluralForms_data() { addTsFileRows(); }
    void pluralForms()
    {
        QFETCH(QString, path);
        const QString language = languageOf(path);
        const TsFile file = readOrFail(path);
        QVERIFY(file.language.startsWith(language));

        QStringList wrong;
        int numerus = 0;
        for (const TsEntry &entry : file.entries) {
            if (!entry.numerus)
                continue;
            ++numerus;
            if (entry.forms.size() != pluralFormsOf(language))
                wrong << entry.describe() + u": %1 forms"_s.arg(entry.forms.size());
            for (const QString &form : entry.forms) {
                if (!form.contains(u"%n") && entry.source.contains(u"%n"))
                    wrong << entry.describe() + u": a form without %n: "_s + form;
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(u"Plural forms:"_s + listed(wrong)));
        QVERIFY2(numerus >= 20, "The %n strings are missing");
    }

    void placeholdersAcceleratorsAndPunctuation_data() { addTsFileRows(); }
    void placeholdersAcceleratorsAndPunctuation()
    {
        QFETCH(QString, path);
        const TsFile file = readOrFail(path);

        QStringList wrong;
        for (const TsEntry &entry : file.entries) {
            if (!entry.type.isEmpty())
                continue; // everyEntryFinished reports it
            for (const QString &form : entry.forms) {
                if (placeholdersIn(form) != placeholdersIn(entry.source))
                    wrong << entry.describe() + u": placeholders differ: "_s + form;
                if (acceleratorsIn(form) != acceleratorsIn(entry.source))
                    wrong << entry.describe() + u": accelerators differ: "_s + form;
                if (closingOf(form) != closingOf(entry.source))
                    wrong << entry.describe() + u": ends differently: "_s + form;
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(u"Entries that do not match their source:"_s + listed(wrong)));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
