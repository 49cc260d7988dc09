// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "actions/actionrules.h"
#include "inlinemessage.h"
#include "ui_settingsdialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHideEvent>
#include <QPushButton>
#include <QSettings>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

const QString geometryKey = u"settingsDialog/geometry"_s;

void selectData(QComboBox *box, const QVariant &value)
{
    box->setCurrentIndex(qMax(0, box->findData(value)));
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_initial(settings)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->problemLabel->hide();
    setupChoices();
    setupConfirmations();

    connect(m_ui->proxyManual, &QRadioButton::toggled, this, &SettingsDialog::updateProxyFields);
    connect(m_ui->caFile, &QLineEdit::editingFinished, this, &SettingsDialog::checkCaFile);
    connect(m_ui->browseCaButton, &QPushButton::clicked, this, &SettingsDialog::browseCaFile);
    connect(m_ui->askAllButton, &QPushButton::clicked, this, &SettingsDialog::askBeforeEveryAction);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    fill(settings);
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setupChoices()
{
    m_ui->language->addItem(tr("System language"), QString());
    const QList<std::pair<QString, QString>> languages = AppSettings::languages();
    for (const auto &[code, name] : languages)
        m_ui->language->addItem(name, code);

    m_ui->logLevel->addItem(tr("Warnings only"), static_cast<int>(AppSettings::LogLevel::Warnings));
    m_ui->logLevel->addItem(tr("Information"), static_cast<int>(AppSettings::LogLevel::Information));
    m_ui->logLevel->addItem(tr("Debug"), static_cast<int>(AppSettings::LogLevel::Debug));
}

// One box per action that may be confirmed, named after the action as its menu entry is.
void SettingsDialog::setupConfirmations()
{
    const QStringList keys = AppSettings::skippableConfirmations();
    for (const QString &key : keys) {
        const std::optional<ActionRules::Action> action = ActionRules::fromKey(key);
        auto *box = new QCheckBox(action ? ActionRules::name(*action) : key, m_ui->confirmationBoxes);
        box->setObjectName(u"confirm_"_s + key);
        m_ui->confirmationBoxesLayout->addWidget(box);
        m_confirmations.append({key, box});
    }
}

void SettingsDialog::fill(const AppSettings &settings)
{
    m_ui->refreshInterval->setValue(settings.refreshIntervalSeconds);
    selectData(m_ui->language, settings.language);
    selectData(m_ui->logLevel, static_cast<int>(settings.logLevel));
    for (const auto &[key, box] : std::as_const(m_confirmations))
        box->setChecked(!settings.skippedConfirmations.contains(key));

    m_ui->proxySystem->setChecked(settings.proxyMode == AppSettings::ProxyMode::System);
    m_ui->proxyNone->setChecked(settings.proxyMode == AppSettings::ProxyMode::None);
    m_ui->proxyManual->setChecked(settings.proxyMode == AppSettings::ProxyMode::Manual);
    m_ui->proxyHost->setText(settings.proxyHost);
    m_ui->proxyPort->setValue(settings.proxyPort);
    updateProxyFields();

    m_ui->caFile->setText(QDir::toNativeSeparators(settings.extraCaCertificateFile));
    checkCaFile();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings result = m_initial;
    result.refreshIntervalSeconds = m_ui->refreshInterval->value();
    result.language = m_ui->language->currentData().toString();
    result.logLevel = static_cast<AppSettings::LogLevel>(m_ui->logLevel->currentData().toInt());

    // Skipped keys this version does not offer stay as they were.
    QStringList skipped;
    for (const QString &key : std::as_const(m_initial.skippedConfirmations)) {
        if (!confirmationBox(key))
            skipped.append(key);
    }
    for (const auto &[key, box] : m_confirmations) {
        if (!box->isChecked())
            skipped.append(key);
    }
    skipped.sort();
    result.skippedConfirmations = skipped;

    result.proxyMode = m_ui->proxyManual->isChecked() ? AppSettings::ProxyMode::Manual
                       : m_ui->proxyNone->isChecked() ? AppSettings::ProxyMode::None
                                                      : AppSettings::ProxyMode::System;
    result.proxyHost = m_ui->proxyHost->text().trimmed();
    result.proxyPort = static_cast<quint16>(m_ui->proxyPort->value());
    result.extraCaCertificateFile = QDir::fromNativeSeparators(m_ui->caFile->text().trimmed());
    return result;
}

QCheckBox *SettingsDialog::confirmationBox(const QString &key) const
{
    for (const auto &[candidate, box] : m_confirmations) {
        if (candidate == key)
            return box;
    }
    return nullptr;
}

QString SettingsDialog::problemText() const
{
    return m_ui->problemLabel->isHidden() ? QString() : m_ui->problemLabel->text();
}

// Nothing is saved while a value cannot work; the page with the problem comes to the front.
void SettingsDialog::accept()
{
    const AppSettings chosen = settings();
    const QString problem = chosen.problem();
    showProblem(problem);
    if (!problem.isEmpty()) {
        m_ui->tabs->setCurrentWidget(m_ui->networkTab);
        const bool hostMissing = chosen.proxyMode == AppSettings::ProxyMode::Manual && chosen.proxyHost.isEmpty();
        (hostMissing ? m_ui->proxyHost : m_ui->caFile)->setFocus(Qt::OtherFocusReason);
        return;
    }

    chosen.save();
    Q_EMIT applied(chosen);
    QDialog::accept();
}

void SettingsDialog::hideEvent(QHideEvent *event)
{
    QSettings().setValue(geometryKey, saveGeometry());
    QDialog::hideEvent(event);
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = m_ui->proxyManual->isChecked();
    m_ui->proxyHost->setEnabled(manual);
    m_ui->proxyPort->setEnabled(manual);
    m_ui->proxyPortLabel->setEnabled(manual);
}

// Says at once whether the file can be used, rather than only when OK is pressed.
void SettingsDialog::checkCaFile()
{
    const QString path = QDir::fromNativeSeparators(m_ui->caFile->text().trimmed());
    const QString problem = AppSettings::caFileProblem(path);
    if (!problem.isEmpty())
        InlineMessage::show(m_ui->caStatus, problem, InlineMessage::Tone::Problem);
    else if (!path.isEmpty())
        InlineMessage::show(m_ui->caStatus, tr("The certificates in this file are trusted."),
                            InlineMessage::Tone::Neutral);
    else
        InlineMessage::show(m_ui->caStatus, {}, InlineMessage::Tone::Neutral);
}

void SettingsDialog::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Extra CA Certificate"));
    dialog->setObjectName(u"caFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    const QString current = m_ui->caFile->text().trimmed();
    if (!current.isEmpty())
        dialog->selectFile(current);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_ui->caFile->setText(QDir::toNativeSeparators(path));
        checkCaFile();
    });
    dialog->open();
}

void SettingsDialog::askBeforeEveryAction()
{
    for (const auto &[key, box] : std::as_const(m_confirmations))
        box->setChecked(true);
}

// Confirmations this version does not offer are kept by settings() from m_initial, not reset here.
void SettingsDialog::restoreDefaults()
{
    fill(AppSettings());
    showProblem({});
}

void SettingsDialog::showProblem(const QString &problem)
{
    InlineMessage::show(m_ui->problemLabel, problem, InlineMessage::Tone::Problem);
}

} // namespace Heficed
