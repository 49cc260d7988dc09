// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverdetailspane.h"

#include "icons.h"
#include "models/servertablemodel.h"
#include "ui_serverdetailspane.h"
#include "uilogging.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeData>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

namespace Heficed {

using namespace Qt::StringLiterals;

namespace {

// The same mask whatever the length, so that not even the length shows.
const QString passwordMask = QString(8, QChar(0x2022));

QString named(const NamedRef &ref)
{
    return ref.name.isEmpty() ? ref.id : ref.name;
}

QString yesNo(bool value)
{
    return value ? ServerDetailsPane::tr("Yes") : ServerDetailsPane::tr("No");
}

QString positive(qint64 value)
{
    return value > 0 ? QLocale().toString(value) : QString();
}

QString gigabytes(qint64 value)
{
    return value > 0 ? ServerDetailsPane::tr("%1 GB", "disk size").arg(QLocale().toString(value)) : QString();
}

// The API's dates are midnight UTC: in local time they would move back a day west of Greenwich.
QString dateText(const std::optional<QDateTime> &date)
{
    return date ? QLocale().toString(date->toUTC().date(), QLocale::ShortFormat) : QString();
}

QString periodText(const Billing &billing)
{
    const QString start = dateText(billing.startDate);
    const QString end = dateText(billing.endDate);
    if (start.isEmpty() && end.isEmpty())
        return {};
    return ServerDetailsPane::tr("%1 – %2", "billing period from – to").arg(start, end).trimmed();
}

QString invoiceText(const Billing &billing)
{
    const QString id = billing.invoiceId ? QString::number(*billing.invoiceId) : QString();
    if (id.isEmpty() || billing.invoiceStatus.isEmpty())
        return id.isEmpty() ? billing.invoiceStatus : id;
    return ServerDetailsPane::tr("%1 (%2)", "invoice number (invoice status)").arg(id, billing.invoiceStatus);
}

QString billingTypeText(const Billing &billing)
{
    if (billing.type == Billing::Type::Monthly)
        return ServerDetailsPane::tr("Monthly", "billing type");
    if (billing.type == Billing::Type::Hourly)
        return ServerDetailsPane::tr("Hourly", "billing type");
    return billing.typeName;
}

// The contract leaves the shape open: an object with a reason and an effective date is read as
// such, anything else is shown as sent.
QString cancellationText(const QString &request)
{
    const QJsonObject object = QJsonDocument::fromJson(request.toUtf8()).object();
    if (object.isEmpty())
        return request;
    QString text = object.value(u"reason").toString();
    if (text.isEmpty())
        text = object.value(u"type").toString();
    const qint64 effective = object.value(u"effectiveDate").toInteger();
    if (effective <= 0)
        return text.isEmpty() ? request : text;
    const QString date = dateText(QDateTime::fromSecsSinceEpoch(effective, QTimeZone::utc()));
    return text.isEmpty() ? ServerDetailsPane::tr("Effective %1").arg(date)
                          : ServerDetailsPane::tr("%1 (effective %2)").arg(text, date);
}

QString secondsText(std::chrono::milliseconds interval)
{
    const int seconds = static_cast<int>((interval.count() + 999) / 1000);
    return seconds == 1 ? ServerDetailsPane::tr("1 second") : ServerDetailsPane::tr("%n seconds", "", seconds);
}

void setCopyable(QLabel *label, QToolButton *button, const QString &text)
{
    label->setText(text);
    button->setEnabled(!text.isEmpty());
}

} // namespace

ServerDetailsPane::ServerDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServerDetailsPane>())
    , m_clipboardTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_clipboardTimer->setSingleShot(true);
    connect(m_clipboardTimer, &QTimer::timeout, this, &ServerDetailsPane::clearClipboardIfStillPassword);

    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.25);
    m_ui->titleLabel->setFont(title);
    m_ui->passwordValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    setupButtons();
    showNoInstance();
}

// A password still on the clipboard when the panel goes away would stay there for good.
ServerDetailsPane::~ServerDetailsPane()
{
    if (m_clipboardTimer->isActive())
        clearClipboardIfStillPassword();
}

void ServerDetailsPane::setupButtons()
{
    const QIcon copy = Icons::actionIcon(Icons::Action::Copy);
    for (QToolButton *button : {m_ui->copyHostnameButton, m_ui->copyIdButton, m_ui->copyIpv4Button,
                                m_ui->copyIpv6Button, m_ui->copyPasswordButton})
        button->setIcon(copy);
    m_ui->copyPasswordButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    connect(m_ui->copyHostnameButton, &QToolButton::clicked, this,
            [this] { copyText(m_instance.hostname, tr("the hostname")); });
    connect(m_ui->copyIdButton, &QToolButton::clicked, this,
            [this] { copyText(QString::number(m_instance.id), tr("the server ID")); });
    connect(m_ui->copyIpv4Button, &QToolButton::clicked, this,
            [this] { copyText(m_instance.v4.ipAddress, m_instance.v4.ipAddress); });
    connect(m_ui->copyIpv6Button, &QToolButton::clicked, this,
            [this] { copyText(m_instance.v6.ipAddress, m_instance.v6.ipAddress); });
    connect(m_ui->revealPasswordButton, &QToolButton::toggled, this, &ServerDetailsPane::setPasswordRevealed);
    connect(m_ui->copyPasswordButton, &QToolButton::clicked, this, &ServerDetailsPane::copyPassword);
}

