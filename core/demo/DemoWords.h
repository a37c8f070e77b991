#pragma once

#include <QHash>
#include <QStringList>

namespace sl::core {

// The word lists of the demo street (core/demo/demo-words.txt, embedded): [section] lines, words
// separated by spaces, # comments.
class DemoWords
{
public:
    using Words = QHash<QString, QStringList>;

    static Words load();
};

} // namespace sl::core
