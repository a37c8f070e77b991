#include "DashboardPage.h"

#include "Clock.h"
#include "DashboardCharts.h"
#include "FigureCard.h"
#include "common/StatusStyle.h"
#include "db/Database.h"
#include "model/DomainText.h"
#include "reports/ComplianceYear.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sl::ui {

namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* item(const QString& text, qint64 id)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setData(Qt::UserRole, id);
    return cell;
}

QTableWidgetItem* number(int value, qint64 id)
{
    auto* cell = new QTableWidgetItem;
    cell->setData(Qt::DisplayRole, value);
    cell->setData(Qt::UserRole, id);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

const QColor kGreen(0x1b, 0x7a, 0x2e);
const QColor kRed(0xc0, 0x1c, 0x28);
const QColor kAmber(0xb3, 0x6b, 0x00);
const QColor kInk(0x24, 0x1f, 0x31);

} // namespace

DashboardPage::DashboardPage(core::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("dashboardPage"));
    buildUi();
}

void DashboardPage::buildUi()
{
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_quarterDue = new FigureCard(QStringLiteral("quarterDueCard"), tr("Inspections due this quarter"));
    m_quarterDone = new FigureCard(QStringLiteral("quarterDoneCard"), tr("Inspected this quarter"));
    m_overdue = new FigureCard(QStringLiteral("overdueCard"), tr("Overdue this year"));
    m_trainings = new FigureCard(QStringLiteral("trainingsCard"), tr("Trainings (done / minimum)"));
    m_drills = new FigureCard(QStringLiteral("drillsCard"), tr("Drills (done / minimum)"));
    m_baseline = new FigureCard(QStringLiteral("baselineCard"), tr("Baseline documents outstanding"));
    m_reports = new FigureCard(QStringLiteral("reportsCard"), tr("Year-end reports outstanding"));
    auto* cards = new QHBoxLayout;
    for (FigureCard* card : {m_quarterDue, m_quarterDone, m_overdue, m_trainings, m_drills, m_baseline, m_reports}) {
        cards->addWidget(card, 1);
    }
    connect(m_quarterDue, &FigureCard::clicked, this, [this] { emit quarterRequested(0); });
    connect(m_quarterDone, &FigureCard::clicked, this, [this] { emit quarterRequested(0); });
    // The other cards narrow the attention list to what they count; the overdue card shows it all.
    connect(m_overdue, &FigureCard::clicked, this, [this] { filterAttention(std::nullopt); });
    const QList<QPair<FigureCard*, core::ObligationKind>> filters = {{m_trainings, core::ObligationKind::Training},
                                                                      {m_drills, core::ObligationKind::Drill},
                                                                      {m_baseline, core::ObligationKind::Baseline},
                                                                      {m_reports, core::ObligationKind::YearEndReport}};
    for (const auto& [card, kind] : filters) {
        connect(card, &FigureCard::clicked, this, [this, kind = kind] { filterAttention(kind); });
    }

    m_attention = makeTable(QStringLiteral("attentionTable"), {tr("Status"), tr("Due"), tr("Enterprise"),
                                                               tr("Obligation"), tr("Period"), tr("Done / required"),
                                                               tr("Agency")});
    m_attention->horizontalHeader()->resizeSection(2, 220);
    connect(m_attention, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem* cell = m_attention->item(row, 0)) {
            emit enterpriseRequested(cell->data(Qt::UserRole).toLongLong());
        }
    });
    auto* attentionBox = new QVBoxLayout;
    m_attentionTitle = new QLabel;
    m_attentionTitle->setObjectName(QStringLiteral("attentionTitle"));
    m_attentionTitle->setTextFormat(Qt::PlainText);
    attentionBox->addWidget(m_attentionTitle);
    attentionBox->addWidget(m_attention, 1);

    m_charts = new DashboardCharts;
    auto* middle = new QHBoxLayout;
    middle->addLayout(attentionBox, 3);
    middle->addWidget(m_charts, 2);

    const QStringList groupHeaders = {tr("Name"),          tr("Enterprises"),      tr("Due this quarter"),
                                      tr("Inspected"),     tr("Overdue this year"), tr("Trainings"),
                                      tr("Drills"),        tr("Inspections done %")};
    m_byAgency = makeTable(QStringLiteral("agencyTable"), groupHeaders);
    m_byCommunity = makeTable(QStringLiteral("communityTable"), groupHeaders);
    for (QTableWidget* t : {m_byAgency, m_byCommunity}) {
        t->horizontalHeader()->resizeSection(0, 220);
        t->setSortingEnabled(true);
    }
    connect(m_byAgency, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem* cell = m_byAgency->item(row, 0)) {
            emit quarterRequested(cell->data(Qt::UserRole).toLongLong());
        }
    });
    auto* groups = new QTabWidget;
    groups->setObjectName(QStringLiteral("groupTabs"));
    groups->addTab(m_byAgency, tr("By agency"));
    groups->addTab(m_byCommunity, tr("By community"));
    groups->setMaximumHeight(180);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(cards);
    layout->addLayout(middle, 1);
    layout->addWidget(groups);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void DashboardPage::reload()
{
    // A hidden dashboard only notes that it is out of date; it recomputes when the clerk looks at it.
    m_stale = !isVisible();
    if (m_stale) {
        return;
    }
    const QDate today = core::Clock::today();
    const int quarter = (today.month() - 1) / 3 + 1;
    m_year = core::ComplianceYear::load(m_db, today.year(), 0, today);
    m_figures = core::DashboardFigures::compute(m_year, quarter);
    const core::DashboardFigures& f = m_figures;

    m_heading->setText(tr("%1 Q%2 — as of %3 — %n enterprise(s) under service", nullptr, f.enterprisesServed)
                           .arg(f.year)
                           .arg(quarter)
                           .arg(today.toString(Qt::ISODate)));
    m_quarterDue->setFigure(QString::number(f.quarterInspections.required),
                            tr("%n not yet inspected", nullptr,
                               f.quarterInspections.required - f.quarterInspections.done),
                            kInk);
    m_quarterDone->setFigure(QString::number(f.quarterInspections.done),
                             tr("%1% of this quarter").arg(f.quarterInspections.required > 0
                                                               ? 100 * f.quarterInspections.done
                                                                   / f.quarterInspections.required
                                                               : 100),
                             f.quarterInspections.done >= f.quarterInspections.required ? kGreen : kInk);
    m_overdue->setFigure(QString::number(f.overdueThisYear), tr("obligations past their due date"),
                         f.overdueThisYear > 0 ? kRed : kGreen);
    const auto ratio = [](const core::DashboardFigures::Tally& t) {
        return QStringLiteral("%1 / %2").arg(t.done).arg(t.required);
    };
    m_trainings->setFigure(ratio(f.trainings), tr("%n overdue", nullptr, f.trainings.overdue),
                           f.trainings.overdue > 0 ? kRed : kInk);
    m_drills->setFigure(ratio(f.drills), tr("%n overdue", nullptr, f.drills.overdue), f.drills.overdue > 0 ? kRed : kInk);
    m_baseline->setFigure(QString::number(f.baseline.overdue + f.baseline.open),
                          tr("%n enterprise(s) overdue", nullptr, f.baseline.overdue),
                          f.baseline.overdue > 0 ? kRed : (f.baseline.open > 0 ? kAmber : kGreen));
    m_reports->setFigure(QString::number(f.yearEndReports.overdue + f.yearEndReports.open),
                         tr("%n overdue", nullptr, f.yearEndReports.overdue),
                         f.yearEndReports.overdue > 0 ? kRed : kInk);
    fillAttention();
    fillGroups(m_byAgency, f.byAgency);
    fillGroups(m_byCommunity, f.byCommunity);
    m_charts->setFigures(f);
}

