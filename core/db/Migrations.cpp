#include "Migrations.h"

#include <QList>

namespace sl::core {

namespace {

// Money columns are integer fen, dates ISO-8601 text, timestamps UTC ISO-8601 text.
const QList<QStringList>& steps()
{
    static const QList<QStringList> all = {
        // 1: the enterprise register.
        {
            QStringLiteral("CREATE TABLE community ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),"
                           " sort_order INTEGER NOT NULL DEFAULT 0,"
                           " archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)))"),
            QStringLiteral(
                "CREATE TABLE enterprise ("
                " id INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                " credit_code TEXT NOT NULL UNIQUE,"
                " credit_code_override INTEGER NOT NULL DEFAULT 0 CHECK (credit_code_override IN (0, 1)),"
                " credit_code_override_reason TEXT NOT NULL DEFAULT '',"
                " community_id INTEGER NOT NULL REFERENCES community(id) ON DELETE RESTRICT,"
                " address TEXT NOT NULL DEFAULT '',"
                " industry TEXT NOT NULL DEFAULT '',"
                " legal_representative TEXT NOT NULL DEFAULT '',"
                " safety_contact TEXT NOT NULL DEFAULT '',"
                " safety_contact_phone TEXT NOT NULL DEFAULT '',"
                " employees INTEGER NOT NULL DEFAULT 0 CHECK (employees >= 0),"
                " size_class TEXT NOT NULL CHECK (size_class IN ('scale', 'above_quota', 'small_micro')),"
                " target_categories INTEGER NOT NULL DEFAULT 0 CHECK (target_categories BETWEEN 0 AND 15),"
                " occupational_hazard TEXT NOT NULL DEFAULT 'none'"
                "  CHECK (occupational_hazard IN ('none', 'general', 'relatively_heavy', 'serious')),"
                " landlord_id INTEGER REFERENCES enterprise(id) ON DELETE RESTRICT CHECK (landlord_id <> id),"
                " participation TEXT NOT NULL DEFAULT 'participating'"
                "  CHECK (participation IN ('participating', 'not_participating', 'withdrawn')),"
                " join_date TEXT,"
                " bank_account_name TEXT NOT NULL DEFAULT '',"
                " bank_name TEXT NOT NULL DEFAULT '',"
                " bank_account TEXT NOT NULL DEFAULT '',"
                " notes TEXT NOT NULL DEFAULT '',"
                " archived_at TEXT,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
        },
        // 2: street-wide settings kept in the file (they travel with the data), and lookup indexes.
        {
            QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX enterprise_community ON enterprise(community_id)"),
            QStringLiteral("CREATE INDEX enterprise_landlord ON enterprise(landlord_id)"),
        },
    };
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(steps().size());
}

QStringList Migrations::statements(int version)
{
    if (version < 1 || version > latestVersion()) {
        return {};
    }
    return steps().at(version - 1);
}

} // namespace sl::core
