// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmationdialog.h"

#include "ui_confirmationdialog.h"
#include "uilogging.h"

#include <QPushButton>
#include <QSettings>
#include <QStyle>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

QString settingsKey(const QString &dontAskKey)
{
    return u"confirmations/"_s + dontAskKey + u"/skip"_s;
}

} // namespace

ConfirmationDialog *ConfirmationDialog::ask(QWidget *parent, const Request &request, QObject *context, Callback done)
{
    if (!request.dontAskKey.isEmpty() && request.typeToConfirm.isEmpty() && isSkipped(request.dontAskKey)) {
        qCDebug(lcUi) << "Confirmation" << request.dontAskKey << "skipped by the user's choice";
        done(Answer{});
        return nullptr;
    }
    auto *dialog = new ConfirmationDialog(parent, request, context, std::move(done));
    dialog->open();
    return dialog;
}

bool ConfirmationDialog::isSkipped(const QString &dontAskKey)
{
    return QSettings().value(settingsKey(dontAskKey), false).toBool();
}

void ConfirmationDialog::setSkipped(const QString &dontAskKey, bool skipped)
{
    QSettings settings;
    if (skipped)
        settings.setValue(settingsKey(dontAskKey), true);
    else
        settings.remove(settingsKey(dontAskKey));
}

ConfirmationDialog::ConfirmationDialog(QWidget *parent, const Request &request, QObject *context, Callback done)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmationDialog>())
    , m_request(request)
    , m_context(context)
    , m_done(std::move(done))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    fill();

    connect(m_ui->typeField, &QLineEdit::textChanged, this, &ConfirmationDialog::updateAcceptButton);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &ConfirmationDialog::onAccepted);
    updateAcceptButton();
}

ConfirmationDialog::~ConfirmationDialog() = default;

void ConfirmationDialog::fill()
{
    setWindowTitle(m_request.title);
    m_ui->questionLabel->setText(m_request.question);
    m_ui->itemList->addItems(m_request.items);
    m_ui->itemList->setVisible(!m_request.items.isEmpty());
    // Tall enough for a handful of servers without a scroll bar, never taller than ten lines.
    const int lines = qBound(1, static_cast<int>(m_request.items.size()), 10);
    m_ui->itemList->setFixedHeight(m_ui->itemList->sizeHintForRow(0) * lines + 2 * m_ui->itemList->frameWidth() + 4);
    m_ui->noteLabel->setText(m_request.note);
    m_ui->noteLabel->setVisible(!m_request.note.isEmpty());
    m_ui->cancelOptions->setVisible(m_request.cancelOptions);

    const bool mustType = !m_request.typeToConfirm.isEmpty();
    m_ui->typeLabel->setText(tr("Type %1 to confirm:").arg(m_request.typeToConfirm));
    m_ui->typeLabel->setVisible(mustType);
    m_ui->typeField->setVisible(mustType);
    // Typing is the safeguard: a confirmation that asks for it can never be skipped.
    m_ui->dontAskBox->setVisible(!m_request.dontAskKey.isEmpty() && !mustType);

    QPushButton *accept = m_ui->buttons->button(QDialogButtonBox::Ok);
    accept->setText(m_request.acceptText);
    if (!m_request.rejectText.isEmpty())
        m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(m_request.rejectText);
    // A destructive action is never the default: Enter in the dialog must not trigger it.
    accept->setDefault(!m_request.destructive);
    accept->setAutoDefault(!m_request.destructive);
    if (m_request.destructive)
        accept->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    if (mustType)
        m_ui->typeField->setFocus();
    else
        m_ui->buttons->button(m_request.destructive ? QDialogButtonBox::Cancel : QDialogButtonBox::Ok)->setFocus();
    adjustSize();
}

void ConfirmationDialog::updateAcceptButton()
{
    const bool typed =
        m_request.typeToConfirm.isEmpty() || m_ui->typeField->text().trimmed() == m_request.typeToConfirm;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(typed);
}

void ConfirmationDialog::onAccepted()
{
    if (!m_ui->dontAskBox->isHidden() && m_ui->dontAskBox->isChecked())
        setSkipped(m_request.dontAskKey, true);
    if (!m_context)
        return;
    Answer answer;
    answer.immediately = m_ui->immediateButton->isChecked();
    answer.reason = m_ui->reasonField->text().trimmed();
    m_done(answer);
}

QAbstractButton *ConfirmationDialog::acceptButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Ok);
}

QLineEdit *ConfirmationDialog::typeField() const
{
    return m_ui->typeField;
}

QLineEdit *ConfirmationDialog::reasonField() const
{
    return m_ui->reasonField;
}

QCheckBox *ConfirmationDialog::dontAskBox() const
{
    return m_ui->dontAskBox;
}

QRadioButton *ConfirmationDialog::immediateButton() const
{
    return m_ui->immediateButton;
}

QRadioButton *ConfirmationDialog::periodEndButton() const
{
    return m_ui->periodEndButton;
}

} // namespace Heficed
