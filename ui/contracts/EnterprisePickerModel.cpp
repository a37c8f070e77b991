#include "EnterprisePickerModel.h"

#include "common/TableHeader.h"

#include "db/AgencyRepository.h"
#include "db/CommunityRepository.h"
#include "db/ContractRepository.h"
#include "db/EnterpriseRepository.h"

namespace sl::ui {

EnterprisePickerModel::EnterprisePickerModel(core::Database& db, const core::Contract& contract, QObject* parent)
    : QAbstractTableModel(parent)
    , m_contract(contract)
{
    for (const core::Agency& a : core::AgencyRepository(db).list(true)) {
        m_agencyNames.insert(a.id, a.name);
    }
    core::ContractRepository contracts(db);
    for (const core::Contract& c : contracts.list(true)) {
        m_contracts.insert(c.id, c);
    }
    for (const core::Coverage& c : contracts.coverages()) {
        m_coverages[c.enterpriseId].append(c);
    }
    QHash<qint64, QString> communities;
    for (const core::Community& c : core::CommunityRepository(db).list(true)) {
        communities.insert(c.id, c.name);
    }
    for (const core::Enterprise& e : core::EnterpriseRepository(db).list(false)) {
        Row row;
        row.id = e.id;
        row.name = e.name;
        row.creditCode = e.creditCode;
        row.community = communities.value(e.communityId);
        row.searchText
            = QStringList{ e.name, e.creditCode, row.community, e.address }.join(QLatin1Char('\n')).toCaseFolded();
        m_rows.append(row);
    }
}

QString EnterprisePickerModel::conflict(qint64 enterpriseId) const
{
    // The same test as the repository's: any service of the enterprise overlapping [start, contract end].
    for (const core::Coverage& c : m_coverages.value(enterpriseId)) {
        const core::Contract other = m_contracts.value(c.contractId);
        const QDate end = c.serviceEnd.isValid() ? c.serviceEnd : other.periodEnd;
        if (c.serviceStart <= m_contract.periodEnd && end >= m_start) {
            if (c.contractId == m_contract.id) {
                return tr("Already under this contract, %1 to %2")
                    .arg(c.serviceStart.toString(Qt::ISODate), end.toString(Qt::ISODate));
            }
            return tr("Under %1 (%2), %3 to %4")
                .arg(other.contractNo.isEmpty() ? tr("a contract without number") : other.contractNo,
                     m_agencyNames.value(other.agencyId), c.serviceStart.toString(Qt::ISODate),
                     end.toString(Qt::ISODate));
        }
    }
    return {};
}

void EnterprisePickerModel::setStart(const QDate& start)
{
    m_start = start;
    bool uncheckedAny = false;
    for (Row& row : m_rows) {
        row.unavailableBecause = conflict(row.id);
        if (!row.unavailableBecause.isEmpty() && m_checked.remove(row.id)) {
            uncheckedAny = true;
        }
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    if (uncheckedAny) {
        emit checkedChanged();
    }
}

QList<qint64> EnterprisePickerModel::checkedIds() const
{
    QList<qint64> ids;
    for (const Row& row : m_rows) {
        if (m_checked.contains(row.id)) {
            ids.append(row.id);
        }
    }
    return ids;
}

bool EnterprisePickerModel::isAvailable(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).unavailableBecause.isEmpty();
}

int EnterprisePickerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EnterprisePickerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EnterprisePickerModel::displayText(const Row& row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case CreditCode:
        return row.creditCode;
    case Community:
        return row.community;
    case Availability:
        return row.unavailableBecause.isEmpty() ? tr("Can be added") : row.unavailableBecause;
    default:
        return {};
    }
}

QVariant EnterprisePickerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return row.unavailableBecause.isEmpty() ? QVariant() : QVariant(row.unavailableBecause);
    case Qt::CheckStateRole:
        if (index.column() == Name) {
            return m_checked.contains(row.id) ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case SortRole:
        return displayText(row, index.column());
    case IdRole:
        return row.id;
    case AvailableRole:
        return row.unavailableBecause.isEmpty();
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

bool EnterprisePickerModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != Name || !isAvailable(index.row())) {
        return false;
    }
    const qint64 id = m_rows.at(index.row()).id;
    const bool check = value.toInt() == Qt::Checked;
    if (check == m_checked.contains(id)) {
        return true;
    }
    if (check) {
        m_checked.insert(id);
    } else {
        m_checked.remove(id);
    }
    emit dataChanged(index, index, { Qt::CheckStateRole });
    emit checkedChanged();
    return true;
}

Qt::ItemFlags EnterprisePickerModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    if (!isAvailable(index.row())) {
        // Shown, but greyed out and not checkable: the reason is in the last column.
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant EnterprisePickerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return TableHeader::data(*this, { tr("Enterprise name"), tr("Credit code"), tr("Community"), tr("Availability") },
                             section, orientation, role);
}

} // namespace sl::ui
