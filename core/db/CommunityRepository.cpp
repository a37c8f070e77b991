#include "CommunityRepository.h"

#include "Database.h"
#include "ErrorOut.h"
#include "Transaction.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

namespace {

constexpr int kMaxCommunityName = 100;

} // namespace

CommunityRepository::CommunityRepository(Database& db)
    : m_db(db)
{
}

QList<Community> CommunityRepository::list(bool includeArchived) const
{
    QList<Community> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, sort_order, archived FROM community"
                             " WHERE archived = 0 OR ? <> 0 ORDER BY sort_order, id"));
    q.addBindValue(includeArchived ? 1 : 0);
    if (q.exec()) {
        while (q.next()) {
            out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() != 0 });
        }
    }
    return out;
}

std::optional<Community> CommunityRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, sort_order, archived FROM community WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        return Community{ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() != 0 };
    }
    return std::nullopt;
}

bool CommunityRepository::checkName(const QString& name, qint64 exceptId, QString* error) const
{
    if (name.isEmpty()) {
        return failWith(error, tr("Enter the community's name."));
    }
    if (name.size() > kMaxCommunityName) {
        return failWith(error, tr("A community name is at most %1 characters.").arg(kMaxCommunityName));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM community WHERE name = ? AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(exceptId);
    if (q.exec() && q.next()) {
        return failWith(error, tr("A community named \"%1\" exists already.").arg(name));
    }
    return true;
}

bool CommunityRepository::insert(Community& community, QString* error)
{
    const QString name = community.name.trimmed();
    Transaction tx(m_db.connection());
    if (!checkName(name, 0, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO community (name, sort_order, archived)"
                             " VALUES (?, COALESCE(?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM community)), ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(community.sortOrder > 0 ? QVariant(community.sortOrder) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(community.archived ? 1 : 0);
    if (!q.exec()) {
        return failWith(error, tr("The community could not be saved: %1").arg(q.lastError().text()));
    }
    const qint64 id = SqlDialect::insertedId(q);
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The community could not be saved: %1").arg(tx.errorText()));
    }
    community.id = id;
    community.name = name;
    if (auto stored = find(id)) {
        community = *stored;
    }
    return true;
}

bool CommunityRepository::rename(qint64 id, const QString& newName, QString* error)
{
    const QString name = newName.trimmed();
    Transaction tx(m_db.connection());
    if (!checkName(name, id, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE community SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The community could not be renamed: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The community could not be renamed: %1").arg(tx.errorText()));
    }
    return true;
}

int CommunityRepository::activeEnterpriseCount(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM enterprise WHERE community_id = ? AND archived_at IS NULL"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool CommunityRepository::setArchived(qint64 id, bool archived, QString* error)
{
    Transaction tx(m_db.connection());
    if (archived) {
        const int active = activeEnterpriseCount(id);
        if (active > 0) {
            return failWith(
                error,
                tr("%n enterprise(s) still belong to this community. Move or archive them first.", nullptr, active));
        }
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE community SET archived = ? WHERE id = ?"));
    q.addBindValue(archived ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        return failWith(error, tr("The community could not be changed: %1").arg(q.lastError().text()));
    }
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The community could not be changed: %1").arg(tx.errorText()));
    }
    return true;
}

} // namespace sl::core
