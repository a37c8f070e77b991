#include "RiskRepository.h"

#include "Clock.h"
#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "rules/RiskGrading.h"
#include "SqlDialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sl::core {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.enterprise_id, a.agency_id, a.assessed_on, a.assessors, a.notes, a.return_id,"
    " e.name, e.credit_code, e.community_id, c.name, coalesce(g.name, '')"
    " FROM risk_assessment a JOIN enterprise e ON e.id = a.enterprise_id JOIN community c ON c.id = e.community_id"
    " LEFT JOIN agency g ON g.id = a.agency_id WHERE a.archived_at IS NULL AND ");

QVariant nullableInt(bool present, int value)
{
    return present ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}

} // namespace

RiskRepository::RiskRepository(Database& db)
    : m_db(db)
{
}

QList<RiskAssessment> RiskRepository::read(const QString& where, const QVariantList& binds) const
{
    QList<RiskAssessment> out;
    QHash<qint64, int> at;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + where);
    for (const QVariant& v : binds) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        RiskAssessment a;
        a.id = q.value(0).toLongLong();
        a.enterpriseId = q.value(1).toLongLong();
        a.agencyId = SqlValue::toId(q.value(2));
        a.assessedOn = SqlValue::toDate(q.value(3));
        a.assessors = q.value(4).toString();
        a.notes = q.value(5).toString();
        a.returnId = SqlValue::toId(q.value(6));
        a.enterpriseName = q.value(7).toString();
        a.creditCode = q.value(8).toString();
        a.communityId = q.value(9).toLongLong();
        a.communityName = q.value(10).toString();
        a.agencyName = q.value(11).toString();
        at.insert(a.id, static_cast<int>(out.size()));
        out.append(a);
    }
    if (out.isEmpty()) {
        return out;
    }
    // The points of the assessments read: of a few by their ids (one enterprise's file), of many in one pass over
    // the table (the street's picture).
    const bool few = out.size() <= 50;
    QStringList ids;
    for (const RiskAssessment& a : std::as_const(out)) {
        ids << QString::number(a.id);
    }
    QSqlQuery p(m_db.connection());
    p.setForwardOnly(true);
    const QString columns = QStringLiteral(
        "SELECT p.id, p.assessment_id, p.position, p.place, p.hazard_factors, p.accident_type, p.method, p.l_tenths,"
        " p.e_tenths, p.c_tenths, p.likelihood, p.severity, p.level, p.measures, p.responsible, p.source_row"
        " FROM risk_point p JOIN risk_assessment a ON a.id = p.assessment_id WHERE a.archived_at IS NULL");
    // The ids are the numbers just read, written into the statement (both engines read an IN list alike).
    p.prepare(columns
              + (few ? QStringLiteral(" AND p.assessment_id IN (%1)").arg(ids.join(QLatin1Char(','))) : QString())
              + QStringLiteral(" ORDER BY p.assessment_id, p.position"));
    if (!p.exec()) {
        return out;
    }
    while (p.next()) {
        const auto it = at.constFind(p.value(1).toLongLong());
        if (it == at.constEnd()) {
            continue;
        }
        RiskPoint r;
        r.id = p.value(0).toLongLong();
        r.assessmentId = p.value(1).toLongLong();
        r.position = p.value(2).toInt();
        r.place = p.value(3).toString();
        r.hazardFactors = p.value(4).toString();
        r.accidentType = p.value(5).toString();
        riskMethodFromKey(p.value(6).toString(), &r.method);
        r.lTenths = p.value(7).toInt();
        r.eTenths = p.value(8).toInt();
        r.cTenths = p.value(9).toInt();
        r.likelihood = p.value(10).toInt();
        r.severity = p.value(11).toInt();
        riskLevelFromKey(p.value(12).toString(), &r.level);
        r.measures = p.value(13).toString();
        r.responsible = p.value(14).toString();
        r.sourceRow = p.value(15).toInt();
        out[*it].points.append(r);
    }
    return out;
}

QList<RiskAssessment> RiskRepository::listOf(qint64 enterpriseId) const
{
    return read(QStringLiteral("a.enterprise_id = ? ORDER BY a.assessed_on DESC, a.id DESC"), { enterpriseId });
}

