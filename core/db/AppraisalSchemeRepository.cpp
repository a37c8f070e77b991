#include "AppraisalSchemeRepository.h"

#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "rules/AppraisalCalculator.h"
#include "SqlDialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

AppraisalSchemeRepository::AppraisalSchemeRepository(Database& db)
    : m_db(db)
{
}

QList<AppraisalScheme> AppraisalSchemeRepository::list() const
{
    QList<AppraisalScheme> out;
    QHash<qint64, int> indexOf;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, from_year, excellent_tenths, qualified_tenths, basic_tenths, notes"
                              " FROM appraisal_scheme ORDER BY from_year"))) {
        while (q.next()) {
            AppraisalScheme s;
            s.id = q.value(0).toLongLong();
            s.fromYear = q.value(1).toInt();
            s.excellentTenths = q.value(2).toInt();
            s.qualifiedTenths = q.value(3).toInt();
            s.basicTenths = q.value(4).toInt();
            s.notes = q.value(5).toString();
            indexOf.insert(s.id, static_cast<int>(out.size()));
            out.append(s);
        }
    }
    if (q.exec(QStringLiteral("SELECT scheme_id, measure, weight_tenths, full_at_tenths, zero_at_tenths,"
                              " per_event_tenths, full_when_empty FROM appraisal_item ORDER BY scheme_id, position"))) {
        while (q.next()) {
            const auto index = indexOf.constFind(q.value(0).toLongLong());
            AppraisalItem item;
            if (index == indexOf.constEnd() || !appraisalMeasureFromKey(q.value(1).toString(), &item.measure)) {
                continue;
            }
            item.weightTenths = q.value(2).toInt();
            item.fullAtTenths = q.value(3).toInt();
            item.zeroAtTenths = q.value(4).toInt();
            item.perEventTenths = q.value(5).toInt();
            item.fullWhenNothingToMeasure = q.value(6).toBool();
            out[*index].items.append(item);
        }
    }
    return out;
}

bool AppraisalSchemeRepository::check(const AppraisalScheme& scheme, QString* error) const
{
    const QString problem = AppraisalCalculator::problem(scheme);
    if (!problem.isEmpty()) {
        return failWith(error, problem);
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM appraisal_scheme WHERE from_year = ? AND id <> ?"));
    q.addBindValue(scheme.fromYear);
    q.addBindValue(scheme.id);
    if (q.exec() && q.next() && q.value(0).toInt() > 0) {
        return failWith(error, tr("Another version of the scheme already starts with %1.").arg(scheme.fromYear));
    }
    return true;
}

bool AppraisalSchemeRepository::writeItems(qint64 schemeId, const QList<AppraisalItem>& items, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM appraisal_item WHERE scheme_id = ?"));
    q.addBindValue(schemeId);
    if (!q.exec()) {
        return failWith(error, tr("The scheme could not be saved: %1").arg(q.lastError().text()));
    }
    q.prepare(QStringLiteral("INSERT INTO appraisal_item (scheme_id, position, measure, weight_tenths, full_at_tenths,"
                             " zero_at_tenths, per_event_tenths, full_when_empty) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < items.size(); ++i) {
        const AppraisalItem& item = items.at(i);
        for (const QVariant& v :
             { QVariant(schemeId), QVariant(i + 1), QVariant(appraisalMeasureKey(item.measure)),
               QVariant(item.weightTenths), QVariant(item.fullAtTenths), QVariant(item.zeroAtTenths),
               QVariant(item.perEventTenths), QVariant(item.fullWhenNothingToMeasure ? 1 : 0) }) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return failWith(error, tr("The scheme could not be saved: %1").arg(q.lastError().text()));
        }
    }
    return true;
}

bool AppraisalSchemeRepository::insert(AppraisalScheme& scheme, QString* error)
{
    Transaction tx(m_db.connection());
    if (!check(scheme, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO appraisal_scheme (from_year, excellent_tenths, qualified_tenths, basic_tenths,"
                       " notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = SqlValue::nowUtc();
    for (const QVariant& v :
         { QVariant(scheme.fromYear), QVariant(scheme.excellentTenths), QVariant(scheme.qualifiedTenths),
           QVariant(scheme.basicTenths), SqlValue::fromText(scheme.notes), QVariant(now), QVariant(now) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The scheme could not be saved: %1").arg(q.lastError().text()));
    }
    const qint64 id = SqlDialect::insertedId(q);
    q.finish();
    if (!writeItems(id, scheme.items, error)) {
        return false;
    }
    if (!tx.commit()) {
        return failWith(error, tr("The scheme could not be saved: %1").arg(tx.errorText()));
    }
    scheme.id = id;
    return true;
}

bool AppraisalSchemeRepository::update(const AppraisalScheme& scheme, QString* error)
{
    Transaction tx(m_db.connection());
    if (!check(scheme, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE appraisal_scheme SET from_year = ?, excellent_tenths = ?, qualified_tenths = ?,"
                             " basic_tenths = ?, notes = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant& v : { QVariant(scheme.fromYear), QVariant(scheme.excellentTenths),
                               QVariant(scheme.qualifiedTenths), QVariant(scheme.basicTenths),
                               SqlValue::fromText(scheme.notes), QVariant(SqlValue::nowUtc()), QVariant(scheme.id) }) {
        q.addBindValue(v);
    }
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The scheme could not be saved: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!writeItems(scheme.id, scheme.items, error)) {
        return false;
    }
    if (!tx.commit()) {
        return failWith(error, tr("The scheme could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

} // namespace sl::core
