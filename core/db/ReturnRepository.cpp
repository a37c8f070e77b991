#include "ReturnRepository.h"

#include "AppInfo.h"
#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "SqlDialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

namespace {

constexpr const char* kReturnColumns = "r.id, r.agency_id, a.name, r.year, r.quarter, r.file_name, r.sha256,"
                                       " r.received_at, r.status, r.rows_imported, r.rows_refused, r.summary,"
                                       " r.replaced_by, r.rows_added, r.rows_withdrawn, r.imported_by";

AgencyReturn readReturn(const QSqlQuery& q)
{
    AgencyReturn r;
    r.id = q.value(0).toLongLong();
    r.agencyId = q.value(1).toLongLong();
    r.agencyName = q.value(2).toString();
    r.year = q.value(3).toInt();
    r.quarter = q.value(4).toInt();
    r.fileName = q.value(5).toString();
    r.sha256 = q.value(6).toString();
    r.receivedAt = SqlValue::toTimestamp(q.value(7));
    const QString status = q.value(8).toString();
    r.status = status == QLatin1String("refused") ? AgencyReturn::Status::Refused
        : status == QLatin1String("replaced")     ? AgencyReturn::Status::Replaced
                                                  : AgencyReturn::Status::Imported;
    r.rowsImported = q.value(9).toInt();
    r.rowsRefused = q.value(10).toInt();
    r.rowsAdded = q.value(13).toInt();
    r.rowsWithdrawn = q.value(14).toInt();
    r.importedBy = q.value(15).toString();
    r.summary = q.value(11).toString();
    r.replacedBy = SqlValue::toId(q.value(12));
    return r;
}

// The hazard columns a return's steps change, and so the ones a withdrawal puts back.
const QStringList& closureColumns()
{
    static const QStringList columns
        = { QStringLiteral("state"), QStringLiteral("delisted_on"), QStringLiteral("rechecked_on"),
            QStringLiteral("closed_on"), QStringLiteral("close_reason") };
    return columns;
}

} // namespace

ReturnRepository::ReturnRepository(Database& db)
    : m_db(db)
{
}

QString ReturnRepository::statusKey(AgencyReturn::Status status)
{
    switch (status) {
    case AgencyReturn::Status::Refused:
        return QStringLiteral("refused");
    case AgencyReturn::Status::Replaced:
        return QStringLiteral("replaced");
    case AgencyReturn::Status::Imported:
        break;
    }
    return QStringLiteral("imported");
}

QString ReturnRepository::targetKey(ReturnItem::Target target)
{
    switch (target) {
    case ReturnItem::Target::Hazard:
        return QStringLiteral("hazard");
    case ReturnItem::Target::HazardEvent:
        return QStringLiteral("hazard_event");
    case ReturnItem::Target::BaselineDocument:
        return QStringLiteral("baseline_document");
    case ReturnItem::Target::RiskAssessment:
        return QStringLiteral("risk_assessment");
    case ReturnItem::Target::ServiceRecord:
        break;
    }
    return QStringLiteral("service_record");
}

QList<ReturnRepository::ServedEnterprise> ReturnRepository::servedEnterprises(qint64 agencyId, const QDate& from,
                                                                              const QDate& to) const
{
    QList<ServedEnterprise> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT e.id, e.name, e.credit_code FROM coverage v"
                             " JOIN contract c ON c.id = v.contract_id JOIN enterprise e ON e.id = v.enterprise_id"
                             " WHERE c.agency_id = ? AND v.service_start <= ? AND c.period_start <= ?"
                             " AND (v.service_end IS NULL OR v.service_end >= ?) AND c.period_end >= ?"
                             " ORDER BY e.name, e.id"));
    q.addBindValue(agencyId);
    q.addBindValue(SqlValue::fromDate(to));
    q.addBindValue(SqlValue::fromDate(to));
    q.addBindValue(SqlValue::fromDate(from));
    q.addBindValue(SqlValue::fromDate(from));
    if (q.exec()) {
        while (q.next()) {
            out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
        }
    }
    return out;
}

QList<AgencyReturn> ReturnRepository::list(int year, int quarter, qint64 agencyId) const
{
    QList<AgencyReturn> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM agency_return r JOIN agency a ON a.id = r.agency_id"
                             " WHERE r.year = ? AND r.quarter = ? AND (? = 0 OR r.agency_id = ?)"
                             " ORDER BY r.received_at DESC, r.id DESC")
                  .arg(QLatin1String(kReturnColumns)));
    q.addBindValue(year);
    q.addBindValue(quarter);
    q.addBindValue(agencyId);
    q.addBindValue(agencyId);
    if (q.exec()) {
        while (q.next()) {
            out.append(readReturn(q));
        }
    }
    return out;
}

std::optional<AgencyReturn> ReturnRepository::current(qint64 agencyId, int year, int quarter) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM agency_return r JOIN agency a ON a.id = r.agency_id"
                             " WHERE r.agency_id = ? AND r.year = ? AND r.quarter = ? AND r.status = 'imported'"
                             " ORDER BY r.id DESC LIMIT 1")
                  .arg(QLatin1String(kReturnColumns)));
    q.addBindValue(agencyId);
    q.addBindValue(year);
    q.addBindValue(quarter);
    if (q.exec() && q.next()) {
        return readReturn(q);
    }
    return std::nullopt;
}

