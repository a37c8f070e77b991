#include "ServiceRecordRepository.h"

#include "AppInfo.h"
#include "Clock.h"
#include "Database.h"
#include "ErrorOut.h"
#include "HazardRepository.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "rules/ServiceRecordValidator.h"
#include "SqlDialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

namespace {

const QString kColumns = QStringLiteral("id, enterprise_id, agency_id, kind, done_on, report_year, topic, content,"
                                        " people_count, problems, measures, notes, voided_at, void_reason, inspector");

ServiceRecord recordFromRow(const QSqlQuery& q)
{
    ServiceRecord r;
    r.id = q.value(0).toLongLong();
    r.enterpriseId = q.value(1).toLongLong();
    r.agencyId = SqlValue::toId(q.value(2));
    recordKindFromKey(q.value(3).toString(), &r.kind);
    r.doneOn = SqlValue::toDate(q.value(4));
    r.reportYear = q.value(5).toInt();
    r.topic = q.value(6).toString();
    r.content = q.value(7).toString();
    r.peopleCount = q.value(8).toInt();
    r.problems = q.value(9).toString();
    r.measures = q.value(10).toString();
    r.notes = q.value(11).toString();
    r.voidedAt = SqlValue::toTimestamp(q.value(12));
    r.voidReason = q.value(13).toString();
    inspectorFromKey(q.value(14).toString(), &r.inspector);
    return r;
}

void bindRecord(QSqlQuery& q, const ServiceRecord& r)
{
    for (const QVariant& v :
         { QVariant(r.enterpriseId), SqlValue::fromId(r.agencyId), QVariant(recordKindKey(r.kind)),
           SqlValue::fromDate(r.doneOn),
           r.kind == RecordKind::YearEndReport ? QVariant(r.reportYear) : QVariant(QMetaType::fromType<int>()),
           SqlValue::fromText(r.topic), SqlValue::fromText(r.content), QVariant(r.peopleCount),
           SqlValue::fromText(r.problems), SqlValue::fromText(r.measures), SqlValue::fromText(r.notes),
           QVariant(inspectorKey(r.inspector)) }) {
        q.addBindValue(v);
    }
}

const QString kInsertRecord = QStringLiteral(
    "INSERT INTO service_record (enterprise_id, agency_id, kind, done_on, report_year, topic, content, people_count,"
    " problems, measures, notes, inspector, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
const QString kInsertHazard = QStringLiteral(
    "INSERT INTO hazard (enterprise_id, inspection_id, found_on, place, description, grade, category, demand,"
    " responsible, deadline, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
const QString kUpdateHazard = QStringLiteral(
    "UPDATE hazard SET enterprise_id = ?, inspection_id = ?, found_on = ?, place = ?, description = ?, grade = ?,"
    " category = ?, demand = ?, responsible = ?, deadline = ?, updated_at = ? WHERE id = ?");

const QString kRegisterEvent = QStringLiteral(
    "INSERT INTO hazard_event (hazard_id, happened_on, action, from_state, to_state, operator, remark, created_at)"
    " VALUES (?, ?, 'registered', 'registered', 'registered', ?, '', ?)");

void bindRegistration(QSqlQuery& q, const Hazard& h, const QString& now)
{
    q.addBindValue(h.id);
    q.addBindValue(SqlValue::fromDate(h.foundOn));
    q.addBindValue(AppInfo::operatorName());
    q.addBindValue(now);
}

// The hazard's columns up to updated_at, in the order of kInsertHazard and kUpdateHazard.
void bindHazard(QSqlQuery& q, const Hazard& h, const QString& now)
{
    for (const QVariant& v :
         { QVariant(h.enterpriseId), QVariant(h.inspectionId), SqlValue::fromDate(h.foundOn),
           SqlValue::fromText(h.place), SqlValue::fromText(h.description), QVariant(hazardGradeKey(h.grade)),
           SqlValue::fromText(h.category), SqlValue::fromText(h.demand), SqlValue::fromText(h.responsible),
           SqlValue::fromDate(h.deadline), QVariant(now) }) {
        q.addBindValue(v);
    }
}

// Ties a hazard to its inspection and checks it; an empty string when it can be written.
QString prepareHazard(const ServiceRecord& r, Hazard& h)
{
    if (r.kind != RecordKind::Inspection) {
        return ServiceRecordRepository::tr("Only an inspection can list hazards.");
    }
    h.enterpriseId = r.enterpriseId;
    h.inspectionId = r.id;
    if (!h.foundOn.isValid()) {
        h.foundOn = r.doneOn;
    }
    return ServiceRecordValidator::hazardProblem(h);
}

} // namespace

ServiceRecordRepository::ServiceRecordRepository(Database& db)
    : m_db(db)
{
}

QList<ServiceRecord> ServiceRecordRepository::list(const Filter& f) const
{
    QList<ServiceRecord> out;
    QHash<qint64, int> index;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString where = QStringLiteral(" WHERE (? = 0 OR enterprise_id = ?) AND (? = 0 OR agency_id = ?)"
                                         " AND (CAST(? AS TEXT) IS NULL OR done_on >= ?) AND (CAST(? AS TEXT) IS NULL OR done_on <= ?)");
    const auto bind = [&f](QSqlQuery& query) {
        for (const QVariant& v : { QVariant(f.enterpriseId), QVariant(f.enterpriseId), QVariant(f.agencyId),
                                   QVariant(f.agencyId), SqlValue::fromDate(f.from), SqlValue::fromDate(f.from),
                                   SqlValue::fromDate(f.to), SqlValue::fromDate(f.to) }) {
            query.addBindValue(v);
        }
    };
    q.prepare(QStringLiteral("SELECT %1 FROM service_record%2 ORDER BY done_on DESC, id DESC").arg(kColumns, where));
    bind(q);
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), static_cast<int>(out.size()));
        out.append(recordFromRow(q));
    }
    QSqlQuery e(m_db.connection());
    e.setForwardOnly(true);
    e.prepare(QStringLiteral("SELECT record_id, expert_id FROM service_record_expert WHERE record_id IN"
                             " (SELECT id FROM service_record%1) ORDER BY record_id, expert_id")
                  .arg(where));
    bind(e);
    if (e.exec()) {
        while (e.next()) {
            const auto it = index.constFind(e.value(0).toLongLong());
            if (it != index.constEnd()) {
                out[*it].expertIds.append(e.value(1).toLongLong());
            }
        }
    }
    return out;
}

