#include "SubsidyRepository.h"

#include "AgencyRepository.h"
#include "AppInfo.h"
#include "CommunityRepository.h"
#include "ContractRepository.h"
#include "Database.h"
#include "EnterpriseRepository.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "SubsidyPolicyRepository.h"
#include "Transaction.h"
#include "YearReopening.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

SubsidyRepository::SubsidyRepository(Database& db)
    : m_db(db)
{
}

SubsidyLedger::Inputs SubsidyRepository::loadInputs() const
{
    SubsidyLedger::Inputs in;
    for (const Enterprise& e : EnterpriseRepository(m_db).list(true)) {
        in.enterprises.insert(e.id, e);
    }
    for (const Community& c : CommunityRepository(m_db).list(true)) {
        in.communityNames.insert(c.id, c.name);
        in.communityOrder.insert(c.id, c.sortOrder);
    }
    for (const Contract& c : ContractRepository(m_db).list(true)) {
        in.contracts.insert(c.id, c);
    }
    for (const Agency& a : AgencyRepository(m_db).list(true)) {
        in.agencyNames.insert(a.id, a.name);
    }
    in.coverages = ContractRepository(m_db).coverages();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT enterprise_id, effective_from, size_class FROM size_class_history"
                              " ORDER BY enterprise_id, effective_from"))) {
        while (q.next()) {
            SizeClass c = SizeClass::SmallMicro;
            sizeClassFromKey(q.value(2).toString(), &c);
            in.sizeClassHistory[q.value(0).toLongLong()].append({ SqlValue::toDate(q.value(1)), c });
        }
    }
    in.policies = SubsidyPolicyRepository(m_db).list();
    return in;
}

QList<ServiceYear> SubsidyRepository::serviceYearsOf(qint64 enterpriseId) const
{
    SubsidyLedger::Inputs in;
    const ContractRepository contracts(m_db);
    in.coverages = contracts.coveragesOfEnterprise(enterpriseId);
    for (const Coverage& c : std::as_const(in.coverages)) {
        if (!in.contracts.contains(c.contractId)) {
            if (const auto contract = contracts.find(c.contractId)) {
                in.contracts.insert(contract->id, *contract);
            }
        }
    }
    return SubsidyLedger::serviceYearsOf(in, enterpriseId);
}

QList<SubsidyConfirmation> SubsidyRepository::queryConfirmations(int year, bool inForceOnly) const
{
    QList<SubsidyConfirmation> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, year, confirmed_at, confirmed_by, line_count, street_total_fen, reopened_at,"
                             " reopened_by, reopen_reason FROM subsidy_confirmation"
                             " WHERE year = ? AND (reopened_at IS NULL OR ? <> 0) ORDER BY id DESC"));
    q.addBindValue(year);
    q.addBindValue(inForceOnly ? 0 : 1);
    if (q.exec()) {
        while (q.next()) {
            SubsidyConfirmation c;
            c.id = q.value(0).toLongLong();
            c.year = q.value(1).toInt();
            c.confirmedAt = SqlValue::toTimestamp(q.value(2));
            c.confirmedBy = q.value(3).toString();
            c.lineCount = q.value(4).toInt();
            c.streetTotal = Money::fromFen(q.value(5).toLongLong());
            c.reopenedAt = SqlValue::toTimestamp(q.value(6));
            c.reopenedBy = q.value(7).toString();
            c.reopenReason = q.value(8).toString();
            out.append(c);
        }
    }
    return out;
}

std::optional<SubsidyConfirmation> SubsidyRepository::confirmation(int year) const
{
    const auto found = queryConfirmations(year, true);
    return found.isEmpty() ? std::nullopt : std::optional<SubsidyConfirmation>(found.first());
}

QList<SubsidyConfirmation> SubsidyRepository::history(int year) const
{
    return queryConfirmations(year, false);
}

