#pragma once

#include "Clock.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <functional>

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
struct Contract;
struct Coverage;
} // namespace sl::core

namespace sl::ui {

class LoadWhenShown;
class RecordFilterProxy;
class ContractTableModel;
class CoverageTableModel;

// The tender contracts (服务合同): a searchable table with its toolbar, and below it the enterprises
// the selected contract covers, where enterprises are added, ended or moved to another contract.
class ContractsPage : public QWidget
{
    Q_OBJECT

public:
    ContractsPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

    void reload();
    void selectContract(qint64 id);
    // "Covered today", statuses and dialog defaults refer to this day; today unless set (tests, an as-of date).
    void setToday(const QDate& today);

    ContractTableModel* model() const { return m_model; }
    CoverageTableModel* coverageModel() const { return m_coverageModel; }
    QTableView* table() const { return m_table; }
    QTableView* coverageTable() const { return m_coverageTable; }

public slots:
    void newContract();
    void editSelected();
    void archiveSelected();
    void restoreSelected();
    void copySelection();
    void addEnterprises();
    void endService();
    void moveToAnotherContract();

signals:
    void dataChanged();

private:
    void buildUi();
    QWidget* buildCoveragePane();
    void contractChanged();
    void updateActions();
    void updateCount();
    void updateCoverageSummary();
    qint64 currentId() const;
    QList<core::Coverage> selectedOpenCoverages(QStringList* names) const;
    // Runs the dialog run opens on the selected contract's open coverages (nothing when there are none); when it
    // is accepted, reloads and selects the contract again.
    void onOpenCoverages(
        const std::function<bool(const core::Contract&, const QList<core::Coverage>&, const QStringList&)>& run);
    void setArchived(bool archived);
    // After a write: reload, select the record again and tell the program the data changed.
    void showSaved(qint64 id);

    core::Database& m_db;
    core::AppSettings& m_settings;
    QDate m_today = core::Clock::today();
    ContractTableModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    CoverageTableModel* m_coverageModel = nullptr;
    RecordFilterProxy* m_coverageProxy = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_coverageTable = nullptr;
    QLineEdit* m_search = nullptr;
    QLineEdit* m_coverageSearch = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QLabel* m_count = nullptr;
    QGroupBox* m_coverageGroup = nullptr;
    QLabel* m_contractDetail = nullptr;
    QLabel* m_coverageSummary = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_archiveAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_copyAction = nullptr;
    QPushButton* m_addEnterprises = nullptr;
    QPushButton* m_endService = nullptr;
    QPushButton* m_move = nullptr;
    LoadWhenShown* m_whenShown = nullptr;
};

} // namespace sl::ui
