#pragma once

#include "model/Community.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sl::core {

class Database;

// Communities (shequ / cunju) of the street. They are archived, never deleted, because enterprises and
// their history point at them.
class CommunityRepository
{
    Q_DECLARE_TR_FUNCTIONS(CommunityRepository)

public:
    explicit CommunityRepository(Database& db);

    QList<Community> list(bool includeArchived = false) const;
    std::optional<Community> find(qint64 id) const;
    bool insert(Community& community, QString* error);
    bool rename(qint64 id, const QString& name, QString* error);
    bool setArchived(qint64 id, bool archived, QString* error);
    int activeEnterpriseCount(qint64 id) const;

private:
    bool checkName(const QString& name, qint64 exceptId, QString* error) const;

    Database& m_db;
};

} // namespace sl::core