std::optional<RiskAssessment> RiskRepository::find(qint64 id) const
{
    const QList<RiskAssessment> found = read(QStringLiteral("a.id = ?"), { id });
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

QList<RiskAssessment> RiskRepository::inForceOn(const QDate& day) const
{
    // The latest by day, then by id for two on the same day.
    return read(
        QStringLiteral("a.assessed_on <= ? AND NOT EXISTS (SELECT 1 FROM risk_assessment b"
                       " WHERE b.enterprise_id = a.enterprise_id AND b.archived_at IS NULL AND b.assessed_on <= ?"
                       " AND (b.assessed_on > a.assessed_on OR (b.assessed_on = a.assessed_on AND b.id > a.id)))"
                       " ORDER BY c.sort_order, c.name, e.name, e.id"),
        { SqlValue::fromDate(day), SqlValue::fromDate(day) });
}

QList<RiskAssessment> RiskRepository::inForceInYear(int year, const QDate& asOf) const
{
    return inForceOn(std::min(QDate(year, 12, 31), asOf));
}

bool RiskRepository::insert(RiskAssessment& a, QString* error)
{
    if (a.enterpriseId <= 0) {
        return failWith(error, tr("Choose the enterprise."));
    }
    if (!a.assessedOn.isValid() || a.assessedOn > Clock::today()) {
        return failWith(error, tr("Enter the date of the risk assessment; it cannot be in the future."));
    }
    if (a.points.isEmpty()) {
        return failWith(error, tr("A risk assessment needs at least one risk point."));
    }
    for (int i = 0; i < a.points.size(); ++i) {
        RiskPoint& p = a.points[i];
        if (p.place.trimmed().isEmpty()) {
            return failWith(error, tr("Risk point %1: enter the place or activity.").arg(i + 1));
        }
        QString why;
        if (!RiskGrading::grade(p, &p.level, &why)) {
            return failWith(error, tr("Risk point %1: %2").arg(i + 1).arg(why));
        }
        p.position = i + 1;
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO risk_assessment (enterprise_id, agency_id, assessed_on, assessors, notes,"
                             " return_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = SqlValue::nowUtc();
    q.addBindValue(a.enterpriseId);
    q.addBindValue(SqlValue::fromId(a.agencyId));
    q.addBindValue(SqlValue::fromDate(a.assessedOn));
    q.addBindValue(SqlValue::fromText(a.assessors.trimmed()));
    q.addBindValue(SqlValue::fromText(a.notes.trimmed()));
    q.addBindValue(SqlValue::fromId(a.returnId));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        return failWith(error, tr("The risk assessment could not be saved: %1").arg(q.lastError().text()));
    }
    const qint64 id = SqlDialect::insertedId(q);
    QList<qint64> pointIds;
    q.prepare(
        QStringLiteral("INSERT INTO risk_point (assessment_id, position, place, hazard_factors, accident_type,"
                       " method, l_tenths, e_tenths, c_tenths, likelihood, severity, level, measures, responsible,"
                       " source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const RiskPoint& p : std::as_const(a.points)) {
        const bool lec = p.method == RiskMethod::Lec;
        q.addBindValue(id);
        q.addBindValue(p.position);
        q.addBindValue(SqlValue::fromText(p.place.trimmed()));
        q.addBindValue(SqlValue::fromText(p.hazardFactors.trimmed()));
        q.addBindValue(SqlValue::fromText(p.accidentType.trimmed()));
        q.addBindValue(riskMethodKey(p.method));
        q.addBindValue(nullableInt(lec, p.lTenths));
        q.addBindValue(nullableInt(lec, p.eTenths));
        q.addBindValue(nullableInt(lec, p.cTenths));
        q.addBindValue(nullableInt(!lec, p.likelihood));
        q.addBindValue(nullableInt(!lec, p.severity));
        q.addBindValue(riskLevelKey(p.level));
        q.addBindValue(SqlValue::fromText(p.measures.trimmed()));
        q.addBindValue(SqlValue::fromText(p.responsible.trimmed()));
        q.addBindValue(p.sourceRow);
        if (!q.exec()) {
            return failWith(error, tr("The risk assessment could not be saved: %1").arg(q.lastError().text()));
        }
        pointIds << SqlDialect::insertedId(q);
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The risk assessment could not be saved: %1").arg(tx.errorText()));
    }
    a.id = id;
    for (int i = 0; i < a.points.size(); ++i) {
        a.points[i].id = pointIds.at(i);
        a.points[i].assessmentId = id;
    }
    return true;
}

bool RiskRepository::archive(qint64 id, QString* error)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE risk_assessment SET archived_at = ?, updated_at = ? WHERE id = ? AND archived_at IS NULL"));
    const QString now = SqlValue::nowUtc();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error,
                        tr("The risk assessment could not be archived: it does not exist or is archived already."));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The risk assessment could not be archived: %1").arg(tx.errorText()));
    }
    return true;
}

bool RiskRepository::linkHazard(qint64 hazardId, qint64 riskPointId, QString* error)
{
    QSqlQuery q(m_db.connection());
    if (riskPointId != 0) {
        q.prepare(QStringLiteral("SELECT 1 FROM hazard h JOIN risk_assessment a ON a.enterprise_id = h.enterprise_id"
                                 " JOIN risk_point p ON p.assessment_id = a.id WHERE h.id = ? AND p.id = ?"));
        q.addBindValue(hazardId);
        q.addBindValue(riskPointId);
        if (!q.exec() || !q.next()) {
            return failWith(error, tr("The hazard can only belong to a risk point of its own enterprise."));
        }
    }
    Transaction tx(m_db.connection());
    q.prepare(QStringLiteral("UPDATE hazard SET risk_point_id = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(SqlValue::fromId(riskPointId));
    q.addBindValue(SqlValue::nowUtc());
    q.addBindValue(hazardId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The hazard could not be linked to the risk point: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The hazard could not be linked to the risk point: %1").arg(tx.errorText()));
    }
    return true;
}

qint64 RiskRepository::riskPointOfHazard(qint64 hazardId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT risk_point_id FROM hazard WHERE id = ?"));
    q.addBindValue(hazardId);
    return q.exec() && q.next() ? SqlValue::toId(q.value(0)) : 0;
}

int RiskRepository::hazardsOfPoint(qint64 riskPointId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM hazard WHERE risk_point_id = ?"));
    q.addBindValue(riskPointId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QHash<qint64, QDate> RiskRepository::lastInspections(const QDate& day) const
{
    QHash<qint64, QDate> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT enterprise_id, max(done_on) FROM service_record"
                       " WHERE voided_at IS NULL AND kind = 'inspection' AND done_on <= ? GROUP BY enterprise_id"));
    q.addBindValue(SqlValue::fromDate(day));
    if (q.exec()) {
        while (q.next()) {
            out.insert(q.value(0).toLongLong(), SqlValue::toDate(q.value(1)));
        }
    }
    return out;
}

} // namespace sl::core
