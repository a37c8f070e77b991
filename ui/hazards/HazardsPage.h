#pragma once

#include "common/ListPage.h"
#include "reports/HazardNoticeDocument.h"

#include "rules/HazardLifecycle.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sl::ui {

class HistoryView;

class HazardFilterProxy;
class HazardTableModel;

// 隐患治理: the hazards found in a year with filters (state, grade, agency, community, supervision,
// overdue), the closure steps as toolbar actions (enabled only when the rules allow them), deadline
// extensions, interviews and notices, and the selected hazard's history and evidence below.
class HazardsPage : public ListPage
{
    Q_OBJECT

public:
    HazardsPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

    HazardTableModel* model() const { return m_model; }
    QAction* stepAction(core::HazardLifecycle::Action action) const { return m_stepActions.value(action); }

public slots:
    void reload();
    // Shows one enterprise's hazards of every year (0: back to the street's year).
    void showEnterprise(qint64 enterpriseId);
    void takeStep(core::HazardLifecycle::Action action);
    void extension();
    void interview();
    void attachBefore();
    // The rectification notice of the selected hazards (of the first one's enterprise), or of all open hazards of
    // that enterprise; the re-check opinion of the selected hazards. Each saved as a PDF.
    void saveNotice();
    void saveEnterpriseNotice();
    void saveRecheckOpinion();
    // Links the selected hazard to the risk point chosen below it (none: unlinks it).
    void linkRiskPoint();

signals:
    void dataChanged();

private:
    void buildUi();
    void reloadFilters();
    void updateDetail();
    qint64 currentHazardId() const;
    // The selected hazards of the first selected one's enterprise.
    QList<qint64> selectedHazardsOfOneEnterprise() const;
    void saveNoticeOf(core::HazardNoticeDocument::Kind kind, const QList<qint64>& hazards);
    void selectHazard(qint64 id);
    void changed(qint64 keepHazard);

    qint64 m_enterprise = 0;
    HazardTableModel* m_model = nullptr;
    HazardFilterProxy* m_proxy = nullptr;
    QSpinBox* m_year = nullptr;
    QCheckBox* m_allYears = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_grade = nullptr;
    QComboBox* m_agency = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_community = nullptr;
    QComboBox* m_supervision = nullptr;
    QCheckBox* m_overdue = nullptr;
    QLabel* m_enterpriseLabel = nullptr;
    QLabel* m_detail = nullptr;
    HistoryView* m_auditHistory = nullptr;
    QTableWidget* m_history = nullptr;
    QListWidget* m_evidence = nullptr;
    QComboBox* m_riskPoint = nullptr;
    QPushButton* m_linkRiskPoint = nullptr;
    QHash<core::HazardLifecycle::Action, QAction*> m_stepActions;
    QAction* m_extensionAction = nullptr;
    QAction* m_interviewAction = nullptr;
    QAction* m_noticeAction = nullptr;
    QAction* m_enterpriseNoticeAction = nullptr;
    QAction* m_recheckAction = nullptr;
    QAction* m_beforeAction = nullptr;
};

} // namespace sl::ui
