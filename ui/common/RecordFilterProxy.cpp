#include "RecordFilterProxy.h"

#include "rules/ChineseOrder.h"

namespace sl::ui {

RecordFilterProxy::RecordFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

QStringList RecordFilterProxy::words(const QString& text)
{
    QStringList out;
    QString word;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!word.isEmpty()) {
                out << word.toCaseFolded();
                word.clear();
            }
        } else {
            word += c;
        }
    }
    if (!word.isEmpty()) {
        out << word.toCaseFolded();
    }
    return out;
}

bool RecordFilterProxy::containsAll(const QString& text, const QStringList& words)
{
    for (const QString& w : words) {
        if (!text.contains(w)) {
            return false;
        }
    }
    return true;
}

void RecordFilterProxy::setSearchText(const QString& text)
{
    const QStringList next = words(text);
    if (next == m_words) {
        return;
    }
    m_words = next;
    // invalidateFilter() is the 6.4 way; 6.9's begin/endFilterChange is not available there.
    invalidateFilter();
}

void RecordFilterProxy::setShowArchived(bool show)
{
    if (show == m_showArchived) {
        return;
    }
    m_showArchived = show;
    invalidateFilter();
}

bool RecordFilterProxy::acceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    Q_UNUSED(sourceRow)
    Q_UNUSED(sourceParent)
    return true;
}

QString RecordFilterProxy::rowText(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    if (m_searchRole >= 0) {
        return m->index(sourceRow, 0, sourceParent).data(m_searchRole).toString();
    }
    QString text;
    for (int column = 0; column < m->columnCount(sourceParent); ++column) {
        text += m->index(sourceRow, column, sourceParent).data().toString();
        text += QLatin1Char('\n');
    }
    return text.toCaseFolded();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_showArchived && m_archivedRole >= 0
        && sourceModel()->index(sourceRow, 0, sourceParent).data(m_archivedRole).toBool()) {
        return false;
    }
    if (!acceptsRow(sourceRow, sourceParent)) {
        return false;
    }
    return m_words.isEmpty() || containsAll(rowText(sourceRow, sourceParent), m_words);
}

bool RecordFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString) {
        return core::ChineseOrder::compare(a.toString(), b.toString()) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace sl::ui
