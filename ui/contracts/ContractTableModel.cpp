#include "ContractTableModel.h"

#include "common/TableHeader.h"

#include "common/StatusStyle.h"
#include "db/AgencyRepository.h"
#include "db/ContractRepository.h"
#include "model/DomainText.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

namespace sl::ui {

ContractTableModel::ContractTableModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void ContractTableModel::reload()
{
    beginResetModel();
    m_agencyNames.clear();
    for (const core::Agency& a : core::AgencyRepository(m_db).list(true)) {
        m_agencyNames.insert(a.id, a.name);
    }
    m_rows = core::ContractRepository(m_db).list(true);
    m_rowById.clear();
    m_searchText.clear();
    m_rowById.reserve(m_rows.size());
    m_searchText.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const core::Contract& c = m_rows.at(i);
        m_rowById.insert(c.id, i);
        m_searchText.append(QStringList{ c.contractNo, c.tenderLot, agencyName(c.agencyId), c.notes }
                                .join(QLatin1Char('\n'))
                                .toCaseFolded());
    }
    countCoverage();
    endResetModel();
}

void ContractTableModel::countCoverage()
{
    m_coveredToday.clear();
    for (const core::Coverage& cv : core::ContractRepository(m_db).coverages()) {
        const core::Contract* c = contractAt(rowOfId(cv.contractId));
        if (!c) {
            continue;
        }
        const QDate end = cv.serviceEnd.isValid() ? cv.serviceEnd : c->periodEnd;
        if (cv.serviceStart <= m_today && end >= m_today) {
            ++m_coveredToday[cv.contractId];
        }
    }
}

void ContractTableModel::setToday(const QDate& today)
{
    m_today = today;
    countCoverage();
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const core::Contract* ContractTableModel::contractAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ContractTableModel::rowOfId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

QString ContractTableModel::statusText(const core::Contract& c) const
{
    if (c.isArchived()) {
        return tr("Archived");
    }
    if (m_today < c.periodStart) {
        return tr("Not yet started");
    }
    return m_today > c.periodEnd ? tr("Ended") : tr("In force");
}

int ContractTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContractTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContractTableModel::displayText(const core::Contract& c, int column) const
{
    switch (column) {
    case ContractNo:
        return c.contractNo;
    case TenderLot:
        return c.tenderLot;
    case Agency:
        return agencyName(c.agencyId);
    case PeriodStart:
        return c.periodStart.toString(Qt::ISODate);
    case PeriodEnd:
        return c.periodEnd.toString(Qt::ISODate);
    case UnitPrice:
        return c.unitPrice.toGroupedString();
    case CoveredToday:
        return QString::number(coveredOn(c.id));
    case Status:
        return statusText(c);
    default:
        return {};
    }
}

QVariant ContractTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const core::Contract& c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(c, index.column());
    case Qt::ForegroundRole:
        if (c.isArchived() || m_today > c.periodEnd) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        if (index.column() == Status && c.covers(m_today)) {
            return QBrush(StatusStyle::colour(StatusStyle::Tone::Good));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == UnitPrice || index.column() == CoveredToday) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CoveredToday) {
            return tr("Enterprises served under this contract on %1").arg(m_today.toString(Qt::ISODate));
        }
        if (index.column() == UnitPrice) {
            return tr("Yuan per enterprise per service year");
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case UnitPrice:
            return c.unitPrice.fen();
        case CoveredToday:
            return coveredOn(c.id);
        default:
            return displayText(c, index.column());
        }
    case IdRole:
        return c.id;
    case ArchivedRole:
        return c.isArchived();
    case SearchTextRole:
        return m_searchText.at(index.row());
    default:
        return {};
    }
}

QVariant ContractTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return TableHeader::data(*this,
                             { tr("Contract no."), tr("Tender lot"), tr("Agency"), tr("Period start"), tr("Period end"),
                               tr("Unit price (yuan)"), core::DomainText::enterprisesServedToday(), tr("Status") },
                             section, orientation, role);
}

} // namespace sl::ui
