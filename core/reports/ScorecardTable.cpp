#include "ScorecardTable.h"

#include "ScorecardYear.h"
#include "io/CsvWriter.h"
#include "model/FixedChinese.h"

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
        QStringLiteral("\u603b\u5206"), // zong fen, total of the appraisal
        QStringLiteral("\u7b49\u7ea7"), // deng ji, grade
        // The other figures the appraisal can be scored from, so every total can be redone from its row.
        QStringLiteral("\u5b9e\u5730\u9a8c\u573a\u5b8c\u6210\u7387"), // shi di yan chang wan cheng lv, surveys
        QStringLiteral("\u57fa\u7840\u8d44\u6599\u6309\u65f6\u5b8c\u6210\u7387"), // baseline documents on time
        QStringLiteral("\u5e74\u5ea6\u62a5\u544a\u5b8c\u6210\u7387"), // nian du bao gao wan cheng lv, year-end reports
        QStringLiteral("\u7ea6\u8c08\u6b21\u6570"), // yue tan ci shu, interviews
        QStringLiteral("\u901a\u62a5\u6b21\u6570"), // tong bao ci shu, notices
        QStringLiteral(
            "\u98ce\u9669\u8bc4\u4f30\u5b8c\u6210\u7387"), // feng xian ping gu wan cheng lv, risk assessments
        QStringLiteral("\u5176\u4ed6\u670d\u52a1\u6b21\u6570"), // qi ta fu wu ci shu, other services (not obligations)
    };
}

QStringList ScorecardTable::row(const ScorecardYear& year, const Scorecard::Row& r)
{
    const Scorecard::Count inspections = r.count(ObligationKind::Inspection);
    const Appraisal appraisal = year.appraisal(r.agencyId);
    const bool scored = year.isAppraised(r.agencyId);
    return { year.agencyName(r.agencyId),
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
             Scorecard::tenthsText(Scorecard::tenths(r.averageScore())),
             scored ? Scorecard::tenthsText(appraisal.totalTenths) : QString(),
             scored ? FixedChinese::appraisalGrade(appraisal.grade) : QString(),
             Scorecard::percentText(r.count(ObligationKind::Survey).percent()),
             Scorecard::percentText(r.count(ObligationKind::Baseline).onTimePercent()),
             Scorecard::percentText(r.count(ObligationKind::YearEndReport).percent()),
             QString::number(r.interviews),
             QString::number(r.notices),
             Scorecard::percentText(r.count(ObligationKind::RiskAssessment).percent()),
             QString::number(r.otherServices) };
}

bool ScorecardTable::writeCsv(const ScorecardYear& year, const QString& path, QString* error)
{
    CsvWriter csv(path);
    if (!csv.open(error)) {
        return false;
    }
    csv.addTextRow(header());
    // The agency's name and the grade are text; every other column is a figure.
    QList<int> figures(header().size() - 1);
    std::iota(figures.begin(), figures.end(), 1);
    figures.removeAll(static_cast<int>(header().indexOf(QStringLiteral("\u7b49\u7ea7"))));
    for (const Scorecard::Row& r : year.rows()) {
        csv.addRow(row(year, r), figures);
    }
    return csv.commit(error);
}

} // namespace sl::core
