#include "EnterpriseFilterProxy.h"

#include "EnterpriseTableModel.h"

namespace sl::ui {

EnterpriseFilterProxy::EnterpriseFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EnterpriseTableModel::SortRole);
    // Chinese names sort by the system collation, as Excel does.
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void EnterpriseFilterProxy::refilter()
{
    // invalidateFilter() is the 6.4 way; 6.9's begin/endFilterChange is not available there.
    invalidateFilter();
}

void EnterpriseFilterProxy::setSearchText(const QString& text)
{
    // Every space-separated word must appear somewhere in the record.
    m_terms = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void EnterpriseFilterProxy::setCommunityId(qint64 id)
{
    m_communityId = id;
    refilter();
}

void EnterpriseFilterProxy::setSizeClass(int sizeClass)
{
    m_sizeClass = sizeClass;
    refilter();
}

void EnterpriseFilterProxy::setTargetCategory(int categoryBit)
{
    m_categoryBit = categoryBit;
    refilter();
}

void EnterpriseFilterProxy::setParticipation(int participation)
{
    m_participation = participation;
    refilter();
}

void EnterpriseFilterProxy::setShowArchived(bool show)
{
    m_showArchived = show;
    refilter();
}

bool EnterpriseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && index.data(EnterpriseTableModel::ArchivedRole).toBool()) {
        return false;
    }
    if (m_communityId > 0 && index.data(EnterpriseTableModel::CommunityIdRole).toLongLong() != m_communityId) {
        return false;
    }
    if (m_sizeClass >= 0 && index.data(EnterpriseTableModel::SizeClassRole).toInt() != m_sizeClass) {
        return false;
    }
    if (m_categoryBit > 0 && (index.data(EnterpriseTableModel::TargetCategoriesRole).toInt() & m_categoryBit) == 0) {
        return false;
    }
    if (m_participation >= 0 && index.data(EnterpriseTableModel::ParticipationRole).toInt() != m_participation) {
        return false;
    }
    if (!m_terms.isEmpty()) {
        const QString haystack = index.data(EnterpriseTableModel::SearchTextRole).toString();
        for (const QString& term : m_terms) {
            if (!haystack.contains(term)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace sl::ui
