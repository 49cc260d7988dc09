// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finds English left on screen: every text a person can read in a window (labels, buttons, menu
// and toolbar actions, group box titles, column headers, window titles, placeholders, tooltips)
// is compared with the English source texts of one language's .ts file. A text that equals a
// source, or fills in a source's placeholders, while the translation of that source says
// something else, was not translated. Texts that are no source (hostnames, addresses, prices)
// never match, so data stays out of the comparison.
#include "tsfile.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QWidget>

#include <algorithm>

namespace I18nTest {

using namespace Qt::StringLiterals;

class UiTextCheck
{
public:
    explicit UiTextCheck(const TsFile &file)
    {
        for (const TsEntry &entry : file.entries)
            addEntry(entry);
    }

    int sourceCount() const { return static_cast<int>(m_sources.size()); }

    // Widgets (by object name) that show words of the API as they come, such as a billing status.
    void ignoreWidgets(const QStringList &objectNames)
    {
        m_ignored = QSet<QString>(objectNames.cbegin(), objectNames.cend());
    }

    // The English source a text was left in, or an empty string when it is translated or data.
    QString englishSourceOf(const QString &text) const
    {
        const QString plain = withoutMnemonics(text).trimmed();
        if (plain.isEmpty() || m_translations.contains(plain))
            return {};
        if (m_sources.contains(plain))
            return plain;
        for (const Pattern &pattern : m_patterns) {
            if (!pattern.source.match(plain).hasMatch())
                continue;
            const bool translated =
                std::any_of(pattern.translations.cbegin(), pattern.translations.cend(),
                            [&plain](const QRegularExpression &t) { return t.match(plain).hasMatch(); });
            if (!translated)
                return pattern.sourceText;
        }
        return {};
    }

    // Walks `root` and what it shows; returns "where: text (source)" for each English text.
    QStringList untranslatedIn(QWidget *root) const
    {
        QStringList found;
        check(found, root, u"window title"_s, root->windowTitle());
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->isVisibleTo(root) && !m_ignored.contains(widget->objectName()))
                checkWidget(found, widget);
        }
        checkActions(found, root, root->actions());
        return found;
    }

    // Every page of the tab and stacked widgets in `root`, each made current in turn.
    QStringList untranslatedOnEveryPage(QWidget *root) const
    {
        QStringList found = untranslatedIn(root);
        const QList<QStackedWidget *> stacks = root->findChildren<QStackedWidget *>();
        for (QStackedWidget *stack : stacks) {
            for (int page = 0; page < stack->count(); ++page) {
                stack->setCurrentIndex(page);
                found += untranslatedIn(root);
            }
        }
        const QList<QTabWidget *> tabs = root->findChildren<QTabWidget *>();
        for (QTabWidget *tab : tabs) {
            for (int page = 0; page < tab->count(); ++page) {
                check(found, tab, u"tab"_s, tab->tabText(page));
                tab->setCurrentIndex(page);
                found += untranslatedIn(root);
            }
        }
        found.removeDuplicates();
        return found;
    }

private:
    struct Pattern
    {
        QString sourceText;
        QRegularExpression source;
        QList<QRegularExpression> translations;
    };

    static QString withoutMnemonics(QString text)
    {
        static const QRegularExpression mnemonic(u"&(?!&)"_s);
        return text.remove(mnemonic).replace(u"&&"_s, u"&"_s);
    }

    // "Copied %1 (%2)." matches "Copied web-1 (10.0.0.1)." and nothing without its fixed words. A
    // %n is a number; any other placeholder a value of up to four words (a hostname, an address,
    // an organisation's name), so that a short source such as "%1 to %2" does not match every
    // sentence with a "to" in it.
    static QRegularExpression patternOf(const QString &text)
    {
        static const QRegularExpression count(u"\\\\%n"_s);
        static const QRegularExpression placeholder(u"\\\\%\\d"_s);
        QString pattern = QRegularExpression::escape(withoutMnemonics(text).trimmed());
        pattern.replace(count, u"\\d+"_s);
        pattern.replace(placeholder, u"\\S+(?:\\s+\\S+){0,3}"_s);
        return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                  QRegularExpression::UseUnicodePropertiesOption);
    }

    static bool isOnlyPlaceholders(const QString &text)
    {
        static const QRegularExpression placeholders(u"^[\\s%\\dn()·:,–-]*$"_s);
        return placeholders.match(text).hasMatch();
    }

    void addEntry(const TsEntry &entry)
    {
        for (const QString &form : entry.forms)
            m_translations.insert(withoutMnemonics(form).trimmed());

        // An unfinished entry shows its English source: that is untranslated text too.
        const bool same = std::all_of(entry.forms.cbegin(), entry.forms.cend(),
                                      [&entry](const QString &form) { return form == entry.source; });
        if (same && !entry.forms.isEmpty())
            return; // the translation is the English text
        if (!entry.numerus)
            m_sources.insert(withoutMnemonics(entry.source).trimmed());
        if (entry.source.contains(u'%') && !isOnlyPlaceholders(entry.source)) {
            Pattern pattern{entry.source, patternOf(entry.source), {}};
            for (const QString &form : entry.forms) {
                if (!form.isEmpty())
                    pattern.translations.append(patternOf(form));
            }
            m_patterns.append(pattern);
        }
    }

    void check(QStringList &found, const QObject *where, const QString &what, const QString &text) const
    {
        const QString source = englishSourceOf(text);
        if (source.isEmpty())
            return;
        const QString name = where->objectName().isEmpty() ? QString() : u" "_s + where->objectName();
        found << u"%1%2 %3: \"%4\" (source \"%5\")"_s.arg(QString::fromLatin1(where->metaObject()->className()), name,
                                                          what, text, source);
    }

    void checkWidget(QStringList &found, QWidget *widget) const
    {
        check(found, widget, u"tooltip"_s, widget->toolTip());
        check(found, widget, u"accessible name"_s, widget->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(widget))
            check(found, label, u"text"_s, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            check(found, button, u"text"_s, button->text());
        if (auto *box = qobject_cast<QGroupBox *>(widget))
            check(found, box, u"title"_s, box->title());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            check(found, edit, u"placeholder"_s, edit->placeholderText());
        if (auto *dock = qobject_cast<QDockWidget *>(widget))
            check(found, dock, u"title"_s, dock->windowTitle());
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                check(found, combo, u"item"_s, combo->itemText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            checkHeaders(found, view);
        if (auto *bar = qobject_cast<QMenuBar *>(widget))
            checkActions(found, bar, bar->actions());
        else
            checkActions(found, widget, widget->actions());
    }

    void checkHeaders(QStringList &found, QAbstractItemView *view) const
    {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        const QHeaderView *header = view->findChild<QHeaderView *>();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (header && header->isSectionHidden(column))
                continue;
            check(found, view, u"column header"_s, model->headerData(column, Qt::Horizontal).toString());
        }
    }

    void checkActions(QStringList &found, const QObject *where, const QList<QAction *> &actions) const
    {
        for (QAction *action : actions) {
            if (!action->isVisible() || action->isSeparator())
                continue;
            check(found, where, u"action"_s, action->text());
            check(found, where, u"action tooltip"_s, action->toolTip());
            check(found, where, u"action icon text"_s, action->iconText());
            if (QMenu *menu = action->menu())
                checkActions(found, menu, menu->actions());
        }
    }

    QSet<QString> m_sources;      // English texts whose translation differs, without mnemonics
    QSet<QString> m_translations; // every translation, without mnemonics
    QList<Pattern> m_patterns;    // sources with placeholders whose translation differs
    QSet<QString> m_ignored;
};

} // namespace I18nTest
