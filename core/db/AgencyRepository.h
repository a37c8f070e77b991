#pragma once

#include "model/Agency.h"
#include "model/Expert.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sl::core {

class Database;

// Agencies and their experts. Archived, never deleted: contracts and records point at them.
class AgencyRepository
{
    Q_DECLARE_TR_FUNCTIONS(AgencyRepository)

public:
    explicit AgencyRepository(Database& db);

    QList<Agency> list(bool includeArchived = true) const;
    std::optional<Agency> find(qint64 id) const;
    bool insert(Agency& agency, QString* error);
    bool update(const Agency& agency, QString* error);
    bool setArchived(qint64 id, bool archived, QString* error);

    QList<Expert> experts(qint64 agencyId, bool includeArchived = true) const;
    bool insertExpert(Expert& expert, QString* error);
    bool updateExpert(const Expert& expert, QString* error);

private:
    bool check(const Agency& agency, QString* error) const;
    static bool checkExpert(const Expert& expert, QString* error);

    Database& m_db;
};

} // namespace sl::core
