#pragma once

#include "reports/HazardYear.h"

#include <QAbstractTableModel>

namespace sl::ui {

// The hazards of a year as a table; the as-of date decides what is overdue.
class HazardTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Found,
        Enterprise,
        Community,
        Agency,
        Grade,
        Description,
        Deadline,
        State,
        Overdue,
        Supervision,
        ColumnCount
    };
    enum Role {
        HazardIdRole = Qt::UserRole + 1,
        EnterpriseIdRole,
        AgencyIdRole,
        CommunityIdRole,
        StateRole,
        GradeRole,
        SupervisionRole,
        OverdueRole,
        InspectorRole, // core::Inspector: an agency's, the street's own or a joint inspection found it
        // Typed values to sort by: dates as dates, grade and state in their order; text as shown.
        SortRole
    };

    explicit HazardTableModel(QObject* parent = nullptr);

    void setYear(core::HazardYear year);
    const core::HazardYear& year() const { return m_year; }
    const core::Hazard& hazard(int row) const { return m_year.hazards().at(row); }
    int rowOf(qint64 hazardId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::HazardYear m_year;
};

} // namespace sl::ui
