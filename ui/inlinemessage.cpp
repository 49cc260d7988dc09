// SPDX-License-Identifier: GPL-3.0-or-later
#include "inlinemessage.h"

#include <QLabel>

namespace Heficed::InlineMessage {

namespace {

QColor colorFor(Tone tone, const QPalette &palette)
{
    const bool light = palette.color(QPalette::Window).lightness() > 128;
    if (tone == Tone::Problem)
        return light ? QColor(0xb0, 0x00, 0x20) : QColor(0xff, 0x8a, 0x80);
    return light ? QColor(0x8a, 0x4b, 0x00) : QColor(0xff, 0xcc, 0x80);
}

} // namespace

void show(QLabel *label, const QString &text, Tone tone, const QString &linkText)
{
    label->setVisible(!text.isEmpty());
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (tone != Tone::Neutral)
        palette.setColor(QPalette::WindowText, colorFor(tone, palette));
    label->setPalette(palette);

    // Plain text, unless a link is wanted: then the message is escaped into rich text.
    if (linkText.isEmpty()) {
        label->setTextFormat(Qt::PlainText);
        label->setText(text);
        return;
    }
    label->setTextFormat(Qt::RichText);
    label->setText(text.toHtmlEscaped() + QStringLiteral(" <a href=\"action\">") + linkText.toHtmlEscaped() +
                   QStringLiteral("</a>"));
}

} // namespace Heficed::InlineMessage
