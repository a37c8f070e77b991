#include "EnterpriseTableModel.h"

#include "common/TableHeader.h"

#include "db/CommunityRepository.h"
#include "db/EnterpriseRepository.h"
#include "model/DomainText.h"

#include <QBrush>
#include <QCollator>
#include <QPalette>

#include <algorithm>
#include <numeric>

namespace sl::ui {

using core::DomainText;

EnterpriseTableModel::EnterpriseTableModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void EnterpriseTableModel::reload()
{
    beginResetModel();
    m_communityNames.clear();
    for (const core::Community& c : core::CommunityRepository(m_db).list(true)) {
        m_communityNames.insert(c.id, c.name);
    }
    m_rows = core::EnterpriseRepository(m_db).listForTable();
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowById.insert(m_rows.at(i).id, i);
    }
    m_searchText.clear();
    m_searchStart.clear();
    m_searchTextBuilt = false;
    // One collation key per name, then plain key comparisons: the locale's collation runs n times, not n log n.
    QCollator collator;
    QList<QCollatorSortKey> keys;
    keys.reserve(m_rows.size());
    for (const core::Enterprise& e : std::as_const(m_rows)) {
        keys.append(collator.sortKey(e.name));
    }
    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this, &keys](int a, int b) {
        const int byName = keys.at(a).compare(keys.at(b));
        return byName != 0 ? byName < 0 : m_rows.at(a).id < m_rows.at(b).id;
    });
    m_nameRank = QList<int>(m_rows.size());
    for (int rank = 0; rank < order.size(); ++rank) {
        m_nameRank[order.at(rank)] = rank;
    }
    endResetModel();
}

void EnterpriseTableModel::ensureSearchText() const
{
    if (m_searchTextBuilt) {
        return;
    }
    m_searchTextBuilt = true;
    m_searchText.clear();
    m_searchStart.clear();
    m_searchStart.reserve(m_rows.size() + 1);
    for (const core::Enterprise& e : std::as_const(m_rows)) {
        m_searchStart.append(int(m_searchText.size()));
        m_searchText += QStringList{ e.name,
                                     e.creditCode,
                                     e.address,
                                     e.industry,
                                     e.legalRepresentative,
                                     e.safetyContact,
                                     e.safetyContactPhone,
                                     communityName(e.communityId) }
                            .join(QLatin1Char('\n'))
                            .toCaseFolded();
        m_searchText += QChar(0); // no term spans two rows
    }
    m_searchStart.append(int(m_searchText.size()));
}

const core::Enterprise* EnterpriseTableModel::enterpriseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int EnterpriseTableModel::rowOfId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

QString EnterpriseTableModel::enterpriseName(qint64 id) const
{
    const int row = rowOfId(id);
    return row >= 0 ? m_rows.at(row).name : QString();
}

bool EnterpriseTableModel::searchTextContains(int row, const QStringList& foldedTerms) const
{
    ensureSearchText();
    if (row < 0 || row + 1 >= m_searchStart.size()) {
        return false;
    }
    const QStringView text
        = QStringView(m_searchText).mid(m_searchStart.at(row), m_searchStart.at(row + 1) - m_searchStart.at(row));
    for (const QString& term : foldedTerms) {
        if (!text.contains(term)) {
            return false;
        }
    }
    return true;
}

int EnterpriseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EnterpriseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EnterpriseTableModel::displayText(const core::Enterprise& e, int column) const
{
    switch (column) {
    case Name:
        return e.name;
    case CreditCode:
        return e.creditCodeOverride ? tr("%1 (kept)").arg(e.creditCode) : e.creditCode;
    case Community:
        return communityName(e.communityId);
    case SizeClass:
        return DomainText::sizeClass(e.sizeClass);
    case TargetCategories:
        return DomainText::targetCategories(e.targetCategories);
    case OccupationalHazard:
        return DomainText::occupationalHazardClass(e.occupationalHazard);
    case Participation:
        return DomainText::participationStatus(e.participation);
    case JoinDate:
        return e.joinDate.isValid() ? e.joinDate.toString(Qt::ISODate) : QString();
    case Employees:
        return QString::number(e.employees);
    case SafetyContact:
        return e.safetyContact;
    case SafetyContactPhone:
        return e.safetyContactPhone;
    case Landlord:
        return e.landlordId ? enterpriseName(e.landlordId) : QString();
    case Address:
        return e.address;
    case Status:
        return e.isArchived() ? tr("Archived") : tr("Active");
    default:
        return {};
    }
}

QVariant EnterpriseTableModel::sortKey(int row, int column) const
{
    const core::Enterprise& e = m_rows.at(row);
    switch (column) {
    case Name:
        return m_nameRank.value(row);
    case Employees:
        return e.employees;
    case SizeClass:
        return static_cast<int>(e.sizeClass);
    case OccupationalHazard:
        return static_cast<int>(e.occupationalHazard);
    case Participation:
        return static_cast<int>(e.participation);
    case TargetCategories:
        return e.targetCategories.toInt();
    default:
        return displayText(e, column);
    }
}

QVariant EnterpriseTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const core::Enterprise& e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CreditCode && e.creditCodeOverride) {
            return tr("Kept although the check character does not match: %1").arg(e.creditCodeOverrideReason);
        }
        if (index.column() == TargetCategories) {
            QStringList lines;
            for (core::TargetCategory c : core::allTargetCategories()) {
                if (e.targetCategories.testFlag(c)) {
                    lines << DomainText::targetCategory(c);
                }
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::ForegroundRole:
        if (e.isArchived()) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Employees) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SortRole:
        return sortKey(index.row(), index.column());
    case IdRole:
        return e.id;
    case ArchivedRole:
        return e.isArchived();
    case CommunityIdRole:
        return e.communityId;
    case SizeClassRole:
        return static_cast<int>(e.sizeClass);
    case TargetCategoriesRole:
        return e.targetCategories.toInt();
    case ParticipationRole:
        return static_cast<int>(e.participation);
    case SearchTextRole:
        ensureSearchText();
        return m_searchText.mid(m_searchStart.at(index.row()),
                                m_searchStart.at(index.row() + 1) - m_searchStart.at(index.row()) - 1);
    default:
        return {};
    }
}

QVariant EnterpriseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return TableHeader::data(*this,
                             { tr("Enterprise name"), tr("Credit code"), tr("Community"), tr("Size class"),
                               tr("Target categories"), tr("Occupational hazard"), tr("Participation"), tr("Join date"),
                               tr("Employees"), tr("Safety contact"), tr("Phone"), tr("Landlord"), tr("Address"),
                               tr("Status") },
                             section, orientation, role);
}

} // namespace sl::ui
