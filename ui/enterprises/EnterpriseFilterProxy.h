#pragma once

#include <QSortFilterProxyModel>

namespace sl::ui {

// Search box and filter drop-downs of the Enterprises page. A filter value of -1 (or 0 for ids and
// category bits) means "all".
class EnterpriseFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EnterpriseFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setCommunityId(qint64 id);
    void setSizeClass(int sizeClass);
    void setTargetCategory(int categoryBit);
    void setParticipation(int participation);
    void setShowArchived(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // By name: the model's collated ranks compared directly, without a QVariant per comparison.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    QStringList m_terms;
    qint64 m_communityId = 0;
    int m_sizeClass = -1;
    int m_categoryBit = 0;
    int m_participation = -1;
    bool m_showArchived = false;
};

} // namespace sl::ui