std::optional<ServiceRecord> ServiceRecordRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM service_record WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    ServiceRecord r = recordFromRow(q);
    QSqlQuery e(m_db.connection());
    e.prepare(QStringLiteral("SELECT expert_id FROM service_record_expert WHERE record_id = ? ORDER BY expert_id"));
    e.addBindValue(id);
    if (e.exec()) {
        while (e.next()) {
            r.expertIds.append(e.value(0).toLongLong());
        }
    }
    return r;
}

QList<Hazard> ServiceRecordRepository::hazardsOf(qint64 inspectionId) const
{
    HazardRepository::Filter filter;
    filter.inspectionId = inspectionId;
    return inspectionId > 0 ? HazardRepository(m_db).list(filter) : QList<Hazard>();
}

qint64 ServiceRecordRepository::agencyServing(qint64 enterpriseId, const QDate& day, QString* error) const
{
    QSqlQuery s(m_db.connection());
    s.prepare(QStringLiteral("SELECT c.agency_id FROM coverage v JOIN contract c ON c.id = v.contract_id"
                             " WHERE v.enterprise_id = ? AND v.service_start <= ? AND c.period_start <= ?"
                             " AND c.period_end >= ? AND (v.service_end IS NULL OR v.service_end >= ?)"
                             " ORDER BY v.service_start DESC LIMIT 1"));
    s.addBindValue(enterpriseId);
    for (int i = 0; i < 4; ++i) {
        s.addBindValue(SqlValue::fromDate(day));
    }
    if (!s.exec()) {
        failWith(error, s.lastError().text());
        return 0;
    }
    return s.next() ? s.value(0).toLongLong() : 0;
}

