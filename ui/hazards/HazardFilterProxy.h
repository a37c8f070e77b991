#pragma once

#include "common/RecordFilterProxy.h"

namespace sl::ui {

// The hazards page's own filters: state, grade, agency, source (who inspected), community, supervision, overdue only,
// one enterprise (-1 / 0 means "any"), on top of the search every list page has, over every column.
class HazardFilterProxy : public RecordFilterProxy
{
    Q_OBJECT

public:
    explicit HazardFilterProxy(QObject* parent = nullptr);

    void setState(int state);
    void setGrade(int grade);
    void setAgency(qint64 agencyId);
    // Who found it (core::Inspector): an agency, the street's own or a joint inspection; -1: any.
    void setInspector(int inspector);
    void setCommunity(qint64 communityId);
    void setSupervision(int supervision);
    void setOverdueOnly(bool overdueOnly);
    void setEnterprise(qint64 enterpriseId);

protected:
    bool acceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_state = -1;
    int m_grade = -1;
    qint64 m_agency = 0;
    int m_inspector = -1;
    qint64 m_community = 0;
    int m_supervision = -1;
    bool m_overdueOnly = false;
    qint64 m_enterprise = 0;
};

} // namespace sl::ui
