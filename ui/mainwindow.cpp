// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "actioncenter.h"
#include "activitydock.h"
#include "api/apiclient.h"
#include "api/instanceservice.h"
#include "appsettings.h"
#include "icons.h"
#include "models/refreshscheduler.h"
#include "models/serverexporter.h"
#include "models/serverfilterproxymodel.h"
#include "models/servertablemodel.h"
#include "routingactions.h"
#include "serveractions.h"
#include "serverdetailspane.h"
#include "serverfilterbar.h"
#include "settingsdialog.h"
#include "ui_mainwindow.h"
#include "uilogging.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>

#ifndef HEFICED_QTKEYCHAIN_VERSION
#define HEFICED_QTKEYCHAIN_VERSION "unknown"
#endif

namespace Heficed {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString headerKey = QStringLiteral("mainWindow/serverHeader");
const QString stateKey = QStringLiteral("mainWindow/state"); // toolbars and docks
const QString splitterKey = QStringLiteral("mainWindow/detailsSplitter");
constexpr int statusMessageMs = 4000;
const char *const messageToneProperty = "heficedErrorTone"; // set on the banner and the notice frames

// A tinted frame with text of its own colour, pale in a light palette and deep in a dark one, so
// that a message stands out in either and its text keeps a contrast above 7:1.
QString messageStyle(const QString &frameName, bool isError, const QPalette &palette)
{
    static const QString style =
        QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 4px; }"
                       " QFrame#%1 QLabel { color: %4; }");
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (isError)
        return dark ? style.arg(frameName, u"#4a2220", u"#a0524b", u"#ffdcd8")
                    : style.arg(frameName, u"#fdecea", u"#e3aaa5", u"#5f1d18");
    return dark ? style.arg(frameName, u"#1d3550", u"#4f7fb3", u"#d9eaff")
                : style.arg(frameName, u"#e8f1fb", u"#a8c6e8", u"#0d3a5e");
}

// The platform's keys for `key`, or `fallback` where it has none: Preferences on most Linux
// desktops, Quit under the Windows key scheme (which the offscreen platform uses too).
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList{fallback} : keys;
}

QIcon statusIcon(ServerTableModel::StatusKind kind)
{
    switch (kind) {
    case ServerTableModel::StatusKind::Running:
        return Icons::statusIcon(Icons::Status::Running);
    case ServerTableModel::StatusKind::Stopped:
        return Icons::statusIcon(Icons::Status::Stopped);
    case ServerTableModel::StatusKind::Transitional:
        return Icons::statusIcon(Icons::Status::Transitional);
    case ServerTableModel::StatusKind::Suspended:
        return Icons::statusIcon(Icons::Status::Suspended);
    case ServerTableModel::StatusKind::Failed:
        return Icons::statusIcon(Icons::Status::Failed);
    case ServerTableModel::StatusKind::Unknown:
        break;
    }
    return Icons::statusIcon(Icons::Status::Unknown);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new ServerTableModel(this))
    , m_proxy(new ServerFilterProxyModel(this))
    , m_scheduler(new RefreshScheduler(this))
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::applicationIcon());

    m_model->setStatusIconProvider(&statusIcon);
    m_proxy->setSourceModel(m_model);
    m_actionCenter = new ActionCenter(this, m_ui->serverView, m_model);
    connect(m_scheduler, &RefreshScheduler::refreshDue, this, &MainWindow::refresh);

    m_ui->notice->hide();
    setupActions();
    setupMenuActions();
    setupSwitcher();
    setupSearchField();
    setupTable();
    setupHeaderMenu();
    setupDetailsPane();
    setupStatusBar();
    m_actionCenter->attach(m_ui->mainToolBar, m_ui->actionRefresh, m_ui->menuView);
    setupRoutingActions();
    setupShortcuts();
    connect(m_actionCenter, &ActionCenter::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusMessageMs); });
    restoreSettings();
    showUnconfigured();
}

