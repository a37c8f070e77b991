#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sl::ui {

// Search box and "show archived" of the Agencies page.
class AgencyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AgencyFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setShowArchived(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_terms;
    bool m_showArchived = false;
};

} // namespace sl::ui
