#include "EndServiceDialog.h"

#include "common/FormErrors.h"
#include "common/FormFrame.h"

#include "db/ContractRepository.h"
#include "db/Database.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sl::ui {

EndServiceDialog::EndServiceDialog(core::Database& db, const core::Contract& contract,
                                   const QList<core::Coverage>& coverages, const QStringList& enterpriseNames,
                                   const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_coverages(coverages)
{
    setObjectName(QStringLiteral("endServiceDialog"));
    setWindowTitle(tr("End service"));

    const QString contractNo = contract.contractNo.isEmpty() ? tr("(no number)") : contract.contractNo;
    QDate latestStart = contract.periodStart;
    for (const core::Coverage& c : coverages) {
        latestStart = std::max(latestStart, c.serviceStart);
    }
    QString text;
    if (coverages.size() == 1) {
        text = tr("End the service of %1 under contract %2, which started on %3.")
                   .arg(enterpriseNames.value(0), contractNo, coverages.first().serviceStart.toString(Qt::ISODate));
    } else {
        text = tr("End the service of %n enterprise(s) under contract %1:", nullptr, static_cast<int>(coverages.size()))
                   .arg(contractNo)
            + QLatin1Char('\n') + enterpriseNames.join(tr(", "));
    }
    auto* intro = new QLabel(text);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_lastDay = FormErrors::makeDate(QStringLiteral("lastDayEdit"));
    // Not before any of the services started, and not past the contract, which ends them anyway.
    m_lastDay->setDateRange(latestStart, contract.periodEnd);
    m_lastDay->setDate(std::clamp(today, latestStart, contract.periodEnd));
    auto* hint = new QLabel(tr("The last day the agency serves the enterprise under this contract. Its records "
                               "and the years it was served are kept."));
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Last day of service"), m_lastDay);

    m_frame = new FormFrame(this, FormFrame::Accept::Ok);
    m_frame->acceptButton()->setText(tr("End service"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_frame);
    // Width comes from a child, so the dialog still grows in height when a reason appears.
    intro->setMinimumWidth(420);
}

QDate EndServiceDialog::lastDay() const
{
    return m_lastDay->date();
}

void EndServiceDialog::accept()
{
    const auto endService = [this](QString* error) {
        QList<qint64> coverageIds;
        for (const core::Coverage& c : std::as_const(m_coverages)) {
            coverageIds.append(c.id);
        }
        return core::ContractRepository(m_db).endService(coverageIds, lastDay(), error);
    };
    if (m_frame->run({}, endService)) {
        QDialog::accept();
    }
}

} // namespace sl::ui