MainWindow::~MainWindow()
{
    // Drop the client while every member still exists: nothing it cancels may reach a half-destroyed window.
    ++m_generation;
    delete m_client;
}

QTableView *MainWindow::serverView() const
{
    return m_ui->serverView;
}

QString MainWindow::statusLine() const
{
    return m_countLabel->text();
}

QString MainWindow::bannerText() const
{
    return isBannerShown() ? m_ui->bannerText->text() : QString();
}

bool MainWindow::isBannerShown() const
{
    return !m_ui->banner->isHidden();
}

QString MainWindow::noticeText() const
{
    return m_ui->notice->isHidden() ? QString() : m_ui->noticeText->text();
}

QString MainWindow::placeholderText() const
{
    return m_ui->placeholderText->text();
}

void MainWindow::setupActions()
{
    m_ui->actionRefresh->setIcon(Icons::actionIcon(Icons::Action::Refresh));
    m_ui->actionRefresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &MainWindow::refresh);

    m_ui->actionFind->setShortcut(QKeySequence::Find);
    addAction(m_ui->actionFind);
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::focusSearchField);

    // Only while the table has focus: elsewhere Ctrl+C copies selected text as usual.
    m_ui->actionCopyAddress->setIcon(Icons::actionIcon(Icons::Action::Copy));
    m_ui->actionCopyAddress->setShortcut(QKeySequence::Copy);
    m_ui->actionCopyAddress->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->serverView->addAction(m_ui->actionCopyAddress);
    m_ui->serverView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_ui->actionCopyAddress, &QAction::triggered, this, &MainWindow::copySelectedAddress);

    m_ui->actionExport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E)); // Ctrl+Shift+E enters rescue mode
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::openExportDialog);

    connect(m_ui->noticeActionButton, &QPushButton::clicked, this, &MainWindow::noticeActionTriggered);
    connect(m_ui->noticeRetryButton, &QPushButton::clicked, this, &MainWindow::noticeRetryTriggered);
}

// After the server actions: in the Server menu, at the end of the toolbar, and in the context menu
// just before Copy. Routing changes a server's addresses, so the list is read again after it.
void MainWindow::setupRoutingActions()
{
    m_routing = new RoutingActions(m_ui->serverView, m_model, this);
    m_routing->addToMenu(m_actionCenter->actions()->menu());
    m_routing->addToToolBar(m_ui->mainToolBar);
    m_routing->addToContextMenu(m_ui->serverView, m_ui->actionCopyAddress);
    connect(m_routing, &RoutingActions::serverChanged, this, &MainWindow::refresh);
    // Every routing request gets its row in the activity view, like a server action.
    connect(m_routing, &RoutingActions::exchangeFinished, m_actionCenter, &ActionCenter::recordRequest);
}

void MainWindow::setupMenuActions()
{
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);

    connect(m_ui->actionAddOrganisation, &QAction::triggered, this, &MainWindow::addOrganisationRequested);
    connect(m_ui->actionEditOrganisation, &QAction::triggered, this, &MainWindow::editOrganisationRequested);
    connect(m_ui->actionManageOrganisations, &QAction::triggered, this, &MainWindow::manageOrganisationsRequested);
    m_ui->actionEditOrganisation->setEnabled(false);

    m_ui->actionAbout->setMenuRole(QAction::AboutRole);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    m_ui->actionSettings->setIcon(Icons::actionIcon(Icons::Action::Settings));
    m_ui->actionSettings->setMenuRole(QAction::PreferencesRole);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
}

