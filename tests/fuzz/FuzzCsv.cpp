// libFuzzer target for the CSV reader: any bytes, any encoding, must give a table or one sentence,
// never a crash, a hang or an out-of-bounds read.
#include "io/CsvReader.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    sl::core::TextTable table;
    QString error;
    sl::core::ReadLimits limits;
    limits.maxRows = 2000;
    limits.maxCellLength = 2000;
    sl::core::CsvReader::parse(bytes, limits, &table, &error);
    return 0;
}
