#pragma once

#include <QDate>
#include <QWidget>

class QAction;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sl::core {
class Database;
class AppSettings;
} // namespace sl::core

namespace sl::ui {

class LoadWhenShown;
class RecordFilterProxy;
class AgencyTableModel;
class ExpertTableModel;

// The agencies (服务机构): a searchable table with its toolbar, and below it the selected agency's
// details and its experts with their certificates.
class AgenciesPage : public QWidget
{
    Q_OBJECT

public:
    AgenciesPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

    void reload();
    void selectAgency(qint64 id);
    void selectExpert(qint64 id);
    // The day certificates are judged against; today unless set (tests, an as-of date).
    void setToday(const QDate& today);

    AgencyTableModel* model() const { return m_model; }
    ExpertTableModel* expertModel() const { return m_expertModel; }
    QTableView* table() const { return m_table; }
    QTableView* expertTable() const { return m_expertTable; }

public slots:
    void newAgency();
    void editSelected();
    void archiveSelected();
    void restoreSelected();
    void copySelection();
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
    void updateCount();
    qint64 currentId() const;
    qint64 currentExpertId() const;
    void setArchived(bool archived);
    // After a write: reload, select the record again and tell the program the data changed.
    void showSaved(qint64 id);
    void setExpertArchived(bool archived);

    core::Database& m_db;
    core::AppSettings& m_settings;
    AgencyTableModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    ExpertTableModel* m_expertModel = nullptr;
    RecordFilterProxy* m_expertProxy = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_expertTable = nullptr;
    QLineEdit* m_search = nullptr;
    QAction* m_returnAction = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_detailName = nullptr;
    QLabel* m_detailBody = nullptr;
    QGroupBox* m_expertGroup = nullptr;
    QLabel* m_expertSummary = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_archiveAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_copyAction = nullptr;
    QPushButton* m_addExpert = nullptr;
    QPushButton* m_editExpert = nullptr;
    QPushButton* m_archiveExpert = nullptr;
    QPushButton* m_restoreExpert = nullptr;
    LoadWhenShown* m_whenShown = nullptr;
};

} // namespace sl::ui
