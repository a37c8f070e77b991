#include "CoverageTableModel.h"

#include "common/TableHeader.h"

#include "db/AgencyRepository.h"
#include "db/ContractRepository.h"
#include "db/EnterpriseRepository.h"

#include <QBrush>
#include <QPalette>

namespace sl::ui {

CoverageTableModel::CoverageTableModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void CoverageTableModel::reload()
{
    beginResetModel();
    m_agencyNames.clear();
    for (const core::Agency& a : core::AgencyRepository(m_db).list(true)) {
        m_agencyNames.insert(a.id, a.name);
    }
    m_contracts.clear();
    core::ContractRepository contracts(m_db);
    for (const core::Contract& c : contracts.list(true)) {
        m_contracts.insert(c.id, c);
    }
    m_enterpriseNames.clear();
    m_enterpriseCodes.clear();
    for (const core::Enterprise& e : core::EnterpriseRepository(m_db).list(true)) {
        m_enterpriseNames.insert(e.id, e.name);
        m_enterpriseCodes.insert(e.id, e.creditCode);
    }
    m_all = contracts.coverages(); // ordered by enterprise and start
    m_byEnterprise.clear();
    for (const core::Coverage& c : std::as_const(m_all)) {
        m_byEnterprise[c.enterpriseId].append(c);
    }
    fill();
    endResetModel();
}

void CoverageTableModel::setContract(qint64 contractId)
{
    if (contractId == m_contractId) {
        return;
    }
    beginResetModel();
    m_contractId = contractId;
    fill();
    endResetModel();
}

void CoverageTableModel::fill()
{
    m_rows.clear();
    for (const core::Coverage& c : std::as_const(m_all)) {
        if (c.contractId == m_contractId) {
            m_rows.append(c);
        }
    }
}

void CoverageTableModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const core::Coverage* CoverageTableModel::coverageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CoverageTableModel::rowOfId(qint64 coverageId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == coverageId) {
            return i;
        }
    }
    return -1;
}

QDate CoverageTableModel::effectiveEnd(const core::Coverage& c) const
{
    return c.serviceEnd.isValid() ? c.serviceEnd : m_contracts.value(c.contractId).periodEnd;
}

int CoverageTableModel::coveredOn(const QDate& day) const
{
    int n = 0;
    for (const core::Coverage& c : m_rows) {
        n += c.serviceStart <= day && effectiveEnd(c) >= day ? 1 : 0;
    }
    return n;
}

QString CoverageTableModel::contractLabel(qint64 contractId) const
{
    const core::Contract c = m_contracts.value(contractId);
    const QString number = c.contractNo.isEmpty() ? tr("contract without number") : c.contractNo;
    return tr("%1 (%2)").arg(number, m_agencyNames.value(c.agencyId));
}

QString CoverageTableModel::remark(const core::Coverage& c) const
{
    // Where the enterprise came from and where it went, judged by the days on either side of this
    // period, so a move and a change of agency at a new tender read alike.
    QStringList parts;
    const QList<core::Coverage> history = m_byEnterprise.value(c.enterpriseId);
    for (const core::Coverage& other : history) {
        if (other.id != c.id && effectiveEnd(other).addDays(1) == c.serviceStart) {
            parts << tr("Came from %1").arg(contractLabel(other.contractId));
        }
    }
    const QDate end = effectiveEnd(c);
    const core::Coverage* next = nullptr;
    for (const core::Coverage& other : history) {
        if (other.id != c.id && other.serviceStart > end) {
            next = &other;
            break;
        }
    }
    if (next && next->serviceStart == end.addDays(1)) {
        parts << (c.serviceEnd.isValid() ? tr("Moved to %1 from %2") : tr("Continued under %1 from %2"))
                     .arg(contractLabel(next->contractId), next->serviceStart.toString(Qt::ISODate));
    } else if (next) {
        parts << tr("Left; back under %1 from %2")
                     .arg(contractLabel(next->contractId), next->serviceStart.toString(Qt::ISODate));
    } else if (c.serviceEnd.isValid()) {
        parts << tr("Service ended");
    } else if (c.serviceStart > m_today) {
        parts << tr("Not yet started");
    } else if (end < m_today) {
        parts << tr("Ended with the contract");
    }
    return parts.join(tr("; "));
}

int CoverageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CoverageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CoverageTableModel::displayText(const core::Coverage& c, int column) const
{
    switch (column) {
    case Enterprise:
        return m_enterpriseNames.value(c.enterpriseId);
    case CreditCode:
        return m_enterpriseCodes.value(c.enterpriseId);
    case ServiceStart:
        return c.serviceStart.toString(Qt::ISODate);
    case ServiceEnd:
        // Empty: until the contract ends.
        return c.serviceEnd.isValid() ? c.serviceEnd.toString(Qt::ISODate) : QString();
    case Remark:
        return remark(c);
    default:
        return {};
    }
}

QVariant CoverageTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const core::Coverage& c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ServiceEnd && !c.serviceEnd.isValid()) {
            return tr("Until the contract ends on %1").arg(effectiveEnd(c).toString(Qt::ISODate));
        }
        if (index.column() == Remark) {
            return remark(c);
        }
        return {};
    case Qt::ForegroundRole:
        if (effectiveEnd(c) < m_today) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        return {};
    case SortRole:
        if (index.column() == ServiceEnd) {
            return effectiveEnd(c).toString(Qt::ISODate);
        }
        return displayText(c, index.column());
    case IdRole:
        return c.id;
    case EnterpriseIdRole:
        return c.enterpriseId;
    case OpenRole:
        return !c.serviceEnd.isValid();
    default:
        return {};
    }
}

QVariant CoverageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ServiceEnd) {
        return tr("Empty: the service runs until the contract ends");
    }
    return TableHeader::data(
        *this, { tr("Enterprise name"), tr("Credit code"), tr("Service start"), tr("Service end"), tr("Remark") },
        section, orientation, role);
}

} // namespace sl::ui
