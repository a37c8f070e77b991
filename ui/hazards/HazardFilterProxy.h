#pragma once

#include <QSortFilterProxyModel>

namespace sl::ui {

// The hazards page's filters: state, grade, agency, community, supervision, overdue only, one
// enterprise, and the search text over every column. -1 / 0 means "any".
class HazardFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HazardFilterProxy(QObject* parent = nullptr);

    void setState(int state);
    void setGrade(int grade);
    void setAgency(qint64 agencyId);
    void setCommunity(qint64 communityId);
    void setSupervision(int supervision);
    void setOverdueOnly(bool overdueOnly);
    void setEnterprise(qint64 enterpriseId);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_state = -1;
    int m_grade = -1;
    qint64 m_agency = 0;
    qint64 m_community = 0;
    int m_supervision = -1;
    bool m_overdueOnly = false;
    qint64 m_enterprise = 0;
    QString m_search;
};

} // namespace sl::ui
