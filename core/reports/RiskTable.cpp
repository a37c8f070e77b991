#include "RiskTable.h"

#include "RiskYear.h"
#include "io/CsvWriter.h"
#include "model/FixedChinese.h"
#include "rules/RiskGrading.h"

namespace sl::core {

// The Chinese texts are escapes so that every compiler reads the source alike; each is named in pinyin.

QStringList RiskTable::header()
{
    return {
        QStringLiteral("\u4f01\u4e1a\u540d\u79f0"), // qi ye ming cheng, enterprise name
        QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"), // unified social credit code
        QStringLiteral("\u670d\u52a1\u673a\u6784"), // fu wu ji gou, agency
        QStringLiteral("\u8bc4\u4f30\u65e5\u671f"), // ping gu ri qi, assessed on
        QStringLiteral("\u98ce\u9669\u70b9"), // feng xian dian, risk point
        QStringLiteral("\u4e8b\u6545\u7c7b\u578b"), // shi gu lei xing, accident type
        QStringLiteral("L"),
        QStringLiteral("E"),
        QStringLiteral("C"),
        QStringLiteral("D"),
        QStringLiteral("\u98ce\u9669\u7b49\u7ea7"), // feng xian deng ji, risk level
        QStringLiteral("\u7ba1\u63a7\u63aa\u65bd"), // guan kong cuo shi, control measures
        QStringLiteral("\u8d23\u4efb\u4eba"), // ze ren ren, responsible person
    };
}

QList<QStringList> RiskTable::rows(const RiskYear& year)
{
    QList<QStringList> out;
    for (const RiskAssessment& a : year.assessments()) {
        for (const RiskPoint& p : a.points) {
            const bool lec = p.method == RiskMethod::Lec;
            out.append(
                { a.enterpriseName, a.creditCode, a.agencyName, a.assessedOn.toString(Qt::ISODate), p.place,
                  p.accidentType, lec ? RiskGrading::tenthsText(p.lTenths) : QString(),
                  lec ? RiskGrading::tenthsText(p.eTenths) : QString(),
                  lec ? RiskGrading::tenthsText(p.cTenths) : QString(),
                  lec ? RiskGrading::lecScoreText(RiskGrading::lecScore(p.lTenths, p.eTenths, p.cTenths)) : QString(),
                  FixedChinese::riskLevel(p.level), p.measures, p.responsible });
        }
    }
    return out;
}

bool RiskTable::writeCsv(const RiskYear& year, const QString& path, QString* error)
{
    CsvWriter csv(path);
    if (!csv.open(error)) {
        return false;
    }
    csv.addTextRow(header());
    for (const QStringList& row : rows(year)) {
        // The date and the figures are the program's own; the rest may come from the clerk or an agency.
        csv.addRow(row, { 3, 6, 7, 8, 9, 10 });
    }
    return csv.commit(error);
}

} // namespace sl::core
