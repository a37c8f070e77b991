#include "SubsidyPolicyRepository.h"

#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sl::core {

SubsidyPolicyRepository::SubsidyPolicyRepository(Database& db)
    : m_db(db)
{
}

QString SubsidyPolicyRepository::classesKey(const QList<SizeClass>& classes)
{
    QStringList keys;
    for (SizeClass c : classes) {
        keys << sizeClassKey(c);
    }
    return keys.join(QLatin1Char(' '));
}

QList<SizeClass> SubsidyPolicyRepository::classesFromKey(const QString& key)
{
    QList<SizeClass> out;
    for (const QString& part : key.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        SizeClass c = SizeClass::SmallMicro;
        if (sizeClassFromKey(part, &c) && !out.contains(c)) {
            out.append(c);
        }
    }
    return out;
}

QList<SubsidyPolicy> SubsidyPolicyRepository::list() const
{
    QList<SubsidyPolicy> out;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT id, effective_from, street_share_fen, subsidised_years, partial_classes,"
                              " full_classes, notes FROM subsidy_policy ORDER BY effective_from"))) {
        while (q.next()) {
            SubsidyPolicy p;
            p.id = q.value(0).toLongLong();
            p.effectiveFrom = SqlValue::toDate(q.value(1));
            p.streetSharePerYear = Money::fromFen(q.value(2).toLongLong());
            p.subsidisedYears = q.value(3).toInt();
            p.partialClasses = classesFromKey(q.value(4).toString());
            p.fullClasses = classesFromKey(q.value(5).toString());
            p.notes = q.value(6).toString();
            out.append(p);
        }
    }
    return out;
}

bool SubsidyPolicyRepository::check(const SubsidyPolicy& p, QString* error) const
{
    if (!p.effectiveFrom.isValid()) {
        return failWith(error, tr("Enter the date from which this policy applies."));
    }
    if (p.streetSharePerYear.isNegative()) {
        return failWith(error, tr("The street's share cannot be negative."));
    }
    if (p.subsidisedYears < 0 || p.subsidisedYears > 50) {
        return failWith(error, tr("The number of subsidised years must be between 0 and 50."));
    }
    for (SizeClass c : p.partialClasses) {
        if (p.fullClasses.contains(c)) {
            return failWith(error, tr("A size class cannot get both the partial and the full subsidy."));
        }
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM subsidy_policy WHERE effective_from = ? AND id <> ?"));
    q.addBindValue(SqlValue::fromDate(p.effectiveFrom));
    q.addBindValue(p.id);
    if (q.exec() && q.next() && q.value(0).toInt() > 0) {
        return failWith(error,
                        tr("Another policy version already starts on %1.").arg(p.effectiveFrom.toString(Qt::ISODate)));
    }
    return true;
}

bool SubsidyPolicyRepository::insert(SubsidyPolicy& p, QString* error)
{
    Transaction tx(m_db.connection());
    if (!check(p, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO subsidy_policy (effective_from, street_share_fen, subsidised_years,"
                             " partial_classes, full_classes, notes, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = SqlValue::nowUtc();
    for (const QVariant& v :
         { SqlValue::fromDate(p.effectiveFrom), QVariant(p.streetSharePerYear.fen()), QVariant(p.subsidisedYears),
           QVariant(classesKey(p.partialClasses)), QVariant(classesKey(p.fullClasses)), SqlValue::fromText(p.notes),
           QVariant(now), QVariant(now) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The policy could not be saved: %1").arg(q.lastError().text()));
    }
    const qint64 id = SqlDialect::insertedId(q);
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The policy could not be saved: %1").arg(tx.errorText()));
    }
    p.id = id;
    return true;
}

bool SubsidyPolicyRepository::update(const SubsidyPolicy& p, QString* error)
{
    Transaction tx(m_db.connection());
    if (!check(p, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE subsidy_policy SET effective_from = ?, street_share_fen = ?,"
                             " subsidised_years = ?, partial_classes = ?, full_classes = ?, notes = ?,"
                             " updated_at = ? WHERE id = ?"));
    for (const QVariant& v :
         { SqlValue::fromDate(p.effectiveFrom), QVariant(p.streetSharePerYear.fen()), QVariant(p.subsidisedYears),
           QVariant(classesKey(p.partialClasses)), QVariant(classesKey(p.fullClasses)), SqlValue::fromText(p.notes),
           QVariant(SqlValue::nowUtc()), QVariant(p.id) }) {
        q.addBindValue(v);
    }
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The policy could not be saved: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The policy could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

} // namespace sl::core
