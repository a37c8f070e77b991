#pragma once

#include "model/Contract.h"
#include "model/Coverage.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sl::core {

class Database;

// Tender contracts and the enterprises each covers. An enterprise is covered by at most one
// contract on any day; moving it ends one coverage and starts the next, so its history stays.
class ContractRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContractRepository)

public:
    explicit ContractRepository(Database& db);

    QList<Contract> list(bool includeArchived = true) const;
    std::optional<Contract> find(qint64 id) const;
    bool insert(Contract& contract, QString* error);
    bool update(const Contract& contract, QString* error);
    bool setArchived(qint64 id, bool archived, QString* error);

    QList<Coverage> coverages() const;
    QList<Coverage> coveragesOfContract(qint64 contractId) const;
    QList<Coverage> coveragesOfEnterprise(qint64 enterpriseId) const;
    // Adds the enterprises from `start` (on or after the contract's start); all or none. The new
    // coverage ids are appended to `ids` when given.
    bool addCoverage(qint64 contractId, const QList<qint64>& enterpriseIds, const QDate& start, QString* error,
                     QList<qint64>* ids = nullptr);
    // Ends a coverage on `lastDay` (the enterprise left the programme, or moves).
    bool endCoverage(qint64 coverageId, const QDate& lastDay, QString* error);
    // Ends the enterprise's coverage in force on `firstDay` the day before and starts one under
    // `toContractId` on `firstDay`, in one transaction.
    bool moveEnterprise(qint64 enterpriseId, qint64 toContractId, const QDate& firstDay, QString* error);
    // Ends the service of several enterprises under a contract on one `lastDay`: all of the coverages, or
    // none of them (the first refusal is the reason).
    bool endService(const QList<qint64>& coverageIds, const QDate& lastDay, QString* error);
    // Moves several enterprises to `toContractId` from `firstDay`, each as moveEnterprise does: all of them,
    // or none. When more than one moves, the refusal names the enterprise it is about.
    bool moveEnterprises(const QList<qint64>& enterpriseIds, qint64 toContractId, const QDate& firstDay,
                         QString* error);

private:
    bool check(const Contract& contract, QString* error) const;
    bool checkNoOverlap(qint64 enterpriseId, const QDate& start, const QDate& end, qint64 exceptCoverageId,
                        QString* error) const;
    std::optional<Coverage> findCoverage(qint64 coverageId) const;
    QList<Coverage> queryCoverages(const QString& where, const QVariant& value) const;
    QString enterpriseName(qint64 enterpriseId) const;

    Database& m_db;
};

} // namespace sl::core
