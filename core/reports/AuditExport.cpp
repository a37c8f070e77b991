#include "AuditExport.h"

#include "db/AuditAnchor.h"
#include "db/ErrorOut.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"

namespace sl::core {

QStringList AuditExport::header()
{
    // shi jian, cao zuo ren, dui xiang lei xing, dui xiang, cao zuo, zi duan, yuan zhi, xin zhi
    return { QStringLiteral("\u65f6\u95f4"),
             QStringLiteral("\u64cd\u4f5c\u4eba"),
             QStringLiteral("\u5bf9\u8c61\u7c7b\u578b"),
             QStringLiteral("\u5bf9\u8c61"),
             QStringLiteral("\u64cd\u4f5c"),
             QStringLiteral("\u5b57\u6bb5"),
             QStringLiteral("\u539f\u503c"),
             QStringLiteral("\u65b0\u503c") };
}

QList<QStringList> AuditExport::rows(const QList<AuditWording::Line>& lines)
{
    QList<QStringList> out;
    for (const AuditWording::Line& l : lines) {
        const QStringList lead = { l.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), l.operatorName,
                                   l.kind, l.object, l.action };
        if (l.changes.isEmpty()) {
            out.append(lead + QStringList{ QString(), QString(), QString() });
        }
        for (const AuditWording::Change& c : l.changes) {
            out.append(lead + QStringList{ c.field, c.before, c.after });
        }
    }
    return out;
}

bool AuditExport::write(const QList<AuditWording::Line>& lines, const AuditTrail::Head& head, const QString& path,
                        QString* error)
{
    const QList<QStringList> body = rows(lines);
    const QString anchor = AuditAnchor::describe(head);
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        XlsxWriter xlsx(path);
        // cao zuo ri zhi, the audit log
        xlsx.addWorksheet(QStringLiteral("\u64cd\u4f5c\u65e5\u5fd7"));
        const QStringList h = header();
        const double widths[] = { 19, 10, 12, 30, 10, 16, 30, 30 };
        for (int c = 0; c < h.size(); ++c) {
            xlsx.writeText(0, c, h.at(c), XlsxWriter::Style::Header);
            xlsx.setColumnWidth(c, widths[c]);
        }
        int r = 1;
        for (const QStringList& row : body) {
            for (int c = 0; c < row.size(); ++c) {
                xlsx.writeText(r, c, row.at(c));
            }
            ++r;
        }
        xlsx.writeText(r + 1, 0, anchor, XlsxWriter::Style::Note);
        xlsx.freezeRows(1);
        xlsx.setPrintLayout(true, 1);
        return xlsx.close(error);
    }
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        return failWith(error, tr("The audit log is written as .csv or .xlsx; name the file accordingly."));
    }
    CsvWriter csv(path);
    if (!csv.open(error)) {
        return false;
    }
    csv.addTextRow(header());
    for (const QStringList& row : body) {
        csv.addRow(row, { 0 });
    }
    // The head below the rows, in the first column, so a spreadsheet shows it under the table.
    csv.addTextRow({ anchor });
    return csv.commit(error);
}

} // namespace sl::core
