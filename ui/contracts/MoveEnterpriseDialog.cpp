#include "MoveEnterpriseDialog.h"

#include "common/FormErrors.h"
#include "common/FormFrame.h"

#include "db/AgencyRepository.h"
#include "db/ContractRepository.h"
#include "db/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sl::ui {

namespace {

QString numberOf(const core::Contract& c)
{
    return c.contractNo.isEmpty() ? MoveEnterpriseDialog::tr("(no number)") : c.contractNo;
}

} // namespace

MoveEnterpriseDialog::MoveEnterpriseDialog(core::Database& db, const core::Contract& from,
                                           const QList<core::Coverage>& coverages, const QStringList& enterpriseNames,
                                           const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_from(from)
    , m_coverages(coverages)
    , m_today(today)
{
    setObjectName(QStringLiteral("moveEnterpriseDialog"));
    setWindowTitle(tr("Move to another contract"));
    m_latestStart = from.periodStart;
    for (const core::Coverage& c : coverages) {
        m_latestStart = std::max(m_latestStart, c.serviceStart);
    }
    for (const core::Agency& a : core::AgencyRepository(db).list(true)) {
        m_agencyNames.insert(a.id, a.name);
    }

    const QString who = coverages.size() == 1 ? enterpriseNames.value(0)
                                              : tr("%n enterprise(s)", nullptr, static_cast<int>(coverages.size()));
    auto* intro = new QLabel(tr("Move %1 from contract %2 (%3) to another contract. The service under %2 ends the "
                                "day before the first day under the new contract; both periods are kept.")
                                 .arg(who, numberOf(from), m_agencyNames.value(from.agencyId)));
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("targetContractCombo"));
    m_target->addItem(tr("(choose a contract)"), 0);
    for (const core::Contract& c : core::ContractRepository(db).list(false)) {
        if (c.id == from.id) {
            continue;
        }
        m_targets.insert(c.id, c);
        m_target->addItem(tr("%1 · %2 · %3 to %4")
                              .arg(numberOf(c), m_agencyNames.value(c.agencyId), c.periodStart.toString(Qt::ISODate),
                                   c.periodEnd.toString(Qt::ISODate)),
                          c.id);
    }
    m_targetError = FormErrors::makeLabel(QStringLiteral("targetError"));

    m_firstDay = FormErrors::makeDate(QStringLiteral("firstDayEdit"));
    m_firstDay->setDate(std::max(today, m_latestStart.addDays(1)));
    m_firstDayError = FormErrors::makeLabel(QStringLiteral("firstDayError"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("New contract *"), FormErrors::withError(m_target, m_targetError));
    form->addRow(tr("First day under it *"), FormErrors::withError(m_firstDay, m_firstDayError));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("moveSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_frame = new FormFrame(this, FormFrame::Accept::Ok);
    m_frame->acceptButton()->setText(tr("Move"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_frame);
    // Width comes from the fields, so the dialog still grows in height when a reason appears.
    m_target->setMinimumWidth(460);

    connect(m_target, &QComboBox::currentIndexChanged, this, &MoveEnterpriseDialog::targetChanged);
    connect(m_firstDay, &QDateEdit::dateChanged, this, &MoveEnterpriseDialog::revalidate);
    targetChanged();
}

qint64 MoveEnterpriseDialog::targetContractId() const
{
    return m_target->currentData().toLongLong();
}

QDate MoveEnterpriseDialog::firstDay() const
{
    return m_firstDay->date();
}

void MoveEnterpriseDialog::targetChanged()
{
    const auto it = m_targets.constFind(targetContractId());
    m_firstDay->setEnabled(it != m_targets.cend());
    if (it != m_targets.cend()) {
        // The new service must start within the new contract's period; suggest the earliest sensible day.
        const QDate wanted = std::max(m_today, m_latestStart.addDays(1));
        QSignalBlocker block(m_firstDay);
        m_firstDay->setDateRange(it->periodStart, it->periodEnd);
        m_firstDay->setDate(std::clamp(wanted, it->periodStart, it->periodEnd));
    }
    revalidate();
}

void MoveEnterpriseDialog::revalidate()
{
    const auto it = m_targets.constFind(targetContractId());
    const QString targetError = it == m_targets.cend() ? tr("Choose the contract the enterprise moves to.") : QString();
    FormErrors::show(m_targetError, targetError);
    QString dayError;
    if (targetError.isEmpty() && firstDay() <= m_latestStart) {
        dayError = tr("The first day under the new contract must be after %1, when the service under %2 started.")
                       .arg(m_latestStart.toString(Qt::ISODate), numberOf(m_from));
    }
    FormErrors::show(m_firstDayError, dayError);
    if (targetError.isEmpty() && dayError.isEmpty()) {
        m_summary->setText(tr("Service under %1 ends on %2; under %3 (%4) it starts on %5.")
                               .arg(numberOf(m_from), firstDay().addDays(-1).toString(Qt::ISODate), numberOf(*it),
                                    m_agencyNames.value(it->agencyId), firstDay().toString(Qt::ISODate)));
    } else {
        m_summary->clear();
    }
    m_frame->showError(QString());
    m_frame->setAcceptEnabled(targetError.isEmpty() && dayError.isEmpty());
}

void MoveEnterpriseDialog::accept()
{
    const auto move = [this](QString* error) {
        QList<qint64> enterpriseIds;
        for (const core::Coverage& c : std::as_const(m_coverages)) {
            enterpriseIds.append(c.enterpriseId);
        }
        return core::ContractRepository(m_db).moveEnterprises(enterpriseIds, targetContractId(), firstDay(), error);
    };
    if (m_frame->run({}, move)) {
        QDialog::accept();
    }
}

} // namespace sl::ui
