// libFuzzer target for the XLSX reader: arbitrary files named .xlsx (truncated, bombs, bad XML inside a
// valid zip) must give a table or one sentence, never a crash.
#include "io/XlsxReader.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = QDir::temp().filePath(QStringLiteral("safeledger-fuzz-%1.xlsx").arg(getpid()));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return 0;
    }
    f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    f.close();
    sl::core::TextTable table;
    QString error;
    sl::core::XlsxReader::read(path, sl::core::ReadLimits(), &table, &error);
    return 0;
}
