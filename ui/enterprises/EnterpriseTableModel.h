#pragma once

#include "model/Enterprise.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sl::core {
class Database;
}

namespace sl::ui {

// The register as a table. Read-only: edits go through EnterpriseDialog and the repository's rules.
class EnterpriseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        CreditCode,
        Community,
        SizeClass,
        TargetCategories,
        OccupationalHazard,
        Participation,
        JoinDate,
        Employees,
        SafetyContact,
        SafetyContactPhone,
        Landlord,
        Address,
        Status,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,
        ArchivedRole,
        CommunityIdRole,
        SizeClassRole,
        TargetCategoriesRole,
        ParticipationRole,
        SearchTextRole,
    };

    explicit EnterpriseTableModel(core::Database& db, QObject* parent = nullptr);

    void reload();
    // What the table shows of the row's enterprise: no bank account and no notes (EnterpriseRepository::
    // listForTable); the whole record is EnterpriseRepository::find's.
    const core::Enterprise* enterpriseAt(int row) const;
    // The row's place in the collated order of names (0 first).
    int nameRank(int row) const { return m_nameRank.value(row); }
    // Whether the row's searchable text (name, code, address, contacts, community; case-folded) holds every term.
    bool searchTextContains(int row, const QStringList& foldedTerms) const;
    int rowOfId(qint64 id) const;
    QString communityName(qint64 communityId) const { return m_communityNames.value(communityId); }
    QString enterpriseName(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const core::Enterprise& e, int column) const;
    QVariant sortKey(int row, int column) const;
    // Builds the search text the first time a search (or SearchTextRole) needs it, not on every load.
    void ensureSearchText() const;

    core::Database& m_db;
    QList<core::Enterprise> m_rows;
    // The case-folded searchable text of every row, one after the other in one string (row i from m_searchStart[i]
    // to m_searchStart[i + 1]), built on the first search after a reload: filtering a district's 50,000 rows then
    // reads memory in order instead of visiting 50,000 separate strings.
    mutable QString m_searchText;
    mutable QList<int> m_searchStart;
    mutable bool m_searchTextBuilt = false;
    // Each row's place in the collated order of names, so that sorting and re-filtering compare
    // integers instead of running the locale's collation on every comparison; found from one collation key
    // per name.
    QList<int> m_nameRank;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_communityNames;
};

} // namespace sl::ui
