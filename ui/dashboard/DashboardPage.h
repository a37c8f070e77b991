#pragma once

#include "reports/ComplianceYear.h"
#include "reports/DashboardFigures.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

class DashboardCharts;
class FigureCard;

// The first page (工作台): this quarter's and this year's obligations across the street, what needs
// attention most urgently, and the same per agency and per community. Everything is derived when the
// page is shown; nothing on it is typed.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(core::Database& db, QWidget* parent = nullptr);

    const core::DashboardFigures& figures() const { return m_figures; }
    QTableWidget* attentionTable() const { return m_attention; }

public slots:
    void reload();

signals:
    // The records behind a line: one enterprise's records.
    void enterpriseRequested(qint64 enterpriseId);
    // This quarter's inspection list, for one agency (0: all).
    void quarterRequested(qint64 agencyId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void fillAttention();
    // Shows only the attention lines of one obligation (nullopt: all of them).
    void filterAttention(std::optional<core::ObligationKind> kind);
    void fillGroups(QTableWidget* table, const QList<core::DashboardFigures::Group>& groups);

    core::Database& m_db;
    core::ComplianceYear m_year;
    core::DashboardFigures m_figures;
    std::optional<core::ObligationKind> m_attentionKind;
    QLabel* m_attentionTitle = nullptr;
    bool m_stale = true;
    QLabel* m_heading = nullptr;
    FigureCard* m_quarterDue = nullptr;
    FigureCard* m_quarterDone = nullptr;
    FigureCard* m_overdue = nullptr;
    FigureCard* m_trainings = nullptr;
    FigureCard* m_drills = nullptr;
    FigureCard* m_baseline = nullptr;
    FigureCard* m_reports = nullptr;
    QTableWidget* m_attention = nullptr;
    QTableWidget* m_byAgency = nullptr;
    QTableWidget* m_byCommunity = nullptr;
    DashboardCharts* m_charts = nullptr;
};

} // namespace sl::ui