bool ServiceRecordRepository::save(ServiceRecord& r, QList<Hazard>* hazards, QString* error)
{
    const QString problem = ServiceRecordValidator::problem(r, Clock::today());
    if (!problem.isEmpty()) {
        return failWith(error, problem);
    }
    Transaction tx(m_db.connection());
    // An agency's record: the agency is the one serving the enterprise that day; a day without service is
    // refused. The street inspects any enterprise on any day: its own inspection names no agency, a joint one
    // the agency that went along (the serving one when none was chosen).
    QString why;
    const qint64 serving = agencyServing(r.enterpriseId, r.doneOn, &why);
    if (!why.isEmpty()) {
        return failWith(error, tr("The record could not be saved: %1").arg(why));
    }
    if (r.inspector == Inspector::Street) {
        r.agencyId = 0;
    } else if (r.inspector == Inspector::Joint) {
        if (r.agencyId == 0) {
            r.agencyId = serving;
        }
        if (r.agencyId == 0) {
            return failWith(error,
                            tr("On %1 no agency served the enterprise; choose the agency that inspected with the "
                               "street.")
                                .arg(r.doneOn.toString(Qt::ISODate)));
        }
    } else {
        if (serving == 0) {
            return failWith(error,
                            tr("On %1 the enterprise was not under any service contract; check the date.")
                                .arg(r.doneOn.toString(Qt::ISODate)));
        }
        if (r.agencyId == 0) {
            r.agencyId = serving;
        }
    }
    QSqlQuery q(m_db.connection());
    const QString now = SqlValue::nowUtc();
    if (r.id == 0) {
        q.prepare(kInsertRecord);
        bindRecord(q, r);
        q.addBindValue(now);
        q.addBindValue(now);
    } else {
        q.prepare(QStringLiteral("UPDATE service_record SET enterprise_id = ?, agency_id = ?, kind = ?, done_on = ?,"
                                 " report_year = ?, topic = ?, content = ?, people_count = ?, problems = ?,"
                                 " measures = ?, notes = ?, inspector = ?, updated_at = ? WHERE id = ?"
                                 " AND voided_at IS NULL"));
        bindRecord(q, r);
        q.addBindValue(now);
        q.addBindValue(r.id);
    }
    const bool inserted = r.id == 0;
    // An insert says its id (RETURNING); an update, that it found the record.
    if (!q.exec() || (!inserted && q.numRowsAffected() != 1)) {
        return failWith(error,
                        q.lastError().isValid() ? tr("The record could not be saved: %1").arg(q.lastError().text())
                                                : tr("The record no longer exists or was voided."));
    }
    if (inserted) {
        r.id = SqlDialect::insertedId(q);
    }
    q.finish();
    if (!writeExperts(r, error)) {
        if (inserted) {
            r.id = 0;
        }
        return false;
    }
    if (hazards) {
        for (Hazard& h : *hazards) {
            if (!writeHazard(r, h, error)) {
                if (inserted) {
                    r.id = 0;
                }
                return false;
            }
        }
    }
    if (!tx.commit()) {
        if (inserted) {
            r.id = 0;
        }
        return failWith(error, tr("The record could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

bool ServiceRecordRepository::writeExperts(const ServiceRecord& r, QString* error)
{
    QSqlQuery d(m_db.connection());
    d.prepare(QStringLiteral("DELETE FROM service_record_expert WHERE record_id = ?"));
    d.addBindValue(r.id);
    if (!d.exec()) {
        return failWith(error, tr("The record could not be saved: %1").arg(d.lastError().text()));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO service_record_expert (record_id, expert_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 expertId : r.expertIds) {
        q.addBindValue(r.id);
        q.addBindValue(expertId);
        if (!q.exec()) {
            return failWith(error, tr("The record could not be saved: %1").arg(q.lastError().text()));
        }
    }
    return true;
}

bool ServiceRecordRepository::writeHazard(const ServiceRecord& r, Hazard& h, QString* error)
{
    const QString problem = prepareHazard(r, h);
    if (!problem.isEmpty()) {
        return failWith(error, problem);
    }
    QSqlQuery q(m_db.connection());
    q.prepare(h.id == 0 ? kInsertHazard : kUpdateHazard);
    const QString now = SqlValue::nowUtc();
    bindHazard(q, h, now);
    q.addBindValue(h.id == 0 ? QVariant(now) : QVariant(h.id));
    if (!q.exec()) {
        return failWith(error, tr("The hazard could not be saved: %1").arg(q.lastError().text()));
    }
    if (h.id == 0) {
        // The first step of its history: registered, by whom, on the day it was found.
        h.id = SqlDialect::insertedId(q);
        QSqlQuery event(m_db.connection());
        event.prepare(kRegisterEvent);
        bindRegistration(event, h, now);
        if (!event.exec()) {
            return failWith(error, tr("The hazard could not be saved: %1").arg(event.lastError().text()));
        }
    }
    return true;
}

bool ServiceRecordRepository::voidRecord(qint64 id, const QString& reason, QString* error)
{
    if (reason.trimmed().isEmpty()) {
        return failWith(error, tr("Give the reason the record is voided."));
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE service_record SET voided_at = ?, void_reason = ?, updated_at = ?"
                             " WHERE id = ? AND voided_at IS NULL"));
    const QString now = SqlValue::nowUtc();
    q.addBindValue(now);
    q.addBindValue(reason.trimmed().left(ServiceRecordValidator::kMaxTextLength));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error,
                        q.lastError().isValid() ? tr("The record could not be voided: %1").arg(q.lastError().text())
                                                : tr("The record no longer exists or was already voided."));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The record could not be voided: %1").arg(tx.errorText()));
    }
    return true;
}

bool ServiceRecordRepository::insertBatch(QList<ServiceRecord>& records, QString* error, QList<QList<Hazard>>* hazards)
{
    if (hazards && hazards->size() != records.size()) {
        return failWith(error, tr("The records could not be saved: %1").arg(QStringLiteral("hazard list mismatch")));
    }
    Transaction tx(m_db.connection());
    // Three statements prepared once for the whole batch: a ten-year street writes 200,000 records.
    QSqlQuery q(m_db.connection());
    q.prepare(kInsertRecord);
    QSqlQuery experts(m_db.connection());
    experts.prepare(QStringLiteral("INSERT INTO service_record_expert (record_id, expert_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    QSqlQuery hazard(m_db.connection());
    hazard.prepare(kInsertHazard);
    QSqlQuery registration(m_db.connection());
    registration.prepare(kRegisterEvent);
    const QString now = SqlValue::nowUtc();
    for (int i = 0; i < records.size(); ++i) {
        ServiceRecord& r = records[i];
        const QString problem = ServiceRecordValidator::problem(r, Clock::today());
        if (!problem.isEmpty()) {
            return failWith(error, problem);
        }
        bindRecord(q, r);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec()) {
            return failWith(error, tr("The records could not be saved: %1").arg(q.lastError().text()));
        }
        r.id = SqlDialect::insertedId(q);
        for (qint64 expertId : std::as_const(r.expertIds)) {
            experts.addBindValue(r.id);
            experts.addBindValue(expertId);
            if (!experts.exec()) {
                return failWith(error, tr("The records could not be saved: %1").arg(experts.lastError().text()));
            }
        }
        if (!hazards) {
            continue;
        }
        for (Hazard& h : (*hazards)[i]) {
            const QString why = prepareHazard(r, h);
            if (!why.isEmpty()) {
                return failWith(error, why);
            }
            bindHazard(hazard, h, now);
            hazard.addBindValue(now);
            if (!hazard.exec()) {
                return failWith(error, tr("The hazard could not be saved: %1").arg(hazard.lastError().text()));
            }
            h.id = SqlDialect::insertedId(hazard);
            bindRegistration(registration, h, now);
            if (!registration.exec()) {
                return failWith(error, tr("The hazard could not be saved: %1").arg(registration.lastError().text()));
            }
        }
    }
    q.finish();
    experts.finish();
    hazard.finish();
    registration.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The records could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

} // namespace sl::core
