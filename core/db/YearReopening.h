#pragma once

#include <QString>

#include <functional>

namespace sl::core {

class Database;

// A confirmed year (of the subsidies, of the appraisal) reopened for the clerk's reason: the confirmation in force is
// marked reopened, when and by whom, and stays in the year's history. Each owner says it in its own words.
class YearReopening
{
public:
    struct Texts
    {
        QString noReason; // the reason is blank
        QString notConfirmed; // the year has no confirmation in force
        QString failed; // %1 is the database's reason
    };

    // `table` holds the confirmations; `inForce` reads the id of the one in force inside the transaction, 0 for none.
    static bool reopen(Database& db, const QString& table, const QString& reason,
                       const std::function<qint64()>& inForce, const Texts& texts, QString* error);
};

} // namespace sl::core
