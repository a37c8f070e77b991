#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace sl::core {
class Database;
class AppSettings;
} // namespace sl::core

namespace sl::ui {

class LoadWhenShown;
class EnterpriseFilterProxy;
class EnterpriseTableModel;

// The enterprise register page: the register as a searchable, sortable table with its toolbar and a detail pane.
class EnterprisesPage : public QWidget
{
    Q_OBJECT

public:
    EnterprisesPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);
    ~EnterprisesPage() override;

    void reload();
    EnterpriseTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void selectEnterprise(qint64 id);

public slots:
    void newEnterprise();
    void editSelected();
    void archiveSelected();
    void restoreSelected();
    void copySelection();

signals:
    void registerChanged();
    void newRecordRequested(qint64 enterpriseId);
    void recordsRequested(qint64 enterpriseId);
    void hazardsRequested(qint64 enterpriseId);
    void certificatesRequested(qint64 enterpriseId);

private:
    void buildUi();
    void reloadCommunityFilter();
    void updateActions();
    void updateDetails();
    void updateCount();
    qint64 currentId() const;
    void setArchived(bool archived);
    // After a write: reload, select the record again and tell the program the data changed.
    void showSaved(qint64 id);

    core::Database& m_db;
    core::AppSettings& m_settings;
    EnterpriseTableModel* m_model = nullptr;
    EnterpriseFilterProxy* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_communityFilter = nullptr;
    QComboBox* m_sizeClassFilter = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_detailName = nullptr;
    QLabel* m_detailBody = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_archiveAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_newRecordAction = nullptr;
    QAction* m_recordsAction = nullptr;
    QAction* m_hazardsAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_certificatesAction = nullptr;
    LoadWhenShown* m_whenShown = nullptr;
};

} // namespace sl::ui
