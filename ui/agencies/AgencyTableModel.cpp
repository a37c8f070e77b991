#include "AgencyTableModel.h"

#include "common/TableHeader.h"

#include "db/AgencyRepository.h"

#include <QBrush>
#include <QPalette>

namespace sl::ui {

AgencyTableModel::AgencyTableModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void AgencyTableModel::reload()
{
    beginResetModel();
    core::AgencyRepository repository(m_db);
    m_rows = repository.list(true);
    m_rowById.clear();
    m_activeExperts.clear();
    m_searchText.clear();
    m_rowById.reserve(m_rows.size());
    m_searchText.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const core::Agency& a = m_rows.at(i);
        m_rowById.insert(a.id, i);
        // A street has a handful of agencies, so one query each is cheap.
        const QList<core::Expert> experts = repository.experts(a.id, false);
        m_activeExperts.insert(a.id, static_cast<int>(experts.size()));
        QStringList haystack{ a.name, a.creditCode, a.qualification, a.contactPerson, a.contactPhone, a.address };
        for (const core::Expert& x : experts) {
            haystack << x.name;
        }
        m_searchText.append(haystack.join(QLatin1Char('\n')).toCaseFolded());
    }
    endResetModel();
}

const core::Agency* AgencyTableModel::agencyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AgencyTableModel::rowOfId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

int AgencyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AgencyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgencyTableModel::displayText(const core::Agency& a, int column) const
{
    switch (column) {
    case Name:
        return a.name;
    case CreditCode:
        return a.creditCode;
    case Qualification:
        return a.qualification;
    case ContactPerson:
        return a.contactPerson;
    case ContactPhone:
        return a.contactPhone;
    case ActiveExperts:
        return QString::number(activeExperts(a.id));
    case Status:
        return a.isArchived() ? tr("Archived") : tr("Active");
    default:
        return {};
    }
}

QVariant AgencyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const core::Agency& a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(a, index.column());
    case Qt::ForegroundRole:
        if (a.isArchived()) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ActiveExperts) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SortRole:
        if (index.column() == ActiveExperts) {
            return activeExperts(a.id);
        }
        return displayText(a, index.column());
    case IdRole:
        return a.id;
    case ArchivedRole:
        return a.isArchived();
    case SearchTextRole:
        return m_searchText.at(index.row());
    default:
        return {};
    }
}

QVariant AgencyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return TableHeader::data(*this,
                             { tr("Agency name"), tr("Credit code"), tr("Qualification"), tr("Contact person"),
                               tr("Phone"), tr("Experts"), tr("Status") },
                             section, orientation, role);
}

} // namespace sl::ui
