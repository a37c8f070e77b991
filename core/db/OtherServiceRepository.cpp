#include "OtherServiceRepository.h"

#include "Clock.h"
#include "Database.h"
#include "ErrorOut.h"
#include "EvidenceRepository.h"
#include "ServiceRecordRepository.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

OtherServiceRepository::OtherServiceRepository(Database& db)
    : m_db(db)
{
}

QList<ServiceKind> OtherServiceRepository::kinds(bool includeArchived) const
{
    QList<ServiceKind> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, sort_order, archived FROM service_kind WHERE (? = 1 OR archived = 0)"
                             " ORDER BY sort_order, name, id"));
    q.addBindValue(includeArchived ? 1 : 0);
    if (q.exec()) {
        while (q.next()) {
            ServiceKind k;
            k.id = q.value(0).toLongLong();
            k.name = q.value(1).toString();
            k.sortOrder = q.value(2).toInt();
            k.archived = q.value(3).toInt() != 0;
            out.append(k);
        }
    }
    return out;
}

bool OtherServiceRepository::saveKind(ServiceKind& kind, QString* error)
{
    const QString name = kind.name.trimmed();
    if (name.isEmpty() || name.size() > 100) {
        return failWith(error, tr("Enter the name of the service kind (at most 100 characters)."));
    }
    for (const ServiceKind& k : kinds(true)) {
        if (k.id != kind.id && k.name == name) {
            return failWith(error, tr("There is already a service kind named %1.").arg(name));
        }
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    if (kind.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO service_kind (name, sort_order, archived) VALUES (?, ?, ?) RETURNING id"));
    } else {
        q.prepare(QStringLiteral("UPDATE service_kind SET name = ?, sort_order = ?, archived = ? WHERE id = ?"));
    }
    q.addBindValue(name);
    q.addBindValue(kind.sortOrder);
    q.addBindValue(kind.archived ? 1 : 0);
    if (kind.id != 0) {
        q.addBindValue(kind.id);
    }
    if (!q.exec()) {
        return failWith(error, tr("The service kind could not be saved: %1").arg(q.lastError().text()));
    }
    const qint64 id = kind.id == 0 ? SqlDialect::insertedId(q) : kind.id;
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The service kind could not be saved: %1").arg(tx.errorText()));
    }
    kind.id = id;
    kind.name = name;
    return true;
}

QList<OtherService> OtherServiceRepository::list(const Filter& f) const
{
    QList<OtherService> out;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT s.id, s.enterprise_id, s.agency_id, s.kind_id, s.done_on, s.topic, s.content,"
                       " s.people_count, k.name FROM other_service s JOIN service_kind k ON k.id = s.kind_id"
                       " WHERE s.voided_at IS NULL AND (? = 0 OR s.enterprise_id = ?) AND (? = 0 OR s.agency_id = ?)"
                       " AND (? = 0 OR s.done_on BETWEEN ? AND ?) ORDER BY s.done_on DESC, s.id DESC"));
    q.addBindValue(f.enterpriseId);
    q.addBindValue(f.enterpriseId);
    q.addBindValue(f.agencyId);
    q.addBindValue(f.agencyId);
    q.addBindValue(f.year);
    q.addBindValue(QStringLiteral("%1-01-01").arg(f.year, 4, 10, QLatin1Char('0')));
    q.addBindValue(QStringLiteral("%1-12-31").arg(f.year, 4, 10, QLatin1Char('0')));
    if (q.exec()) {
        while (q.next()) {
            OtherService s;
            s.id = q.value(0).toLongLong();
            s.enterpriseId = q.value(1).toLongLong();
            s.agencyId = SqlValue::toId(q.value(2));
            s.kindId = q.value(3).toLongLong();
            s.doneOn = SqlValue::toDate(q.value(4));
            s.topic = q.value(5).toString();
            s.content = q.value(6).toString();
            s.peopleCount = q.value(7).toInt();
            s.kindName = q.value(8).toString();
            out.append(s);
        }
    }
    return out;
}

