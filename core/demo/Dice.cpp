#include "Dice.h"

namespace sl::core {

Dice::Dice(quint32 seed)
    : m_gen(seed)
{
}

int Dice::below(int n)
{
    return n <= 0 ? 0 : static_cast<int>(m_gen.bounded(static_cast<quint32>(n)));
}

int Dice::between(int lo, int hi)
{
    return lo + below(hi - lo + 1);
}

bool Dice::chance(int percent)
{
    return below(100) < percent;
}

const QString& Dice::pick(const QStringList& list)
{
    return list.at(below(static_cast<int>(list.size())));
}

QString Dice::digits(int n)
{
    QString s;
    for (int i = 0; i < n; ++i) {
        s += QLatin1Char(static_cast<char>('0' + below(10)));
    }
    return s;
}

} // namespace sl::core
