#include "ContractRepository.h"

#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "rules/ContractValidator.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

namespace {

const QString kContractColumns = QStringLiteral(
    "id, agency_id, contract_no, tender_lot, signed_on, period_start, period_end, unit_price_fen, notes, archived_at");

Contract contractFromRow(const QSqlQuery& q)
{
    Contract c;
    c.id = q.value(0).toLongLong();
    c.agencyId = q.value(1).toLongLong();
    c.contractNo = q.value(2).toString();
    c.tenderLot = q.value(3).toString();
    c.signedOn = SqlValue::toDate(q.value(4));
    c.periodStart = SqlValue::toDate(q.value(5));
    c.periodEnd = SqlValue::toDate(q.value(6));
    c.unitPrice = Money::fromFen(q.value(7).toLongLong());
    c.notes = q.value(8).toString();
    c.archivedAt = SqlValue::toTimestamp(q.value(9));
    return c;
}

} // namespace

ContractRepository::ContractRepository(Database& db)
    : m_db(db)
{
}

QList<Contract> ContractRepository::list(bool includeArchived) const
{
    QList<Contract> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM contract WHERE archived_at IS NULL OR ? <> 0 ORDER BY period_start, id")
                  .arg(kContractColumns));
    q.addBindValue(includeArchived ? 1 : 0);
    if (q.exec()) {
        while (q.next()) {
            out.append(contractFromRow(q));
        }
    }
    return out;
}

std::optional<Contract> ContractRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM contract WHERE id = ?").arg(kContractColumns));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        return contractFromRow(q);
    }
    return std::nullopt;
}