QList<SubsidyLine> SubsidyRepository::confirmedLines(qint64 confirmationId) const
{
    QList<SubsidyLine> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT line_no, enterprise_id, enterprise_name, credit_code, community_name, size_class,"
                             " service_year_start, participation_year, contract_id, agency_name, policy_id, fee_fen,"
                             " street_fen, enterprise_fen, rule, flags, bank_account_name, bank_name, bank_account,"
                             " contact FROM subsidy_line WHERE confirmation_id = ? ORDER BY line_no"));
    q.addBindValue(confirmationId);
    if (q.exec()) {
        while (q.next()) {
            SubsidyLine l;
            l.lineNo = q.value(0).toInt();
            l.enterpriseId = q.value(1).toLongLong();
            l.enterpriseName = q.value(2).toString();
            l.creditCode = q.value(3).toString();
            l.communityName = q.value(4).toString();
            sizeClassFromKey(q.value(5).toString(), &l.sizeClass);
            l.serviceYearStart = SqlValue::toDate(q.value(6));
            l.participationYear = q.value(7).toInt();
            l.contractId = q.value(8).toLongLong();
            l.agencyName = q.value(9).toString();
            l.policyId = q.value(10).toLongLong();
            l.fee = Money::fromFen(q.value(11).toLongLong());
            l.streetShare = Money::fromFen(q.value(12).toLongLong());
            l.enterpriseShare = Money::fromFen(q.value(13).toLongLong());
            subsidyRuleFromKey(q.value(14).toString(), &l.rule);
            l.flags = SubsidyFlags::fromInt(q.value(15).toInt());
            l.bankAccountName = q.value(16).toString();
            l.bankName = q.value(17).toString();
            l.bankAccount = q.value(18).toString();
            l.contact = q.value(19).toString();
            out.append(l);
        }
    }
    return out;
}

bool SubsidyRepository::confirm(int year, const QList<SubsidyLine>& lines, QString* error)
{
    Transaction tx(m_db.connection());
    if (confirmation(year)) {
        return failWith(error, tr("The year %1 is confirmed already.").arg(year));
    }
    Money total;
    for (const SubsidyLine& l : lines) {
        if (l.serviceYearStart.year() != year || l.streetShare + l.enterpriseShare != l.fee) {
            return failWith(
                error,
                tr("Line %1 does not belong to %2 or its shares do not add up to the fee.").arg(l.lineNo).arg(year));
        }
        total += l.streetShare;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO subsidy_confirmation (year, confirmed_at, confirmed_by, line_count,"
                             " street_total_fen) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(year);
    q.addBindValue(SqlValue::nowUtc());
    q.addBindValue(AppInfo::operatorName());
    q.addBindValue(static_cast<int>(lines.size()));
    q.addBindValue(total.fen());
    if (!q.exec()) {
        return failWith(error, tr("The year could not be confirmed: %1").arg(q.lastError().text()));
    }
    const qint64 confirmationId = SqlDialect::insertedId(q);
    q.prepare(QStringLiteral("INSERT INTO subsidy_line (confirmation_id, line_no, enterprise_id, enterprise_name,"
                             " credit_code, community_name, size_class, service_year_start, participation_year,"
                             " contract_id, agency_name, policy_id, fee_fen, street_fen, enterprise_fen, rule, flags,"
                             " bank_account_name, bank_name, bank_account, contact)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const SubsidyLine& l : lines) {
        for (const QVariant& v : { QVariant(confirmationId),
                                   QVariant(l.lineNo),
                                   QVariant(l.enterpriseId),
                                   SqlValue::fromText(l.enterpriseName),
                                   SqlValue::fromText(l.creditCode),
                                   SqlValue::fromText(l.communityName),
                                   QVariant(sizeClassKey(l.sizeClass)),
                                   SqlValue::fromDate(l.serviceYearStart),
                                   QVariant(l.participationYear),
                                   QVariant(l.contractId),
                                   SqlValue::fromText(l.agencyName),
                                   QVariant(l.policyId),
                                   QVariant(l.fee.fen()),
                                   QVariant(l.streetShare.fen()),
                                   QVariant(l.enterpriseShare.fen()),
                                   QVariant(subsidyRuleKey(l.rule)),
                                   QVariant(l.flags.toInt()),
                                   SqlValue::fromText(l.bankAccountName),
                                   SqlValue::fromText(l.bankName),
                                   SqlValue::fromText(l.bankAccount),
                                   SqlValue::fromText(l.contact) }) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return failWith(error, tr("Line %1 could not be confirmed: %2").arg(l.lineNo).arg(q.lastError().text()));
        }
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The year could not be confirmed: %1").arg(tx.errorText()));
    }
    return true;
}

bool SubsidyRepository::reopen(int year, const QString& reason, QString* error)
{
    const auto inForce = [this, year] {
        const auto current = confirmation(year);
        return current ? current->id : qint64(0);
    };
    return YearReopening::reopen(m_db, QStringLiteral("subsidy_confirmation"), reason, inForce,
                                 { tr("Give the reason for reopening the year; it is kept with the year."),
                                   tr("The year %1 is not confirmed.").arg(year),
                                   tr("The year could not be reopened: %1") },
                                 error);
}

} // namespace sl::core
