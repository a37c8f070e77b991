#pragma once

#include "model/Enterprise.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <optional>

class QSqlQuery;

namespace sl::core {

class Database;

// The enterprise register. Every write is validated by EnterpriseValidator and runs in one
// transaction; "removing" an enterprise archives it, so its history stays and it can come back.
class EnterpriseRepository
{
    Q_DECLARE_TR_FUNCTIONS(EnterpriseRepository)

public:
    explicit EnterpriseRepository(Database& db);

    QList<Enterprise> list(bool includeArchived = true) const;
    // Every enterprise with only id, name, credit code, community and archive time filled: what lists
    // of derived figures show, read in a fraction of the time of list().
    QList<Enterprise> listNames() const;
    // Every enterprise with what the register's table shows and searches filled (everything but the bank
    // account and the notes, which only the record itself shows), ordered by id.
    QList<Enterprise> listForTable() const;
    std::optional<Enterprise> find(qint64 id) const;
    std::optional<Enterprise> findByCreditCode(const QString& creditCode) const;
    int count(bool includeArchived = true) const;

    // Sets enterprise.id on success.
    bool insert(Enterprise& enterprise, QString* error);
    // All or nothing: when one record is refused, none is written and error names the record.
    bool insertAll(QList<Enterprise>& enterprises, QString* error);
    // A changed size class is recorded as in force from sizeClassFrom (today when not given), so
    // service years that started earlier keep the class they had.
    bool update(const Enterprise& enterprise, QString* error, const QDate& sizeClassFrom = QDate());
    QList<QPair<QDate, SizeClass>> sizeClassHistory(qint64 id) const;
    bool archive(qint64 id, QString* error);
    bool restore(qint64 id, QString* error);

private:
    bool checkRecord(const Enterprise& enterprise, QString* error) const;
    bool insertOne(QSqlQuery& query, Enterprise& enterprise, QString* error) const;
    bool recordSizeClass(qint64 id, const QDate& from, SizeClass sizeClass, QString* error) const;
    bool setArchivedAt(qint64 id, bool archived, QString* error);

    Database& m_db;
};

} // namespace sl::core
