#include "ComplianceTable.h"

#include "ComplianceYear.h"
#include "io/CsvWriter.h"
#include "model/FixedChinese.h"

namespace sl::core {

// The Chinese texts are escapes so that every compiler reads the source alike; each is named in pinyin.

QStringList ComplianceTable::header()
{
    return {
        QStringLiteral("\u4f01\u4e1a\u540d\u79f0"), // qi ye ming cheng, enterprise name
        QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"), // unified social credit code
        QStringLiteral("\u670d\u52a1\u673a\u6784"), // fu wu ji gou, agency
        QStringLiteral("\u671f\u95f4"), // qi jian, period
        QStringLiteral("\u4e49\u52a1"), // yi wu, obligation
        QStringLiteral("\u5e94\u5b8c\u6210\u6b21\u6570"), // ying wan cheng ci shu, required count
        QStringLiteral("\u5df2\u5b8c\u6210\u6b21\u6570"), // yi wan cheng ci shu, done count
        QStringLiteral("\u622a\u6b62\u65e5\u671f"), // jie zhi ri qi, due date
        QStringLiteral("\u72b6\u6001"), // zhuang tai, status
        // wan cheng ri qi, completed on: the date of the record that met it; later than the due date when late
        QStringLiteral("\u5b8c\u6210\u65e5\u671f"),
    };
}

QStringList ComplianceTable::row(const ComplianceYear& year, const Obligation& o)
{
    const Enterprise& e = year.enterprise(o.enterpriseId);
    return { e.name,
             e.creditCode,
             year.agencyName(o.agencyId),
             o.periodLabel(),
             FixedChinese::obligationKind(o.kind),
             QString::number(o.required),
             QString::number(o.done),
             !o.asksSomething() ? QString() : o.due.toString(Qt::ISODate),
             FixedChinese::obligationStatus(o.status),
             o.completedOn.toString(Qt::ISODate) };
}

bool ComplianceTable::writeCsv(const ComplianceYear& year, const QString& path, QString* error)
{
    CsvWriter csv(path);
    if (!csv.open(error)) {
        return false;
    }
    csv.addTextRow(header());
    for (const Obligation& o : year.rows()) {
        // Counts and dates are the program's own; names come from the clerk.
        csv.addRow(row(year, o), { 5, 6, 7, 9 });
    }
    return csv.commit(error);
}

} // namespace sl::core
