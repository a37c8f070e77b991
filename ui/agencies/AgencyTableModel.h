#pragma once

#include "model/Agency.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sl::core {
class Database;
}

namespace sl::ui {

// The agencies as a table. Read-only: edits go through AgencyDialog and the repository's rules.
class AgencyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, CreditCode, Qualification, ContactPerson, ContactPhone, ActiveExperts, Status, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,
        ArchivedRole,
        SearchTextRole,
    };

    explicit AgencyTableModel(core::Database& db, QObject* parent = nullptr);

    void reload();
    const core::Agency* agencyAt(int row) const;
    int rowOfId(qint64 id) const;
    int activeExperts(qint64 agencyId) const { return m_activeExperts.value(agencyId); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const core::Agency& a, int column) const;

    core::Database& m_db;
    QList<core::Agency> m_rows;
    QList<QString> m_searchText; // lower-cased haystack per row, built once per reload
    QHash<qint64, int> m_rowById;
    QHash<qint64, int> m_activeExperts;
};

} // namespace sl::ui
