#include "TimingSamples.h"

#include <algorithm>

namespace sl::bench {

namespace {

constexpr double kNsPerMs = 1e6;

} // namespace

void TimingSamples::addNanoseconds(qint64 ns)
{
    m_ns.append(ns);
}

double TimingSamples::medianMs() const
{
    if (m_ns.isEmpty()) {
        return 0;
    }
    QList<qint64> sorted = m_ns;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype mid = sorted.size() / 2;
    // An even count has no middle sample; the mean of the two middle ones is the usual median.
    const double ns = sorted.size() % 2 == 1
        ? static_cast<double>(sorted.at(mid))
        : (static_cast<double>(sorted.at(mid - 1)) + static_cast<double>(sorted.at(mid))) / 2.0;
    return ns / kNsPerMs;
}

double TimingSamples::minMs() const
{
    return m_ns.isEmpty() ? 0 : static_cast<double>(*std::min_element(m_ns.cbegin(), m_ns.cend())) / kNsPerMs;
}

double TimingSamples::maxMs() const
{
    return m_ns.isEmpty() ? 0 : static_cast<double>(*std::max_element(m_ns.cbegin(), m_ns.cend())) / kNsPerMs;
}

} // namespace sl::bench
