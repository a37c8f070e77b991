#pragma once

#include <QList>

namespace sl::bench {

// The repeated timings of one operation. The median is reported because a single slow run (a page
// fault, another process on the 2-core machine) must not decide the verdict, and a single lucky
// run must not hide a slow operation either.
class TimingSamples
{
public:
    void addNanoseconds(qint64 ns);
    bool isEmpty() const { return m_ns.isEmpty(); }
    int count() const { return static_cast<int>(m_ns.size()); }
    double medianMs() const;
    double minMs() const;
    double maxMs() const;

private:
    QList<qint64> m_ns;
};

} // namespace sl::bench
