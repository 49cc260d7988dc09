// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a Qt Linguist .ts file into plain entries, for the i18n tests.
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace I18nTest {

struct TsEntry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished" or "obsolete"
    QStringList forms;

    // What identifies an entry for lupdate: the same text in two contexts, or with two
    // disambiguations, is two entries.
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const
    {
        return u'[' + context + u"] \"" + source + u'"' + (comment.isEmpty() ? QString() : u" (" + comment + u')');
    }
};

struct TsFile
{
    QString language; // the TS element's language attribute, e.g. "de_DE"
    QList<TsEntry> entries;
    QString error; // empty when the file was read
};

namespace Detail {

inline void readTranslation(QXmlStreamReader &xml, TsEntry &entry)
{
    entry.type = xml.attributes().value(QStringLiteral("type")).toString();
    if (!entry.numerus) {
        entry.forms = {xml.readElementText()};
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numerusform")
            entry.forms.append(xml.readElementText());
        else
            xml.skipCurrentElement();
    }
}

inline TsEntry readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsEntry entry;
    entry.context = context;
    entry.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source")
            entry.source = xml.readElementText();
        else if (xml.name() == u"comment")
            entry.comment = xml.readElementText();
        else if (xml.name() == u"translation")
            readTranslation(xml, entry);
        else
            xml.skipCurrentElement();
    }
    return entry;
}

inline void readContext(QXmlStreamReader &xml, TsFile &file)
{
    QString name;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"name")
            name = xml.readElementText();
        else if (xml.name() == u"message")
            file.entries.append(readMessage(xml, name));
        else
            xml.skipCurrentElement();
    }
}

} // namespace Detail

inline TsFile readTsFile(const QString &path)
{
    TsFile file;
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        file.error = input.errorString();
        return file;
    }

    QXmlStreamReader xml(&input);
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        file.language = xml.attributes().value(QStringLiteral("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() == u"context")
                Detail::readContext(xml, file);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        file.error = xml.errorString();
    return file;
}

} // namespace I18nTest
