#pragma once

#include <QString>

namespace sl::core {

// A file the clerk chose to read in (an import, an attachment), checked before a byte of it is read: a file at
// all, and no larger than the limit. The callers give their own sentences, in their own words.
class FileSizeLimit
{
public:
    struct Refusals
    {
        QString notAFile; // %1 is the path as the clerk's system writes it
        QString tooLarge; // %1 is the file's name, %2 the limit in MB
    };

    static bool check(const QString& path, qint64 maxBytes, const Refusals& refusals, QString* error);
};

} // namespace sl::core
