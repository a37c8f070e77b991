#include "CertificateRepository.h"

#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "rules/CertificateValidator.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sl::core {

namespace {

const QString kTypeColumns = QStringLiteral("id, name, validity_months, review_months, sort_order, archived");

const QString kCertificateColumns = QStringLiteral(
    "c.id, c.enterprise_id, c.type_id, c.number, c.holder, c.issuer, c.issued_on, c.expires_on, c.notes,"
    " c.archived_at");

CertificateType typeFromRow(const QSqlQuery& q)
{
    CertificateType t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.validityMonths = q.value(2).toInt();
    t.reviewMonths = q.value(3).toInt();
    t.sortOrder = q.value(4).toInt();
    t.archived = q.value(5).toInt() != 0;
    return t;
}

Certificate certificateFromRow(const QSqlQuery& q)
{
    Certificate c;
    c.id = q.value(0).toLongLong();
    c.enterpriseId = q.value(1).toLongLong();
    c.typeId = q.value(2).toLongLong();
    c.number = q.value(3).toString();
    c.holder = q.value(4).toString();
    c.issuer = q.value(5).toString();
    c.issuedOn = SqlValue::toDate(q.value(6));
    c.expiresOn = SqlValue::toDate(q.value(7));
    c.notes = q.value(8).toString();
    c.archivedAt = SqlValue::toTimestamp(q.value(9));
    return c;
}

} // namespace

CertificateRepository::CertificateRepository(Database& db)
    : m_db(db)
{
}

// --- types ---------------------------------------------------------------------------------------

QList<CertificateType> CertificateRepository::types(bool includeArchived) const
{
    QList<CertificateType> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM certificate_type WHERE archived = 0 OR ? <> 0 ORDER BY sort_order, name, id")
                  .arg(kTypeColumns));
    q.addBindValue(includeArchived ? 1 : 0);
    if (q.exec()) {
        while (q.next()) {
            out.append(typeFromRow(q));
        }
    }
    return out;
}

std::optional<CertificateType> CertificateRepository::findType(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM certificate_type WHERE id = ?").arg(kTypeColumns));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        return typeFromRow(q);
    }
    return std::nullopt;
}

bool CertificateRepository::checkType(const CertificateType& t, QString* error) const
{
    const auto problems = CertificateValidator::validateType(t);
    if (!problems.isEmpty()) {
        return failWith(error, CertificateValidator::summary(problems));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM certificate_type WHERE name = ? AND id <> ?"));
    q.addBindValue(t.name.trimmed());
    q.addBindValue(t.id);
    if (q.exec() && q.next()) {
        return failWith(error, CertificateValidator::typeNameTaken(t.name.trimmed()));
    }
    return true;
}

bool CertificateRepository::insertType(CertificateType& t, QString* error)
{
    Transaction tx(m_db.connection());
    if (!checkType(t, error)) {
        return false;
    }
    int sortOrder = t.sortOrder;
    if (sortOrder == 0) {
        QSqlQuery last(m_db.connection());
        if (last.exec(QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) FROM certificate_type")) && last.next()) {
            sortOrder = last.value(0).toInt() + 1;
        }
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO certificate_type (name, validity_months, review_months, sort_order, archived)"
                             " VALUES (?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant& v : { SqlValue::fromText(t.name), QVariant(t.validityMonths), QVariant(t.reviewMonths),
                               QVariant(sortOrder), QVariant(t.archived ? 1 : 0) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The certificate type could not be saved: %1").arg(q.lastError().text()));
    }
    const qint64 id = SqlDialect::insertedId(q);
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The certificate type could not be saved: %1").arg(tx.errorText()));
    }
    t.id = id;
    t.name = t.name.trimmed();
    t.sortOrder = sortOrder;
    return true;
}

bool CertificateRepository::updateType(const CertificateType& t, QString* error)
{
    Transaction tx(m_db.connection());
    if (!checkType(t, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE certificate_type SET name = ?, validity_months = ?, review_months = ?,"
                             " sort_order = ?, archived = ? WHERE id = ?"));
    for (const QVariant& v : { SqlValue::fromText(t.name), QVariant(t.validityMonths), QVariant(t.reviewMonths),
                               QVariant(t.sortOrder), QVariant(t.archived ? 1 : 0), QVariant(t.id) }) {
        q.addBindValue(v);
    }
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The certificate type could not be saved: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The certificate type could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

bool CertificateRepository::setTypeArchived(qint64 id, bool archived, QString* error)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE certificate_type SET archived = ? WHERE id = ?"));
    q.addBindValue(archived ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The certificate type could not be changed: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The certificate type could not be changed: %1").arg(tx.errorText()));
    }
    return true;
}

// --- certificates --------------------------------------------------------------------------------

