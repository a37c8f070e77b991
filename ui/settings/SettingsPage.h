#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sl::core {
class AppSettings;
class Database;
} // namespace sl::core

namespace sl::ui {

class AppraisalSchemeBox;
class BackupSettingsBox;
class ObligationSettingsBox;

// The settings page: the street's name, the interface language, the agencies' obligations, backups, the
// communities of the street, the versions of the subsidy policy and of the appraisal scheme.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

    void reload();
    // A restore waits for a backup the clerk started here.
    void waitForBackup();
    // The 文件 menu's "back up to a file": the same as the button of the backups box.
    void backUpToFile();

public slots:
    void addCommunity();
    void renameCommunity();
    void toggleCommunityArchived();
    void addPolicy();
    void editPolicy();

signals:
    void communitiesChanged();
    void policyChanged();
    void obligationsChanged();
    void appraisalChanged();
    // acceptBrokenTrail: the clerk was told that its audit trail is broken and wants it all the same.
    void restoreRequested(const QString& backupPath, bool acceptBrokenTrail);
    void backupWritten();

private:
    void reloadPolicies();
    void saveStreetName();
    void saveLanguage();
    void updateButtons();
    qint64 currentCommunityId() const;

    core::Database& m_db;
    core::AppSettings& m_settings;
    QLineEdit* m_streetName = nullptr;
    QLabel* m_streetNameStatus = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QListWidget* m_communities = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_archive = nullptr;
    QTableWidget* m_policies = nullptr;
    QPushButton* m_editPolicy = nullptr;
    ObligationSettingsBox* m_obligations = nullptr;
    BackupSettingsBox* m_backups = nullptr;
    AppraisalSchemeBox* m_appraisal = nullptr;
};

} // namespace sl::ui
