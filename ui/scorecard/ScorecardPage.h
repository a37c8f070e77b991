#pragma once

#include "reports/ScorecardYear.h"

#include <QWidget>

class QAction;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace sl::core {
class AppSettings;
class Database;
} // namespace sl::core

namespace sl::ui {

// 机构考核: each agency's year as the clerk shows it at contract renewal — obligations met, hazards
// found and closed, rates, evaluations, and the appraisal's total and grade by the scheme in force —
// with the selected agency's sheet to print or save as PDF. A confirmed year is frozen until reopened
// with a reason, as a confirmed subsidy year is.
class ScorecardPage : public QWidget
{
    Q_OBJECT

public:
    ScorecardPage(core::Database& db, core::AppSettings& settings, QWidget* parent = nullptr);

    const core::ScorecardYear& scorecard() const { return m_year; }
    QTableWidget* table() const { return m_table; }

public slots:
    void reload();
    void addEvaluation();
    void printPreview();
    void savePdf();
    void exportCsv();
    void confirmYear();
    void reopenYear();

signals:
    void dataChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void fillEvaluations();
    void updateState();
    qint64 currentAgency() const;
    QString streetName() const;

    core::Database& m_db;
    core::AppSettings& m_settings;
    core::ScorecardYear m_year;
    bool m_stale = true;
    QSpinBox* m_yearSpin = nullptr;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_evaluations = nullptr;
    QTableWidget* m_interviews = nullptr;
    QAction* m_evaluate = nullptr;
    QAction* m_print = nullptr;
    QAction* m_pdf = nullptr;
    QAction* m_confirm = nullptr;
    QAction* m_reopen = nullptr;
    QLabel* m_state = nullptr;
};

} // namespace sl::ui
