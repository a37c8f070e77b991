#pragma once

#include <QString>

namespace sl::core {

// The words of the return workbook's file format (core/returns/return-words.txt, embedded): sheet names, headers,
// closed vocabularies, the hidden sheet's keys and the instructions, in Chinese whatever language the program shows.
// [section] lines, "key = value" lines, # comments; a word is asked for as "section.key".
class ReturnWords
{
public:
    // Empty for a key the file does not have (a programming error: Q_ASSERT in debug builds).
    static QString word(const char* key);
};

} // namespace sl::core
