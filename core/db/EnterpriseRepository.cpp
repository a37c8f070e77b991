#include "EnterpriseRepository.h"

#include "Clock.h"
#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "rules/CreditCode.h"
#include "rules/EnterpriseValidator.h"
#include "SqlDialect.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sl::core {

namespace {

// Effective date of an enterprise's first known size class: before any service year.
const QDate kSizeClassSinceEver(1900, 1, 1);

const QString kColumns = QStringLiteral(
    "id, name, credit_code, credit_code_override, credit_code_override_reason, community_id, address, industry,"
    " legal_representative, safety_contact, safety_contact_phone, employees, size_class, target_categories,"
    " occupational_hazard, landlord_id, participation, join_date, bank_account_name, bank_name, bank_account,"
    " notes, archived_at");

// Columns 0-17 of kColumns, which the full row and the table's row (listForTable) share.
Enterprise shownFromRow(const QSqlQuery& q)
{
    Enterprise e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.creditCode = q.value(2).toString();
    e.creditCodeOverride = q.value(3).toInt() != 0;
    e.creditCodeOverrideReason = q.value(4).toString();
    e.communityId = q.value(5).toLongLong();
    e.address = q.value(6).toString();
    e.industry = q.value(7).toString();
    e.legalRepresentative = q.value(8).toString();
    e.safetyContact = q.value(9).toString();
    e.safetyContactPhone = q.value(10).toString();
    e.employees = q.value(11).toInt();
    sizeClassFromKey(q.value(12).toString(), &e.sizeClass);
    e.targetCategories = TargetCategories::fromInt(q.value(13).toInt() & kAllTargetCategoryBits);
    occupationalHazardClassFromKey(q.value(14).toString(), &e.occupationalHazard);
    e.landlordId = SqlValue::toId(q.value(15));
    participationStatusFromKey(q.value(16).toString(), &e.participation);
    e.joinDate = SqlValue::toDate(q.value(17));
    return e;
}

Enterprise fromRow(const QSqlQuery& q)
{
    Enterprise e = shownFromRow(q);
    e.bankAccountName = q.value(18).toString();
    e.bankName = q.value(19).toString();
    e.bankAccount = q.value(20).toString();
    e.notes = q.value(21).toString();
    e.archivedAt = SqlValue::toTimestamp(q.value(22));
    return e;
}

// The values after id, in kColumns order, without archived_at (which only archive/restore change).
QVariantList editableValues(const Enterprise& e)
{
    return { e.name.trimmed(),
             CreditCode::normalized(e.creditCode),
             e.creditCodeOverride ? 1 : 0,
             SqlValue::fromText(e.creditCodeOverride ? e.creditCodeOverrideReason.trimmed() : QString()),
             e.communityId,
             SqlValue::fromText(e.address.trimmed()),
             SqlValue::fromText(e.industry.trimmed()),
             SqlValue::fromText(e.legalRepresentative.trimmed()),
             SqlValue::fromText(e.safetyContact.trimmed()),
             SqlValue::fromText(e.safetyContactPhone.trimmed()),
             e.employees,
             sizeClassKey(e.sizeClass),
             e.targetCategories.toInt(),
             occupationalHazardClassKey(e.occupationalHazard),
             SqlValue::fromId(e.landlordId),
             participationStatusKey(e.participation),
             SqlValue::fromDate(e.joinDate),
             SqlValue::fromText(e.bankAccountName.trimmed()),
             SqlValue::fromText(e.bankName.trimmed()),
             SqlValue::fromText(e.bankAccount.trimmed()),
             SqlValue::fromText(e.notes) };
}

} // namespace

EnterpriseRepository::EnterpriseRepository(Database& db)
    : m_db(db)
{
}

QList<Enterprise> EnterpriseRepository::list(bool includeArchived) const
{
    QList<Enterprise> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM enterprise WHERE archived_at IS NULL OR ? <> 0 ORDER BY id").arg(kColumns));
    q.addBindValue(includeArchived ? 1 : 0);
    if (q.exec()) {
        while (q.next()) {
            out.append(fromRow(q));
        }
    }
    return out;
}

QList<Enterprise> EnterpriseRepository::listNames() const
{
    QList<Enterprise> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name, credit_code, community_id, archived_at FROM enterprise ORDER BY id"))) {
        while (q.next()) {
            Enterprise e;
            e.id = q.value(0).toLongLong();
            e.name = q.value(1).toString();
            e.creditCode = q.value(2).toString();
            e.communityId = q.value(3).toLongLong();
            e.archivedAt = SqlValue::toTimestamp(q.value(4));
            out.append(e);
        }
    }
    return out;
}

QList<Enterprise> EnterpriseRepository::listForTable() const
{
    QList<Enterprise> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name, credit_code, credit_code_override, credit_code_override_reason,"
                              " community_id, address, industry, legal_representative, safety_contact,"
                              " safety_contact_phone, employees, size_class, target_categories, occupational_hazard,"
                              " landlord_id, participation, join_date, archived_at FROM enterprise ORDER BY id"))) {
        while (q.next()) {
            Enterprise e = shownFromRow(q);
            e.archivedAt = SqlValue::toTimestamp(q.value(18));
            out.append(e);
        }
    }
    return out;
}

