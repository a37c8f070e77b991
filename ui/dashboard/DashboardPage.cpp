#include "DashboardPage.h"

#include "Clock.h"
#include "DashboardCharts.h"
#include "DashboardLoader.h"
#include "FigureCard.h"
#include "RiskChart.h"
#include "common/ListItem.h"
#include "common/RecordTable.h"
#include "common/StatusStyle.h"
#include "db/Database.h"
#include "model/DomainText.h"
#include "rules/HazardDeadline.h"
#include "rules/Scorecard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sl::ui {

namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers)
{
    return RecordTable::createList(objectName, headers);
}

QTableWidgetItem* item(const QString& text, qint64 id)
{
    auto* cell = new ListItem(text);
    cell->setData(Qt::UserRole, id);
    return cell;
}

QTableWidgetItem* number(int value, qint64 id)
{
    auto* cell = new ListItem;
    cell->setData(Qt::DisplayRole, value);
    cell->setData(Qt::UserRole, id);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

const QColor kGreen = StatusStyle::colour(StatusStyle::Tone::Good);
const QColor kRed = StatusStyle::colour(StatusStyle::Tone::Bad);
const QColor kAmber = StatusStyle::colour(StatusStyle::Tone::Soon);
const QColor kInk(0x24, 0x1f, 0x31);

} // namespace

