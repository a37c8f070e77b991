#pragma once

#include <QString>
#include <QStringList>

namespace sl::bench {

// Chooses what the clerk types into the search box. Sources hold no Chinese outside test data, so
// the fragment is taken from the generated names instead of being written here; that also keeps it
// meaningful for any --db file.
class SearchFragment
{
public:
    // The two-character Chinese fragment whose number of names lies closest to about 1 % of them:
    // common enough to be a real search, rare enough that the filter has to throw most rows away.
    // Empty when no name has two Chinese characters in a row. nameHits gets how many names hold it.
    static QString pick(const QStringList& names, int* nameHits = nullptr);
};

} // namespace sl::bench