std::optional<Enterprise> EnterpriseRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM enterprise WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        return fromRow(q);
    }
    return std::nullopt;
}

std::optional<Enterprise> EnterpriseRepository::findByCreditCode(const QString& creditCode) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM enterprise WHERE credit_code = ?").arg(kColumns));
    q.addBindValue(CreditCode::normalized(creditCode));
    if (q.exec() && q.next()) {
        return fromRow(q);
    }
    return std::nullopt;
}

int EnterpriseRepository::count(bool includeArchived) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM enterprise WHERE archived_at IS NULL OR ? <> 0"));
    q.addBindValue(includeArchived ? 1 : 0);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool EnterpriseRepository::checkRecord(const Enterprise& e, QString* error) const
{
    const auto problems = EnterpriseValidator::validate(e);
    if (!problems.isEmpty()) {
        return failWith(error, EnterpriseValidator::summary(problems));
    }
    const auto sameCode = findByCreditCode(e.creditCode);
    if (sameCode && sameCode->id != e.id) {
        return failWith(error,
                        tr("The credit code %1 is already registered for \"%2\".")
                            .arg(CreditCode::normalized(e.creditCode), sameCode->name));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT archived FROM community WHERE id = ?"));
    q.addBindValue(e.communityId);
    if (!q.exec() || !q.next()) {
        return failWith(error, tr("The chosen community does not exist."));
    }
    if (e.landlordId != 0) {
        const auto landlord = find(e.landlordId);
        if (!landlord) {
            return failWith(error, tr("The chosen landlord does not exist."));
        }
        if (e.id != 0 && landlord->landlordId == e.id) {
            return failWith(
                error, tr("\"%1\" is a tenant of this enterprise, so it cannot be its landlord.").arg(landlord->name));
        }
    }
    return true;
}

bool EnterpriseRepository::insertOne(QSqlQuery& q, Enterprise& e, QString* error) const
{
    if (!checkRecord(e, error)) {
        return false;
    }
    const QString now = SqlValue::nowUtc();
    for (const QVariant& v : editableValues(e)) {
        q.addBindValue(v);
    }
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        return failWith(error, tr("The enterprise \"%1\" could not be saved: %2").arg(e.name, q.lastError().text()));
    }
    e.id = SqlDialect::insertedId(q);
    // The class is known from now on; before the first record it counts as always having been this.
    return recordSizeClass(e.id, kSizeClassSinceEver, e.sizeClass, error);
}

bool EnterpriseRepository::recordSizeClass(qint64 id, const QDate& from, SizeClass sizeClass, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO size_class_history (enterprise_id, effective_from, size_class)"
                             " VALUES (?, ?, ?) ON CONFLICT (enterprise_id, effective_from)"
                             " DO UPDATE SET size_class = excluded.size_class"));
    q.addBindValue(id);
    q.addBindValue(SqlValue::fromDate(from));
    q.addBindValue(sizeClassKey(sizeClass));
    if (!q.exec()) {
        return failWith(error, tr("The size class could not be recorded: %1").arg(q.lastError().text()));
    }
    return true;
}

QList<QPair<QDate, SizeClass>> EnterpriseRepository::sizeClassHistory(qint64 id) const
{
    QList<QPair<QDate, SizeClass>> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT effective_from, size_class FROM size_class_history WHERE enterprise_id = ?"
                             " ORDER BY effective_from"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            SizeClass c = SizeClass::SmallMicro;
            sizeClassFromKey(q.value(1).toString(), &c);
            out.append({ SqlValue::toDate(q.value(0)), c });
        }
    }
    return out;
}

bool EnterpriseRepository::insert(Enterprise& e, QString* error)
{
    QList<Enterprise> one{ e };
    if (!insertAll(one, error)) {
        return false;
    }
    e = one.first();
    return true;
}

