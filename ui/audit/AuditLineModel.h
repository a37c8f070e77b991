#pragma once

#include "reports/AuditWording.h"

#include <QAbstractTableModel>

namespace sl::ui {

// The audit log as a table, one row per changed field (an entry without fields takes one row): time, operator,
// kind, record, action, field, before, after. An entry's first row carries its time and record; the rows of the
// same entry under it repeat them in grey, so the eye follows the entry and a copy to Excel stays whole.
class AuditLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Operator, Kind, Object, Action, Field, Before, After, ColumnCount };

    explicit AuditLineModel(QObject* parent = nullptr);

    void setLines(const QList<core::AuditWording::Line>& lines);
    const QList<core::AuditWording::Line>& lines() const { return m_lines; }
    // The entry a row belongs to.
    const core::AuditWording::Line* lineAt(int row) const;
    // Without the kind and record columns (a record's own history): the same rows, fewer columns shown.
    static QStringList headers();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        int line = 0;
        int change = -1; // -1: the entry has no fields
        bool first = true;
    };
    QList<core::AuditWording::Line> m_lines;
    QList<Row> m_rows;
};

} // namespace sl::ui
