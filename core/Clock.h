#pragma once

#include <QDate>

namespace sl::core {

// "Today" for everything that depends on it (obligation status, overdue, future dates refused).
// --as-of fixes it so that outputs are reproducible; otherwise it is the computer's date.
class Clock
{
public:
    static QDate today();
    static bool isFixed();
    // An invalid date returns to the computer's date.
    static void setToday(const QDate& day);
};

} // namespace sl::core