QList<ReturnItem> ReturnRepository::items(qint64 returnId) const
{
    QList<ReturnItem> out;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT i.id, i.return_id, i.sheet, i.row_no, i.target, i.target_id, i.fingerprint, i.undo,"
                       " e.hazard_id FROM return_item i"
                       " LEFT JOIN hazard_event e ON i.target = 'hazard_event' AND e.id = i.target_id"
                       " WHERE i.return_id = ? ORDER BY i.id"));
    q.addBindValue(returnId);
    if (q.exec()) {
        while (q.next()) {
            ReturnItem item;
            item.id = q.value(0).toLongLong();
            item.returnId = q.value(1).toLongLong();
            item.sheet = q.value(2).toString();
            item.row = q.value(3).toInt();
            const QString target = q.value(4).toString();
            for (ReturnItem::Target t :
                 { ReturnItem::Target::ServiceRecord, ReturnItem::Target::Hazard, ReturnItem::Target::HazardEvent,
                   ReturnItem::Target::BaselineDocument, ReturnItem::Target::RiskAssessment }) {
                if (targetKey(t) == target) {
                    item.target = t;
                }
            }
            item.targetId = q.value(5).toLongLong();
            item.fingerprint = q.value(6).toString();
            item.undo = q.value(7).toString();
            item.hazardId = SqlValue::toId(q.value(8));
            out.append(item);
        }
    }
    return out;
}

std::optional<ReturnRepository::Provenance> ReturnRepository::provenance(ReturnItem::Target target,
                                                                         qint64 targetId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT r.file_name, r.sha256, i.sheet, i.row_no, r.received_at FROM return_item i"
                             " JOIN agency_return r ON r.id = i.return_id WHERE i.target = ? AND i.target_id = ?"
                             " ORDER BY i.id DESC LIMIT 1"));
    q.addBindValue(targetKey(target));
    q.addBindValue(targetId);
    if (q.exec() && q.next()) {
        return Provenance{ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                           SqlValue::toTimestamp(q.value(4)) };
    }
    return std::nullopt;
}

