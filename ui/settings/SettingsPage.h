#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sl::core {
class AppSettings;
class Database;
} // namespace sl::core

namespace sl::ui {

// The settings page: the street's name, the interface language, and the communities of the street.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

    void reload();

public slots:
    void addCommunity();
    void renameCommunity();
    void toggleCommunityArchived();

signals:
    void communitiesChanged();

private:
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
};

} // namespace sl::ui