bool OtherServiceRepository::insert(OtherService& s, QString* error, const QStringList& evidencePaths)
{
    if (s.enterpriseId <= 0) {
        return failWith(error, tr("Choose the enterprise."));
    }
    bool kindOk = false;
    for (const ServiceKind& k : kinds(false)) {
        kindOk = kindOk || k.id == s.kindId;
    }
    if (!kindOk) {
        return failWith(error, tr("Choose the kind of service."));
    }
    if (!s.doneOn.isValid() || s.doneOn > Clock::today()) {
        return failWith(error, tr("Enter the date of the service; it cannot be in the future."));
    }
    if (s.peopleCount < 0) {
        return failWith(error, tr("The number of people cannot be negative."));
    }
    Transaction tx(m_db.connection());
    if (s.agencyId == 0) {
        QString why;
        s.agencyId = ServiceRecordRepository(m_db).agencyServing(s.enterpriseId, s.doneOn, &why);
        if (!why.isEmpty()) {
            return failWith(error, tr("The service could not be saved: %1").arg(why));
        }
        if (s.agencyId == 0) {
            return failWith(error,
                            tr("On %1 the enterprise was not under any service contract; check the date.")
                                .arg(s.doneOn.toString(Qt::ISODate)));
        }
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO other_service (enterprise_id, agency_id, kind_id, done_on, topic, content,"
                             " people_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = SqlValue::nowUtc();
    q.addBindValue(s.enterpriseId);
    q.addBindValue(SqlValue::fromId(s.agencyId));
    q.addBindValue(s.kindId);
    q.addBindValue(SqlValue::fromDate(s.doneOn));
    q.addBindValue(SqlValue::fromText(s.topic.trimmed()));
    q.addBindValue(SqlValue::fromText(s.content.trimmed()));
    q.addBindValue(s.peopleCount);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        return failWith(error, tr("The service could not be saved: %1").arg(q.lastError().text()));
    }
    const qint64 id = SqlDialect::insertedId(q);
    q.finish();
    EvidenceRepository evidence(m_db);
    for (const QString& path : evidencePaths) {
        QString why;
        if (!evidence.attach(evidenceOwnerKind(), id, path, nullptr, &why)) {
            return failWith(error, tr("The service could not be saved: %1").arg(why));
        }
    }
    if (!tx.commit()) {
        return failWith(error, tr("The service could not be saved: %1").arg(tx.errorText()));
    }
    s.id = id;
    return true;
}

bool OtherServiceRepository::voidService(qint64 id, const QString& reason, QString* error)
{
    if (reason.trimmed().isEmpty()) {
        return failWith(error, tr("Say why the service is voided."));
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE other_service SET voided_at = ?, void_reason = ?, updated_at = ?"
                             " WHERE id = ? AND voided_at IS NULL"));
    const QString now = SqlValue::nowUtc();
    q.addBindValue(now);
    q.addBindValue(reason.trimmed());
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The service could not be voided: it does not exist or is voided already."));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The service could not be voided: %1").arg(tx.errorText()));
    }
    return true;
}

QList<OtherServiceRepository::Count> OtherServiceRepository::countByKind(int year, qint64 agencyId) const
{
    QList<Count> out;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT k.name, count(s.id), count(DISTINCT s.enterprise_id), coalesce(sum(s.people_count), 0)"
                       " FROM other_service s JOIN service_kind k ON k.id = s.kind_id"
                       " WHERE s.voided_at IS NULL AND s.done_on BETWEEN ? AND ? AND (? = 0 OR s.agency_id = ?)"
                       " GROUP BY k.id ORDER BY count(s.id) DESC, k.sort_order, k.name"));
    q.addBindValue(QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')));
    q.addBindValue(QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0')));
    q.addBindValue(agencyId);
    q.addBindValue(agencyId);
    if (q.exec()) {
        while (q.next()) {
            out.append({ q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt() });
        }
    }
    return out;
}

QHash<qint64, int> OtherServiceRepository::countByAgency(int year) const
{
    QHash<qint64, int> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT agency_id, count(*) FROM other_service WHERE voided_at IS NULL"
                             " AND agency_id IS NOT NULL AND done_on BETWEEN ? AND ? GROUP BY agency_id"));
    q.addBindValue(QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')));
    q.addBindValue(QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0')));
    if (q.exec()) {
        while (q.next()) {
            out.insert(q.value(0).toLongLong(), q.value(1).toInt());
        }
    }
    return out;
}

} // namespace sl::core
