#include "HazardTable.h"

#include "HazardYear.h"
#include "io/CsvWriter.h"
#include "model/FixedChinese.h"

namespace sl::core {

// The Chinese texts are escapes so that every compiler reads the source alike; each is named in pinyin.

QStringList HazardTable::header()
{
    return {
        QStringLiteral("\u7f16\u53f7"), // bian hao, number
        QStringLiteral("\u4f01\u4e1a\u540d\u79f0"), // qi ye ming cheng, enterprise name
        QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"), // unified social credit code
        QStringLiteral("\u670d\u52a1\u673a\u6784"), // fu wu ji gou, agency
        QStringLiteral("\u53d1\u73b0\u65e5\u671f"), // fa xian ri qi, found on
        QStringLiteral("\u7b49\u7ea7"), // deng ji, grade
        QStringLiteral("\u63cf\u8ff0"), // miao shu, description
        QStringLiteral("\u6574\u6539\u671f\u9650"), // zheng gai qi xian, rectification deadline
        QStringLiteral("\u72b6\u6001"), // zhuang tai, state
        QStringLiteral("\u9500\u53f7\u65e5\u671f"), // xiao hao ri qi, closed on
        QStringLiteral("\u903e\u671f"), // yu qi, overdue
        QStringLiteral("\u7763\u529e"), // du ban, supervision
    };
}

QStringList HazardTable::row(const HazardYear& year, const Hazard& h)
{
    const Enterprise& e = year.enterprise(h.enterpriseId);
    return { HazardYear::number(h),
             e.name,
             e.creditCode,
             year.sourceName(h),
             h.foundOn.toString(Qt::ISODate),
             FixedChinese::hazardGrade(h.grade),
             h.description,
             h.effectiveDeadline().toString(Qt::ISODate),
             FixedChinese::hazardState(h.state),
             year.isClosedAsOf(h) ? h.closedOn.toString(Qt::ISODate) : QString(),
             year.isOverdueAsOf(h) ? FixedChinese::yes() : FixedChinese::no(),
             FixedChinese::supervision(h.supervision) };
}

bool HazardTable::writeCsv(const HazardYear& year, const QString& path, QString* error)
{
    CsvWriter csv(path);
    if (!csv.open(error)) {
        return false;
    }
    csv.addTextRow(header());
    for (const Hazard& h : year.hazards()) {
        // The number and dates are the program's own; the rest may come from the clerk.
        csv.addRow(row(year, h), { 0, 4, 7, 9 });
    }
    return csv.commit(error);
}

} // namespace sl::core
