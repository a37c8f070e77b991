#include "EvaluationRepository.h"

#include "Clock.h"
#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

EvaluationRepository::EvaluationRepository(Database& db)
    : m_db(db)
{
}

QList<Evaluation> EvaluationRepository::list(qint64 agencyId, int year) const
{
    QList<Evaluation> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, agency_id, evaluated_on, score_tenths, remarks FROM evaluation"
                             " WHERE (? = 0 OR agency_id = ?) AND (? = 0 OR substr(evaluated_on, 1, 4) = ?)"
                             " ORDER BY evaluated_on DESC, id DESC"));
    q.addBindValue(agencyId);
    q.addBindValue(agencyId);
    q.addBindValue(year);
    q.addBindValue(QString::number(year));
    if (q.exec()) {
        while (q.next()) {
            Evaluation e;
            e.id = q.value(0).toLongLong();
            e.agencyId = q.value(1).toLongLong();
            e.evaluatedOn = SqlValue::toDate(q.value(2));
            e.scoreTenths = q.value(3).toInt();
            e.remarks = q.value(4).toString();
            out.append(e);
        }
    }
    return out;
}

bool EvaluationRepository::insert(Evaluation& e, QString* error)
{
    if (e.agencyId <= 0) {
        return failWith(error, tr("Choose the agency."));
    }
    if (!e.evaluatedOn.isValid() || e.evaluatedOn > Clock::today()) {
        return failWith(error, tr("Enter the date of the evaluation; it cannot be in the future."));
    }
    if (e.scoreTenths < 0 || e.scoreTenths > 1000) {
        return failWith(error, tr("The score must be between 0 and 100."));
    }
    if (e.remarks.size() > 4000) {
        return failWith(error, tr("The remarks are longer than %1 characters.").arg(4000));
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO evaluation (agency_id, evaluated_on, score_tenths, remarks, created_at)"
                             " VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(e.agencyId);
    q.addBindValue(SqlValue::fromDate(e.evaluatedOn));
    q.addBindValue(e.scoreTenths);
    q.addBindValue(SqlValue::fromText(e.remarks.trimmed()));
    q.addBindValue(SqlValue::nowUtc());
    if (!q.exec()) {
        return failWith(error, tr("The evaluation could not be saved: %1").arg(q.lastError().text()));
    }
    const qint64 id = SqlDialect::insertedId(q);
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The evaluation could not be saved: %1").arg(tx.errorText()));
    }
    e.id = id;
    return true;
}

} // namespace sl::core