bool ContractRepository::check(const Contract& c, QString* error) const
{
    const auto problems = ContractValidator::validate(c);
    if (!problems.isEmpty()) {
        return failWith(error, ContractValidator::summary(problems));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM agency WHERE id = ?"));
    q.addBindValue(c.agencyId);
    if (!q.exec() || !q.next() || q.value(0).toInt() != 1) {
        return failWith(error, ContractValidator::chooseAgency());
    }
    if (c.id > 0) {
        // Shrinking the period must not cut off service already recorded under the contract.
        q.prepare(QStringLiteral("SELECT count(*) FROM coverage WHERE contract_id = ? AND (service_start < ?"
                                 " OR service_start > ?)"));
        q.addBindValue(c.id);
        q.addBindValue(SqlValue::fromDate(c.periodStart));
        q.addBindValue(SqlValue::fromDate(c.periodEnd));
        if (q.exec() && q.next() && q.value(0).toInt() > 0) {
            return failWith(error,
                            tr("%n enterprise(s) start service outside the new period. Change their "
                               "service first.",
                               nullptr, q.value(0).toInt()));
        }
    }
    return true;
}

bool ContractRepository::insert(Contract& c, QString* error)
{
    Transaction tx(m_db.connection());
    if (!check(c, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO contract (agency_id, contract_no, tender_lot, signed_on, period_start,"
                             " period_end, unit_price_fen, notes, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = SqlValue::nowUtc();
    for (const QVariant& v :
         { QVariant(c.agencyId), SqlValue::fromText(c.contractNo), SqlValue::fromText(c.tenderLot),
           SqlValue::fromDate(c.signedOn), SqlValue::fromDate(c.periodStart), SqlValue::fromDate(c.periodEnd),
           QVariant(c.unitPrice.fen()), SqlValue::fromText(c.notes), QVariant(now), QVariant(now) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The contract could not be saved: %1").arg(q.lastError().text()));
    }
    const qint64 id = SqlDialect::insertedId(q);
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The contract could not be saved: %1").arg(tx.errorText()));
    }
    c.id = id;
    return true;
}

bool ContractRepository::update(const Contract& c, QString* error)
{
    Transaction tx(m_db.connection());
    if (!check(c, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE contract SET agency_id = ?, contract_no = ?, tender_lot = ?, signed_on = ?,"
                             " period_start = ?, period_end = ?, unit_price_fen = ?, notes = ?, updated_at = ?"
                             " WHERE id = ?"));
    for (const QVariant& v :
         { QVariant(c.agencyId), SqlValue::fromText(c.contractNo), SqlValue::fromText(c.tenderLot),
           SqlValue::fromDate(c.signedOn), SqlValue::fromDate(c.periodStart), SqlValue::fromDate(c.periodEnd),
           QVariant(c.unitPrice.fen()), SqlValue::fromText(c.notes), QVariant(SqlValue::nowUtc()), QVariant(c.id) }) {
        q.addBindValue(v);
    }
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The contract could not be saved: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The contract could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

bool ContractRepository::setArchived(qint64 id, bool archived, QString* error)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE contract SET archived_at = ?, updated_at = ? WHERE id = ?"));
    const QString now = SqlValue::nowUtc();
    q.addBindValue(archived ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The contract could not be changed: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The contract could not be changed: %1").arg(tx.errorText()));
    }
    return true;
}

QList<Coverage> ContractRepository::queryCoverages(const QString& where, const QVariant& value) const
{
    QList<Coverage> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, contract_id, enterprise_id, service_start, service_end, notes FROM coverage"
                             " WHERE %1 ORDER BY enterprise_id, service_start, id")
                  .arg(where));
    if (value.isValid()) {
        q.addBindValue(value);
    }
    if (q.exec()) {
        while (q.next()) {
            Coverage c;
            c.id = q.value(0).toLongLong();
            c.contractId = q.value(1).toLongLong();
            c.enterpriseId = q.value(2).toLongLong();
            c.serviceStart = SqlValue::toDate(q.value(3));
            c.serviceEnd = SqlValue::toDate(q.value(4));
            c.notes = q.value(5).toString();
            out.append(c);
        }
    }
    return out;
}

QList<Coverage> ContractRepository::coverages() const
{
    return queryCoverages(QStringLiteral("1 = 1"), QVariant());
}

QList<Coverage> ContractRepository::coveragesOfContract(qint64 contractId) const
{
    return queryCoverages(QStringLiteral("contract_id = ?"), contractId);
}

QList<Coverage> ContractRepository::coveragesOfEnterprise(qint64 enterpriseId) const
{
    return queryCoverages(QStringLiteral("enterprise_id = ?"), enterpriseId);
}

std::optional<Coverage> ContractRepository::findCoverage(qint64 coverageId) const
{
    const QList<Coverage> found = queryCoverages(QStringLiteral("id = ?"), coverageId);
    return found.isEmpty() ? std::nullopt : std::optional<Coverage>(found.first());
}

bool ContractRepository::checkNoOverlap(qint64 enterpriseId, const QDate& start, const QDate& end,
                                        qint64 exceptCoverageId, QString* error) const
{
    // Effective end of each coverage: its own end, else its contract's.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT cv.service_start, COALESCE(cv.service_end, ct.period_end), ct.contract_no,"
                             " a.name FROM coverage cv JOIN contract ct ON ct.id = cv.contract_id"
                             " JOIN agency a ON a.id = ct.agency_id"
                             " WHERE cv.enterprise_id = ? AND cv.id <> ?"
                             " AND cv.service_start <= ? AND COALESCE(cv.service_end, ct.period_end) >= ?"));
    q.addBindValue(enterpriseId);
    q.addBindValue(exceptCoverageId);
    q.addBindValue(SqlValue::fromDate(end));
    q.addBindValue(SqlValue::fromDate(start));
    if (q.exec() && q.next()) {
        return failWith(error,
                        tr("The enterprise is already served by %1 from %2 to %3. End that service first, or "
                           "move the enterprise.")
                            .arg(q.value(3).toString(), q.value(0).toString(), q.value(1).toString()));
    }
    return true;
}

