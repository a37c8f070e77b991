#include "ContractFilterProxy.h"

#include "ContractTableModel.h"

namespace sl::ui {

ContractFilterProxy::ContractFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContractTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void ContractFilterProxy::setSearchText(const QString& text)
{
    // Every space-separated word must appear somewhere in the record, as on the Enterprises page.
    m_terms = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void ContractFilterProxy::setShowArchived(bool show)
{
    m_showArchived = show;
    invalidateFilter();
}

bool ContractFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && index.data(ContractTableModel::ArchivedRole).toBool()) {
        return false;
    }
    const QString haystack = index.data(ContractTableModel::SearchTextRole).toString();
    for (const QString& term : m_terms) {
        if (!haystack.contains(term)) {
            return false;
        }
    }
    return true;
}

} // namespace sl::ui
