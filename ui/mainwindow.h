// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/connection.h"
#include "api/instance.h"

#include <QDateTime>
#include <QList>
#include <QMainWindow>

#include <memory>
#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;

namespace Ui {
class MainWindow;
}

namespace Heficed {

class ActionCenter;
class ApiClient;
struct AppSettings;
class InstanceService;
class RefreshScheduler;
class RoutingActions;
class ServerDetailsPane;
class ServerFilterBar;
class ServerFilterProxyModel;
class ServerTableModel;

// The panel's main window: the servers of one organisation in a sortable, searchable table that
// refreshes itself. Whoever holds the credentials (SessionController) opens a session with
// setSession() and fills the organisation switcher; the window owns the API client and only
// reports what the user asked for (another organisation, the organisation dialogs).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects to one organisation and loads its servers. Calling it again replaces the session;
    // the list is kept when it is the same organisation and cleared when it is another one.
    void setSession(const ConnectionSettings &connection, const Credentials &credentials,
                    const QString &organisationName);
    // Ends any session and shows why there is nothing to show. `organisationName` may be empty.
    void showUnconfigured(const QString &organisationName = {});
    // Ends any session of `organisationName` without a new one yet (its credentials are being
    // read, or are missing); `explanation` stands where the table would be. The list stays when
    // it is the same organisation.
    void showWithoutSession(const QString &organisationName, const QString &explanation);
    // The open organisation was renamed.
    void setOrganisationName(const QString &organisationName);
    // Geometry, docks, splitter and columns are kept per organisation: the layout of the
    // organisation before is saved, and the one last used with `organisationKey` comes back.
    void useLayoutOf(const QString &organisationKey);

    // The switcher's entries as (key, name) pairs in display order, and the current key.
    void setOrganisations(const QList<std::pair<QString, QString>> &organisations, const QString &currentKey);

    // A message about the organisation rather than its servers (the keychain cannot be read, an
    // unknown --organisation), shown above the list until clearNotice(). `actionText` names an
    // optional button (noticeActionTriggered); `canRetry` shows "Try Again" (noticeRetryTriggered).
    enum class NoticeKind
    {
        Information,
        Warning
    };
    void showNotice(NoticeKind kind, const QString &message, const QString &actionText = {}, bool canRetry = false);
    void clearNotice();

    bool hasSession() const { return m_service != nullptr; }
    bool isLoading() const { return m_loading; }
    QString organisationName() const { return m_organisationName; }

    // For tests and for the dialogs that will sit beside the table.
    ServerTableModel *serverModel() const { return m_model; }
    ServerFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *serverView() const;
    QLineEdit *searchField() const { return m_searchField; }
    QString statusLine() const;
    QString bannerText() const;
    bool isBannerShown() const;
    QString noticeText() const; // empty while no notice is shown
    QString placeholderText() const;
    QComboBox *organisationSwitcher() const { return m_switcher; }
    // Server actions: their toolbar buttons and menus, the activity dock, the runner of the session.
    ActionCenter *actionCenter() const { return m_actionCenter; }
    ServerDetailsPane *detailsPane() const { return m_details; }
    ServerFilterBar *filterBar() const { return m_filterBar; }
    RefreshScheduler *refreshScheduler() const { return m_scheduler; }
    // Route IP Addresses… and IP Switch Subnets… for the selected server (Server menu, toolbar, context menu).
    RoutingActions *routingActions() const { return m_routing; }
    // True while the list on screen is the last good one and a later load failed.
    bool isStale() const { return m_stale; }
    // The client of the open session; null while there is none.
    ApiClient *apiClient() const { return m_client; }

    // Puts changed settings into effect for this session: the refresh interval, the proxy of the
    // session's client, the process-wide proxy and the log level. The Settings dialog calls it.
    void applySettings(const AppSettings &settings);
    // New connection settings for the open session (e.g. another extra CA file), without
    // reloading; open connections are dropped. Nothing happens without a session.
    void updateConnection(const ConnectionSettings &connection);

    // Writes the rows the table shows, in its order, as CSV (the visible columns) or JSON (by the
    // file name's suffix). Says in the status bar or the banner how it went.
    bool exportServers(const QString &path);

public Q_SLOTS:
    // Loads the list again unless a load is already running. The last good list stays visible.
    void refresh();
    // Asks where to export the rows shown (File > Export…).
    void openExportDialog();
    // File > Settings…; opened with open().
    void openSettings();

Q_SIGNALS:
    void loadFinished(bool ok);

    void organisationChosen(const QString &key); // picked in the switcher
    void addOrganisationRequested();
    void editOrganisationRequested();
    void manageOrganisationsRequested();
    void noticeActionTriggered();
    void noticeRetryTriggered();
    // After applySettings(): whoever chooses the connection may hand over a new one.
    void settingsApplied();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class BannerKind
    {
        Information,
        Error
    };

    void setupActions();
    void setupMenuActions();
    void setupShortcuts();
    void setupRoutingActions();
    void setupSwitcher();
    void setupSearchField();
    void setupTable();
    void setupHeaderMenu();
    void setupDetailsPane();
    void setupStatusBar();
    void applyDefaultColumnWidths();
    void restoreSettings();
    bool restoreLayout(const QString &group);
    void saveSettings() const;
    void saveLayout(const QString &group) const;
    QString layoutGroup() const;

    void endSession();
    void onLoaded(quint64 generation, const ApiResult<QList<Instance>> &result);
    void onProgress(quint64 generation, int loaded, int total);
    void scheduleAutoRefresh(bool lastLoadOk);

    void showBanner(BannerKind kind, const QString &message, bool canRetry);
    void updateMessageColours();
    void hideBanner();
    void updateStatusLine();
    void updatePlaceholder();
    void copySelectedAddress();
    void updateDetails();
    void onServerRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    QList<int> visibleColumns() const;
    void focusSearchField();
    void onSwitcherActivated(int index);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ServerTableModel *m_model;
    ServerFilterProxyModel *m_proxy;
    QComboBox *m_switcher = nullptr;
    QLineEdit *m_searchField = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    RefreshScheduler *m_scheduler;
    ActionCenter *m_actionCenter = nullptr;
    RoutingActions *m_routing = nullptr;
    ServerFilterBar *m_filterBar = nullptr;
    ServerDetailsPane *m_details = nullptr;

    ApiClient *m_client = nullptr;
    InstanceService *m_service = nullptr;
    QString m_organisationName;
    QString m_layoutKey;      // the organisation whose layout the window shows; empty before the first
    QString m_tenant;         // the organisation ID of the last session; its list is kept on reopening
    QString m_explanation;    // why there is no session, while showWithoutSession() holds
    quint64 m_generation = 0; // answers of an older session or load carry an older number
    bool m_loading = false;
    bool m_loadedOnce = false;
    bool m_stale = false; // the last load failed; the list is the one of m_lastGoodLoad
    QDateTime m_lastGoodLoad;
};

} // namespace Heficed