// Every menu entry has a key; the Server menu's are ServerActions' own. The platform's standard
// key is used where there is one.
void MainWindow::setupShortcuts()
{
    m_ui->actionQuit->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_ui->actionSettings->setShortcuts(standardKeys(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_ui->actionAddOrganisation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_ui->actionEditOrganisation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_ui->actionManageOrganisations->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_ui->actionAbout->setShortcut(QKeySequence::HelpContents); // F1: About is the panel's only help
    m_routing->routeIpsAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_routing->subnetsAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_actionCenter->dock()->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
}

// The switcher goes first in the toolbar, before Refresh: it says whose servers are listed.
void MainWindow::setupSwitcher()
{
    auto *label = new QLabel(tr("Or&ganisation:"), m_ui->mainToolBar);
    label->setContentsMargins(4, 0, 4, 0);
    m_switcher = new QComboBox(m_ui->mainToolBar);
    m_switcher->setObjectName(QStringLiteral("organisationSwitcher"));
    m_switcher->setAccessibleName(tr("Organisation"));
    m_switcher->setToolTip(tr("The organisation whose servers are shown"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_switcher->setMinimumContentsLength(12);
    m_switcher->setPlaceholderText(tr("None yet"));
    m_switcher->setEnabled(false);
    label->setBuddy(m_switcher);

    m_ui->mainToolBar->insertWidget(m_ui->actionRefresh, label);
    m_ui->mainToolBar->insertWidget(m_ui->actionRefresh, m_switcher);
    m_ui->mainToolBar->insertSeparator(m_ui->actionRefresh);
    connect(m_switcher, &QComboBox::activated, this, &MainWindow::onSwitcherActivated);
}

// Search and filters sit in a row above the table rather than in the toolbar, which the server
// actions fill: there they would drop into the toolbar's overflow menu on narrower windows.
void MainWindow::setupSearchField()
{
    auto *filterRow = new QWidget(m_ui->tablePage);
    filterRow->setObjectName(QStringLiteral("filterRow"));
    filterRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *rowLayout = new QHBoxLayout(filterRow);
    rowLayout->setContentsMargins(0, 0, 0, 0);

    m_searchField = new QLineEdit(filterRow);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search hostname, ID, IP address or template"));
    m_searchField->setAccessibleName(tr("Search servers"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(m_searchField->fontMetrics().horizontalAdvance(m_searchField->placeholderText()) +
                                   48);
    rowLayout->addWidget(m_searchField, 1);

    m_filterBar = new ServerFilterBar(filterRow);
    m_filterBar->setModels(m_model, m_proxy);
    rowLayout->addWidget(m_filterBar);
    m_ui->tablePageLayout->insertWidget(0, filterRow);

    // Filtering is cheap even for thousands of rows, so it follows every keystroke.
    connect(m_searchField, &QLineEdit::textChanged, m_proxy, &ServerFilterProxyModel::setSearchText);
}

void MainWindow::setupTable()
{
    QTableView *view = m_ui->serverView;
    view->setModel(m_actionCenter->viewModel(m_proxy)); // shows actions in flight in the Status column
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setSectionsMovable(true);

    // The count follows both the list and the search.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusLine);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatusLine);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusLine);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatusLine);
}

// Right-click on the header: a check per column to show or hide it (kept with the header's state).
void MainWindow::setupHeaderMenu()
{
    QHeaderView *header = m_ui->serverView->horizontalHeader();
    auto *menu = new QMenu(header);
    menu->setObjectName(QStringLiteral("columnMenu"));
    for (int column = 0; column < ServerTableModel::ColumnCount; ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        // The last visible column cannot be hidden too: an empty table has no header to click.
        connect(action, &QAction::toggled, header, [header, column](bool shown) {
            if (shown || header->count() - header->hiddenSectionCount() > 1)
                header->setSectionHidden(column, !shown);
        });
    }
    connect(menu, &QMenu::aboutToShow, menu, [menu, header] {
        const QList<QAction *> actions = menu->actions();
        for (int column = 0; column < actions.size(); ++column)
            actions.at(column)->setChecked(!header->isSectionHidden(column));
    });
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, menu,
            [menu, header](const QPoint &position) { menu->popup(header->viewport()->mapToGlobal(position)); });
}

// The details of the selected server beside the table; the user can drag the split or close it.
void MainWindow::setupDetailsPane()
{
    auto *splitter = new QSplitter(Qt::Horizontal, m_ui->tablePage);
    splitter->setObjectName(QStringLiteral("detailsSplitter"));
    m_details = new ServerDetailsPane(splitter);
    // replaceWidget hands back the layout item that held the table; it is ours to delete.
    delete m_ui->tablePageLayout->replaceWidget(m_ui->serverView, splitter);
    m_ui->tablePageLayout->setStretchFactor(splitter, 1);
    splitter->addWidget(m_ui->serverView);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(0, false);
    splitter->setSizes({width() - 390, 390});

    connect(m_ui->serverView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateDetails);
    // The view's model: it carries both the server's own changes and the actions in flight.
    connect(m_ui->serverView->model(), &QAbstractItemModel::dataChanged, this, &MainWindow::onServerRowsChanged);
    connect(m_details, &ServerDetailsPane::message, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusMessageMs); });
}

void MainWindow::setupStatusBar()
{
    m_progress = new QProgressBar(statusBar());
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setAccessibleName(tr("Loading servers"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Loading %v of %m"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    m_countLabel = new QLabel(statusBar());
    m_countLabel->setObjectName(QStringLiteral("serverCount"));
    statusBar()->addPermanentWidget(m_countLabel);
}

// Wide enough for typical values, measured in the current font rather than in pixels.
void MainWindow::applyDefaultColumnWidths()
{
    static const QHash<int, QString> samples{
        {ServerTableModel::Status, QStringLiteral("rebooting")},
        {ServerTableModel::Hostname, QStringLiteral("cache-14.example.com")},
        {ServerTableModel::Id, QStringLiteral("312019")},
        {ServerTableModel::IPv4, QStringLiteral("198.51.100.166")},
        {ServerTableModel::IPv6, QStringLiteral("2a03:fbc6:1:829a::")},
        {ServerTableModel::Location, QStringLiteral("London, United Kingdom")},
        {ServerTableModel::Template, QStringLiteral("CentOS 7 v2.0.23")},
        {ServerTableModel::Memory, QStringLiteral("512 MB")},
        {ServerTableModel::Disk, QStringLiteral("640 GB")},
        {ServerTableModel::Billing, QStringLiteral("Monthly")},
        {ServerTableModel::Price, QStringLiteral("100.00")},
        {ServerTableModel::PaidUntil, QStringLiteral("12/31/30")},
    };
    QHeaderView *header = m_ui->serverView->horizontalHeader();
    const QFontMetrics metrics = m_ui->serverView->fontMetrics();
    const int iconWidth = m_ui->serverView->style()->pixelMetric(QStyle::PM_SmallIconSize);
    // The status words are translated, and German or Lithuanian ones are longer than "rebooting".
    int statusWidth = 0;
    for (const char *status : {"running", "stopped", "starting", "stopping", "rebooting", "pending", "suspended"}) {
        const QString text = ServerTableModel::statusText(QString::fromLatin1(status));
        statusWidth = qMax(statusWidth, metrics.horizontalAdvance(text));
    }
    for (int column = 0; column < ServerTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        int width = qMax(metrics.horizontalAdvance(samples.value(column)), metrics.horizontalAdvance(title));
        if (column == ServerTableModel::Status)
            width = qMax(width, statusWidth);
        width += 22 + (column == ServerTableModel::Status ? iconWidth : 0); // padding and the sort arrow
        header->resizeSection(column, width);
    }
}

void MainWindow::restoreSettings()
{
    if (!restoreLayout(QString())) {
        applyDefaultColumnWidths();
        m_ui->serverView->horizontalHeader()->setSortIndicator(ServerTableModel::Hostname, Qt::AscendingOrder);
    }
    QHeaderView *header = m_ui->serverView->horizontalHeader();
    m_ui->serverView->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

// Returns false when `group` holds no saved column layout; nothing is changed then.
bool MainWindow::restoreLayout(const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    const QByteArray headerState = settings.value(headerKey).toByteArray();
    if (headerState.isEmpty())
        return false;

    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("detailsSplitter")))
        splitter->restoreState(settings.value(splitterKey).toByteArray());
    return m_ui->serverView->horizontalHeader()->restoreState(headerState);
}

void MainWindow::useLayoutOf(const QString &organisationKey)
{
    if (organisationKey == m_layoutKey)
        return;

    saveSettings();
    m_layoutKey = organisationKey;
    // An organisation opened for the first time keeps the layout the window has now.
    if (restoreLayout(layoutGroup())) {
        QHeaderView *header = m_ui->serverView->horizontalHeader();
        m_ui->serverView->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

QString MainWindow::layoutGroup() const
{
    if (m_layoutKey.isEmpty())
        return {};
    return QStringLiteral("layouts/") + m_layoutKey;
}

// The layout goes to the open organisation's group and to the top level, which a new window
// and an organisation seen for the first time start from.
void MainWindow::saveSettings() const
{
    saveLayout(QString());
    if (!m_layoutKey.isEmpty())
        saveLayout(layoutGroup());
}

void MainWindow::saveLayout(const QString &group) const
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    if (const auto *splitter = findChild<QSplitter *>(QStringLiteral("detailsSplitter")))
        settings.setValue(splitterKey, splitter->saveState());
    settings.setValue(headerKey, m_ui->serverView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

// A minimised window refreshes less often; restored, it catches up at once if a refresh is overdue.
void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_scheduler->setMinimised(isMinimized());
    if (event->type() == QEvent::PaletteChange)
        updateMessageColours(); // the desktop switched between a light and a dark theme
    QMainWindow::changeEvent(event);
}

void MainWindow::setSession(const ConnectionSettings &connection, const Credentials &credentials,
                            const QString &organisationName)
{
    const bool sameOrganisation = !m_tenant.isEmpty() && m_tenant == credentials.organisationId;
    endSession();
    if (!sameOrganisation) {
        m_model->clear();
        m_loadedOnce = false;
    }
    m_tenant = credentials.organisationId;
    m_explanation.clear();
    statusBar()->clearMessage();
    m_organisationName = organisationName.isEmpty() ? credentials.organisationId : organisationName;
    setWindowTitle(tr("%1 – Heficed Panel").arg(m_organisationName));

    if (!credentials.isComplete()) {
        showBanner(BannerKind::Information,
                   tr("The credentials of %1 are incomplete: the organisation ID, the client ID and the client "
                      "secret are all needed.")
                       .arg(m_organisationName),
                   false);
        updatePlaceholder();
        return;
    }

    qCInfo(lcUi) << "Opening organisation" << credentials.organisationId << "at" << connection.apiBaseUrl;
    m_client = new ApiClient(connection, this);
    QString caError;
    m_client->setConnection(connection, &caError);
    m_client->setCredentials(credentials);
    AppSettings::load().applyProxy(m_client->network());
    m_service = new InstanceService(m_client, m_client);
    m_actionCenter->startSession(m_client, m_service, credentials.organisationId);
    m_routing->setClient(m_client);

    hideBanner();
    refresh();
    // An unreadable extra CA file does not stop the load (the system's CAs may do), but it is said.
    if (!caError.isEmpty())
        showBanner(BannerKind::Error, caError, false);
}

void MainWindow::showUnconfigured(const QString &organisationName)
{
    endSession();
    m_model->clear();
    m_loadedOnce = false;
    m_organisationName.clear();
    m_tenant.clear();
    m_explanation.clear();
    statusBar()->clearMessage();
    setWindowTitle(tr("Heficed Panel"));

    const QString message =
        organisationName.isEmpty()
            ? tr("No organisation is configured yet, so there are no servers to show.")
            : tr("The organisation %1 is not configured yet, so there are no servers to show.").arg(organisationName);
    showBanner(BannerKind::Information, message, false);
    updatePlaceholder();
    updateStatusLine();
}

void MainWindow::showWithoutSession(const QString &organisationName, const QString &explanation)
{
    const bool sameOrganisation = !m_organisationName.isEmpty() && organisationName == m_organisationName;
    endSession();
    if (!sameOrganisation) {
        m_model->clear();
        m_loadedOnce = false;
        m_tenant.clear();
    }
    m_organisationName = organisationName;
    m_explanation = explanation;
    setWindowTitle(tr("%1 – Heficed Panel").arg(organisationName));

    hideBanner();
    updatePlaceholder();
    updateStatusLine();
    // The placeholder says it unless the last list of this organisation stays on screen.
    if (m_model->rowCount() > 0)
        statusBar()->showMessage(explanation);
    else
        statusBar()->clearMessage();
}

void MainWindow::setOrganisationName(const QString &organisationName)
{
    m_organisationName = organisationName;
    setWindowTitle(tr("%1 – Heficed Panel").arg(organisationName));
    updatePlaceholder();
}

void MainWindow::setOrganisations(const QList<std::pair<QString, QString>> &organisations, const QString &currentKey)
{
    m_switcher->clear();
    for (const auto &[key, name] : organisations)
        m_switcher->addItem(name, key);
    m_switcher->setCurrentIndex(m_switcher->findData(currentKey));
    m_switcher->setEnabled(!organisations.isEmpty());
    m_ui->actionEditOrganisation->setEnabled(m_switcher->currentIndex() >= 0);
}

void MainWindow::onSwitcherActivated(int index)
{
    const QString key = m_switcher->itemData(index).toString();
    if (!key.isEmpty())
        Q_EMIT organisationChosen(key);
}

void MainWindow::showNotice(NoticeKind kind, const QString &message, const QString &actionText, bool canRetry)
{
    const bool isWarning = kind == NoticeKind::Warning;
    const QStyle::StandardPixmap icon = isWarning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->noticeIcon->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));
    m_ui->notice->setProperty(messageToneProperty, isWarning);
    updateMessageColours();
    m_ui->noticeText->setText(message);
    m_ui->noticeActionButton->setText(actionText);
    m_ui->noticeActionButton->setVisible(!actionText.isEmpty());
    m_ui->noticeRetryButton->setVisible(canRetry);
    m_ui->notice->show();
}

void MainWindow::clearNotice()
{
    m_ui->notice->hide();
    m_ui->noticeText->clear();
}

// Answers still on their way belong to the old session: the generation number turns them away.
void MainWindow::endSession()
{
    ++m_generation;
    m_scheduler->stop();
    m_loading = false;
    m_stale = false;
    m_progress->hide();
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
    m_service = nullptr;
    m_actionCenter->endSession();
    m_routing->setClient(nullptr);
}

void MainWindow::refresh()
{
    if (!m_service || m_loading)
        return;

    m_loading = true;
    m_scheduler->loadStarted();
    m_progress->setRange(0, 0); // busy until the first page tells the total
    m_progress->show();
    updatePlaceholder();
    qCDebug(lcUi) << "Loading the server list of" << m_organisationName;

    const quint64 generation = m_generation;
    m_service->fetchAll(
        this, [this, generation](const ApiResult<QList<Instance>> &result) { onLoaded(generation, result); },
        [this, generation](int loaded, int total) { onProgress(generation, loaded, total); });
}

void MainWindow::onProgress(quint64 generation, int loaded, int total)
{
    if (generation != m_generation)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(loaded);
}

void MainWindow::onLoaded(quint64 generation, const ApiResult<QList<Instance>> &result)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_progress->hide();
    scheduleAutoRefresh(result.ok());

    if (!result.ok()) {
        // The last good list stays, marked stale; the banner says what went wrong and offers to try again.
        qCInfo(lcUi) << "Loading the server list failed:" << ApiError::kindName(result.error().kind);
        m_stale = m_loadedOnce;
        showBanner(BannerKind::Error, result.error().message, true);
        updatePlaceholder();
        updateStatusLine();
        Q_EMIT loadFinished(false);
        return;
    }

    m_model->setInstances(result.value());
    m_loadedOnce = true;
    m_stale = false;
    m_lastGoodLoad = QDateTime::currentDateTime();
    hideBanner();
    updatePlaceholder();
    updateStatusLine();
    updateDetails();
    qCDebug(lcUi) << "Loaded" << result.value().size() << "servers";
    Q_EMIT loadFinished(true);
}

// The scheduler stretches the interval while minimised and after failed loads (see there).
void MainWindow::scheduleAutoRefresh(bool lastLoadOk)
{
    // Read each time, so that a changed preference applies from the next round. 0 turns it off.
    m_scheduler->setInterval(std::chrono::seconds(AppSettings::load().refreshIntervalSeconds));
    m_scheduler->loadFinished(lastLoadOk);
}

void MainWindow::showBanner(BannerKind kind, const QString &message, bool canRetry)
{
    const bool isError = kind == BannerKind::Error;
    const QStyle::StandardPixmap icon = isError ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->bannerIcon->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));
    m_ui->banner->setProperty(messageToneProperty, isError);
    updateMessageColours();
    m_ui->bannerText->setText(message);
    m_ui->retryButton->setVisible(canRetry);
    m_ui->banner->show();
}

void MainWindow::updateMessageColours()
{
    for (QFrame *frame : {m_ui->banner, m_ui->notice}) {
        const QVariant isError = frame->property(messageToneProperty);
        if (isError.isValid())
            frame->setStyleSheet(messageStyle(frame->objectName(), isError.toBool(), palette()));
    }
}

void MainWindow::hideBanner()
{
    m_ui->banner->hide();
    m_ui->bannerText->clear();
}

void MainWindow::updateStatusLine()
{
    if (!hasSession() && !m_loadedOnce) {
        m_countLabel->clear();
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    // English has no translator (the sources are English), so its singular is picked here.
    const QString count =
        total == 1 ? tr("%1 of 1 server").arg(shown) : tr("%1 of %n servers", "shown of all servers", total).arg(shown);
    if (!m_stale) {
        m_countLabel->setText(count);
        m_countLabel->setToolTip({});
        return;
    }
    const QString since = QLocale().toString(m_lastGoodLoad.time(), QLocale::ShortFormat);
    m_countLabel->setText(tr("%1 · stale since %2", "server count · time of the last good load").arg(count, since));
    m_countLabel->setToolTip(
        tr("The list could not be refreshed: it shows the servers as they were at %1.").arg(since));
}

// The table when there is something to show; otherwise one sentence that says why there is not.
void MainWindow::updatePlaceholder()
{
    if (m_model->rowCount() > 0) {
        m_ui->pages->setCurrentWidget(m_ui->tablePage);
        return;
    }

    QString text;
    if (!hasSession())
        text = m_explanation.isEmpty() ? tr("Not connected to an organisation.") : m_explanation;
    else if (m_loading && !m_loadedOnce)
        text = tr("Loading the servers of %1…").arg(m_organisationName);
    else if (m_loadedOnce)
        text = tr("%1 has no cloud servers yet.").arg(m_organisationName);
    else
        text = tr("The servers of %1 could not be loaded.").arg(m_organisationName);
    m_ui->placeholderText->setText(text);
    m_ui->pages->setCurrentWidget(m_ui->placeholderPage);
}

void MainWindow::copySelectedAddress()
{
    const QModelIndex current = m_ui->serverView->selectionModel()->currentIndex();
    const QModelIndexList selected = m_ui->serverView->selectionModel()->selectedRows();
    const QModelIndex index = current.isValid() && m_ui->serverView->selectionModel()->isRowSelected(current.row())
                                  ? current
                                  : (selected.isEmpty() ? QModelIndex() : selected.constFirst());
    if (!index.isValid())
        return;

    const QList<Instance> servers = m_model->instancesAt({index});
    if (servers.isEmpty())
        return;
    const Instance &server = servers.constFirst();
    const QString address = server.primaryAddress();
    if (address.isEmpty()) {
        statusBar()->showMessage(tr("%1 has no IP address to copy.").arg(server.hostname), statusMessageMs);
        return;
    }
    QGuiApplication::clipboard()->setText(address);
    statusBar()->showMessage(tr("Copied %1 (%2).").arg(address, server.hostname), statusMessageMs);
}

// One server selected: its details, its status as its row reads it ("stopping…" while an action
// runs); none or several: a sentence saying so.
void MainWindow::updateDetails()
{
    const QModelIndexList rows = m_ui->serverView->selectionModel()->selectedRows();
    const int row =
        rows.size() == 1 ? m_model->rowForId(rows.first().data(ServerTableModel::InstanceIdRole).toLongLong()) : -1;
    if (row < 0)
        m_details->showNoInstance(static_cast<int>(rows.size()));
    else
        m_details->setInstance(m_model->instance(row),
                               rows.first().siblingAtColumn(ServerTableModel::Status).data().toString());
}

void MainWindow::onServerRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const QModelIndexList rows = m_ui->serverView->selectionModel()->selectedRows();
    if (rows.size() == 1 && rows.first().row() >= topLeft.row() && rows.first().row() <= bottomRight.row())
        updateDetails();
}

void MainWindow::openExportDialog()
{
    auto *dialog = new QFileDialog(this, tr("Export Servers"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("JSON files (*.json)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(tr("servers.csv", "default export file name"));

    // The suffix follows the chosen type, so "servers" becomes servers.json for JSON.
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        const bool json = dialog->nameFilters().indexOf(filter) == 1;
        dialog->setDefaultSuffix(json ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::exportServers);
    dialog->open();
}

bool MainWindow::exportServers(const QString &path)
{
    ServerExporter exporter(m_proxy, m_model);
    exporter.setColumns(visibleColumns());
    QString error;
    if (!exporter.write(path, ServerExporter::formatForFileName(path), &error)) {
        showBanner(BannerKind::Error, error, false);
        return false;
    }
    const int count = exporter.rowCount();
    const QString file = QDir::toNativeSeparators(path);
    statusBar()->showMessage(count == 1 ? tr("Exported 1 server to %1.").arg(file)
                                        : tr("Exported %n servers to %1.", "", count).arg(file),
                             statusMessageMs);
    return true;
}

// The columns the table shows, in the order the user arranged them.
QList<int> MainWindow::visibleColumns() const
{
    const QHeaderView *header = m_ui->serverView->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    return columns;
}

void MainWindow::focusSearchField()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

// Opened with open(), not exec(): no event loop of its own.
void MainWindow::showAbout()
{
    const QString text =
        tr("<p><b>Heficed Panel %1</b></p><p>A desktop control panel for Heficed cloud servers.</p>"
           "<p>Qt %2 · QtKeychain %3</p><p>Heficed Panel is free software, licensed under the "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License</a>, version 3 or "
           "any later version. It comes with no warranty.</p>")
            .arg(QStringLiteral(HEFICED_VERSION), QString::fromLatin1(qVersion()),
                 QStringLiteral(HEFICED_QTKEYCHAIN_VERSION));
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Heficed Panel"), text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// Opened with open(): no event loop of its own.
void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(AppSettings::load(), this);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    dialog->open();
}

// The language waits for the next start; the extra CA file reaches the session through
// settingsApplied() and updateConnection(), as whoever opened the session knows --extra-ca.
void MainWindow::applySettings(const AppSettings &settings)
{
    settings.applyProcessWide();
    m_scheduler->setInterval(std::chrono::seconds(settings.refreshIntervalSeconds));
    if (m_client)
        settings.applyProxy(m_client->network());
    qCInfo(lcUi) << "Settings applied; automatic refresh every" << settings.refreshIntervalSeconds << "s";
    Q_EMIT settingsApplied();
}

void MainWindow::updateConnection(const ConnectionSettings &connection)
{
    if (!m_client)
        return;
    QString caError;
    if (!m_client->setConnection(connection, &caError))
        showBanner(BannerKind::Error, caError, false);
}

} // namespace Heficed
