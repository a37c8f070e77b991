#include "XlsxReader.h"

#include "FileSizeLimit.h"

#include "db/ErrorOut.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <minizip/unzip.h>
#ifdef Q_OS_WIN
#include <minizip/iowin32.h>
#endif

#include <cmath>
#include <memory>

namespace sl::core {

namespace {

// Opens the zip by its name as the file system spells it: on Windows through minizip's wide-character file functions,
// since the 8-bit ones read the name in the ANSI code page and cannot open 企业名单.xlsx on most PCs.
unzFile openZip(const QString& path)
{
#ifdef Q_OS_WIN
    zlib_filefunc64_def functions;
    fill_win32_filefunc64W(&functions);
    const std::wstring name = QDir::toNativeSeparators(path).toStdWString();
    return unzOpen2_64(name.c_str(), &functions);
#else
    return unzOpen64(QFile::encodeName(path).constData());
#endif
}

// Excel writes characters XML cannot carry (a carriage return, control characters) as _xHHHH_, and a
// literal "_xHHHH_" typed into a cell as _x005F_xHHHH_ (ECMA-376 ST_Xstring): decoded here, or a
// carriage return comes back as the text "_x000D_".
QString decodeEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x"))) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    const auto isHex = [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x')
            && text.at(i + 6) == QLatin1Char('_') && isHex(text.at(i + 2)) && isHex(text.at(i + 3))
            && isHex(text.at(i + 4)) && isHex(text.at(i + 5))) {
            out += QChar(static_cast<char16_t>(text.mid(i + 2, 4).toUShort(nullptr, 16)));
            i += 6;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

// The largest serial Excel shows as a date: 9999-12-31.
constexpr double kLastDateSerial = 2958465;

// Built-in number formats that are dates (ECMA-376 18.8.30), and custom ones with day/month/year codes.
bool isDateFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) {
        return true;
    }
    if (code.isEmpty()) {
        return false;
    }
    QString bare = code;
    bare.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]")));
    return bare.contains(QLatin1Char('y'), Qt::CaseInsensitive) || bare.contains(QLatin1Char('d'), Qt::CaseInsensitive);
}

// "AB12" -> column 27 (0-based: 27), or -1.
int columnOf(const QString& reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c.isLetter()) {
            column = column * 26 + (c.toUpper().unicode() - 'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters > 0 ? column - 1 : -1;
}

} // namespace

bool XlsxReader::read(const QString& path, const ReadLimits& limits, TextTable* table, QString* error)
{
    QList<QPair<QString, TextTable>> sheets;
    if (!readSheets(path, limits, true, &sheets, error)) {
        return false;
    }
    *table = sheets.value(0).second;
    return true;
}

bool XlsxReader::readAll(const QString& path, const ReadLimits& limits, QList<QPair<QString, TextTable>>* sheets,
                         QString* error)
{
    return readSheets(path, limits, false, sheets, error);
}

