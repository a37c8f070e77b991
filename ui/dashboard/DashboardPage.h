#pragma once

#include "reports/DashboardSnapshot.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace sl::core {
class Database;
}

namespace sl::ui {

class DashboardCharts;
class DashboardLoader;
class FigureCard;
class RiskChart;

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
    // The figures are being read on the worker (the cards show the last ones, or "…" before the first).
    bool isComputing() const;
    // Stops reading the file on the worker (before a restore replaces it); the page reads again when reloaded.
    void releaseDatabase();

public slots:
    void reload();

signals:
    // The records behind a line: one enterprise's records.
    void enterpriseRequested(qint64 enterpriseId);
    // This quarter's inspection list, for one agency (0: all).
    void quarterRequested(qint64 agencyId);
    void hazardsRequested(qint64 enterpriseId);
    void certificatesRequested(qint64 enterpriseId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    // One line of "needs attention": an obligation, a hazard past its deadline or a certificate about
    // to expire, with where a double-click leads.
    enum class Target { Records, Hazards, Certificates };
    struct Line
    {
        core::ObligationStatus status = core::ObligationStatus::Overdue;
        QString statusText;
        QDate due;
        qint64 enterpriseId = 0;
        QString what;
        QString period;
        QString progress;
        QString agency;
        Target target = Target::Records;
        int filterKey = 0; // an ObligationKind, or kHazardKey / kCertificateKey / kRiskKey
    };
    static constexpr int kHazardKey = 100;
    static constexpr int kCertificateKey = 101;
    static constexpr int kRiskKey = 102; // a 重大 / 较大 risk point without a recent inspection

    void showSnapshot(const core::DashboardSnapshot& snapshot);
    void collectHazardsAndCertificates(const core::DashboardAlerts& alerts, const QDate& today);
    // The risk card, chart and 四色图 table, and the serious points without a recent inspection as lines.
    void collectRisks(const core::RiskYear& risks);
    void fillAttention();
    // Shows only the attention lines of one kind (nullopt: all of them).
    void filterAttention(std::optional<int> key);
    void fillGroups(QTableWidget* table, const QList<core::DashboardFigures::Group>& groups);

    DashboardLoader* m_loader = nullptr;
    bool m_shown = false;
    core::ComplianceYear m_year;
    core::DashboardFigures m_figures;
    std::optional<int> m_attentionKind;
    QList<Line> m_lines;
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
    FigureCard* m_hazards = nullptr;
    FigureCard* m_certificates = nullptr;
    FigureCard* m_risks = nullptr;
    RiskChart* m_riskChart = nullptr;
    QTableWidget* m_riskByCommunity = nullptr;
    core::RiskYear m_riskYear;
    QTableWidget* m_attention = nullptr;
    QTableWidget* m_byAgency = nullptr;
    QTableWidget* m_byCommunity = nullptr;
    DashboardCharts* m_charts = nullptr;
};

} // namespace sl::ui
