#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace sl::core {

// The demo street's only source of chance: one seeded generator, drawn in a fixed order, so that the
// same seed and reference date give the same street.
class Dice
{
public:
    explicit Dice(quint32 seed);

    // 0 … n-1; 0 when n ≤ 0.
    int below(int n);
    // lo … hi, both included.
    int between(int lo, int hi);
    bool chance(int percent);
    const QString& pick(const QStringList& list);
    QString digits(int n);

private:
    QRandomGenerator m_gen;
};

} // namespace sl::core
