#pragma once

#include <QCoreApplication>
#include <QString>

namespace sl::core {

class Database;

// Moves a whole street from one database to another, either engine to either (a clerk's file into the office's
// server, and back): every row of every table as it is — ids, timestamps and the audit trail with its hashes, so the
// chain still verifies — and every evidence file, each checked against its SHA-256. The target must be new (no
// enterprise, no community, an empty audit trail); its seeded rows give way to the source's. All or nothing: one
// transaction on the target, and evidence files only added, never replaced.
class StreetMigration
{
    Q_DECLARE_TR_FUNCTIONS(StreetMigration)

public:
    struct Moved
    {
        qint64 rows = 0;
        int tables = 0;
        int evidenceFiles = 0;
    };
    // Leave: the rows only (a backup, which takes the evidence files from the live folder itself).
    enum class Evidence { Copy, Leave };
    static bool move(Database& from, Database& to, Moved* moved, QString* error, Evidence evidence = Evidence::Copy);
};

} // namespace sl::core
