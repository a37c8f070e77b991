#include "Clock.h"

namespace sl::core {

namespace {
QDate& fixedDay()
{
    static QDate day;
    return day;
}
} // namespace

QDate Clock::today()
{
    return fixedDay().isValid() ? fixedDay() : QDate::currentDate();
}

bool Clock::isFixed()
{
    return fixedDay().isValid();
}

void Clock::setToday(const QDate& day)
{
    fixedDay() = day;
}

} // namespace sl::core
