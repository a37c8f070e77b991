#pragma once

#include <minizip/ioapi.h>

class QIODevice;

namespace sl::core {

// minizip reading and writing through a QIODevice instead of fopen(): Qt opens the file, so names with
// Chinese characters work on Windows as everywhere, and every short read or write is seen (minizip turns a
// short write into ZIP_ERRNO). The "file name" handed to zipOpen2_64/unzOpen2_64 is the open device itself.
class ZipDevice
{
public:
    static zlib_filefunc64_def functions();
};

} // namespace sl::core
