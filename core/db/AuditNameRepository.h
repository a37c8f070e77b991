#pragma once

#include "model/AuditNames.h"

namespace sl::core {

class Database;

// The names by which the clerk knows the records audit entries refer to by id (an enterprise's name, a contract's
// agency and number, a hazard's enterprise and the start of its description…), for AuditLog.
class AuditNameRepository
{
public:
    explicit AuditNameRepository(Database& db);

    AuditNames names() const;

private:
    Database& m_db;
};

} // namespace sl::core
