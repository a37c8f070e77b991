#pragma once

#include "TextTable.h"

#include <QCoreApplication>

namespace sl::core {

// Reads the first sheet of an .xlsx workbook (minizip for the zip, QXmlStreamReader for the XML):
// shared strings, inline strings, numbers, booleans, and numbers formatted as dates (given as ISO
// dates). A workbook beyond the limits — too many entries, too large unpacked, a suspicious expansion
// ratio — or a malformed one is refused with one sentence.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static bool read(const QString& path, const ReadLimits& limits, TextTable* table, QString* error);
    // Every sheet, by name, in the workbook's order (the full export's round trip).
    static bool readAll(const QString& path, const ReadLimits& limits, QList<QPair<QString, TextTable>>* sheets,
                        QString* error);

private:
    static bool readSheets(const QString& path, const ReadLimits& limits, bool firstOnly,
                           QList<QPair<QString, TextTable>>* sheets, QString* error);
};

} // namespace sl::core
