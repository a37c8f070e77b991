#pragma once

#include <QString>

namespace sl::bench {

class TimingSamples;

// `search`: the clerk types a two-character name fragment into the Enterprises page's search box.
// The table is loaded and sorted by name beforehand, as on the page; only the filtering (setting the
// text on EnterpriseFilterProxy until its row count is known) is timed. Clearing the box again is
// timed separately, because the proxy has to re-sort every row back in, and that can be the slower
// half of what the clerk feels.
class SearchBenchmark
{
public:
    explicit SearchBenchmark(const QString& path);

    bool run(int repeat, TimingSamples* search, TimingSamples* clear, QString* error);

    QString fragment() const { return m_fragment; }
    int nameHits() const { return m_nameHits; }
    int matches() const { return m_matches; }
    int shownBefore() const { return m_shownBefore; }
    int enterprises() const { return m_enterprises; }

private:
    QString m_path;
    QString m_fragment;
    int m_nameHits = 0;
    int m_matches = 0;
    int m_shownBefore = 0;
    int m_enterprises = 0;
};

} // namespace sl::bench
