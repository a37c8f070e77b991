#include "AgencyFilterProxy.h"

#include "AgencyTableModel.h"

namespace sl::ui {

AgencyFilterProxy::AgencyFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AgencyTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void AgencyFilterProxy::setSearchText(const QString& text)
{
    // Every space-separated word must appear somewhere in the record, as on the Enterprises page.
    m_terms = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void AgencyFilterProxy::setShowArchived(bool show)
{
    m_showArchived = show;
    invalidateFilter();
}

bool AgencyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && index.data(AgencyTableModel::ArchivedRole).toBool()) {
        return false;
    }
    const QString haystack = index.data(AgencyTableModel::SearchTextRole).toString();
    for (const QString& term : m_terms) {
        if (!haystack.contains(term)) {
            return false;
        }
    }
    return true;
}

} // namespace sl::ui
