#include "AppraisalSchemeDialog.h"

#include "audit/HistoryTab.h"

#include "common/FormNotes.h"
#include "db/AppraisalSchemeRepository.h"
#include "db/Database.h"
#include "db/RecordVersion.h"
#include "model/DomainText.h"
#include "rules/AppraisalCalculator.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace sl::ui {

namespace {

int tenthsOf(const QDoubleSpinBox* spin)
{
    return static_cast<int>(std::lround(spin->value() * 10.0));
}

} // namespace

AppraisalSchemeDialog::AppraisalSchemeDialog(core::Database& db, const core::AppraisalScheme& scheme, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_scheme(scheme)
    , m_version(
          scheme.id == 0 ? 0 : core::RecordVersion::of(db.connection(), QStringLiteral("appraisal_scheme"), scheme.id))
{
    setObjectName(QStringLiteral("appraisalSchemeDialog"));
    setWindowTitle(scheme.id ? tr("Edit appraisal scheme") : tr("New appraisal scheme version"));
    auto* form = new QFormLayout;
    m_fromYear = new QSpinBox;
    m_fromYear->setObjectName(QStringLiteral("fromYearSpin"));
    m_fromYear->setRange(2000, 2100);
    m_fromYear->setValue(scheme.fromYear);
    form->addRow(tr("Applies to the appraisal years from"), m_fromYear);

    // Every figure is a row; one the scheme does not score has no points.
    QList<core::AppraisalItem> items = scheme.items;
    for (core::AppraisalMeasure m : core::allAppraisalMeasures()) {
        const bool listed
            = std::any_of(items.cbegin(), items.cend(), [m](const core::AppraisalItem& i) { return i.measure == m; });
        if (!listed) {
            core::AppraisalItem none;
            none.measure = m;
            none.perEventTenths = core::isDeduction(m) ? 10 : 0;
            items.append(none);
        }
    }
    m_items = new QTableWidget(static_cast<int>(items.size()), 6);
    m_items->setObjectName(QStringLiteral("appraisalItemTable"));
    m_items->setHorizontalHeaderLabels({ tr("Item"), tr("Points"), tr("Full points at (%)"), tr("No points at (%)"),
                                         tr("Points per event"), tr("Full points when nothing to measure") });
    m_items->verticalHeader()->setVisible(false);
    m_items->setSelectionMode(QAbstractItemView::NoSelection);
    for (int r = 0; r < items.size(); ++r) {
        const core::AppraisalItem& item = items.at(r);
        const QString key = core::appraisalMeasureKey(item.measure);
        const bool deduction = core::isDeduction(item.measure);
        Row row;
        row.measure = item.measure;
        auto* name = new QTableWidgetItem(core::DomainText::appraisalMeasure(item.measure));
        name->setFlags(Qt::ItemIsEnabled);
        m_items->setItem(r, 0, name);
        row.weight = makeSpin(QStringLiteral("weight_") + key, 100, item.weightTenths);
        row.fullAt = makeSpin(QStringLiteral("fullAt_") + key, 100, item.fullAtTenths);
        row.zeroAt = makeSpin(QStringLiteral("zeroAt_") + key, 100, item.zeroAtTenths);
        row.perEvent = makeSpin(QStringLiteral("perEvent_") + key, 100, item.perEventTenths);
        row.fullWhenEmpty = new QCheckBox;
        row.fullWhenEmpty->setObjectName(QStringLiteral("fullWhenEmpty_") + key);
        row.fullWhenEmpty->setChecked(item.fullWhenNothingToMeasure);
        row.fullAt->setEnabled(!deduction);
        row.zeroAt->setEnabled(!deduction);
        row.fullWhenEmpty->setEnabled(!deduction);
        row.perEvent->setEnabled(deduction);
        m_items->setCellWidget(r, 1, row.weight);
        m_items->setCellWidget(r, 2, row.fullAt);
        m_items->setCellWidget(r, 3, row.zeroAt);
        m_items->setCellWidget(r, 4, row.perEvent);
        m_items->setCellWidget(r, 5, row.fullWhenEmpty);
        connect(row.fullWhenEmpty, &QCheckBox::toggled, this, &AppraisalSchemeDialog::revalidate);
        m_rows.append(row);
    }
    m_items->resizeColumnsToContents();
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setMinimumWidth(m_items->horizontalHeader()->length() + 24);
    m_items->setMinimumHeight(m_items->verticalHeader()->length() + m_items->horizontalHeader()->height() + 8);

    m_excellent = makeSpin(QStringLiteral("excellentSpin"), 100, scheme.excellentTenths);
    m_qualified = makeSpin(QStringLiteral("qualifiedSpin"), 100, scheme.qualifiedTenths);
    m_basic = makeSpin(QStringLiteral("basicSpin"), 100, scheme.basicTenths);
    auto* grades = new QHBoxLayout;
    for (const auto& [grade, spin] : { std::pair{ core::AppraisalGrade::Excellent, m_excellent },
                                       std::pair{ core::AppraisalGrade::Qualified, m_qualified },
                                       std::pair{ core::AppraisalGrade::BasicallyQualified, m_basic } }) {
        grades->addWidget(new QLabel(tr("%1 from").arg(core::DomainText::appraisalGrade(grade))));
        grades->addWidget(spin);
    }
    grades->addWidget(
        new QLabel(tr("points; below: %1").arg(core::DomainText::appraisalGrade(core::AppraisalGrade::Unqualified))));
    grades->addStretch(1);
    m_notes = new FormNotes(3);
    m_notes->setText(scheme.notes);

    m_sum = new QLabel;
    m_sum->setObjectName(QStringLiteral("appraisalSum"));
    m_sum->setTextFormat(Qt::PlainText);
    auto* note
        = new QLabel(tr("Each item gives its points in proportion between \"no points at\" and \"full points at\", "
                        "scored from the figure as printed (one decimal). Interviews and notices take points "
                        "per event, at most the item's points. Confirmed years keep their frozen appraisal "
                        "whatever is changed here."));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    connect(m_fromYear, &QSpinBox::valueChanged, this, &AppraisalSchemeDialog::revalidate);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_sum);
    layout->addLayout(grades);
    layout->addWidget(new QLabel(tr("Notes")));
    layout->addWidget(m_notes);
    layout->addWidget(note);
    addFrame(layout)->acceptButton()->setObjectName(QStringLiteral("saveAppraisalSchemeButton"));
    revalidate();
    HistoryTab::attach(this, m_db, QStringLiteral("appraisal_scheme"), scheme.id);
}

