#include "NarrowPath.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_WIN
#include <windows.h>

#include <string>
#endif

namespace sl::core {

QByteArray NarrowPath::of(const QString& path)
{
#if defined(Q_OS_WIN) && defined(__MINGW32__)
    const QString native = QDir::toNativeSeparators(path);
    if (GetACP() == CP_UTF8) {
        return native.toUtf8();
    }
    const std::wstring wide = native.toStdWString();
    BOOL lossy = FALSE;
    const int size = WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, wide.c_str(), -1, nullptr, 0, nullptr, &lossy);
    if (size > 0 && !lossy) {
        QByteArray ansi(size, '\0');
        WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, wide.c_str(), -1, ansi.data(), size, nullptr, &lossy);
        ansi.chop(1); // the terminating NUL
        if (!lossy) {
            return ansi;
        }
    }
    const DWORD needed = GetShortPathNameW(wide.c_str(), nullptr, 0);
    if (needed == 0) {
        return QByteArray();
    }
    std::wstring shortName(needed, L'\0');
    const DWORD written = GetShortPathNameW(wide.c_str(), shortName.data(), needed);
    if (written == 0 || written >= needed) {
        return QByteArray();
    }
    shortName.resize(written);
    const QString spelt = QString::fromStdWString(shortName);
    for (const QChar c : spelt) {
        if (c.unicode() > 0x7F) {
            return QByteArray(); // short names are off on this volume
        }
    }
    return spelt.toLatin1();
#elif defined(Q_OS_WIN)
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

} // namespace sl::core
