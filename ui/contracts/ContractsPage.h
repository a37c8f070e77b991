#pragma once

#include "Clock.h"
#include "common/RecordListPage.h"

#include <QDate>

class QGroupBox;
class QPushButton;

namespace sl::core {
struct Contract;
struct Coverage;
} // namespace sl::core

namespace sl::ui {

class RecordFilterProxy;
class ContractTableModel;
class CoverageTableModel;

// The tender contracts (服务合同): a searchable table with its toolbar, and below it the enterprises
// the selected contract covers, where enterprises are added, ended or moved to another contract.
class ContractsPage : public RecordListPage
{
    Q_OBJECT

public:
    ContractsPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

    void reload() override;
    void selectContract(qint64 id);
    // "Covered today", statuses and dialog defaults refer to this day; today unless set (tests, an as-of date).
    void setToday(const QDate& today);

    ContractTableModel* model() const { return m_model; }
    CoverageTableModel* coverageModel() const { return m_coverageModel; }
    QTableView* coverageTable() const { return m_coverageTable; }

public slots:
    void newContract();
    void editSelected() override;
    void copySelection() override;
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
    void updateCount() override;
    void updateCoverageSummary();
    QList<core::Coverage> selectedOpenCoverages(QStringList* names) const;
    // Runs the dialog run opens on the selected contract's open coverages (nothing when there are none); when it
    // is accepted, reloads and selects the contract again.
    void onOpenCoverages(
        const std::function<bool(const core::Contract&, const QList<core::Coverage>&, const QStringList&)>& run);
    void setArchived(bool archived) override;
    void selectRecord(qint64 id) override { selectContract(id); }

    QDate m_today = core::Clock::today();
    ContractTableModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    CoverageTableModel* m_coverageModel = nullptr;
    RecordFilterProxy* m_coverageProxy = nullptr;
    QTableView* m_coverageTable = nullptr;
    QLineEdit* m_coverageSearch = nullptr;
    QGroupBox* m_coverageGroup = nullptr;
    QLabel* m_contractDetail = nullptr;
    QLabel* m_coverageSummary = nullptr;
    QPushButton* m_addEnterprises = nullptr;
    QPushButton* m_endService = nullptr;
    QPushButton* m_move = nullptr;
};

} // namespace sl::ui
