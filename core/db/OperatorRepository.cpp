#include "OperatorRepository.h"

#include "AppInfo.h"
#include "AuditTrail.h"
#include "Database.h"
#include "ErrorOut.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "rules/OperatorChoice.h"
#include "rules/PasswordHash.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

namespace {

constexpr int kMaxName = 50;

Operator fromRow(const QSqlQuery& q)
{
    Operator o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.title = q.value(2).toString();
    o.passwordHash = q.value(3).toString();
    o.active = q.value(4).toInt() != 0;
    return o;
}

} // namespace

OperatorRepository::OperatorRepository(Database& db)
    : m_db(db)
{
}

QList<Operator> OperatorRepository::list() const
{
    QList<Operator> out;
    QSqlQuery q(m_db.connection());
    if (q.exec(
            QStringLiteral("SELECT id, name, title, password_hash, active FROM operator ORDER BY active DESC, id"))) {
        while (q.next()) {
            out.append(fromRow(q));
        }
    }
    return out;
}

std::optional<Operator> OperatorRepository::find(const QString& name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, title, password_hash, active FROM operator WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next()) {
        return fromRow(q);
    }
    return std::nullopt;
}

bool OperatorRepository::save(Operator& op, const std::optional<QString>& password, QString* error)
{
    op.name = op.name.trimmed();
    op.title = op.title.trimmed();
    if (op.name.isEmpty()) {
        return failWith(error, tr("Enter the operator's name."));
    }
    if (op.name.size() > kMaxName || op.title.size() > kMaxName) {
        return failWith(error, tr("A name or title is at most %1 characters.").arg(kMaxName));
    }
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM operator WHERE name = ? AND id <> ?"));
    q.addBindValue(op.name);
    q.addBindValue(op.id);
    if (q.exec() && q.next()) {
        return failWith(error, tr("There is an operator named %1 already.").arg(op.name));
    }
    if (password) {
        op.passwordHash = password->isEmpty() ? QString() : PasswordHash::make(*password);
    }
    const QString now = SqlValue::nowUtc();
    // Never NULL: the columns are NOT NULL with '' for none.
    op.title = op.title.isNull() ? QStringLiteral("") : op.title;
    op.passwordHash = op.passwordHash.isNull() ? QStringLiteral("") : op.passwordHash;
    if (op.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO operator (name, title, password_hash, active, created_at, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        for (const QVariant& v : { QVariant(op.name), QVariant(op.title), QVariant(op.passwordHash),
                                   QVariant(op.active ? 1 : 0), QVariant(now), QVariant(now) }) {
            q.addBindValue(v);
        }
    } else {
        q.prepare(
            QStringLiteral("UPDATE operator SET name = ?, title = ?, password_hash = ?, active = ?, updated_at = ?"
                           " WHERE id = ?"));
        for (const QVariant& v : { QVariant(op.name), QVariant(op.title), QVariant(op.passwordHash),
                                   QVariant(op.active ? 1 : 0), QVariant(now), QVariant(op.id) }) {
            q.addBindValue(v);
        }
    }
    if (!q.exec()) {
        return failWith(error, tr("The operator could not be saved: %1").arg(q.lastError().text()));
    }
    if (op.id == 0) {
        op.id = SqlDialect::insertedId(q);
    }
    if (!tx.commit()) {
        return failWith(error, tr("The operator could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

bool OperatorRepository::signIn(const QString& name, const QString& password, QString* error)
{
    const QString refused = OperatorChoice::refusal(list(), name, password);
    if (!refused.isEmpty()) {
        return failWith(error, refused);
    }
    return workAs(name, error);
}

bool OperatorRepository::workAs(const QString& name, QString* error)
{
    AppInfo::setOperatorName(name.trimmed());
    return AuditTrail::setOperator(m_db.connection(), AppInfo::operatorName(), error);
}

} // namespace sl::core
