#include "ComplianceRepository.h"

#include "ContractRepository.h"
#include "Database.h"
#include "SettingRepository.h"
#include "SqlValue.h"
#include "model/RecordKind.h"

#include <QSqlQuery>

#include <algorithm>

namespace sl::core {

ComplianceRepository::ComplianceRepository(Database& db)
    : m_db(db)
{
}

namespace {

QString isoDay(int year, int month, int day)
{
    return QDate(year, month, day).toString(Qt::ISODate);
}

} // namespace

ObligationEngine::Inputs ComplianceRepository::loadInputs() const
{
    return load(0, 0, 0);
}

ObligationEngine::Inputs ComplianceRepository::loadInputsForYears(int first, int last) const
{
    return load(0, first, std::max(first, last));
}

ObligationEngine::Inputs
ComplianceRepository::loadInputsForYears(int first, int last, QHash<qint64, QList<ObligationEngine::Span>> spans) const
{
    return load(0, first, std::max(first, last), &spans);
}

ObligationEngine::Inputs ComplianceRepository::loadInputsOf(qint64 enterpriseId) const
{
    return load(enterpriseId, 0, 0);
}

ObligationEngine::Inputs ComplianceRepository::load(qint64 enterpriseId, int first, int last,
                                                    QHash<qint64, QList<ObligationEngine::Span>>* spans) const
{
    const bool everyYear = first == 0;
    ObligationEngine::Inputs in;
    if (spans) {
        in.spans = std::move(*spans);
    } else {
        const ContractRepository contracts(m_db);
        QHash<qint64, Contract> byId;
        for (const Contract& c : contracts.list(true)) {
            byId.insert(c.id, c);
        }
        in.spans = ServiceSpans::byEnterprise(
            enterpriseId == 0 ? contracts.coverages() : contracts.coveragesOfEnterprise(enterpriseId), byId);
    }
    in.settings = SettingRepository(m_db).obligationSettings();

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Three reads, each answered by a partial covering index of schema step 12 without touching the table:
    // the year's periodic records by kind and day, the surveys from the first day on (a late survey still
    // counts), and the year-end reports by the year they report on (whenever given). Only the agencies' records:
    // the street's own inspections (街道检查, 联合检查) are never an agency's obligation (Inspector.h).
    q.prepare(QStringLiteral(
        "SELECT enterprise_id, kind, done_on, report_year FROM service_record"
        " WHERE voided_at IS NULL AND kind IN ('inspection', 'training', 'drill') AND (? = 0 OR enterprise_id = ?)"
        " AND done_on BETWEEN ? AND ? AND inspector = 'agency'"
        " UNION ALL SELECT enterprise_id, kind, done_on, report_year FROM service_record"
        " WHERE voided_at IS NULL AND kind = 'survey' AND (? = 0 OR enterprise_id = ?) AND done_on >= ?"
        " UNION ALL SELECT enterprise_id, kind, done_on, report_year FROM service_record"
        " WHERE voided_at IS NULL AND kind = 'year_end_report' AND (? = 0 OR enterprise_id = ?)"
        " AND report_year BETWEEN ? AND ?"));
    const QString firstDay = everyYear ? QStringLiteral("0000-01-01") : isoDay(first, 1, 1);
    for (const QVariant& v :
         { QVariant(enterpriseId), QVariant(enterpriseId), QVariant(firstDay),
           QVariant(everyYear ? QStringLiteral("9999-12-31") : isoDay(last, 12, 31)), QVariant(enterpriseId),
           QVariant(enterpriseId), QVariant(firstDay), QVariant(enterpriseId), QVariant(enterpriseId),
           QVariant(everyYear ? 0 : first), QVariant(everyYear ? 9999 : last) }) {
        q.addBindValue(v);
    }
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
                activity->yearEndReports.append({ q.value(3).toInt(), day });
                break;
            }
        }
    }
    // Sorted here rather than by SQLite: each part comes in its index's order already (by kind, then day), and
    // sorting a few dates per enterprise costs a fraction of a sort of every row (measured: 37 -> 11 ms for a
    // year of the 5,000-enterprise street). The engine's binary searches need them ascending.
    for (EnterpriseActivity& a : in.activity) {
        for (QList<QDate>* dates : { &a.surveys, &a.inspections, &a.trainings, &a.drills }) {
            std::sort(dates->begin(), dates->end());
        }
    }
    QSqlQuery b(m_db.connection());
    b.setForwardOnly(true);
    // Baseline documents count only in the year service first began: for some years, only the enterprises
    // whose first day of service falls in them (coverage never starts before its contract).
    b.prepare(QStringLiteral("SELECT enterprise_id, completed_on FROM baseline_document"
                             " WHERE (? = 0 OR enterprise_id = ?) AND (CAST(? AS TEXT) IS NULL OR enterprise_id IN"
                             " (SELECT enterprise_id FROM coverage GROUP BY enterprise_id"
                             "  HAVING min(service_start) BETWEEN ? AND ?))"
                             " ORDER BY enterprise_id, completed_on"));
    b.addBindValue(enterpriseId);
    b.addBindValue(enterpriseId);
    const QVariant firstYearStart
        = everyYear ? QVariant(QMetaType::fromType<QString>()) : QVariant(isoDay(first, 1, 1));
    b.addBindValue(firstYearStart);
    b.addBindValue(firstYearStart);
    b.addBindValue(everyYear ? QString() : isoDay(last, 12, 31));
    if (b.exec()) {
        while (b.next()) {
            in.activity[b.value(0).toLongLong()].baselineCompleted.append(SqlValue::toDate(b.value(1)));
        }
    }
    // Risk assessments: a handful per enterprise over the years, all read (the first year's counts whenever
    // it was made).
    QSqlQuery r(m_db.connection());
    r.setForwardOnly(true);
    r.prepare(QStringLiteral("SELECT enterprise_id, assessed_on FROM risk_assessment"
                             " WHERE archived_at IS NULL AND (? = 0 OR enterprise_id = ?)"
                             " ORDER BY enterprise_id, assessed_on"));
    r.addBindValue(enterpriseId);
    r.addBindValue(enterpriseId);
    if (r.exec()) {
        while (r.next()) {
            in.activity[r.value(0).toLongLong()].riskAssessments.append(SqlValue::toDate(r.value(1)));
        }
    }
    return in;
}

} // namespace sl::core