QList<Certificate> CertificateRepository::select(const QString& where, const QVariantList& values) const
{
    QList<Certificate> out;
    QSqlQuery q(m_db.connection());
    // The enterprise join is there for the "in the register" condition of expiring(); `where` is
    // always one of this file's own clauses, never text from outside.
    q.prepare(QStringLiteral("SELECT %1 FROM certificate c JOIN enterprise e ON e.id = c.enterprise_id WHERE %2"
                             " ORDER BY c.expires_on, c.id")
                  .arg(kCertificateColumns, where));
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (q.exec()) {
        while (q.next()) {
            out.append(certificateFromRow(q));
        }
    }
    return out;
}

QList<Certificate> CertificateRepository::list(bool includeArchived) const
{
    return select(QStringLiteral("c.archived_at IS NULL OR ? <> 0"), { includeArchived ? 1 : 0 });
}

QList<Certificate> CertificateRepository::listOf(qint64 enterpriseId, bool includeArchived) const
{
    return select(QStringLiteral("c.enterprise_id = ? AND (c.archived_at IS NULL OR ? <> 0)"),
                  { enterpriseId, includeArchived ? 1 : 0 });
}

std::optional<Certificate> CertificateRepository::find(qint64 id) const
{
    const QList<Certificate> found = select(QStringLiteral("c.id = ?"), { id });
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

QList<Certificate> CertificateRepository::expiring(const QDate& asOf, int days) const
{
    if (!asOf.isValid()) {
        return {};
    }
    // Everything that expires on or before the window's last day: the expired ones and those with
    // 0 … days days left. ISO dates compare as text in date order.
    const QDate last = asOf.addDays(std::max(days, 0));
    return select(QStringLiteral("c.archived_at IS NULL AND e.archived_at IS NULL AND c.expires_on <= ?"),
                  { last.toString(Qt::ISODate) });
}

bool CertificateRepository::check(const Certificate& c, QString* error) const
{
    const auto problems = CertificateValidator::validate(c);
    if (!problems.isEmpty()) {
        return failWith(error, CertificateValidator::summary(problems));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM enterprise WHERE id = ?"));
    q.addBindValue(c.enterpriseId);
    if (!q.exec() || !q.next()) {
        return failWith(error, tr("The enterprise of this certificate is not in the register."));
    }
    const auto type = findType(c.typeId);
    if (!type) {
        return failWith(error, tr("The certificate type no longer exists; choose another."));
    }
    if (type->archived) {
        // A certificate keeps an archived type it already had; no certificate takes one anew.
        const auto stored = c.id != 0 ? find(c.id) : std::nullopt;
        if (!stored || stored->typeId != c.typeId) {
            return failWith(error, tr("The certificate type \"%1\" is archived; choose another.").arg(type->name));
        }
    }
    return true;
}

bool CertificateRepository::insert(Certificate& c, QString* error)
{
    Transaction tx(m_db.connection());
    if (!check(c, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO certificate (enterprise_id, type_id, number, holder, issuer, issued_on,"
                             " expires_on, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = SqlValue::nowUtc();
    for (const QVariant& v :
         { QVariant(c.enterpriseId), QVariant(c.typeId), SqlValue::fromText(c.number), SqlValue::fromText(c.holder),
           SqlValue::fromText(c.issuer), SqlValue::fromDate(c.issuedOn), SqlValue::fromDate(c.expiresOn),
           SqlValue::fromText(c.notes), QVariant(now), QVariant(now) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The certificate could not be saved: %1").arg(q.lastError().text()));
    }
    const qint64 id = SqlDialect::insertedId(q);
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The certificate could not be saved: %1").arg(tx.errorText()));
    }
    c.id = id;
    return true;
}

bool CertificateRepository::update(const Certificate& c, QString* error)
{
    Transaction tx(m_db.connection());
    if (!check(c, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE certificate SET enterprise_id = ?, type_id = ?, number = ?, holder = ?,"
                             " issuer = ?, issued_on = ?, expires_on = ?, notes = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant& v :
         { QVariant(c.enterpriseId), QVariant(c.typeId), SqlValue::fromText(c.number), SqlValue::fromText(c.holder),
           SqlValue::fromText(c.issuer), SqlValue::fromDate(c.issuedOn), SqlValue::fromDate(c.expiresOn),
           SqlValue::fromText(c.notes), QVariant(SqlValue::nowUtc()), QVariant(c.id) }) {
        q.addBindValue(v);
    }
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The certificate could not be saved: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The certificate could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

bool CertificateRepository::setArchived(qint64 id, bool archived, QString* error)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE certificate SET archived_at = ?, updated_at = ? WHERE id = ?"));
    const QString now = SqlValue::nowUtc();
    q.addBindValue(archived ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The certificate could not be changed: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The certificate could not be changed: %1").arg(tx.errorText()));
    }
    return true;
}

bool CertificateRepository::archive(qint64 id, QString* error)
{
    return setArchived(id, true, error);
}

bool CertificateRepository::restore(qint64 id, QString* error)
{
    return setArchived(id, false, error);
}

} // namespace sl::core
