#include "HazardRepository.h"

#include "AppInfo.h"
#include "Clock.h"
#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

namespace {

constexpr int kMaxText = 4000;

// The deadline in force: the latest approved extension, else the original one.
const QString kDeadlineInForce
    = QStringLiteral("coalesce((SELECT max(x.new_deadline) FROM hazard_extension x WHERE x.hazard_id = h.id"
                     " AND x.decision = 'approved'), h.deadline)");

const QString kSelect = QStringLiteral(
    "SELECT h.id, h.enterprise_id, h.inspection_id, h.found_on, h.place, h.description, h.grade, h.category,"
    " h.demand, h.responsible, h.deadline, h.state, h.supervision, h.listed_measures, h.listed_funds,"
    " h.listed_deadline, h.listed_responsible, h.listed_plan, h.delisted_on, h.rechecked_on, h.closed_on,"
    " h.close_reason,"
    " (SELECT max(x.new_deadline) FROM hazard_extension x WHERE x.hazard_id = h.id AND x.decision = 'approved'),"
    " r.agency_id, r.inspector FROM hazard h LEFT JOIN service_record r ON r.id = h.inspection_id");

Hazard hazardFromRow(const QSqlQuery& q)
{
    Hazard h;
    h.id = q.value(0).toLongLong();
    h.enterpriseId = q.value(1).toLongLong();
    h.inspectionId = SqlValue::toId(q.value(2));
    h.foundOn = SqlValue::toDate(q.value(3));
    h.place = q.value(4).toString();
    h.description = q.value(5).toString();
    hazardGradeFromKey(q.value(6).toString(), &h.grade);
    h.category = q.value(7).toString();
    h.demand = q.value(8).toString();
    h.responsible = q.value(9).toString();
    h.deadline = SqlValue::toDate(q.value(10));
    hazardStateFromKey(q.value(11).toString(), &h.state);
    supervisionFromKey(q.value(12).toString(), &h.supervision);
    h.listed.measures = q.value(13).toString();
    h.listed.funds = q.value(14).toString();
    h.listed.deadline = SqlValue::toDate(q.value(15));
    h.listed.responsible = q.value(16).toString();
    h.listed.plan = q.value(17).toString();
    h.delistedOn = SqlValue::toDate(q.value(18));
    h.recheckedOn = SqlValue::toDate(q.value(19));
    h.closedOn = SqlValue::toDate(q.value(20));
    h.closeReason = q.value(21).toString();
    h.extendedDeadline = SqlValue::toDate(q.value(22));
    h.agencyId = SqlValue::toId(q.value(23));
    inspectorFromKey(q.value(24).toString(), &h.inspector);
    return h;
}

HazardExtension::Decision decisionFromKey(const QString& key)
{
    if (key == QLatin1String("approved")) {
        return HazardExtension::Decision::Approved;
    }
    return key == QLatin1String("refused") ? HazardExtension::Decision::Refused : HazardExtension::Decision::Pending;
}

} // namespace

HazardRepository::HazardRepository(Database& db)
    : m_db(db)
{
}