void ServerDetailsPane::setInstance(const Instance &instance, const QString &statusText)
{
    const bool sameServer = instance.id == m_instance.id;
    m_instance = instance;
    m_statusText = statusText;
    if (!sameServer) {
        qCDebug(lcUi) << "Details of server" << instance.id;
        setPasswordRevealed(false);
    }

    m_ui->titleLabel->setText(instance.hostname.isEmpty() ? tr("Server %1").arg(instance.id) : instance.hostname);
    fillGeneral();
    fillNetwork();
    fillTemplate();
    fillHardware();
    fillBilling();
    m_ui->pages->setCurrentWidget(m_ui->detailsPage);
}

void ServerDetailsPane::showNoInstance(int selectedCount)
{
    // Forget the server, its password included.
    m_instance = Instance();
    setPasswordRevealed(false);
    m_ui->emptyText->setText(selectedCount > 1 ? tr("%n servers selected.", "", selectedCount)
                                               : tr("Select a server to see its details."));
    m_ui->pages->setCurrentWidget(m_ui->emptyPage);
}

bool ServerDetailsPane::isPasswordRevealed() const
{
    return m_ui->revealPasswordButton->isChecked();
}

void ServerDetailsPane::fillGeneral()
{
    setCopyable(m_ui->hostnameValue, m_ui->copyHostnameButton, m_instance.hostname);
    setCopyable(m_ui->idValue, m_ui->copyIdButton, QString::number(m_instance.id));
    m_ui->statusValue->setText(m_statusText.isEmpty() ? ServerTableModel::statusText(m_instance.status) : m_statusText);
    m_ui->typeValue->setText(named(m_instance.instanceType));

    const QString location = named(m_instance.location);
    m_ui->locationValue->setText(
        location.isEmpty() || m_instance.locationContinent.isEmpty()
            ? location
            : tr("%1 (%2)", "location (continent)").arg(location, m_instance.locationContinent));
    m_ui->rescueModeValue->setText(yesNo(m_instance.inRescueMode));
    m_ui->cpuLimitedValue->setText(yesNo(m_instance.cpuLimited));
    m_ui->networkLimitedValue->setText(yesNo(m_instance.networkLimited));
    showPassword();
}

void ServerDetailsPane::fillNetwork()
{
    const QString separator = u", "_s;
    setCopyable(m_ui->ipv4Value, m_ui->copyIpv4Button, m_instance.v4.ipAddress);
    m_ui->ipv4NetmaskValue->setText(m_instance.v4.netmask);
    m_ui->ipv4GatewayValue->setText(m_instance.v4.gateway);
    m_ui->ipv4ResolversValue->setText(m_instance.v4.resolvers.join(separator));

    setCopyable(m_ui->ipv6Value, m_ui->copyIpv6Button, m_instance.v6.ipAddress);
    m_ui->ipv6NetmaskValue->setText(m_instance.v6.netmask);
    m_ui->ipv6GatewayValue->setText(m_instance.v6.gateway);
    m_ui->ipv6ResolversValue->setText(m_instance.v6.resolvers.join(separator));

    fillAdditionalAddresses();
    m_ui->ipCountValue->setText(positive(m_instance.ipCount));
}

// One line per address, each with its own copy button; rebuilt because the number varies.
void ServerDetailsPane::fillAdditionalAddresses()
{
    QLayout *layout = m_ui->additionalAddressesLayout;
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }

    const QStringList addresses = m_instance.v4.additionalIps + m_instance.v6.additionalIps;
    for (const QString &address : addresses) {
        auto *row = new QWidget(m_ui->additionalAddresses);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(2);

        auto *label = new QLabel(address, row);
        label->setObjectName(u"additionalAddressValue"_s);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *button = new QToolButton(row);
        button->setObjectName(u"copyAdditionalAddressButton"_s);
        button->setIcon(Icons::actionIcon(Icons::Action::Copy));
        button->setAutoRaise(true);
        button->setToolTip(tr("Copy %1").arg(address));
        button->setAccessibleName(button->toolTip());
        connect(button, &QToolButton::clicked, this, [this, address] { copyText(address, address); });

        rowLayout->addWidget(label);
        rowLayout->addWidget(button);
        layout->addWidget(row);
    }
}