bool EnterpriseRepository::insertAll(QList<Enterprise>& enterprises, QString* error)
{
    Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return failWith(error, tr("The database cannot be written: %1").arg(tx.errorText()));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO enterprise (name, credit_code, credit_code_override,"
                             " credit_code_override_reason, community_id, address, industry, legal_representative,"
                             " safety_contact, safety_contact_phone, employees, size_class, target_categories,"
                             " occupational_hazard, landlord_id, participation, join_date, bank_account_name,"
                             " bank_name, bank_account, notes, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    // The same checks as insertOne(), but with what they look up read once: a list of thousands (an
    // import, the demo street) must not prepare three queries per row.
    QHash<QString, QString> codes; // credit code -> name
    QSet<qint64> communities;
    QSqlQuery lookup(m_db.connection());
    lookup.setForwardOnly(true);
    if (!lookup.exec(QStringLiteral("SELECT credit_code, name FROM enterprise"))) {
        return failWith(error, lookup.lastError().text());
    }
    while (lookup.next()) {
        codes.insert(lookup.value(0).toString(), lookup.value(1).toString());
    }
    if (!lookup.exec(QStringLiteral("SELECT id FROM community"))) {
        return failWith(error, lookup.lastError().text());
    }
    while (lookup.next()) {
        communities.insert(lookup.value(0).toLongLong());
    }
    lookup.finish();
    QSqlQuery history(m_db.connection());
    history.prepare(QStringLiteral("INSERT INTO size_class_history (enterprise_id, effective_from, size_class)"
                                   " VALUES (?, ?, ?) ON CONFLICT (enterprise_id, effective_from)"
                                   " DO UPDATE SET size_class = excluded.size_class"));
    QList<qint64> ids;
    ids.reserve(enterprises.size());
    const QString now = SqlValue::nowUtc();
    for (const Enterprise& original : enterprises) {
        Enterprise e = original;
        e.id = 0;
        if (e.landlordId != 0) {
            // Tenants are few; they take the full check.
            if (!insertOne(q, e, error)) {
                return false;
            }
            codes.insert(e.creditCode, e.name);
            ids.append(e.id);
            continue;
        }
        const auto problems = EnterpriseValidator::validate(e);
        if (!problems.isEmpty()) {
            return failWith(error, EnterpriseValidator::summary(problems));
        }
        if (codes.contains(e.creditCode)) {
            return failWith(error,
                            tr("The credit code %1 is already registered for \"%2\".")
                                .arg(CreditCode::normalized(e.creditCode), codes.value(e.creditCode)));
        }
        if (!communities.contains(e.communityId)) {
            return failWith(error, tr("The chosen community does not exist."));
        }
        for (const QVariant& v : editableValues(e)) {
            q.addBindValue(v);
        }
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec()) {
            return failWith(error,
                            tr("The enterprise \"%1\" could not be saved: %2").arg(e.name, q.lastError().text()));
        }
        e.id = SqlDialect::insertedId(q);
        history.addBindValue(e.id);
        history.addBindValue(SqlValue::fromDate(kSizeClassSinceEver));
        history.addBindValue(sizeClassKey(e.sizeClass));
        if (!history.exec()) {
            return failWith(error, tr("The size class could not be recorded: %1").arg(history.lastError().text()));
        }
        codes.insert(e.creditCode, e.name);
        ids.append(e.id);
    }
    q.finish();
    history.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The enterprises could not be saved: %1").arg(tx.errorText()));
    }
    for (int i = 0; i < enterprises.size(); ++i) {
        enterprises[i].id = ids.at(i);
    }
    return true;
}

bool EnterpriseRepository::update(const Enterprise& e, QString* error, const QDate& sizeClassFrom)
{
    if (e.id <= 0) {
        return failWith(error, tr("This enterprise has not been saved yet."));
    }
    Transaction tx(m_db.connection());
    if (!checkRecord(e, error)) {
        return false;
    }
    const auto stored = find(e.id);
    if (stored && stored->sizeClass != e.sizeClass
        && !recordSizeClass(e.id, sizeClassFrom.isValid() ? sizeClassFrom : Clock::today(), e.sizeClass, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE enterprise SET name = ?, credit_code = ?, credit_code_override = ?,"
                             " credit_code_override_reason = ?, community_id = ?, address = ?, industry = ?,"
                             " legal_representative = ?, safety_contact = ?, safety_contact_phone = ?,"
                             " employees = ?, size_class = ?, target_categories = ?, occupational_hazard = ?,"
                             " landlord_id = ?, participation = ?, join_date = ?, bank_account_name = ?,"
                             " bank_name = ?, bank_account = ?, notes = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant& v : editableValues(e)) {
        q.addBindValue(v);
    }
    q.addBindValue(SqlValue::nowUtc());
    q.addBindValue(e.id);
    if (!q.exec()) {
        return failWith(error, tr("The enterprise \"%1\" could not be saved: %2").arg(e.name, q.lastError().text()));
    }
    if (q.numRowsAffected() != 1) {
        return failWith(error, tr("The enterprise \"%1\" no longer exists.").arg(e.name));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The enterprise \"%1\" could not be saved: %2").arg(e.name, tx.errorText()));
    }
    return true;
}

bool EnterpriseRepository::archive(qint64 id, QString* error)
{
    return setArchivedAt(id, true, error);
}

bool EnterpriseRepository::restore(qint64 id, QString* error)
{
    return setArchivedAt(id, false, error);
}

bool EnterpriseRepository::setArchivedAt(qint64 id, bool archived, QString* error)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE enterprise SET archived_at = ?, updated_at = ? WHERE id = ?"));
    const QString now = SqlValue::nowUtc();
    q.addBindValue(archived ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The enterprise could not be changed: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The enterprise could not be changed: %1").arg(tx.errorText()));
    }
    return true;
}

} // namespace sl::core
