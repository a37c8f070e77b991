#include "FileMove.h"

#include "db/ErrorOut.h"

#include <QDir>

#include <filesystem>
#include <system_error>

namespace sl::core {

bool FileMove::replace(const QString& from, const QString& to, QString* error)
{
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            code);
    if (code) {
        return failWith(error,
                        tr("%1 could not be put in place of %2: %3")
                            .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to),
                                 QString::fromLocal8Bit(code.message().c_str())));
    }
    return true;
}

} // namespace sl::core
