#include "SearchFragment.h"

#include <QHash>
#include <QSet>

#include <cstdlib>

namespace sl::bench {

namespace {

// CJK Unified Ideographs, where the names of the demo street (and of real companies) live.
bool isChinese(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

} // namespace

QString SearchFragment::pick(const QStringList& names, int* nameHits)
{
    QHash<QString, int> namesWith;
    for (const QString& name : names) {
        // A fragment repeated inside one name still finds that name only once.
        QSet<QString> seen;
        for (qsizetype i = 0; i + 1 < name.size(); ++i) {
            if (isChinese(name.at(i)) && isChinese(name.at(i + 1))) {
                seen.insert(name.mid(i, 2));
            }
        }
        for (const QString& fragment : std::as_const(seen)) {
            ++namesWith[fragment];
        }
    }
    const int wanted = qMax(1, static_cast<int>(names.size() / 100));
    QString best;
    int bestHits = 0;
    for (auto it = namesWith.cbegin(); it != namesWith.cend(); ++it) {
        const int distance = std::abs(it.value() - wanted);
        const int bestDistance = std::abs(bestHits - wanted);
        // Ties go to the smaller fragment in code-point order, so the same data gives the same choice
        // whatever order the hash iterates in.
        if (best.isEmpty() || distance < bestDistance || (distance == bestDistance && it.key() < best)) {
            best = it.key();
            bestHits = it.value();
        }
    }
    if (nameHits) {
        *nameHits = bestHits;
    }
    return best;
}

} // namespace sl::bench
