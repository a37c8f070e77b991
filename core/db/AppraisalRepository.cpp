#include "AppraisalRepository.h"

#include "AppInfo.h"
#include "Database.h"
#include "ErrorOut.h"
#include "ScorecardRowJson.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "YearReopening.h"
#include "SqlDialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

AppraisalRepository::AppraisalRepository(Database& db)
    : m_db(db)
{
}

QList<AppraisalConfirmation> AppraisalRepository::queryConfirmations(int year, bool inForceOnly) const
{
    QList<AppraisalConfirmation> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, year, as_of, scheme_id, confirmed_at, confirmed_by, agency_count, reopened_at,"
                             " reopened_by, reopen_reason FROM appraisal_confirmation"
                             " WHERE year = ? AND (reopened_at IS NULL OR ? <> 0) ORDER BY id DESC"));
    q.addBindValue(year);
    q.addBindValue(inForceOnly ? 0 : 1);
    if (q.exec()) {
        while (q.next()) {
            AppraisalConfirmation c;
            c.id = q.value(0).toLongLong();
            c.year = q.value(1).toInt();
            c.asOf = SqlValue::toDate(q.value(2));
            c.schemeId = SqlValue::toId(q.value(3));
            c.confirmedAt = SqlValue::toTimestamp(q.value(4));
            c.confirmedBy = q.value(5).toString();
            c.agencyCount = q.value(6).toInt();
            c.reopenedAt = SqlValue::toTimestamp(q.value(7));
            c.reopenedBy = q.value(8).toString();
            c.reopenReason = q.value(9).toString();
            out.append(c);
        }
    }
    return out;
}

std::optional<AppraisalConfirmation> AppraisalRepository::confirmation(int year) const
{
    const auto found = queryConfirmations(year, true);
    return found.isEmpty() ? std::nullopt : std::optional<AppraisalConfirmation>(found.first());
}

QList<AppraisalConfirmation> AppraisalRepository::history(int year) const
{
    return queryConfirmations(year, false);
}

QList<AppraisalRepository::Result> AppraisalRepository::results(qint64 confirmationId) const
{
    QList<Result> out;
    QHash<qint64, int> indexOf;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, agency_id, agency_name, figures, total_tenths, grade FROM appraisal_result"
                             " WHERE confirmation_id = ? ORDER BY position"));
    q.addBindValue(confirmationId);
    if (q.exec()) {
        while (q.next()) {
            Result r;
            r.agencyId = q.value(1).toLongLong();
            r.agencyName = q.value(2).toString();
            r.row = ScorecardRowJson::fromJson(q.value(3).toString());
            r.row.agencyId = r.agencyId;
            r.appraised = !q.value(4).isNull();
            r.appraisal.totalTenths = q.value(4).toInt();
            appraisalGradeFromKey(q.value(5).toString(), &r.appraisal.grade);
            indexOf.insert(q.value(0).toLongLong(), static_cast<int>(out.size()));
            out.append(r);
        }
    }
    q.prepare(QStringLiteral("SELECT p.result_id, p.measure, p.weight_tenths, p.figure, p.points_tenths"
                             " FROM appraisal_point p JOIN appraisal_result r ON r.id = p.result_id"
                             " WHERE r.confirmation_id = ? ORDER BY p.result_id, p.position"));
    q.addBindValue(confirmationId);
    if (q.exec()) {
        while (q.next()) {
            const auto index = indexOf.constFind(q.value(0).toLongLong());
            AppraisalPoint p;
            if (index == indexOf.constEnd() || !appraisalMeasureFromKey(q.value(1).toString(), &p.measure)) {
                continue;
            }
            p.weightTenths = q.value(2).toInt();
            if (!q.value(3).isNull()) {
                p.figure = q.value(3).toInt();
            }
            p.pointsTenths = q.value(4).toInt();
            out[*index].appraisal.points.append(p);
        }
    }
    return out;
}

bool AppraisalRepository::confirm(int year, const QDate& asOf, qint64 schemeId, const QList<Result>& results,
                                  QString* error)
{
    Transaction tx(m_db.connection());
    if (confirmation(year)) {
        return failWith(error, tr("The appraisal of %1 is confirmed already.").arg(year));
    }
    if (results.isEmpty()) {
        return failWith(error, tr("There is no agency to appraise in %1.").arg(year));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO appraisal_confirmation (year, as_of, scheme_id, confirmed_at, confirmed_by,"
                             " agency_count) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant& v : { QVariant(year), SqlValue::fromDate(asOf), schemeId ? QVariant(schemeId) : QVariant(),
                               QVariant(SqlValue::nowUtc()), QVariant(AppInfo::operatorName()),
                               QVariant(static_cast<int>(results.size())) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The appraisal could not be confirmed: %1").arg(q.lastError().text()));
    }
    const qint64 confirmationId = SqlDialect::insertedId(q);
    QSqlQuery point(m_db.connection());
    point.prepare(QStringLiteral("INSERT INTO appraisal_point (result_id, position, measure, weight_tenths, figure,"
                                 " points_tenths) VALUES (?, ?, ?, ?, ?, ?)"));
    q.prepare(QStringLiteral("INSERT INTO appraisal_result (confirmation_id, position, agency_id, agency_name, figures,"
                             " total_tenths, grade) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (int i = 0; i < results.size(); ++i) {
        const Result& r = results.at(i);
        for (const QVariant& v :
             { QVariant(confirmationId), QVariant(i + 1), QVariant(r.agencyId), SqlValue::fromText(r.agencyName),
               QVariant(ScorecardRowJson::toJson(r.row)), r.appraised ? QVariant(r.appraisal.totalTenths) : QVariant(),
               r.appraised ? QVariant(appraisalGradeKey(r.appraisal.grade)) : QVariant() }) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return failWith(
                error, tr("The appraisal of %1 could not be confirmed: %2").arg(r.agencyName, q.lastError().text()));
        }
        const qint64 resultId = SqlDialect::insertedId(q);
        for (int k = 0; r.appraised && k < r.appraisal.points.size(); ++k) {
            const AppraisalPoint& p = r.appraisal.points.at(k);
            for (const QVariant& v :
                 { QVariant(resultId), QVariant(k + 1), QVariant(appraisalMeasureKey(p.measure)),
                   QVariant(p.weightTenths), p.figure ? QVariant(*p.figure) : QVariant(), QVariant(p.pointsTenths) }) {
                point.addBindValue(v);
            }
            if (!point.exec()) {
                return failWith(error, tr("The appraisal could not be confirmed: %1").arg(point.lastError().text()));
            }
        }
    }
    q.finish();
    point.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The appraisal could not be confirmed: %1").arg(tx.errorText()));
    }
    return true;
}

bool AppraisalRepository::reopen(int year, const QString& reason, QString* error)
{
    const auto inForce = [this, year] {
        const auto current = confirmation(year);
        return current ? current->id : qint64(0);
    };
    return YearReopening::reopen(m_db, QStringLiteral("appraisal_confirmation"), reason, inForce,
                                 { tr("Give the reason for reopening the appraisal; it is kept with the year."),
                                   tr("The appraisal of %1 is not confirmed.").arg(year),
                                   tr("The appraisal could not be reopened: %1") },
                                 error);
}

} // namespace sl::core