DashboardPage::DashboardPage(core::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_loader(new DashboardLoader(db, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    buildUi();
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardPage::showSnapshot);
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
    m_hazards = new FigureCard(QStringLiteral("hazardsCard"), tr("Open hazards"));
    m_certificates = new FigureCard(QStringLiteral("certificatesCard"), tr("Certificates expiring in 30 days"));
    m_risks = new FigureCard(QStringLiteral("riskCard"), tr("Major / considerable risk"));
    auto* cards = new QHBoxLayout;
    for (FigureCard* card : { m_quarterDue, m_quarterDone, m_overdue, m_trainings, m_drills, m_baseline, m_reports,
                              m_hazards, m_certificates }) {
        cards->addWidget(card, 1);
    }
    connect(m_quarterDue, &FigureCard::clicked, this, [this] { emit quarterRequested(0); });
    connect(m_quarterDone, &FigureCard::clicked, this, [this] { emit quarterRequested(0); });
    // The other cards narrow the attention list to what they count; the overdue card shows it all.
    connect(m_overdue, &FigureCard::clicked, this, [this] { filterAttention(std::nullopt); });
    const QList<QPair<FigureCard*, int>> filters = { { m_trainings, int(core::ObligationKind::Training) },
                                                     { m_drills, int(core::ObligationKind::Drill) },
                                                     { m_baseline, int(core::ObligationKind::Baseline) },
                                                     { m_reports, int(core::ObligationKind::YearEndReport) },
                                                     { m_hazards, kHazardKey },
                                                     { m_certificates, kCertificateKey },
                                                     { m_risks, kRiskKey } };
    for (const auto& [card, kind] : filters) {
        connect(card, &FigureCard::clicked, this, [this, kind = kind] { filterAttention(kind); });
    }

    m_attention = makeTable(QStringLiteral("attentionTable"),
                            { tr("Status"), tr("Due"), tr("Enterprise"), tr("What"), tr("Period or detail"),
                              tr("Progress"), tr("Agency") });
    m_attention->horizontalHeader()->resizeSection(2, 220);
    connect(m_attention, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QTableWidgetItem* cell = m_attention->item(row, 0);
        if (!cell) {
            return;
        }
        const qint64 enterprise = cell->data(Qt::UserRole).toLongLong();
        switch (static_cast<Target>(cell->data(Qt::UserRole + 1).toInt())) {
        case Target::Records:
            emit enterpriseRequested(enterprise);
            break;
        case Target::Hazards:
            emit hazardsRequested(enterprise);
            break;
        case Target::Certificates:
            emit certificatesRequested(enterprise);
            break;
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

    const QStringList groupHeaders = { tr("Name"),
                                       core::DomainText::enterprisesServedThisYear(),
                                       tr("Due this quarter"),
                                       tr("Inspected"),
                                       tr("Overdue this year"),
                                       tr("Trainings"),
                                       tr("Drills"),
                                       core::DomainText::inspectionsDoneSoFar() };
    m_byAgency = makeTable(QStringLiteral("agencyTable"), groupHeaders);
    m_byCommunity = makeTable(QStringLiteral("communityTable"), groupHeaders);
    for (QTableWidget* t : { m_byAgency, m_byCommunity }) {
        t->horizontalHeader()->resizeSection(0, 220);
        t->setSortingEnabled(true);
        // By name, in pinyin order, until the clerk clicks another header.
        t->sortByColumn(0, Qt::AscendingOrder);
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
    QStringList riskHeaders = { tr("Community") };
    for (core::RiskLevel level : core::allRiskLevels()) {
        riskHeaders << core::DomainText::riskLevel(level);
    }
    m_riskByCommunity = makeTable(QStringLiteral("riskCommunityTable"), riskHeaders);
    m_riskByCommunity->horizontalHeader()->resizeSection(0, 220);
    // The risk tab: the risk card, the 四色图 table per community and the chart of enterprises by level.
    m_riskChart = new RiskChart;
    auto* riskTab = new QWidget;
    riskTab->setObjectName(QStringLiteral("riskTab"));
    auto* riskLayout = new QHBoxLayout(riskTab);
    riskLayout->setContentsMargins(0, 0, 0, 0);
    // The risk card leads the tab rather than joining the row above: ten cards do not fit a 1280-pixel screen.
    riskLayout->addWidget(m_risks, 1);
    riskLayout->addWidget(m_riskByCommunity, 3);
    riskLayout->addWidget(m_riskChart, 2);
    // Scrolled, so the card's height never makes the window taller than the clerk's screen.
    auto* riskScroll = new QScrollArea;
    riskScroll->setWidgetResizable(true);
    riskScroll->setFrameShape(QFrame::NoFrame);
    riskScroll->setWidget(riskTab);
    groups->addTab(riskScroll, tr("Risk map by community (enterprises / points)"));
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
    if (!m_shown) {
        // Nothing read yet: the cards say so rather than show a zero that is not the street's.
        m_heading->setText(tr("Computing this year's figures…"));
        for (FigureCard* card : { m_quarterDue, m_quarterDone, m_overdue, m_trainings, m_drills, m_baseline, m_reports,
                                  m_hazards, m_certificates, m_risks }) {
            card->setFigure(QStringLiteral("…"), tr("computing"), kInk);
        }
    }
    m_loader->request(core::Clock::today());
}

void DashboardPage::releaseDatabase()
{
    m_loader->stop();
    m_stale = true;
}

bool DashboardPage::isComputing() const
{
    return m_loader->isBusy();
}

void DashboardPage::showSnapshot(const core::DashboardSnapshot& snapshot)
{
    m_shown = true;
    m_year = snapshot.year;
    m_figures = snapshot.figures;
    const core::DashboardFigures& f = m_figures;
    const QDate today = snapshot.asOf;
    const int quarter = snapshot.quarter;

    // The period in the one wording, and the served enterprises under their one label (as in the tables below, the
    // scorecard and the annual report).
    m_heading->setText(tr("%1 — as of %2 — %3: %4")
                           .arg(core::DomainText::period(f.year, quarter), today.toString(Qt::ISODate),
                                core::DomainText::enterprisesServedThisYear(), QString::number(f.enterprisesServed)));
    m_quarterDue->setFigure(
        QString::number(f.quarterInspections.required),
        tr("%n not yet inspected", nullptr, f.quarterInspections.required - f.quarterInspections.done), kInk);
    m_quarterDone->setFigure(QString::number(f.quarterInspections.done),
                             tr("%1% of this quarter")
                                 .arg(f.quarterInspections.required > 0
                                          ? 100 * f.quarterInspections.done / f.quarterInspections.required
                                          : 100),
                             f.quarterInspections.done >= f.quarterInspections.required ? kGreen : kInk);
    m_overdue->setFigure(QString::number(f.overdueThisYear), tr("obligations past their due date"),
                         f.overdueThisYear > 0 ? kRed : kGreen);
    const auto ratio
        = [](const core::DashboardFigures::Tally& t) { return QStringLiteral("%1 / %2").arg(t.done).arg(t.required); };
    m_trainings->setFigure(ratio(f.trainings), tr("%n overdue", nullptr, f.trainings.overdue),
                           f.trainings.overdue > 0 ? kRed : kInk);
    m_drills->setFigure(ratio(f.drills), tr("%n overdue", nullptr, f.drills.overdue),
                        f.drills.overdue > 0 ? kRed : kInk);
    m_baseline->setFigure(QString::number(f.baseline.overdue + f.baseline.open),
                          tr("%n enterprise(s) overdue", nullptr, f.baseline.overdue),
                          f.baseline.overdue > 0 ? kRed : (f.baseline.open > 0 ? kAmber : kGreen));
    m_reports->setFigure(QString::number(f.yearEndReports.overdue + f.yearEndReports.open),
                         tr("%n overdue", nullptr, f.yearEndReports.overdue),
                         f.yearEndReports.overdue > 0 ? kRed : kInk);
    collectHazardsAndCertificates(snapshot.alerts, today);
    collectRisks(snapshot.risks);
    fillAttention();
    fillGroups(m_byAgency, f.byAgency);
    fillGroups(m_byCommunity, f.byCommunity);
    m_charts->setFigures(f);
}

void DashboardPage::filterAttention(std::optional<int> key)
{
    m_attentionKind = key;
    fillAttention();
    m_attention->setFocus();
    m_attention->selectRow(0);
}

void DashboardPage::collectHazardsAndCertificates(const core::DashboardAlerts& alerts, const QDate& today)
{
    m_lines.clear();
    for (const core::Obligation& o : m_figures.attention) {
        Line line;
        line.status = o.status;
        line.statusText = core::DomainText::obligationStatus(o.status);
        line.due = o.due;
        line.enterpriseId = o.enterpriseId;
        line.what = core::DomainText::obligationKind(o.kind);
        line.period = core::DomainText::period(o.year, o.quarter);
        line.progress = tr("%1 / %2").arg(o.done).arg(o.required);
        line.agency = m_year.agencyName(o.agencyId);
        line.filterKey = static_cast<int>(o.kind);
        m_lines.append(line);
    }
    for (const core::Hazard& h : alerts.hazardsDue) {
        Line line;
        line.status = core::HazardDeadline::isOverdueAsOf(h, today) ? core::ObligationStatus::Overdue
                                                                    : core::ObligationStatus::NotYetDue;
        line.statusText = core::DomainText::obligationStatus(line.status);
        line.due = h.effectiveDeadline();
        line.enterpriseId = h.enterpriseId;
        line.what = tr("Hazard (%1)").arg(core::DomainText::hazardGrade(h.grade));
        line.period = h.description.simplified().left(40);
        line.progress = core::DomainText::hazardState(h.state);
        line.agency = core::DomainText::hazardSource(h.inspector, m_year.agencyName(h.agencyId));
        line.target = Target::Hazards;
        line.filterKey = kHazardKey;
        m_lines.append(line);
    }
    m_hazards->setFigure(QString::number(alerts.openHazards), tr("%n overdue", nullptr, alerts.overdueHazards),
                         alerts.overdueHazards > 0 ? kRed : kInk);
    for (const core::Certificate& c : alerts.certificates) {
        const bool gone = c.expiresOn < today;
        Line line;
        line.status = gone ? core::ObligationStatus::Overdue : core::ObligationStatus::NotYetDue;
        line.statusText = gone ? tr("Expired") : tr("Expiring");
        line.due = c.expiresOn;
        line.enterpriseId = c.enterpriseId;
        line.what = alerts.certificateTypeNames.value(c.typeId);
        line.period = c.number;
        line.progress = tr("%n day(s) left", nullptr, static_cast<int>(std::max<qint64>(0, today.daysTo(c.expiresOn))));
        line.target = Target::Certificates;
        line.filterKey = kCertificateKey;
        m_lines.append(line);
    }
    const int expiring = static_cast<int>(alerts.certificates.size()) - alerts.expiredCertificates;
    m_certificates->setFigure(QString::number(expiring), tr("%n expired", nullptr, alerts.expiredCertificates),
                              alerts.expiredCertificates > 0 ? kRed : (expiring > 0 ? kAmber : kGreen));
    // Overdue first, the oldest due date first; then what falls due soon.
    std::stable_sort(m_lines.begin(), m_lines.end(), [](const Line& a, const Line& b) {
        const bool lateA = a.status == core::ObligationStatus::Overdue;
        const bool lateB = b.status == core::ObligationStatus::Overdue;
        return lateA != lateB ? lateA : a.due < b.due;
    });
}

void DashboardPage::collectRisks(const core::RiskYear& risks)
{
    m_riskYear = risks;
    const core::RiskYear& r = m_riskYear;
    const QList<core::RiskYear::Unwatched> unwatched = r.unwatched();
    const int major = r.enterprisesAt(core::RiskLevel::Major);
    m_risks->setFigure(QStringLiteral("%1 / %2").arg(major).arg(r.enterprisesAt(core::RiskLevel::Considerable)),
                       tr("%n point(s) not inspected lately", nullptr, static_cast<int>(unwatched.size())),
                       major > 0 || !unwatched.isEmpty() ? kRed : kGreen);
    m_riskChart->setRisks(r);
    for (const core::RiskYear::Unwatched& u : unwatched) {
        Line line;
        line.status = core::ObligationStatus::Overdue;
        line.statusText = tr("Not inspected");
        // When an inspection would have been recent enough; the assessment's day when there was none since.
        line.due = u.lastInspection.isValid() ? u.lastInspection.addDays(core::RiskYear::kRecentInspectionDays)
                                              : u.assessment->assessedOn;
        line.enterpriseId = u.assessment->enterpriseId;
        line.what = core::DomainText::riskLevel(u.point->level);
        line.period = u.point->place.simplified().left(40);
        line.progress = u.lastInspection.isValid() ? tr("last inspected %1").arg(u.lastInspection.toString(Qt::ISODate))
                                                   : tr("never inspected");
        line.agency = u.assessment->agencyName;
        line.filterKey = kRiskKey;
        m_lines.append(line);
    }
    std::stable_sort(m_lines.begin(), m_lines.end(), [](const Line& a, const Line& b) {
        const bool lateA = a.status == core::ObligationStatus::Overdue;
        const bool lateB = b.status == core::ObligationStatus::Overdue;
        return lateA != lateB ? lateA : a.due < b.due;
    });

    // The 四色图 table: each community's enterprises and points at each level, in the level's colour with its words.
    m_riskByCommunity->setSortingEnabled(false);
    m_riskByCommunity->setRowCount(static_cast<int>(r.byCommunity().size()));
    for (int row = 0; row < r.byCommunity().size(); ++row) {
        const core::RiskYear::CommunityRow& c = r.byCommunity().at(row);
        m_riskByCommunity->setItem(row, 0, item(c.communityName, c.communityId));
        int column = 1;
        for (core::RiskLevel level : core::allRiskLevels()) {
            auto* cell = item(tr("%1 / %2").arg(c.enterprises[int(level)]).arg(c.points[int(level)]), c.communityId);
            if (c.enterprises[int(level)] > 0) {
                cell->setBackground(core::riskLevelColor(level));
                cell->setForeground(core::riskLevelTextColor(level));
            }
            m_riskByCommunity->setItem(row, column++, cell);
        }
    }
    m_riskByCommunity->setSortingEnabled(true);
}

void DashboardPage::fillAttention()
{
    const QDate today = m_year.asOf();
    QString title
        = tr("Needs attention: overdue, then due within %n day(s)", nullptr, core::DashboardFigures::kDueSoonDays);
    QList<const Line*> lines;
    for (const Line& line : std::as_const(m_lines)) {
        if (!m_attentionKind || line.filterKey == *m_attentionKind) {
            lines.append(&line);
        }
    }
    if (m_attentionKind) {
        const QString only = *m_attentionKind == kHazardKey ? tr("hazards")
            : *m_attentionKind == kCertificateKey           ? tr("certificates")
            : *m_attentionKind == kRiskKey
            ? tr("serious risk points without a recent inspection")
            : core::DomainText::obligationKind(static_cast<core::ObligationKind>(*m_attentionKind));
        title = tr("%1 — only %2 (click \"Overdue this year\" for all)").arg(title, only);
    }
    m_attentionTitle->setText(title);
    // The list is for reading at a glance; a street with thousands of late items shows the oldest first.
    constexpr int kMaxRows = 500;
    const int rows = static_cast<int>(std::min<qsizetype>(lines.size(), kMaxRows));
    m_attention->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const Line& l = *lines.at(row);
        auto* status = item(l.statusText, l.enterpriseId);
        status->setData(Qt::UserRole + 1, static_cast<int>(l.target));
        status->setForeground(StatusStyle::foreground(l.status, l.due, today));
        m_attention->setItem(row, 0, status);
        m_attention->setItem(row, 1, item(l.due.toString(Qt::ISODate), l.enterpriseId));
        m_attention->setItem(row, 2, item(m_year.enterprise(l.enterpriseId).name, l.enterpriseId));
        m_attention->setItem(row, 3, item(l.what, l.enterpriseId));
        m_attention->setItem(row, 4, item(l.period, l.enterpriseId));
        m_attention->setItem(row, 5, item(l.progress, l.enterpriseId));
        m_attention->setItem(row, 6, item(l.agency, l.enterpriseId));
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
        const std::optional<double> rate = g.yearInspections.percentSoFar();
        auto* rateItem = item(core::Scorecard::percentText(rate), g.id);
        rateItem->setData(ListItem::SortRole, rate ? *rate : -1.0);
        rateItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 7, rateItem);
    }
    table->setSortingEnabled(true);
}

} // namespace sl::ui