void DashboardPage::filterAttention(std::optional<core::ObligationKind> kind)
{
    m_attentionKind = kind;
    fillAttention();
    m_attention->setFocus();
    m_attention->selectRow(0);
}

void DashboardPage::fillAttention()
{
    const core::ComplianceYear& year = m_year;
    const QDate today = year.asOf();
    QString title = tr("Needs attention: overdue, then due within %n day(s)", nullptr,
                       core::DashboardFigures::kDueSoonDays);
    QList<core::Obligation> lines;
    for (const core::Obligation& o : m_figures.attention) {
        if (!m_attentionKind || o.kind == *m_attentionKind) {
            lines.append(o);
        }
    }
    if (m_attentionKind) {
        title = tr("%1 — only %2 (click \"Overdue this year\" for all)")
                    .arg(title, core::DomainText::obligationKind(*m_attentionKind));
    }
    m_attentionTitle->setText(title);
    // The list is for reading at a glance; a street with thousands of late items shows the oldest first.
    constexpr int kMaxRows = 500;
    const int rows = static_cast<int>(std::min<qsizetype>(lines.size(), kMaxRows));
    m_attention->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const core::Obligation& o = lines.at(row);
        auto* status = item(core::DomainText::obligationStatus(o.status), o.enterpriseId);
        status->setForeground(StatusStyle::foreground(o.status, o.due, today));
        m_attention->setItem(row, 0, status);
        m_attention->setItem(row, 1, item(o.due.toString(Qt::ISODate), o.enterpriseId));
        m_attention->setItem(row, 2, item(year.enterprise(o.enterpriseId).name, o.enterpriseId));
        m_attention->setItem(row, 3, item(core::DomainText::obligationKind(o.kind), o.enterpriseId));
        m_attention->setItem(row, 4, item(core::DomainText::period(o.year, o.quarter), o.enterpriseId));
        m_attention->setItem(row, 5, item(tr("%1 / %2").arg(o.done).arg(o.required), o.enterpriseId));
        m_attention->setItem(row, 6, item(year.agencyName(o.agencyId), o.enterpriseId));
    }
}

void DashboardPage::fillGroups(QTableWidget* table, const QList<core::DashboardFigures::Group>& groups)
{
    table->setSortingEnabled(false);
    table->setRowCount(static_cast<int>(groups.size()));
    for (int row = 0; row < groups.size(); ++row) {
        const core::DashboardFigures::Group& g = groups.at(row);
        table->setItem(row, 0, item(g.name, g.id));
        table->setItem(row, 1, number(g.enterprises, g.id));
        table->setItem(row, 2, number(g.quarterInspections.required, g.id));
        table->setItem(row, 3, number(g.quarterInspections.done, g.id));
        auto* overdue = number(g.overdue, g.id);
        if (g.overdue > 0) {
            overdue->setForeground(kRed);
        }
        table->setItem(row, 4, overdue);
        table->setItem(row, 5, item(tr("%1 / %2").arg(g.trainings.done).arg(g.trainings.required), g.id));
        table->setItem(row, 6, item(tr("%1 / %2").arg(g.drills.done).arg(g.drills.required), g.id));
        table->setItem(row, 7, number(g.yearInspections.percentDone(), g.id));
    }
    table->setSortingEnabled(true);
}

} // namespace sl::ui
