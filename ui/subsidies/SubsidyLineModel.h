#pragma once

#include "model/SubsidyLine.h"

#include <QAbstractTableModel>
#include <QList>

namespace sl::ui {

// The lines of one subsidy year, read-only: they are computed by core or frozen by a confirmation.
class SubsidyLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LineNo,
        Enterprise,
        CreditCode,
        Community,
        SizeClass,
        ServiceYearStart,
        ParticipationYear,
        Agency,
        Fee,
        StreetShare,
        EnterpriseShare,
        Rule,
        Flags,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit SubsidyLineModel(QObject* parent = nullptr);

    void setLines(const QList<core::SubsidyLine>& lines);
    const QList<core::SubsidyLine>& lines() const { return m_lines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::SubsidyLine> m_lines;
};

} // namespace sl::ui