QList<Hazard> HazardRepository::list(const Filter& f) const
{
    // Only the conditions that are set, so SQLite can use the index that fits (the partial index of
    // open hazards makes the dashboard's read cheap on a street with years of closed ones).
    QStringList where;
    QVariantList values;
    if (f.year != 0) {
        where << QStringLiteral("h.found_on BETWEEN ? AND ?");
        values << QStringLiteral("%1-01-01").arg(f.year, 4, 10, QLatin1Char('0'))
               << QStringLiteral("%1-12-31").arg(f.year, 4, 10, QLatin1Char('0'));
    }
    if (f.enterpriseId != 0) {
        where << QStringLiteral("h.enterprise_id = ?");
        values << f.enterpriseId;
    }
    if (f.inspectionId != 0) {
        where << QStringLiteral("h.inspection_id = ?");
        values << f.inspectionId;
    }
    if (f.openOnly) {
        where << QStringLiteral("h.state <> 'closed'");
    }
    if (f.dueBy.isValid()) {
        where << kDeadlineInForce + QStringLiteral(" <= ?");
        values << f.dueBy.toString(Qt::ISODate);
    }
    QList<Hazard> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (f.dueBy.isValid() && f.limit > 0) {
        // The first hazards due (the dashboard's list): their ids first, from the index of open hazards without
        // reading the rows, then only those rows. Sorting every open hazard's full row costs several times more.
        q.prepare(QStringLiteral("SELECT h.id FROM hazard h WHERE ") + where.join(QStringLiteral(" AND "))
                  + QStringLiteral(" ORDER BY ") + kDeadlineInForce + QStringLiteral(", h.id LIMIT %1").arg(f.limit));
        for (const QVariant& v : std::as_const(values)) {
            q.addBindValue(v);
        }
        QStringList ids;
        if (q.exec()) {
            while (q.next()) {
                ids << QString::number(q.value(0).toLongLong());
            }
        }
        if (ids.isEmpty()) {
            return out;
        }
        if (q.exec(kSelect + QStringLiteral(" WHERE h.id IN (%1) ORDER BY ").arg(ids.join(QLatin1Char(',')))
                   + kDeadlineInForce + QStringLiteral(", h.id"))) {
            while (q.next()) {
                out.append(hazardFromRow(q));
            }
        }
        return out;
    }
    q.prepare(kSelect + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
              + (f.dueBy.isValid() ? QStringLiteral(" ORDER BY ") + kDeadlineInForce + QStringLiteral(", h.id")
                                   : QStringLiteral(" ORDER BY h.found_on, h.id"))
              + (f.limit > 0 ? QStringLiteral(" LIMIT %1").arg(f.limit) : QString()));
    for (const QVariant& v : std::as_const(values)) {
        q.addBindValue(v);
    }
    if (q.exec()) {
        while (q.next()) {
            out.append(hazardFromRow(q));
        }
    }
    return out;
}

void HazardRepository::countOpen(const QDate& asOf, int* open, int* overdue) const
{
    *open = 0;
    *overdue = 0;
    // HazardDeadline's rule in SQL: open as of D = found by D and not closed (with a date) by D; overdue = open
    // with a deadline in force before D. Two parts, so the open ones come from the index of open hazards and the
    // closed ones only when closed after D (an as-of date in the past).
    QSqlQuery q(m_db.connection());
    // The day found is tested in the sums, not in WHERE, so each part reads its partial index (schema step 12)
    // rather than every hazard by the day found.
    q.prepare(QStringLiteral(
                  "SELECT coalesce(sum(CASE WHEN found_on <= ? THEN 1 ELSE 0 END), 0),"
                  " coalesce(sum(CASE WHEN found_on <= ? AND deadline_in_force < ? THEN 1 ELSE 0 END), 0)"
                  " FROM (SELECT h.found_on AS found_on, %1 AS deadline_in_force FROM hazard h"
                  "  WHERE h.state <> 'closed'"
                  " UNION ALL SELECT h.found_on, %1 FROM hazard h WHERE h.state = 'closed' AND h.closed_on > ?"
                  " UNION ALL SELECT h.found_on, %1 FROM hazard h WHERE h.state = 'closed' AND h.closed_on IS NULL)"
                  " AS counted")
                  .arg(kDeadlineInForce));
    const QString day = asOf.toString(Qt::ISODate);
    for (int i = 0; i < 4; ++i) {
        q.addBindValue(day);
    }
    if (q.exec() && q.next()) {
        *open = q.value(0).toInt();
        *overdue = q.value(1).toInt();
    }
}

std::optional<Hazard> HazardRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE h.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        return hazardFromRow(q);
    }
    return std::nullopt;
}

QList<HazardEvent> HazardRepository::events(qint64 hazardId) const
{
    QList<HazardEvent> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, hazard_id, happened_on, action, from_state, to_state, operator, remark,"
                             " created_at, rechecked_by FROM hazard_event WHERE hazard_id = ? ORDER BY id"));
    q.addBindValue(hazardId);
    if (q.exec()) {
        while (q.next()) {
            HazardEvent e;
            e.id = q.value(0).toLongLong();
            e.hazardId = q.value(1).toLongLong();
            e.happenedOn = SqlValue::toDate(q.value(2));
            e.action = q.value(3).toString();
            hazardStateFromKey(q.value(4).toString(), &e.from);
            hazardStateFromKey(q.value(5).toString(), &e.to);
            e.operatorName = q.value(6).toString();
            e.remark = q.value(7).toString();
            e.createdAt = SqlValue::toTimestamp(q.value(8));
            e.recheckedBy = q.value(9).toString();
            out.append(e);
        }
    }
    return out;
}

