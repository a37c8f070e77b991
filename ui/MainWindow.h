#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace sl::core {
class AppSettings;
class Database;
} // namespace sl::core

namespace sl::ui {

class AgenciesPage;
class ContractsPage;
class EnterprisesPage;
class SettingsPage;
class SubsidiesPage;

// Navigation on the left, one page per area on the right, the database and its state below.
// Only areas that exist are listed: there are no placeholder pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Enterprises, Agencies, Contracts, Subsidies, Settings };

    MainWindow(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    EnterprisesPage* enterprisesPage() const { return m_enterprises; }
    SettingsPage* settingsPage() const { return m_settingsPage; }
    SubsidiesPage* subsidiesPage() const { return m_subsidies; }

public slots:
    // On the first start with an empty database: offer the demo street.
    void offerDemoIfEmpty();
    void showAbout();

private:
    void buildMenus();
    void updateStatus();

    core::Database& m_db;
    core::AppSettings& m_settings;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    EnterprisesPage* m_enterprises = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    AgenciesPage* m_agencies = nullptr;
    ContractsPage* m_contracts = nullptr;
    SubsidiesPage* m_subsidies = nullptr;
    QList<QWidget*> m_pages;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_countLabel = nullptr;
};

} // namespace sl::ui
