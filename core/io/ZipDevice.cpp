#include "ZipDevice.h"

#include <QIODevice>

namespace sl::core {

namespace {

QIODevice* device(voidpf stream)
{
    return static_cast<QIODevice*>(stream);
}

voidpf ZCALLBACK openDevice(voidpf, const void* filename, int)
{
    // The caller opened the device already, in the mode it needs.
    return const_cast<void*>(filename);
}

uLong ZCALLBACK readDevice(voidpf, voidpf stream, void* buffer, uLong size)
{
    const qint64 n = device(stream)->read(static_cast<char*>(buffer), static_cast<qint64>(size));
    return n < 0 ? 0 : static_cast<uLong>(n);
}

uLong ZCALLBACK writeDevice(voidpf, voidpf stream, const void* buffer, uLong size)
{
    const qint64 n = device(stream)->write(static_cast<const char*>(buffer), static_cast<qint64>(size));
    return n < 0 ? 0 : static_cast<uLong>(n);
}

ZPOS64_T ZCALLBACK tellDevice(voidpf, voidpf stream)
{
    return static_cast<ZPOS64_T>(device(stream)->pos());
}

long ZCALLBACK seekDevice(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    QIODevice* d = device(stream);
    qint64 target = static_cast<qint64>(offset);
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_CUR:
        target += d->pos();
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        target += d->size();
        break;
    default:
        break;
    }
    return d->seek(target) ? 0 : -1;
}

int ZCALLBACK closeDevice(voidpf, voidpf)
{
    // The owner closes (and, for a QSaveFile, commits) the device.
    return 0;
}

int ZCALLBACK errorOfDevice(voidpf, voidpf)
{
    return 0;
}

} // namespace

zlib_filefunc64_def ZipDevice::functions()
{
    zlib_filefunc64_def f = {};
    f.zopen64_file = openDevice;
    f.zread_file = readDevice;
    f.zwrite_file = writeDevice;
    f.ztell64_file = tellDevice;
    f.zseek64_file = seekDevice;
    f.zclose_file = closeDevice;
    f.zerror_file = errorOfDevice;
    f.opaque = nullptr;
    return f;
}

} // namespace sl::core