QList<HazardExtension> HazardRepository::extensions(qint64 hazardId) const
{
    QList<HazardExtension> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, hazard_id, requested_on, new_deadline, reason, decision, decided_on,"
                             " decided_by, decision_remark FROM hazard_extension WHERE hazard_id = ? ORDER BY id"));
    q.addBindValue(hazardId);
    if (q.exec()) {
        while (q.next()) {
            HazardExtension x;
            x.id = q.value(0).toLongLong();
            x.hazardId = q.value(1).toLongLong();
            x.requestedOn = SqlValue::toDate(q.value(2));
            x.newDeadline = SqlValue::toDate(q.value(3));
            x.reason = q.value(4).toString();
            x.decision = decisionFromKey(q.value(5).toString());
            x.decidedOn = SqlValue::toDate(q.value(6));
            x.decidedBy = q.value(7).toString();
            x.decisionRemark = q.value(8).toString();
            out.append(x);
        }
    }
    return out;
}

int HazardRepository::afterEvidenceCount(qint64 hazardId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM evidence WHERE owner_kind = 'hazard' AND owner_id = ?"
                             " AND role = 'after'"));
    q.addBindValue(hazardId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QString HazardRepository::recheckerOf(HazardLifecycle::Action action, const HazardLifecycle::Step& step)
{
    if (action != HazardLifecycle::Action::PassRecheck && action != HazardLifecycle::Action::FailRecheck) {
        return {};
    }
    return step.recheckedBy.trimmed().isEmpty() ? AppInfo::operatorName() : step.recheckedBy.trimmed();
}

bool HazardRepository::writeEvent(qint64 hazardId, const QDate& day, const QString& action, HazardState from,
                                  HazardState to, const QString& recheckedBy, const QString& remark, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO hazard_event (hazard_id, happened_on, action, from_state, to_state, operator,"
                             " remark, created_at, rechecked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         { QVariant(hazardId), SqlValue::fromDate(day), QVariant(action), QVariant(hazardStateKey(from)),
           QVariant(hazardStateKey(to)), QVariant(AppInfo::operatorName()),
           SqlValue::fromText(remark.trimmed().left(kMaxText)), QVariant(SqlValue::nowUtc()),
           SqlValue::fromText(recheckedBy.trimmed().left(kMaxText)) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The hazard's history could not be written: %1").arg(q.lastError().text()));
    }
    return true;
}

bool HazardRepository::step(qint64 hazardId, HazardLifecycle::Action action, const HazardLifecycle::Step& input,
                            QString* error)
{
    Transaction tx(m_db.connection());
    const std::optional<Hazard> before = find(hazardId);
    if (!before) {
        return failWith(error, tr("The hazard no longer exists."));
    }
    HazardLifecycle::Step step = input;
    step.afterEvidence = afterEvidenceCount(hazardId);
    if (step.remark.size() > kMaxText || step.closeReason.size() > kMaxText) {
        return failWith(error, tr("A text is longer than %1 characters.").arg(kMaxText));
    }
    const QString refused = HazardLifecycle::refusal(*before, action, step, Clock::today());
    if (!refused.isEmpty()) {
        return failWith(error, refused);
    }
    const Hazard after = HazardLifecycle::apply(*before, action, step);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE hazard SET state = ?, supervision = ?, listed_measures = ?, listed_funds = ?,"
                             " listed_deadline = ?, listed_responsible = ?, listed_plan = ?, delisted_on = ?,"
                             " rechecked_on = ?, closed_on = ?, close_reason = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant& v :
         { QVariant(hazardStateKey(after.state)), QVariant(supervisionKey(after.supervision)),
           SqlValue::fromText(after.listed.measures.trimmed()), SqlValue::fromText(after.listed.funds.trimmed()),
           SqlValue::fromDate(after.listed.deadline), SqlValue::fromText(after.listed.responsible.trimmed()),
           SqlValue::fromText(after.listed.plan.trimmed()), SqlValue::fromDate(after.delistedOn),
           SqlValue::fromDate(after.recheckedOn), SqlValue::fromDate(after.closedOn),
           SqlValue::fromText(after.closeReason), QVariant(SqlValue::nowUtc()), QVariant(hazardId) }) {
        q.addBindValue(v);
    }
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The hazard could not be saved: %1").arg(q.lastError().text()));
    }
    QString remark = step.remark;
    if (action == HazardLifecycle::Action::PassRecheck && !after.closeReason.isEmpty()) {
        remark = remark.isEmpty() ? after.closeReason : remark + QStringLiteral(" / ") + after.closeReason;
    }
    if (!writeEvent(hazardId, step.day, HazardLifecycle::actionKey(action), before->state, after.state,
                    recheckerOf(action, step), remark, error)) {
        return false;
    }
    if (after.delistedOn.isValid() && !before->delistedOn.isValid()
        && !writeEvent(hazardId, step.day, QStringLiteral("delisted"), after.state, after.state, QString(), QString(),
                       error)) {
        return false;
    }
    if (!tx.commit()) {
        return failWith(error, tr("The hazard could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

bool HazardRepository::stepBatch(const QList<PlannedStep>& steps, QString* error)
{
    Transaction tx(m_db.connection());
    QHash<qint64, Hazard> current;
    for (const Hazard& h : list({})) {
        current.insert(h.id, h);
    }
    QHash<qint64, int> afterEvidence;
    QSqlQuery counts(m_db.connection());
    if (counts.exec(QStringLiteral("SELECT owner_id, count(*) FROM evidence WHERE owner_kind = 'hazard'"
                                   " AND role = 'after' GROUP BY owner_id"))) {
        while (counts.next()) {
            afterEvidence.insert(counts.value(0).toLongLong(), counts.value(1).toInt());
        }
    }
    QSqlQuery event(m_db.connection());
    event.prepare(QStringLiteral("INSERT INTO hazard_event (hazard_id, happened_on, action, from_state, to_state,"
                                 " operator, remark, created_at, rechecked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = SqlValue::nowUtc();
    const QString operatorName = AppInfo::operatorName();
    const QDate today = Clock::today();
    QList<qint64> touched; // in the order first stepped, so the writes are the same every time
    QSet<qint64> seen;
    const auto writeEventRow = [&](qint64 id, const QDate& day, const QString& action, HazardState from, HazardState to,
                                   const QString& remark, const QString& recheckedBy = QString()) {
        for (const QVariant& v : { QVariant(id), SqlValue::fromDate(day), QVariant(action),
                                   QVariant(hazardStateKey(from)), QVariant(hazardStateKey(to)), QVariant(operatorName),
                                   SqlValue::fromText(remark.trimmed().left(kMaxText)), QVariant(now),
                                   SqlValue::fromText(recheckedBy.trimmed().left(kMaxText)) }) {
            event.addBindValue(v);
        }
        return event.exec();
    };
    for (const PlannedStep& planned : steps) {
        const auto it = current.find(planned.hazardId);
        if (it == current.end()) {
            return failWith(error, tr("Hazard %1 does not exist.").arg(planned.hazardId));
        }
        HazardLifecycle::Step step = planned.step;
        step.afterEvidence = afterEvidence.value(planned.hazardId);
        const QString refused = HazardLifecycle::refusal(*it, planned.action, step, today);
        if (!refused.isEmpty()) {
            return failWith(error, tr("Hazard %1: %2").arg(planned.hazardId).arg(refused));
        }
        const Hazard after = HazardLifecycle::apply(*it, planned.action, step);
        QString remark = step.remark;
        if (planned.action == HazardLifecycle::Action::PassRecheck && !after.closeReason.isEmpty()) {
            remark = remark.isEmpty() ? after.closeReason : remark + QStringLiteral(" / ") + after.closeReason;
        }
        if (!writeEventRow(planned.hazardId, step.day, HazardLifecycle::actionKey(planned.action), it->state,
                           after.state, remark, recheckerOf(planned.action, step))
            || (after.delistedOn.isValid() && !it->delistedOn.isValid()
                && !writeEventRow(planned.hazardId, step.day, QStringLiteral("delisted"), after.state, after.state,
                                  QString()))) {
            return failWith(error, tr("The hazard's history could not be written: %1").arg(event.lastError().text()));
        }
        if (!seen.contains(planned.hazardId)) {
            seen.insert(planned.hazardId);
            touched.append(planned.hazardId);
        }
        *it = after;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE hazard SET state = ?, supervision = ?, listed_measures = ?, listed_funds = ?,"
                             " listed_deadline = ?, listed_responsible = ?, listed_plan = ?, delisted_on = ?,"
                             " rechecked_on = ?, closed_on = ?, close_reason = ?, updated_at = ? WHERE id = ?"));
    for (qint64 id : std::as_const(touched)) {
        const Hazard& h = current[id];
        for (const QVariant& v :
             { QVariant(hazardStateKey(h.state)), QVariant(supervisionKey(h.supervision)),
               SqlValue::fromText(h.listed.measures.trimmed()), SqlValue::fromText(h.listed.funds.trimmed()),
               SqlValue::fromDate(h.listed.deadline), SqlValue::fromText(h.listed.responsible.trimmed()),
               SqlValue::fromText(h.listed.plan.trimmed()), SqlValue::fromDate(h.delistedOn),
               SqlValue::fromDate(h.recheckedOn), SqlValue::fromDate(h.closedOn), SqlValue::fromText(h.closeReason),
               QVariant(now), QVariant(id) }) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return failWith(error, tr("The hazard could not be saved: %1").arg(q.lastError().text()));
        }
    }
    q.finish();
    event.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The hazard could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

bool HazardRepository::requestExtension(qint64 hazardId, const QDate& requestedOn, const QDate& newDeadline,
                                        const QString& reason, QString* error)
{
    Transaction tx(m_db.connection());
    const std::optional<Hazard> h = find(hazardId);
    if (!h) {
        return failWith(error, tr("The hazard no longer exists."));
    }
    bool pending = false;
    for (const HazardExtension& x : extensions(hazardId)) {
        pending = pending || x.decision == HazardExtension::Decision::Pending;
    }
    QString refused = HazardLifecycle::extensionRefusal(*h, newDeadline, reason, pending);
    if (refused.isEmpty() && (!requestedOn.isValid() || requestedOn > Clock::today())) {
        refused = tr("Enter the date of the request; it cannot be in the future.");
    }
    if (!refused.isEmpty()) {
        return failWith(error, refused);
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO hazard_extension (hazard_id, requested_on, new_deadline, reason)"
                             " VALUES (?, ?, ?, ?)"));
    q.addBindValue(hazardId);
    q.addBindValue(SqlValue::fromDate(requestedOn));
    q.addBindValue(SqlValue::fromDate(newDeadline));
    q.addBindValue(reason.trimmed().left(kMaxText));
    if (!q.exec()) {
        return failWith(error, tr("The extension request could not be saved: %1").arg(q.lastError().text()));
    }
    if (!writeEvent(hazardId, requestedOn, QStringLiteral("extension_requested"), h->state, h->state, QString(),
                    tr("to %1: %2").arg(newDeadline.toString(Qt::ISODate), reason.trimmed()), error)
        || !tx.commit()) {
        return failWith(error, error && !error->isEmpty() ? *error : tx.errorText());
    }
    return true;
}

bool HazardRepository::decideExtension(qint64 extensionId, bool approve, const QDate& decidedOn, const QString& remark,
                                       QString* error)
{
    Transaction tx(m_db.connection());
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT hazard_id, decision, requested_on FROM hazard_extension WHERE id = ?"));
    find.addBindValue(extensionId);
    if (!find.exec() || !find.next()) {
        return failWith(error, tr("The extension request no longer exists."));
    }
    const qint64 hazardId = find.value(0).toLongLong();
    const bool pending = find.value(1).toString() == QLatin1String("pending");
    const QDate requestedOn = SqlValue::toDate(find.value(2));
    find.finish();
    if (!pending) {
        return failWith(error, tr("This extension request has already been decided."));
    }
    if (!decidedOn.isValid() || decidedOn > Clock::today() || decidedOn < requestedOn) {
        return failWith(error, tr("The decision date must lie between the request and today."));
    }
    const std::optional<Hazard> h = this->find(hazardId);
    if (!h || !h->isOpen()) {
        return failWith(error, tr("The hazard is already closed; its deadline cannot be extended."));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE hazard_extension SET decision = ?, decided_on = ?, decided_by = ?,"
                             " decision_remark = ? WHERE id = ? AND decision = 'pending'"));
    q.addBindValue(approve ? QStringLiteral("approved") : QStringLiteral("refused"));
    q.addBindValue(SqlValue::fromDate(decidedOn));
    q.addBindValue(AppInfo::operatorName());
    q.addBindValue(remark.trimmed().left(kMaxText));
    q.addBindValue(extensionId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The decision could not be saved: %1").arg(q.lastError().text()));
    }
    if (!writeEvent(hazardId, decidedOn,
                    approve ? QStringLiteral("extension_approved") : QStringLiteral("extension_refused"), h->state,
                    h->state, QString(), remark, error)
        || !tx.commit()) {
        return failWith(error, error && !error->isEmpty() ? *error : tx.errorText());
    }
    return true;
}

} // namespace sl::core