void ServerDetailsPane::fillTemplate()
{
    const OsTemplate &osTemplate = m_instance.osTemplate;
    m_ui->templateNameValue->setText(osTemplate.name);
    m_ui->templateIdValue->setText(osTemplate.id);
    m_ui->templateVersionValue->setText(osTemplate.version);
    m_ui->templateSizeValue->setText(gigabytes(osTemplate.size.value_or(0)));
    m_ui->templateCreatedValue->setText(
        osTemplate.created ? QLocale().toString(osTemplate.created->toLocalTime(), QLocale::ShortFormat) : QString());
    m_ui->templateLocationValue->setText(named(osTemplate.location));
    m_ui->templateTypeValue->setText(named(osTemplate.instanceType));
    m_ui->isoValue->setText(m_instance.iso);
}

void ServerDetailsPane::fillHardware()
{
    m_ui->vcpuValue->setText(positive(m_instance.vcpu));
    m_ui->memoryValue->setText(ServerTableModel::memoryText(m_instance.memoryMb));
    m_ui->diskValue->setText(gigabytes(m_instance.diskGb));

    // Only the disks that exist: the API sends all eight slots, unused ones as 0.
    QStringList disks;
    for (int slot = 0; slot < Instance::AdditionalDiskCount; ++slot) {
        const qint64 size = m_instance.additionalDisksGb.at(static_cast<size_t>(slot));
        if (size > 0)
            disks.append(tr("Disk %1: %2", "additional disk slot: size").arg(slot + 1).arg(gigabytes(size)));
    }
    m_ui->additionalDisksValue->setText(disks.join(u'\n'));
    m_ui->backupValue->setText(positive(m_instance.backup));
}

void ServerDetailsPane::fillBilling()
{
    const Billing &billing = m_instance.billing;
    const QLocale locale;
    m_ui->productValue->setText(billing.product);
    m_ui->billingTypeValue->setText(billingTypeText(billing));
    m_ui->billingStatusValue->setText(billing.status);
    m_ui->priceValue->setText(billing.price ? locale.toString(*billing.price, 'f', 2) : QString());
    m_ui->hourlyRateValue->setText(billing.hourlySpendingRate
                                       ? tr("%1 per hour").arg(locale.toString(*billing.hourlySpendingRate, 'f', 4))
                                       : QString());
    m_ui->periodValue->setText(periodText(billing));
    m_ui->invoiceValue->setText(invoiceText(billing));
    m_ui->slaValue->setText(named(billing.sla));
    m_ui->cancellationValue->setText(cancellationText(billing.cancellationRequest));
}

void ServerDetailsPane::setPasswordRevealed(bool revealed)
{
    const bool wasBlocked = m_ui->revealPasswordButton->blockSignals(true);
    m_ui->revealPasswordButton->setChecked(revealed);
    m_ui->revealPasswordButton->blockSignals(wasBlocked);
    m_ui->revealPasswordButton->setText(revealed ? tr("Hide") : tr("Reveal"));
    m_ui->revealPasswordButton->setToolTip(revealed ? tr("Hide the root password") : tr("Show the root password"));
    showPassword();
}

void ServerDetailsPane::showPassword()
{
    const QString &password = m_instance.rootPassword;
    m_ui->revealPasswordButton->setEnabled(!password.isEmpty());
    m_ui->copyPasswordButton->setEnabled(!password.isEmpty());
    if (password.isEmpty())
        m_ui->passwordValue->clear();
    else
        m_ui->passwordValue->setText(isPasswordRevealed() ? password : passwordMask);
}

void ServerDetailsPane::copyPassword()
{
    if (m_instance.rootPassword.isEmpty())
        return;

    // The hint asks clipboard managers (Klipper and others) not to keep the password in their history.
    auto *mime = new QMimeData;
    mime->setText(m_instance.rootPassword);
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_passwordOnClipboard = m_instance.rootPassword;
    m_clipboardTimer->start(m_clearInterval);

    qCDebug(lcUi) << "Root password of server" << m_instance.id << "copied; clearing in" << m_clearInterval.count()
                  << "ms";
    const QString server = m_instance.hostname.isEmpty() ? QString::number(m_instance.id) : m_instance.hostname;
    Q_EMIT message(tr("Copied the root password of %1. The clipboard is cleared in %2.")
                       .arg(server, secondsText(m_clearInterval)));
}

// Only what we put there: if the user copied something else since, it stays.
void ServerDetailsPane::clearClipboardIfStillPassword()
{
    m_clipboardTimer->stop();
    if (m_passwordOnClipboard.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool stillThere = clipboard->text() == m_passwordOnClipboard;
    if (stillThere)
        clipboard->clear();
    m_passwordOnClipboard.clear();
    qCDebug(lcUi) << "Copied root password" << (stillThere ? "cleared from the clipboard" : "already replaced");
}

void ServerDetailsPane::copyText(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT message(tr("Copied %1.").arg(what));
}

} // namespace Heficed