bool XlsxReader::readSheets(const QString& path, const ReadLimits& limits, bool firstOnly,
                            QList<QPair<QString, TextTable>>* sheets, QString* error)
{
    if (!FileSizeLimit::check(path, limits.maxFileBytes,
                              { tr("%1 is not a file."), tr("%1 is larger than %2 MB; split it into smaller files.") },
                              error)) {
        return false;
    }
    const QFileInfo info(path);
    // minizip, the zip library libxlsxwriter uses: QuaZip exports changed copies of the same minizip
    // functions, and the two cannot share a process (whichever loads first serves both, and the other crashes).
    const std::unique_ptr<void, int (*)(unzFile)> zip(openZip(path), unzClose);
    if (!zip) {
        return failWith(error, tr("%1 is not an Excel workbook (.xlsx), or it is damaged.").arg(info.fileName()));
    }
    // Look at every entry before unpacking anything: a zip bomb is refused by its declared sizes.
    unz_global_info64 global;
    if (unzGetGlobalInfo64(zip.get(), &global) != UNZ_OK
        || global.number_entry > static_cast<ZPOS64_T>(limits.maxZipEntries)) {
        return failWith(error, tr("%1 holds too many parts to be a workbook the clerk made.").arg(info.fileName()));
    }
    qint64 unpacked = 0;
    for (int status = unzGoToFirstFile(zip.get()); status == UNZ_OK; status = unzGoToNextFile(zip.get())) {
        unz_file_info64 entry;
        if (unzGetCurrentFileInfo64(zip.get(), &entry, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
            return failWith(error, tr("%1 is damaged or cut off.").arg(info.fileName()));
        }
        const auto size = static_cast<qint64>(entry.uncompressed_size);
        const auto packed = static_cast<qint64>(entry.compressed_size);
        unpacked += size;
        if (packed > 0 && size > 1024 * 1024 && size / packed > limits.maxExpansionRatio) {
            return failWith(error,
                            tr("%1 unpacks to far more than its size; it is refused as unsafe.").arg(info.fileName()));
        }
    }
    if (unpacked > limits.maxUnpackedBytes) {
        return failWith(error,
                        tr("%1 unpacks to more than %2 MB; split it into smaller files.")
                            .arg(info.fileName())
                            .arg(limits.maxUnpackedBytes / 1024 / 1024));
    }
    const auto readEntry = [&zip, &info, &limits](const QString& name, QByteArray* out, QString* why) {
        if (unzLocateFile(zip.get(), name.toUtf8().constData(), 1) != UNZ_OK) {
            return false;
        }
        if (unzOpenCurrentFile(zip.get()) != UNZ_OK) {
            failWith(why, tr("%1 is damaged: %2 cannot be read.").arg(info.fileName(), name));
            return false;
        }
        out->clear();
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip.get(), buffer, sizeof buffer)) > 0) {
            out->append(buffer, n);
            if (out->size() > limits.maxUnpackedBytes) {
                break;
            }
        }
        // The CRC is checked on close: a cut-off or altered part is refused here.
        const int closed = unzCloseCurrentFile(zip.get());
        if (n < 0 || closed != UNZ_OK || out->size() > limits.maxUnpackedBytes) {
            failWith(why, tr("%1 is damaged or cut off.").arg(info.fileName()));
            return false;
        }
        return true;
    };

    // The first sheet: workbook.xml names it, its relationship gives the part.
    QByteArray workbook;
    QByteArray relations;
    if (!readEntry(QStringLiteral("xl/workbook.xml"), &workbook, error)
        || !readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), &relations, error)) {
        return failWith(error,
                        error && !error->isEmpty() ? *error
                                                   : tr("%1 is not an Excel workbook (.xlsx).").arg(info.fileName()));
    }
    // The sheets in the workbook's order: name and relationship id; their parts from the relationships.
    QList<QPair<QString, QString>> sheetRels;
    QXmlStreamReader wb(workbook);
    while (!wb.atEnd()) {
        if (wb.readNext() == QXmlStreamReader::StartElement && wb.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute& a : wb.attributes()) {
                if (a.name() == QLatin1String("id")) {
                    id = a.value().toString();
                }
            }
            sheetRels.append({ wb.attributes().value(QStringLiteral("name")).toString(), id });
            if (firstOnly) {
                break;
            }
        }
    }
    QHash<QString, QString> parts;
    QXmlStreamReader rels(relations);
    while (!rels.atEnd()) {
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == QLatin1String("Relationship")) {
            const QString target = rels.attributes().value(QStringLiteral("Target")).toString();
            parts.insert(rels.attributes().value(QStringLiteral("Id")).toString(),
                         target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target);
        }
    }
    if (sheetRels.isEmpty() || wb.hasError() || rels.hasError()) {
        return failWith(error, tr("%1 has no worksheet that can be read.").arg(info.fileName()));
    }

    QStringList shared;
    QByteArray sharedXml;
    if (readEntry(QStringLiteral("xl/sharedStrings.xml"), &sharedXml, nullptr)) {
        QXmlStreamReader x(sharedXml);
        QString current;
        bool inItem = false;
        while (!x.atEnd()) {
            const auto token = x.readNext();
            if (token == QXmlStreamReader::StartElement && x.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (token == QXmlStreamReader::StartElement && inItem && x.name() == QLatin1String("t")) {
                current += x.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (token == QXmlStreamReader::EndElement && x.name() == QLatin1String("si")) {
                inItem = false;
                shared << decodeEscapes(current.left(limits.maxCellLength * 7 + 7)).left(limits.maxCellLength + 1);
            }
        }
        if (x.hasError()) {
            return failWith(error, tr("%1 is damaged (its shared strings cannot be read).").arg(info.fileName()));
        }
    }
    // Which cell styles are dates.
    QSet<int> dateStyles;
    QByteArray stylesXml;
    if (readEntry(QStringLiteral("xl/styles.xml"), &stylesXml, nullptr)) {
        QXmlStreamReader x(stylesXml);
        QHash<int, QString> customFormats;
        bool inCellXfs = false;
        int xfIndex = 0;
        while (!x.atEnd()) {
            const auto token = x.readNext();
            if (token == QXmlStreamReader::StartElement && x.name() == QLatin1String("numFmt")) {
                customFormats.insert(x.attributes().value(QStringLiteral("numFmtId")).toInt(),
                                     x.attributes().value(QStringLiteral("formatCode")).toString());
            } else if (token == QXmlStreamReader::StartElement && x.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (token == QXmlStreamReader::EndElement && x.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            } else if (token == QXmlStreamReader::StartElement && inCellXfs && x.name() == QLatin1String("xf")) {
                const int id = x.attributes().value(QStringLiteral("numFmtId")).toInt();
                if (isDateFormat(id, customFormats.value(id))) {
                    dateStyles.insert(xfIndex);
                }
                ++xfIndex;
            }
        }
    }

    sheets->clear();
    for (const auto& [sheetName, rel] : std::as_const(sheetRels)) {
        const QString sheetPart = parts.value(rel);
        QByteArray sheetXml;
        if (sheetPart.isEmpty() || !readEntry(sheetPart, &sheetXml, error)) {
            return failWith(
                error, error && !error->isEmpty() ? *error : tr("%1 has no readable worksheet.").arg(info.fileName()));
        }
        TextTable sheetTable;
        TextTable* table = &sheetTable;
        table->rows.clear();
        QXmlStreamReader x(sheetXml);
        QStringList row;
        int rowNumber = 0;
        int column = -1;
        QString type;
        int style = -1;
        QString value;
        bool inValue = false;
        const QDate epoch(1899, 12, 30);
        while (!x.atEnd()) {
            const auto token = x.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (x.name() == QLatin1String("row")) {
                    row.clear();
                    bool numbered = false;
                    const int r = x.attributes().value(QStringLiteral("r")).toInt(&numbered);
                    rowNumber = numbered && r > rowNumber ? r : rowNumber + 1;
                } else if (x.name() == QLatin1String("c")) {
                    const QXmlStreamAttributes a = x.attributes();
                    column = a.hasAttribute(QStringLiteral("r")) ? columnOf(a.value(QStringLiteral("r")).toString())
                                                                 : static_cast<int>(row.size());
                    type = a.value(QStringLiteral("t")).toString();
                    style = a.hasAttribute(QStringLiteral("s")) ? a.value(QStringLiteral("s")).toInt() : -1;
                    value.clear();
                    if (column < 0 || column >= limits.maxColumns) {
                        return failWith(
                            error,
                            tr("Row %1 has more than %2 columns.").arg(table->rows.size() + 1).arg(limits.maxColumns));
                    }
                } else if (x.name() == QLatin1String("v")) {
                    value += x.readElementText(QXmlStreamReader::IncludeChildElements);
                    inValue = true;
                } else if (x.name() == QLatin1String("t")) {
                    // An inline string's text.
                    value += decodeEscapes(x.readElementText(QXmlStreamReader::IncludeChildElements));
                    inValue = true;
                }
            } else if (token == QXmlStreamReader::EndElement && x.name() == QLatin1String("c")) {
                QString text = value;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= shared.size()) {
                        return failWith(error,
                                        tr("%1 is damaged (a cell points to a missing text).").arg(info.fileName()));
                    }
                    text = shared.at(index);
                } else if (type == QLatin1String("b")) {
                    text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if ((type.isEmpty() || type == QLatin1String("n")) && dateStyles.contains(style) && inValue) {
                    bool ok = false;
                    const double serial = value.toDouble(&ok);
                    // Checked before the conversion: a serial beyond qint64 would be undefined behaviour, and
                    // one beyond 9999-12-31 no date at all. Refused rather than left empty, so nothing is lost
                    // without a word.
                    if (!ok || !std::isfinite(serial) || serial < 0 || serial >= kLastDateSerial + 1) {
                        return failWith(error,
                                        tr("Sheet %1, row %2: the cell formatted as a date holds %3, which "
                                           "is not a date Excel can show. Correct the cell and try again.")
                                            .arg(sheetName)
                                            .arg(rowNumber)
                                            .arg(value.left(40)));
                    }
                    text = epoch.addDays(static_cast<qint64>(std::floor(serial))).toString(Qt::ISODate);
                }
                if (text.size() > limits.maxCellLength) {
                    return failWith(error,
                                    tr("Row %1 has a cell longer than %2 characters.")
                                        .arg(table->rows.size() + 1)
                                        .arg(limits.maxCellLength));
                }
                while (row.size() < column) {
                    row << QString();
                }
                row << text;
                inValue = false;
            } else if (token == QXmlStreamReader::EndElement && x.name() == QLatin1String("row")) {
                bool blank = true;
                for (const QString& cell : std::as_const(row)) {
                    blank = blank && cell.trimmed().isEmpty();
                }
                if (!blank) {
                    table->rows << row;
                    table->lines << rowNumber;
                }
                if (table->rows.size() > limits.maxRows) {
                    return failWith(
                        error, tr("The file has more than %1 rows; split it into smaller files.").arg(limits.maxRows));
                }
            }
        }
        if (x.hasError()) {
            return failWith(
                error, tr("%1 is damaged: its worksheet cannot be read (%2).").arg(info.fileName(), x.errorString()));
        }
        sheets->append({ sheetName, sheetTable });
    }
    return true;
}

} // namespace sl::core
