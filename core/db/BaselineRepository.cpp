#include "BaselineRepository.h"

#include "Clock.h"
#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

BaselineRepository::BaselineRepository(Database& db)
    : m_db(db)
{
}

QList<BaselineDocument> BaselineRepository::listOf(qint64 enterpriseId) const
{
    QList<BaselineDocument> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, enterprise_id, kind, completed_on, agency_id, notes FROM baseline_document"
                             " WHERE enterprise_id = ?"));
    q.addBindValue(enterpriseId);
    if (q.exec()) {
        while (q.next()) {
            BaselineDocument d;
            d.id = q.value(0).toLongLong();
            d.enterpriseId = q.value(1).toLongLong();
            baselineKindFromKey(q.value(2).toString(), &d.kind);
            d.completedOn = SqlValue::toDate(q.value(3));
            d.agencyId = SqlValue::toId(q.value(4));
            d.notes = q.value(5).toString();
            out.append(d);
        }
    }
    return out;
}

bool BaselineRepository::setCompleted(qint64 enterpriseId, BaselineKind kind, const QDate& completedOn,
                                      const QString& notes, QString* error)
{
    if (completedOn.isValid() && completedOn > Clock::today()) {
        return failWith(error, tr("The completion date %1 is in the future.").arg(completedOn.toString(Qt::ISODate)));
    }
    if (notes.size() > 4000) {
        return failWith(error, tr("The note is longer than %1 characters.").arg(4000));
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    if (completedOn.isValid()) {
        // The agency serving the enterprise that day helped with it, when there was one.
        q.prepare(QStringLiteral(
            "INSERT INTO baseline_document (enterprise_id, kind, completed_on, agency_id, notes, updated_at)"
            " VALUES (?, ?, ?, (SELECT c.agency_id FROM coverage v JOIN contract c ON c.id = v.contract_id"
            "  WHERE v.enterprise_id = ? AND v.service_start <= ?"
            "  AND (v.service_end IS NULL OR v.service_end >= ?) ORDER BY v.service_start DESC LIMIT 1), ?, ?)"
            " ON CONFLICT (enterprise_id, kind) DO UPDATE SET completed_on = excluded.completed_on,"
            " agency_id = excluded.agency_id, notes = excluded.notes, updated_at = excluded.updated_at"));
        const QVariant day = SqlValue::fromDate(completedOn);
        for (const QVariant& v : { QVariant(enterpriseId), QVariant(baselineKindKey(kind)), day, QVariant(enterpriseId),
                                   day, day, SqlValue::fromText(notes.trimmed()), QVariant(SqlValue::nowUtc()) }) {
            q.addBindValue(v);
        }
    } else {
        q.prepare(QStringLiteral("DELETE FROM baseline_document WHERE enterprise_id = ? AND kind = ?"));
        q.addBindValue(enterpriseId);
        q.addBindValue(baselineKindKey(kind));
    }
    if (!q.exec()) {
        return failWith(error, tr("The baseline document could not be saved: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The baseline document could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

bool BaselineRepository::saveDocuments(qint64 enterpriseId, const QList<BaselineDocument>& documents, QString* error)
{
    const QList<BaselineDocument> onFile = listOf(enterpriseId);
    Transaction tx(m_db.connection());
    for (const BaselineDocument& d : documents) {
        BaselineDocument current; // not on file: no date, no notes
        for (const BaselineDocument& f : onFile) {
            if (f.kind == d.kind) {
                current = f;
            }
        }
        const QString notes = d.notes.trimmed();
        if (d.completedOn == current.completedOn && notes == current.notes) {
            continue;
        }
        if (!setCompleted(enterpriseId, d.kind, d.completedOn, notes, error)) {
            return false;
        }
    }
    if (!tx.commit()) {
        return failWith(error, tr("The baseline documents could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

} // namespace sl::core