bool ReturnRepository::insertReturn(AgencyReturn& ret, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO agency_return (agency_id, year, quarter, file_name, sha256, received_at, status,"
                       " rows_imported, rows_refused, summary, rows_added, rows_withdrawn, imported_by)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!ret.receivedAt.isValid()) {
        ret.receivedAt = QDateTime::currentDateTimeUtc();
    }
    for (const QVariant& v :
         { QVariant(ret.agencyId), QVariant(ret.year), QVariant(ret.quarter), SqlValue::fromText(ret.fileName),
           QVariant(ret.sha256), SqlValue::fromTimestamp(ret.receivedAt), QVariant(statusKey(ret.status)),
           QVariant(ret.rowsImported), QVariant(ret.rowsRefused), SqlValue::fromText(ret.summary),
           QVariant(ret.rowsAdded), QVariant(ret.rowsWithdrawn), QVariant(AppInfo::operatorName()) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The return could not be recorded: %1").arg(q.lastError().text()));
    }
    ret.id = SqlDialect::insertedId(q);
    return true;
}

bool ReturnRepository::insertItem(ReturnItem& item, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO return_item (return_id, sheet, row_no, target, target_id, fingerprint, undo)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant& v :
         { QVariant(item.returnId), QVariant(item.sheet), QVariant(item.row), QVariant(targetKey(item.target)),
           QVariant(item.targetId), QVariant(item.fingerprint), SqlValue::fromText(item.undo) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The return could not be recorded: %1").arg(q.lastError().text()));
    }
    item.id = SqlDialect::insertedId(q);
    return true;
}

bool ReturnRepository::moveItem(qint64 itemId, qint64 returnId, const QString& sheet, int row, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE return_item SET return_id = ?, sheet = ?, row_no = ? WHERE id = ?"));
    q.addBindValue(returnId);
    q.addBindValue(sheet);
    q.addBindValue(row);
    q.addBindValue(itemId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The return could not be recorded: %1").arg(q.lastError().text()));
    }
    return true;
}

bool ReturnRepository::markReplaced(qint64 oldReturnId, qint64 newReturnId, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE agency_return SET status = 'replaced', replaced_by = ? WHERE id = ?"));
    q.addBindValue(newReturnId);
    q.addBindValue(oldReturnId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The return could not be recorded: %1").arg(q.lastError().text()));
    }
    return true;
}

QString ReturnRepository::hazardSnapshot(qint64 hazardId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM hazard WHERE id = ?").arg(closureColumns().join(QStringLiteral(", "))));
    q.addBindValue(hazardId);
    if (!q.exec() || !q.next()) {
        return QString();
    }
    QJsonObject o;
    for (int i = 0; i < closureColumns().size(); ++i) {
        o.insert(closureColumns().at(i), q.isNull(i) ? QJsonValue() : QJsonValue(q.value(i).toString()));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 ReturnRepository::latestEventId(qint64 hazardId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT max(id) FROM hazard_event WHERE hazard_id = ?"));
    q.addBindValue(hazardId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool ReturnRepository::withdrawSteps(qint64 hazardId, qint64 lastEventId, const QString& snapshot, const QDate& day,
                                     const QString& remark, QString* error)
{
    if (latestEventId(hazardId) != lastEventId) {
        return failWith(error,
                        tr("Hazard %1 has moved on since the earlier return (a later step was recorded), so "
                           "the steps that return brought cannot be taken back; record the correction on the "
                           "Hazards page instead.")
                            .arg(hazardId));
    }
    const QJsonObject before = QJsonDocument::fromJson(snapshot.toUtf8()).object();
    if (before.isEmpty()) {
        return failWith(error, tr("Hazard %1: the earlier return kept no record of its state before.").arg(hazardId));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT state FROM hazard WHERE id = ?"));
    q.addBindValue(hazardId);
    if (!q.exec() || !q.next()) {
        return failWith(error, tr("Hazard %1 does not exist.").arg(hazardId));
    }
    const QString fromState = q.value(0).toString();
    QStringList sets;
    for (const QString& c : closureColumns()) {
        sets << QStringLiteral("%1 = ?").arg(c);
    }
    q.prepare(QStringLiteral("UPDATE hazard SET %1, updated_at = ? WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    for (const QString& c : closureColumns()) {
        const QJsonValue v = before.value(c);
        q.addBindValue(v.isNull() || v.isUndefined() ? QVariant() : QVariant(v.toString()));
    }
    q.addBindValue(SqlValue::nowUtc());
    q.addBindValue(hazardId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The hazard could not be saved: %1").arg(q.lastError().text()));
    }
    q.prepare(QStringLiteral("INSERT INTO hazard_event (hazard_id, happened_on, action, from_state, to_state, operator,"
                             " remark, created_at) VALUES (?, ?, 'withdrawn', ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         { QVariant(hazardId), SqlValue::fromDate(day), QVariant(fromState),
           QVariant(before.value(QStringLiteral("state")).toString()), QVariant(AppInfo::operatorName()),
           SqlValue::fromText(remark), QVariant(SqlValue::nowUtc()) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The hazard's history could not be written: %1").arg(q.lastError().text()));
    }
    return true;
}

QString ReturnRepository::hazardRemovalProblem(qint64 hazardId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT h.state, (SELECT count(*) FROM hazard_event e WHERE e.hazard_id = h.id),"
                             " (SELECT count(*) FROM hazard_extension x WHERE x.hazard_id = h.id),"
                             " (SELECT count(*) FROM evidence v WHERE v.owner_kind = 'hazard' AND v.owner_id = h.id),"
                             " h.supervision FROM hazard h WHERE h.id = ?"));
    q.addBindValue(hazardId);
    if (!q.exec() || !q.next()) {
        return tr("Hazard %1 does not exist.").arg(hazardId);
    }
    if (q.value(0).toString() != QLatin1String("registered") || q.value(1).toInt() > 1 || q.value(2).toInt() > 0
        || q.value(3).toInt() > 0 || q.value(4).toString() != QLatin1String("none")) {
        return tr("Hazard %1, registered by the earlier return, has been worked on since (a step, an extension, "
                  "evidence or supervision), so the corrected return cannot remove it; keep its row in the corrected "
                  "file or correct it on the Hazards page.")
            .arg(hazardId);
    }
    return QString();
}

bool ReturnRepository::removeRegisteredHazard(qint64 hazardId, QString* error)
{
    const QString problem = hazardRemovalProblem(hazardId);
    if (!problem.isEmpty()) {
        return failWith(error, problem);
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM hazard_event WHERE hazard_id = ?"));
    q.addBindValue(hazardId);
    if (!q.exec()) {
        return failWith(error, tr("The hazard could not be removed: %1").arg(q.lastError().text()));
    }
    q.prepare(QStringLiteral("DELETE FROM hazard WHERE id = ?"));
    q.addBindValue(hazardId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The hazard could not be removed: %1").arg(q.lastError().text()));
    }
    return true;
}

bool ReturnRepository::moveHazardToInspection(qint64 hazardId, qint64 inspectionId, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE hazard SET inspection_id = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(inspectionId);
    q.addBindValue(SqlValue::nowUtc());
    q.addBindValue(hazardId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The hazard could not be saved: %1").arg(q.lastError().text()));
    }
    return true;
}

bool ReturnRepository::clearBaseline(qint64 documentId, const QDate& completedOn, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM baseline_document WHERE id = ? AND completed_on = ?"));
    q.addBindValue(documentId);
    q.addBindValue(SqlValue::fromDate(completedOn));
    if (!q.exec()) {
        return failWith(error, tr("The baseline document could not be cleared: %1").arg(q.lastError().text()));
    }
    return true;
}

qint64 ReturnRepository::baselineId(qint64 enterpriseId, const QString& kindKey) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM baseline_document WHERE enterprise_id = ? AND kind = ?"));
    q.addBindValue(enterpriseId);
    q.addBindValue(kindKey);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace sl::core
