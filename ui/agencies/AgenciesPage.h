#pragma once

#include "common/RecordListPage.h"

#include <QDate>

class QGroupBox;
class QPushButton;

namespace sl::ui {

class RecordFilterProxy;
class AgencyTableModel;
class ExpertTableModel;

// The agencies (服务机构): a searchable table with its toolbar, and below it the selected agency's
// details and its experts with their certificates.
class AgenciesPage : public RecordListPage
{
    Q_OBJECT

public:
    AgenciesPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

    void reload() override;
    void selectAgency(qint64 id);
    void selectExpert(qint64 id);
    // The day certificates are judged against; today unless set (tests, an as-of date).
    void setToday(const QDate& today);

    AgencyTableModel* model() const { return m_model; }
    ExpertTableModel* expertModel() const { return m_expertModel; }
    QTableView* expertTable() const { return m_expertTable; }

public slots:
    void newAgency();
    void editSelected() override;
    void addExpert();
    void editExpert();
    void archiveExpert();
    void restoreExpert();
    // The selected agency's return workbook for a quarter (0: the current one, -1: the one before).
    void writeReturnTemplate(int quarterOffset = 0);

signals:
    void dataChanged();

private:
    void buildUi();
    QWidget* buildExpertPane();
    void updateActions();
    void updateDetails();
    void reloadExperts();
    void updateCount() override;
    qint64 currentExpertId() const;
    void setArchived(bool archived) override;
    void selectRecord(qint64 id) override { selectAgency(id); }
    void setExpertArchived(bool archived);

    AgencyTableModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    ExpertTableModel* m_expertModel = nullptr;
    RecordFilterProxy* m_expertProxy = nullptr;
    QTableView* m_expertTable = nullptr;
    QAction* m_returnAction = nullptr;
    QLabel* m_detailName = nullptr;
    QLabel* m_detailBody = nullptr;
    QGroupBox* m_expertGroup = nullptr;
    QLabel* m_expertSummary = nullptr;
    QPushButton* m_addExpert = nullptr;
    QPushButton* m_editExpert = nullptr;
    QPushButton* m_archiveExpert = nullptr;
    QPushButton* m_restoreExpert = nullptr;
};

} // namespace sl::ui
