#pragma once

#include <QDate>

namespace sl::core {

class Database;
class Dice;

// Moves the demo street's hazards along their closure steps as a real street would have them: most of
// the old ones closed (some late, some after a failed re-check), some still open and overdue, some
// with an extension asked (approved or refused), major ones supervised or listed (and delisted on
// closure); and adds the interviews and notices that follow, and the clerk's evaluations of the
// agencies. Runs after the activities, inside the generator's transaction.
class DemoHazards
{
public:
    static bool write(Database& db, Dice& dice, const QDate& today, QString* error);
};

} // namespace sl::core