QDoubleSpinBox* AppraisalSchemeDialog::makeSpin(const QString& objectName, double maximum, int tenths)
{
    auto* spin = new QDoubleSpinBox;
    spin->setObjectName(objectName);
    spin->setDecimals(1);
    spin->setRange(0, maximum);
    spin->setSingleStep(0.5);
    spin->setValue(tenths / 10.0);
    connect(spin, &QDoubleSpinBox::valueChanged, this, &AppraisalSchemeDialog::revalidate);
    return spin;
}

core::AppraisalScheme AppraisalSchemeDialog::scheme() const
{
    core::AppraisalScheme s = m_scheme;
    s.fromYear = m_fromYear->value();
    s.items.clear();
    for (const Row& row : m_rows) {
        core::AppraisalItem item;
        item.measure = row.measure;
        item.weightTenths = tenthsOf(row.weight);
        if (item.weightTenths == 0) {
            continue; // not scored
        }
        item.fullAtTenths = tenthsOf(row.fullAt);
        item.zeroAtTenths = tenthsOf(row.zeroAt);
        item.perEventTenths = core::isDeduction(row.measure) ? tenthsOf(row.perEvent) : 0;
        item.fullWhenNothingToMeasure = row.fullWhenEmpty->isChecked();
        s.items.append(item);
    }
    s.excellentTenths = tenthsOf(m_excellent);
    s.qualifiedTenths = tenthsOf(m_qualified);
    s.basicTenths = tenthsOf(m_basic);
    s.notes = m_notes->text();
    return s;
}

void AppraisalSchemeDialog::revalidate()
{
    const core::AppraisalScheme s = scheme();
    int sum = 0;
    for (const core::AppraisalItem& item : s.items) {
        sum += core::isDeduction(item.measure) ? 0 : item.weightTenths;
    }
    m_sum->setText(tr("The items' points add up to %1 of 100.").arg(core::Scorecard::tenthsText(sum)));
    const QString problem = core::AppraisalCalculator::problem(s);
    frame()->showError(problem);
    frame()->setAcceptEnabled(problem.isEmpty());
}

bool AppraisalSchemeDialog::save(QString* error)
{
    core::AppraisalScheme s = scheme();
    core::AppraisalSchemeRepository repository(m_db);
    if (!core::RecordVersion::writeIfUnchanged(
            m_db.connection(), QStringLiteral("appraisal_scheme"), s.id, m_version,
            [&](QString* why) { return s.id ? repository.update(s, why) : repository.insert(s, why); }, error)) {
        return false;
    }
    m_scheme = s;
    m_version = core::RecordVersion::of(m_db.connection(), QStringLiteral("appraisal_scheme"), s.id);
    return true;
}

} // namespace sl::ui
