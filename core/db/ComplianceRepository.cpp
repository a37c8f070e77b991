#include "ComplianceRepository.h"

#include "ContractRepository.h"
#include "Database.h"
#include "SettingRepository.h"
#include "SqlValue.h"
#include "model/RecordKind.h"

#include <QSqlQuery>

namespace sl::core {

ComplianceRepository::ComplianceRepository(Database& db)
    : m_db(db)
{
}

ObligationEngine::Inputs ComplianceRepository::loadInputs() const
{
    return load(0, {}, {});
}

ObligationEngine::Inputs ComplianceRepository::loadInputsForYear(int year) const
{
    return load(0, QDate(year, 1, 1), QDate(year + 1, 12, 31));
}

ObligationEngine::Inputs ComplianceRepository::loadInputsOf(qint64 enterpriseId) const
{
    return load(enterpriseId, {}, {});
}

ObligationEngine::Inputs ComplianceRepository::load(qint64 enterpriseId, const QDate& from, const QDate& to) const
{
    ObligationEngine::Inputs in;
    const ContractRepository contracts(m_db);
    QHash<qint64, Contract> byId;
    for (const Contract& c : contracts.list(true)) {
        byId.insert(c.id, c);
    }
    in.spans = ServiceSpans::byEnterprise(
        enterpriseId == 0 ? contracts.coverages() : contracts.coveragesOfEnterprise(enterpriseId), byId);
    in.settings = SettingRepository(m_db).obligationSettings();

    // Dates come sorted from SQLite, so each list is ready for the engine's binary searches.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The partial covering index of schema step 5 answers this without touching the table.
    q.prepare(QStringLiteral("SELECT enterprise_id, kind, done_on, report_year FROM service_record"
                             " WHERE voided_at IS NULL AND (? = 0 OR enterprise_id = ?)"
                             " AND done_on BETWEEN ? AND ? ORDER BY enterprise_id, done_on"));
    q.addBindValue(enterpriseId);
    q.addBindValue(enterpriseId);
    q.addBindValue(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"));
    q.addBindValue(to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
    if (q.exec()) {
        qint64 current = -1;
        EnterpriseActivity* activity = nullptr;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id != current) {
                current = id;
                activity = &in.activity[id];
            }
            RecordKind kind = RecordKind::Inspection;
            if (!recordKindFromKey(q.value(1).toString(), &kind)) {
                continue;
            }
            const QDate day = SqlValue::toDate(q.value(2));
            switch (kind) {
            case RecordKind::Survey:
                activity->surveys.append(day);
                break;
            case RecordKind::Inspection:
                activity->inspections.append(day);
                break;
            case RecordKind::Training:
                activity->trainings.append(day);
                break;
            case RecordKind::Drill:
                activity->drills.append(day);
                break;
            case RecordKind::YearEndReport:
                activity->yearEndReports.append({q.value(3).toInt(), day});
                break;
            }
        }
    }
    QSqlQuery b(m_db.connection());
    b.setForwardOnly(true);
    // Baseline documents count only in the year service first began: for one year, only the enterprises
    // whose first day of service falls in it (coverage never starts before its contract).
    b.prepare(QStringLiteral("SELECT enterprise_id, completed_on FROM baseline_document"
                             " WHERE (? = 0 OR enterprise_id = ?) AND (? IS NULL OR enterprise_id IN"
                             " (SELECT enterprise_id FROM coverage GROUP BY enterprise_id"
                             "  HAVING min(service_start) BETWEEN ? AND ?))"
                             " ORDER BY enterprise_id, completed_on"));
    b.addBindValue(enterpriseId);
    b.addBindValue(enterpriseId);
    const QVariant firstYearStart = from.isValid() ? QVariant(from.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
    b.addBindValue(firstYearStart);
    b.addBindValue(firstYearStart);
    b.addBindValue(from.isValid() ? QDate(from.year(), 12, 31).toString(Qt::ISODate) : QString());
    if (b.exec()) {
        while (b.next()) {
            in.activity[b.value(0).toLongLong()].baselineCompleted.append(SqlValue::toDate(b.value(1)));
        }
    }
    return in;
}

} // namespace sl::core
