#pragma once

#include "model/Certificate.h"
#include "rules/CertificateStatus.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace sl::core {
class Database;
}

namespace sl::ui {

// Every certificate of the street as a table, with its days left and state as of today. Read-only:
// edits go through CertificateDialog and the repository's rules. A certificate of an enterprise that
// left the register counts as archived with it.
class CertificateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Enterprise,
        CreditCode,
        Type,
        Number,
        Holder,
        Issuer,
        Issued,
        Expires,
        DaysLeft,
        Status,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,
        EnterpriseIdRole,
        ArchivedRole,
        RemainingRole, // days left, negative once expired
        SearchTextRole,
    };
    // How far ahead "expiring" looks unless the page's filter asks for a longer window.
    static constexpr int kDefaultWarningDays = 30;

    explicit CertificateTableModel(core::Database& db, QObject* parent = nullptr);

    // Reads the certificates again and takes today's date from the clock.
    void reload();
    // Days ahead within which a valid certificate is shown as expiring.
    void setWarningDays(int days);
    int warningDays() const { return m_warningDays; }
    QDate today() const { return m_today; }

    const core::Certificate* certificateAt(int row) const;
    int rowOfId(qint64 id) const;
    bool isArchived(const core::Certificate& certificate) const;
    core::CertificateStatus::State stateOf(const core::Certificate& certificate) const;
    QString enterpriseName(qint64 enterpriseId) const { return m_enterprises.value(enterpriseId).name; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct EnterpriseInfo
    {
        QString name;
        QString creditCode;
        bool archived = false;
    };

    QString displayText(const core::Certificate& c, int column) const;

    core::Database& m_db;
    QDate m_today;
    int m_warningDays = kDefaultWarningDays;
    QList<core::Certificate> m_rows;
    QList<QString> m_searchText; // lower-cased haystack per row, built once per reload
    QHash<qint64, int> m_rowById;
    QHash<qint64, EnterpriseInfo> m_enterprises;
    QHash<qint64, QString> m_types;
};

} // namespace sl::ui
