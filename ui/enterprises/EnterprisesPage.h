#pragma once

#include "common/RecordListPage.h"

class QComboBox;

namespace sl::ui {

class EnterpriseFilterProxy;
class EnterpriseTableModel;

// The enterprise register page: the register as a searchable, sortable table with its toolbar and a detail pane.
class EnterprisesPage : public RecordListPage
{
    Q_OBJECT

public:
    EnterprisesPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);
    ~EnterprisesPage() override;

    void reload() override;
    EnterpriseTableModel* model() const { return m_model; }
    void selectEnterprise(qint64 id);

public slots:
    void newEnterprise();
    void editSelected() override;

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
    void updateCount() override;
    void setArchived(bool archived) override;
    void selectRecord(qint64 id) override { selectEnterprise(id); }

    EnterpriseTableModel* m_model = nullptr;
    EnterpriseFilterProxy* m_proxy = nullptr;
    QComboBox* m_communityFilter = nullptr;
    QComboBox* m_sizeClassFilter = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QLabel* m_detailName = nullptr;
    QLabel* m_detailBody = nullptr;
    QAction* m_newRecordAction = nullptr;
    QAction* m_recordsAction = nullptr;
    QAction* m_hazardsAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_certificatesAction = nullptr;
};

} // namespace sl::ui
