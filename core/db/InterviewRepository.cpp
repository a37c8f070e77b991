#include "InterviewRepository.h"

#include "Clock.h"
#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "rules/InterviewValidator.h"
#include "SqlDialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

InterviewRepository::InterviewRepository(Database& db)
    : m_db(db)
{
}

QList<Interview> InterviewRepository::list(int year) const
{
    QList<Interview> out;
    QHash<qint64, int> index;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, kind, enterprise_id, agency_id, held_on, reason, people, outcome FROM interview"
                       " WHERE ? = 0 OR substr(held_on, 1, 4) = ? ORDER BY held_on DESC, id DESC"));
    q.addBindValue(year);
    q.addBindValue(QString::number(year));
    if (q.exec()) {
        while (q.next()) {
            Interview i;
            i.id = q.value(0).toLongLong();
            i.kind = q.value(1).toString() == QLatin1String("notice") ? Interview::Kind::Notice
                                                                      : Interview::Kind::Interview;
            i.enterpriseId = SqlValue::toId(q.value(2));
            i.agencyId = SqlValue::toId(q.value(3));
            i.heldOn = SqlValue::toDate(q.value(4));
            i.reason = q.value(5).toString();
            i.people = q.value(6).toString();
            i.outcome = q.value(7).toString();
            index.insert(i.id, static_cast<int>(out.size()));
            out.append(i);
        }
    }
    QSqlQuery h(m_db.connection());
    if (h.exec(QStringLiteral("SELECT interview_id, hazard_id FROM interview_hazard ORDER BY hazard_id"))) {
        while (h.next()) {
            const auto it = index.constFind(h.value(0).toLongLong());
            if (it != index.constEnd()) {
                out[*it].hazardIds.append(h.value(1).toLongLong());
            }
        }
    }
    return out;
}

bool InterviewRepository::insert(Interview& i, QString* error)
{
    const QString problem = InterviewValidator::problem(i, Clock::today());
    if (!problem.isEmpty()) {
        return failWith(error, problem);
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO interview (kind, enterprise_id, agency_id, held_on, reason, people, outcome,"
                             " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant& v :
         { QVariant(i.kind == Interview::Kind::Notice ? QStringLiteral("notice") : QStringLiteral("interview")),
           SqlValue::fromId(i.enterpriseId), SqlValue::fromId(i.agencyId), SqlValue::fromDate(i.heldOn),
           SqlValue::fromText(i.reason.trimmed()), SqlValue::fromText(i.people.trimmed()),
           SqlValue::fromText(i.outcome.trimmed()), QVariant(SqlValue::nowUtc()) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The interview could not be saved: %1").arg(q.lastError().text()));
    }
    const qint64 id = SqlDialect::insertedId(q);
    QSqlQuery link(m_db.connection());
    link.prepare(QStringLiteral("INSERT INTO interview_hazard (interview_id, hazard_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 hazardId : std::as_const(i.hazardIds)) {
        link.addBindValue(id);
        link.addBindValue(hazardId);
        if (!link.exec()) {
            return failWith(error, tr("The interview could not be saved: %1").arg(link.lastError().text()));
        }
    }
    link.finish();
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The interview could not be saved: %1").arg(tx.errorText()));
    }
    i.id = id;
    return true;
}

} // namespace sl::core
