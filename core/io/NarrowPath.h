#pragma once

#include <QByteArray>
#include <QString>

namespace sl::core {

// The 8-bit spelling of a path, for C libraries that open files with fopen() (libxlsxwriter).
//
// Elsewhere the bytes go to the file system in its own encoding. On Windows, fopen() reads an 8-bit name in the
// process's ANSI code page: UTF-8 where the program's manifest could set it (Windows 10 1903 and later), else the
// PC's legacy code page, in which a name like C:\Users\张三\AppData\Local\Temp may not be spelt at all; then the
// file system's short (8.3) name of the existing file or folder is used. libxlsxwriter built with MSVC converts
// UTF-8 names to wide characters itself.
class NarrowPath
{
public:
    // Empty when the path cannot be spelt for fopen() on this PC.
    static QByteArray of(const QString& path);
};

} // namespace sl::core
