// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;

namespace Heficed::InlineMessage {

enum class Tone
{
    Neutral,
    Warning,
    Problem
};

// Shows `text` in `label` in a colour that stays readable on light and dark palettes, or hides
// the label when `text` is empty. The text is plain; `linkText` (optional) is appended as a link
// whose activation the caller handles through QLabel::linkActivated.
void show(QLabel *label, const QString &text, Tone tone, const QString &linkText = {});

} // namespace Heficed::InlineMessage
