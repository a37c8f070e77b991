#pragma once

#include <QMainWindow>

#include <array>
#include <functional>

class QCloseEvent;

class QLabel;
class QKeySequence;
class QListWidget;
class QStackedWidget;

namespace sl::core {
class AppSettings;
class Database;
} // namespace sl::core

namespace sl::ui {

class AgenciesPage;
class BackupTask;
class AuditLogPage;
class CertificatesPage;
class ChangeNotifier;
class ContractsPage;
class DashboardPage;
class ServiceRecordsPage;
class EnterprisesPage;
class HazardsPage;
class ReportsPage;
class ScorecardPage;
class ReturnsPage;
class SettingsPage;
class SubsidiesPage;

// Navigation on the left, one page per area on the right, the database and its state below.
// Only areas that exist are listed: there are no placeholder pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page {
        Dashboard,
        Enterprises,
        Agencies,
        Contracts,
        ServiceRecords,
        Hazards,
        Certificates,
        Scorecards,
        Subsidies,
        Reports,
        Returns,
        AuditLog,
        Settings
    };

    MainWindow(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    // A page is made when it is first shown or asked for: the window opens with the dashboard only.
    EnterprisesPage* enterprisesPage();
    SettingsPage* settingsPage();
    SubsidiesPage* subsidiesPage();
    DashboardPage* dashboardPage();
    ServiceRecordsPage* serviceRecordsPage();
    HazardsPage* hazardsPage();
    CertificatesPage* certificatesPage();
    ScorecardPage* scorecardPage();
    ReturnsPage* returnsPage();
    ReportsPage* reportsPage();

public slots:
    // On the first start with an empty database: offer the demo street.
    void offerDemoIfEmpty();
    void showAbout();
    // Closes the file, puts the checked backup in its place (keeping the replaced state) and reopens it.
    bool restoreFrom(const QString& backupPath, bool acceptBrokenTrail = false);
    // The first start of a day leaves a copy in the backups folder: taken in the background once the window
    // is up, the status bar saying when it is done, or why not.
    void startDailyBackup();
    // 切换操作人: asks who works from now on (OperatorSignInDialog); the status bar names them.
    void switchOperator();

signals:
    void dailyBackupFinished(bool ok);
    // The clerk chose another database file in 文件 > 打开其他数据库; the program starts a window on it.
    void otherDatabaseRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    static constexpr int kPageCount = static_cast<int>(Page::Settings) + 1;

    QWidget* page(Page page);
    // Makes the page and tells the notifier what it changes and what it is derived from.
    QWidget* createPage(Page page);
    void showRow(int row);
    void buildMenus();
    // The current page's action with this shortcut (export shown rows, print), null when it has none.
    QAction* pageAction(const QKeySequence& key) const;
    void openOtherDatabase();
    void openServerDatabase();
    void updateStatus();
    void reloadAll();
    void showDailyBackupOutcome(bool ok, const QStringList& warnings, const QString& error);

    core::Database& m_db;
    core::AppSettings& m_settings;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    EnterprisesPage* m_enterprises = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    AgenciesPage* m_agencies = nullptr;
    ContractsPage* m_contracts = nullptr;
    SubsidiesPage* m_subsidies = nullptr;
    DashboardPage* m_dashboard = nullptr;
    ServiceRecordsPage* m_records = nullptr;
    HazardsPage* m_hazards = nullptr;
    CertificatesPage* m_certificates = nullptr;
    ScorecardPage* m_scorecards = nullptr;
    ReturnsPage* m_returns = nullptr;
    ReportsPage* m_reports = nullptr;
    AuditLogPage* m_audit = nullptr;
    std::array<QWidget*, kPageCount> m_pages{};
    std::array<std::function<void()>, kPageCount> m_reloads;
    ChangeNotifier* m_notifier = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_asOfLabel = nullptr;
    QLabel* m_backupLabel = nullptr;
    QLabel* m_operatorLabel = nullptr;
    BackupTask* m_dailyBackup = nullptr;
};

} // namespace sl::ui
