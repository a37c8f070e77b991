#pragma once

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace sl::core {

class Database;
class Transaction;

// The SQL of DatabaseExchange (export-all, import-all): the tables as SQLite describes them, every row of one, and
// the restore of a whole workbook into an empty file in one transaction, the audit trail included as it was.
// The messages stay DatabaseExchange's; this hands back SQLite's own words (sqlError) for it to quote.
class ExchangeRepository
{
public:
    struct Table
    {
        QString name;
        QStringList columns;
        QList<bool> notNull;
        QList<bool> integer;
    };

    explicit ExchangeRepository(Database& db);
    ~ExchangeRepository();
    ExchangeRepository(const ExchangeRepository&) = delete;
    ExchangeRepository& operator=(const ExchangeRepository&) = delete;

    // The data tables, the enterprises first and the audit trail last (internal bookkeeping left out).
    QList<Table> tables() const;
    QHash<qint64, QString> communityNames() const;
    // Each row of the table in rowid order, its values in column order, one at a time (memory stays flat); row()
    // returns false to stop. False with sqlError when the table cannot be read.
    bool forEachRow(const QString& table, const std::function<bool(const QVariantList&)>& row, QString* sqlError) const;

    // The restore: begin, then empty and insert table by table, then finish; leaving it unfinished rolls it back.
    void beginRestore(const QList<Table>& schema);
    bool emptyTable(const QString& table, QString* sqlError);
    void prepareInsert(const QString& table, const QStringList& columns);
    bool insertRow(const QVariantList& values, QString* sqlError);
    // Puts the audit triggers back (error: the full sentence), then commits (commitError: SQLite's words).
    bool recreateAuditTriggers(QString* error);
    bool commitRestore(QString* commitError);

private:
    Database& m_db;
    std::unique_ptr<Transaction> m_tx;
    QSqlQuery m_insert;
};

} // namespace sl::core
