#include "ListWorkbook.h"

#include "XlsxWriter.h"
#include "db/ErrorOut.h"

#include <algorithm>

namespace sl::core {

QString ListWorkbook::sheetName(const QString& title)
{
    QString name = title;
    for (QChar& c : name) {
        if (QStringLiteral("[]:*?/\\").contains(c)) {
            c = QLatin1Char(' ');
        }
    }
    name = name.simplified().left(31);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

bool ListWorkbook::write(const QString& path, const QString& title, const QStringList& header,
                         const QList<QStringList>& rows, const QList<double>& widths, QString* error)
{
    if (header.isEmpty()) {
        return failWith(error, tr("The list shows no column; show at least one column to export it."));
    }
    XlsxWriter xlsx(path);
    xlsx.addWorksheet(sheetName(title));
    for (int c = 0; c < header.size(); ++c) {
        xlsx.writeText(0, c, header.at(c), XlsxWriter::Style::Header);
        double width = c < widths.size() ? widths.at(c) : 0;
        if (width <= 0) {
            // From the texts: the longest of the header and the first rows, a Chinese character counting two.
            auto measure = [](const QString& text) {
                double n = 0;
                for (const QChar ch : text) {
                    n += ch.unicode() >= 0x2e80 ? 2.0 : 1.0;
                }
                return n;
            };
            width = measure(header.at(c));
            for (int r = 0; r < std::min<qsizetype>(rows.size(), 200); ++r) {
                width = std::max(width, measure(rows.at(r).value(c)));
            }
            width = std::clamp(width + 2, 6.0, 60.0);
        }
        xlsx.setColumnWidth(c, width);
    }
    int r = 1;
    for (const QStringList& row : rows) {
        for (int c = 0; c < header.size(); ++c) {
            xlsx.writeText(r, c, row.value(c));
        }
        ++r;
    }
    xlsx.freezeRows(1);
    xlsx.setPrintLayout(header.size() > 5, 1);
    return xlsx.close(error);
}

} // namespace sl::core
