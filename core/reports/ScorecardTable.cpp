#include "ScorecardTable.h"

#include "ScorecardYear.h"
#include "io/CsvWriter.h"

#include <numeric>

namespace sl::core {

// The Chinese texts are escapes so that every compiler reads the source alike; each is named in pinyin.

QStringList ScorecardTable::header()
{
    return {
        QStringLiteral("\u670d\u52a1\u673a\u6784"), // fu wu ji gou, agency
        QStringLiteral("\u5e74\u5ea6"), // nian du, year
        QStringLiteral("\u670d\u52a1\u4f01\u4e1a\u6570"), // fu wu qi ye shu, enterprises served
        QStringLiteral("\u5e94\u68c0\u67e5\u6b21\u6570"), // ying jian cha ci shu, inspections required
        QStringLiteral("\u5df2\u68c0\u67e5\u6b21\u6570"), // yi jian cha ci shu, inspections done
        QStringLiteral("\u68c0\u67e5\u5b8c\u6210\u7387"), // jian cha wan cheng lv, inspection completion
        QStringLiteral("\u9690\u60a3\u6570"), // yin huan shu, hazards found
        QStringLiteral("\u5df2\u9500\u53f7\u6570"), // yi xiao hao shu, hazards closed
        QStringLiteral("\u6574\u6539\u7387"), // zheng gai lv, rectification rate
        QStringLiteral("\u6309\u671f\u6574\u6539\u7387"), // an qi zheng gai lv, on-time rate
        QStringLiteral("\u57f9\u8bad\u5b8c\u6210\u7387"), // pei xun wan cheng lv, training completion
        QStringLiteral("\u6f14\u7ec3\u5b8c\u6210\u7387"), // yan lian wan cheng lv, drill completion
        QStringLiteral("\u8bc4\u4ef7\u5f97\u5206"), // ping jia de fen, evaluation score
    };
}

QStringList ScorecardTable::row(const ScorecardYear& year, const Scorecard::Row& r)
{
    const Scorecard::Count inspections = r.count(ObligationKind::Inspection);
    const auto score = r.averageScore();
    return {year.agencyName(r.agencyId),
            QString::number(r.year),
            QString::number(r.enterprises),
            QString::number(inspections.required),
            QString::number(inspections.done),
            Scorecard::percentText(inspections.percent()),
            QString::number(r.hazardsFound),
            QString::number(r.hazardsClosed),
            Scorecard::percentText(r.rectificationRate()),
            Scorecard::percentText(r.onTimeRate()),
            Scorecard::percentText(r.count(ObligationKind::Training).percent()),
            Scorecard::percentText(r.count(ObligationKind::Drill).percent()),
            score ? QString::number(*score, 'f', 1) : QString()};
}

bool ScorecardTable::writeCsv(const ScorecardYear& year, const QString& path, QString* error)
{
    CsvWriter csv(path);
    if (!csv.open(error)) {
        return false;
    }
    csv.addTextRow(header());
    // The agency's name is text; every other column is a figure.
    QList<int> figures(header().size() - 1);
    std::iota(figures.begin(), figures.end(), 1);
    for (const Scorecard::Row& r : year.rows()) {
        csv.addRow(row(year, r), figures);
    }
    return csv.commit(error);
}

} // namespace sl::core