bool ContractRepository::addCoverage(qint64 contractId, const QList<qint64>& enterpriseIds, const QDate& start,
                                     QString* error, QList<qint64>* ids)
{
    const auto contract = find(contractId);
    if (!contract) {
        return failWith(error, tr("The contract does not exist."));
    }
    if (!start.isValid() || !contract->covers(start)) {
        return failWith(
            error,
            tr("The service start must fall within the contract's period, %1 to %2.")
                .arg(contract->periodStart.toString(Qt::ISODate), contract->periodEnd.toString(Qt::ISODate)));
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO coverage (contract_id, enterprise_id, service_start, created_at)"
                             " VALUES (?, ?, ?, ?) RETURNING id"));
    const QString now = SqlValue::nowUtc();
    QList<qint64> added;
    for (qint64 enterpriseId : enterpriseIds) {
        QString why;
        if (!checkNoOverlap(enterpriseId, start, contract->periodEnd, 0, &why)) {
            QSqlQuery name(m_db.connection());
            name.prepare(QStringLiteral("SELECT name FROM enterprise WHERE id = ?"));
            name.addBindValue(enterpriseId);
            const QString who = name.exec() && name.next() ? name.value(0).toString() : QString::number(enterpriseId);
            return failWith(error, tr("%1: %2").arg(who, why));
        }
        q.addBindValue(contractId);
        q.addBindValue(enterpriseId);
        q.addBindValue(SqlValue::fromDate(start));
        q.addBindValue(now);
        if (!q.exec()) {
            return failWith(error, tr("The enterprise could not be added: %1").arg(q.lastError().text()));
        }
        added.append(SqlDialect::insertedId(q));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The enterprises could not be added: %1").arg(tx.errorText()));
    }
    if (ids) {
        ids->append(added);
    }
    return true;
}

bool ContractRepository::endCoverage(qint64 coverageId, const QDate& lastDay, QString* error)
{
    const auto coverage = findCoverage(coverageId);
    if (!coverage) {
        return failWith(error, tr("This service record does not exist."));
    }
    if (!lastDay.isValid() || lastDay < coverage->serviceStart) {
        return failWith(error,
                        tr("The last day of service cannot be before its first day, %1.")
                            .arg(coverage->serviceStart.toString(Qt::ISODate)));
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE coverage SET service_end = ? WHERE id = ?"));
    q.addBindValue(SqlValue::fromDate(lastDay));
    q.addBindValue(coverageId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The service could not be ended: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The service could not be ended: %1").arg(tx.errorText()));
    }
    return true;
}

bool ContractRepository::moveEnterprise(qint64 enterpriseId, qint64 toContractId, const QDate& firstDay, QString* error)
{
    Transaction tx(m_db.connection());
    // The coverage in force the day before the move, if any, ends then.
    const QDate lastDay = firstDay.addDays(-1);
    for (const Coverage& c : coveragesOfEnterprise(enterpriseId)) {
        const auto contract = find(c.contractId);
        const QDate end = c.serviceEnd.isValid() ? c.serviceEnd : contract->periodEnd;
        if (c.serviceStart <= lastDay && end >= firstDay) {
            if (c.contractId == toContractId) {
                return failWith(error, tr("The enterprise is already served under this contract."));
            }
            if (!endCoverage(c.id, lastDay, error)) {
                return false;
            }
        } else if (c.serviceStart >= firstDay) {
            return failWith(error,
                            tr("The enterprise has service starting on %1, on or after the move. Change "
                               "that service first.")
                                .arg(c.serviceStart.toString(Qt::ISODate)));
        }
    }
    if (!addCoverage(toContractId, { enterpriseId }, firstDay, error)) {
        return false;
    }
    if (!tx.commit()) {
        return failWith(error, tr("The move could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

bool ContractRepository::endService(const QList<qint64>& coverageIds, const QDate& lastDay, QString* error)
{
    // Several enterprises end together or not at all.
    Transaction tx(m_db.connection());
    for (qint64 coverageId : coverageIds) {
        if (!endCoverage(coverageId, lastDay, error)) {
            return false;
        }
    }
    if (!tx.commit()) {
        return failWith(error, tr("The service could not be ended: %1").arg(tx.errorText()));
    }
    return true;
}

QString ContractRepository::enterpriseName(qint64 enterpriseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM enterprise WHERE id = ?"));
    q.addBindValue(enterpriseId);
    return q.exec() && q.next() ? q.value(0).toString() : QString::number(enterpriseId);
}

bool ContractRepository::moveEnterprises(const QList<qint64>& enterpriseIds, qint64 toContractId, const QDate& firstDay,
                                         QString* error)
{
    // Several enterprises move together or not at all.
    Transaction tx(m_db.connection());
    for (qint64 enterpriseId : enterpriseIds) {
        QString why;
        if (!moveEnterprise(enterpriseId, toContractId, firstDay, &why)) {
            return failWith(error,
                            enterpriseIds.size() == 1 ? why : tr("%1: %2").arg(enterpriseName(enterpriseId), why));
        }
    }
    if (!tx.commit()) {
        return failWith(error, tr("The move could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

} // namespace sl::core
