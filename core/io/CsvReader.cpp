#include "CsvReader.h"

#include "FileSizeLimit.h"
#include "Gb18030.h"

#include "db/ErrorOut.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace sl::core {

bool CsvReader::read(const QString& path, const ReadLimits& limits, TextTable* table, QString* error,
                     Encoding* encoding)
{
    if (!FileSizeLimit::check(path, limits.maxFileBytes,
                              { tr("%1 is not a file."), tr("%1 is larger than %2 MB; split it into smaller files.") },
                              error)) {
        return false;
    }
    const QFileInfo info(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return failWith(error, tr("%1 cannot be read: %2").arg(info.fileName(), f.errorString()));
    }
    return parse(f.readAll(), limits, table, error, encoding);
}

bool CsvReader::parse(const QByteArray& raw, const ReadLimits& limits, TextTable* table, QString* error,
                      Encoding* encoding)
{
    QString text;
    Encoding found = Encoding::Utf8;
    if (raw.startsWith("\xEF\xBB\xBF")) {
        found = Encoding::Utf8Bom;
        text = QString::fromUtf8(raw.mid(3));
    } else {
        // Valid UTF-8 is taken as UTF-8; anything else as GB18030, which decodes every byte sequence. The program's
        // own codec, not Qt's, which needs ICU and is missing from Qt's Windows builds.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(raw);
        if (utf8.hasError()) {
            found = Encoding::Gb18030;
            text = Gb18030::decode(raw);
        }
    }
    if (encoding) {
        *encoding = found;
    }
    table->rows.clear();
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    const auto endCell = [&]() -> bool {
        if (cell.size() > limits.maxCellLength) {
            return false;
        }
        row << cell;
        cell.clear();
        cellStarted = false;
        return true;
    };
    const auto endRow = [&]() -> bool {
        if (!endCell()) {
            return false;
        }
        // Blank lines (Excel leaves some at the end) are not rows.
        if (!(row.size() == 1 && row.first().trimmed().isEmpty())) {
            table->rows << row;
        }
        row.clear();
        return true;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char(',')) {
            if (!endCell()) {
                return failWith(error,
                                tr("Row %1 has a cell longer than %2 characters.")
                                    .arg(table->rows.size() + 1)
                                    .arg(limits.maxCellLength));
            }
            if (row.size() > limits.maxColumns) {
                return failWith(
                    error, tr("Row %1 has more than %2 columns.").arg(table->rows.size() + 1).arg(limits.maxColumns));
            }
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            if (!endRow()) {
                return failWith(error,
                                tr("Row %1 has a cell longer than %2 characters.")
                                    .arg(table->rows.size() + 1)
                                    .arg(limits.maxCellLength));
            }
            if (table->rows.size() > limits.maxRows) {
                return failWith(error,
                                tr("The file has more than %1 rows; split it into smaller files.").arg(limits.maxRows));
            }
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (quoted) {
        return failWith(error, tr("The file ends inside a quoted cell; it is cut off or not a CSV file."));
    }
    if (cellStarted || !row.isEmpty() || !cell.isEmpty()) {
        if (!endRow()) {
            return failWith(error, tr("The last row has a cell longer than %1 characters.").arg(limits.maxCellLength));
        }
    }
    if (table->rows.size() > limits.maxRows) {
        return failWith(error, tr("The file has more than %1 rows; split it into smaller files.").arg(limits.maxRows));
    }
    return true;
}

} // namespace sl::core
