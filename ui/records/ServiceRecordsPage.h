#pragma once

#include "common/ListPage.h"
#include "model/RecordKind.h"

#include <QDate>

class QComboBox;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace sl::ui {

class EnterpriseFilterLabel;
class OtherServicesTab;
class RecordFilterProxy;
class RecordTableModel;

// Service records (服务记录): every record of a year, filtered by agency, enterprise and search; and
// per agency the enterprises it serves this quarter with their inspection status, where the missing
// inspection is entered with a double-click.
class ServiceRecordsPage : public ListPage
{
    Q_OBJECT

public:
    ServiceRecordsPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

    QTableWidget* quarterTable() const { return m_quarterTable; }
    RecordTableModel* model() const { return m_model; }
    OtherServicesTab* otherServices() const { return m_otherServices; }

public slots:
    void reload();
    // Shows one enterprise's records (0: all enterprises).
    void showEnterprise(qint64 enterpriseId);
    // Shows this quarter's inspection list of one agency (0: all agencies).
    void showQuarter(qint64 agencyId);
    void newRecord();
    // Opens the form for a new record of this enterprise and kind; returns true when one was saved.
    bool newRecordFor(qint64 enterpriseId, core::RecordKind kind, const QDate& day = {});
    void editSelected();
    void voidSelected();
    void editBaseline();
    // A risk assessment of the selected enterprise, typed in from the agency's paper.
    void addRiskAssessment();
    // A service beyond the obligations delivered to the selected enterprise, with its evidence files.
    void addOtherService();

signals:
    void dataChanged();

private:
    void buildUi();
    void reloadRecords();
    void reloadQuarter();
    void updateActions();
    qint64 selectedEnterprise() const;
    void recordQuarterInspection(int row);

    qint64 m_enterpriseFilter = 0;
    RecordTableModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_quarterTable = nullptr;
    QSpinBox* m_year = nullptr;
    QSpinBox* m_quarter = nullptr;
    QComboBox* m_agency = nullptr;
    EnterpriseFilterLabel* m_enterpriseLabel = nullptr;
    QLabel* m_quarterSummary = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_voidAction = nullptr;
    QAction* m_baselineAction = nullptr;
    QAction* m_riskAction = nullptr;
    QAction* m_otherServiceAction = nullptr;
    OtherServicesTab* m_otherServices = nullptr;
};

} // namespace sl::ui
