#include "AgencyRepository.h"

#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "rules/AgencyValidator.h"
#include "rules/CreditCode.h"
#include "rules/ExpertValidator.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

namespace {

Agency agencyFromRow(const QSqlQuery& q)
{
    Agency a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.creditCode = q.value(2).toString();
    a.qualification = q.value(3).toString();
    a.contactPerson = q.value(4).toString();
    a.contactPhone = q.value(5).toString();
    a.address = q.value(6).toString();
    a.notes = q.value(7).toString();
    a.archivedAt = SqlValue::toTimestamp(q.value(8));
    return a;
}

const QString kAgencyColumns = QStringLiteral(
    "id, name, credit_code, qualification, contact_person, contact_phone, address, notes, archived_at");

} // namespace

AgencyRepository::AgencyRepository(Database& db)
    : m_db(db)
{
}

QList<Agency> AgencyRepository::list(bool includeArchived) const
{
    QList<Agency> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM agency WHERE archived_at IS NULL OR ? <> 0 ORDER BY name").arg(kAgencyColumns));
    q.addBindValue(includeArchived ? 1 : 0);
    if (q.exec()) {
        while (q.next()) {
            out.append(agencyFromRow(q));
        }
    }
    return out;
}

std::optional<Agency> AgencyRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM agency WHERE id = ?").arg(kAgencyColumns));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        return agencyFromRow(q);
    }
    return std::nullopt;
}

bool AgencyRepository::check(const Agency& a, QString* error) const
{
    const auto problems = AgencyValidator::validate(a);
    if (!problems.isEmpty()) {
        return failWith(error, AgencyValidator::summary(problems));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM agency WHERE name = ? AND id <> ?"));
    q.addBindValue(a.name.trimmed());
    q.addBindValue(a.id);
    if (q.exec() && q.next()) {
        return failWith(error, AgencyValidator::nameTaken(a.name.trimmed()));
    }
    return true;
}

bool AgencyRepository::insert(Agency& a, QString* error)
{
    Transaction tx(m_db.connection());
    if (!check(a, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO agency (name, credit_code, qualification, contact_person, contact_phone,"
                             " address, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = SqlValue::nowUtc();
    for (const QVariant& v :
         { SqlValue::fromText(a.name), SqlValue::fromText(CreditCode::normalized(a.creditCode)),
           SqlValue::fromText(a.qualification), SqlValue::fromText(a.contactPerson), SqlValue::fromText(a.contactPhone),
           SqlValue::fromText(a.address), SqlValue::fromText(a.notes), QVariant(now), QVariant(now) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The agency could not be saved: %1").arg(q.lastError().text()));
    }
    const qint64 id = SqlDialect::insertedId(q);
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The agency could not be saved: %1").arg(tx.errorText()));
    }
    a.id = id;
    return true;
}

bool AgencyRepository::update(const Agency& a, QString* error)
{
    Transaction tx(m_db.connection());
    if (!check(a, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE agency SET name = ?, credit_code = ?, qualification = ?, contact_person = ?,"
                             " contact_phone = ?, address = ?, notes = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant& v :
         { SqlValue::fromText(a.name), SqlValue::fromText(CreditCode::normalized(a.creditCode)),
           SqlValue::fromText(a.qualification), SqlValue::fromText(a.contactPerson), SqlValue::fromText(a.contactPhone),
           SqlValue::fromText(a.address), SqlValue::fromText(a.notes), QVariant(SqlValue::nowUtc()), QVariant(a.id) }) {
        q.addBindValue(v);
    }
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The agency could not be saved: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The agency could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

bool AgencyRepository::setArchived(qint64 id, bool archived, QString* error)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE agency SET archived_at = ?, updated_at = ? WHERE id = ?"));
    const QString now = SqlValue::nowUtc();
    q.addBindValue(archived ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The agency could not be changed: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The agency could not be changed: %1").arg(tx.errorText()));
    }
    return true;
}

QList<Expert> AgencyRepository::experts(qint64 agencyId, bool includeArchived) const
{
    QList<Expert> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, agency_id, name, specialty, certificate, certificate_no, certificate_expiry,"
                             " phone, archived FROM expert WHERE agency_id = ? AND (archived = 0 OR ? <> 0) ORDER BY id"));
    q.addBindValue(agencyId);
    q.addBindValue(includeArchived ? 1 : 0);
    if (q.exec()) {
        while (q.next()) {
            Expert e;
            e.id = q.value(0).toLongLong();
            e.agencyId = q.value(1).toLongLong();
            e.name = q.value(2).toString();
            e.specialty = q.value(3).toString();
            e.certificate = q.value(4).toString();
            e.certificateNo = q.value(5).toString();
            e.certificateExpiry = SqlValue::toDate(q.value(6));
            e.phone = q.value(7).toString();
            e.archived = q.value(8).toInt() != 0;
            out.append(e);
        }
    }
    return out;
}

bool AgencyRepository::checkExpert(const Expert& e, QString* error)
{
    const auto problems = ExpertValidator::validate(e);
    if (!problems.isEmpty()) {
        return failWith(error, ExpertValidator::summary(problems));
    }
    return true;
}

bool AgencyRepository::insertExpert(Expert& e, QString* error)
{
    if (!checkExpert(e, error)) {
        return false;
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO expert (agency_id, name, specialty, certificate, certificate_no,"
                             " certificate_expiry, phone, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant& v :
         { QVariant(e.agencyId), SqlValue::fromText(e.name), SqlValue::fromText(e.specialty),
           SqlValue::fromText(e.certificate), SqlValue::fromText(e.certificateNo),
           SqlValue::fromDate(e.certificateExpiry), SqlValue::fromText(e.phone), QVariant(e.archived ? 1 : 0) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The expert could not be saved: %1").arg(q.lastError().text()));
    }
    const qint64 id = SqlDialect::insertedId(q);
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The expert could not be saved: %1").arg(tx.errorText()));
    }
    e.id = id;
    return true;
}

bool AgencyRepository::updateExpert(const Expert& e, QString* error)
{
    if (!checkExpert(e, error)) {
        return false;
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE expert SET name = ?, specialty = ?, certificate = ?, certificate_no = ?,"
                             " certificate_expiry = ?, phone = ?, archived = ? WHERE id = ?"));
    for (const QVariant& v :
         { SqlValue::fromText(e.name), SqlValue::fromText(e.specialty), SqlValue::fromText(e.certificate),
           SqlValue::fromText(e.certificateNo), SqlValue::fromDate(e.certificateExpiry), SqlValue::fromText(e.phone),
           QVariant(e.archived ? 1 : 0), QVariant(e.id) }) {
        q.addBindValue(v);
    }
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The expert could not be saved: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The expert could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

} // namespace sl::core
