#include "FileSizeLimit.h"

#include "db/ErrorOut.h"

#include <QDir>
#include <QFileInfo>

namespace sl::core {

bool FileSizeLimit::check(const QString& path, qint64 maxBytes, const Refusals& refusals, QString* error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        return failWith(error, refusals.notAFile.arg(QDir::toNativeSeparators(path)));
    }
    if (info.size() > maxBytes) {
        return failWith(error, refusals.tooLarge.arg(info.fileName()).arg(maxBytes / 1024 / 1024));
    }
    return true;
}

} // namespace sl::core
