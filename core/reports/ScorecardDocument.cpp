#include "ScorecardDocument.h"

#include "ReportDocument.h"
#include "ScorecardYear.h"
#include "SealBlock.h"
#include "model/FixedChinese.h"

#include <QTextDocument>

namespace sl::core {

// The Chinese texts are written as escapes so that every compiler reads them alike.

namespace {

constexpr qreal kBodyPointSize = 10.0;

QString countText(const Scorecard::Count& c)
{
    if (c.requiredDue != c.required) {
        // ying wan cheng N ci (jie zhi tong ji ri yi dao qi K ci), yi wan cheng M ci, wan cheng lv P
        return QStringLiteral("\u5e94\u5b8c\u6210 %1 \u6b21\uff08\u5176\u4e2d\u5df2\u5230\u671f %2 "
                              "\u6b21\uff09\uff0c\u5df2\u5b8c\u6210 %3 \u6b21\uff0c"
                              "\u5b8c\u6210\u7387 %4")
            .arg(c.required)
            .arg(c.requiredDue)
            .arg(c.done)
            .arg(Scorecard::percentText(c.percent()).isEmpty() ? QStringLiteral("\u2014")
                                                               : Scorecard::percentText(c.percent()));
    }
    // ying N ci, yi N ci, wan cheng lv P: required, done, completion
    return QStringLiteral("\u5e94\u5b8c\u6210 %1 \u6b21\uff0c\u5df2\u5b8c\u6210 %2 \u6b21\uff0c\u5b8c\u6210\u7387 %3")
        .arg(c.required)
        .arg(c.done)
        .arg(Scorecard::percentText(c.percent()).isEmpty() ? QStringLiteral("\u2014")
                                                           : Scorecard::percentText(c.percent()));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td width=\"32%\" bgcolor=\"#eeeeee\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString ScorecardDocument::title(const ScorecardYear& year, qint64 agencyId)
{
    // N nian du an quan sheng chan she hui hua fu wu zhi liang kao he biao: year service-quality scorecard
    return QStringLiteral("%1\u5e74\u5ea6\u5b89\u5168\u751f\u4ea7\u793e\u4f1a\u5316\u670d\u52a1\u8d28\u91cf\u8003\u6838"
                          "\u8868\uff08%2\uff09")
        .arg(year.year())
        .arg(year.agencyName(agencyId));
}

namespace {

QString sheetHtml(const ScorecardYear& year, qint64 agencyId, const QString& streetName);

std::unique_ptr<QTextDocument> documentOf(const QString& body)
{
    return ReportDocument::fromHtml(QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>"),
                                    kBodyPointSize);
}

} // namespace

QString ScorecardDocument::titleAll(int year)
{
    return QStringLiteral(
               "%1\u5e74\u5ea6\u5b89\u5168\u751f\u4ea7\u793e\u4f1a\u5316\u670d\u52a1\u8d28\u91cf\u8003\u6838\u8868")
        .arg(year);
}

std::unique_ptr<QTextDocument> ScorecardDocument::build(const ScorecardYear& year, qint64 agencyId,
                                                        const QString& streetName)
{
    return documentOf(sheetHtml(year, agencyId, streetName));
}

std::unique_ptr<QTextDocument> ScorecardDocument::buildAll(const ScorecardYear& year, const QString& streetName)
{
    QString body;
    for (const Scorecard::Row& r : year.rows()) {
        // Each agency's sheet starts a page, so it can be filed with that agency's contract.
        body += body.isEmpty() ? QString() : QStringLiteral("<p style=\"page-break-before:always\"></p>");
        body += sheetHtml(year, r.agencyId, streetName);
    }
    return documentOf(body);
}

namespace {

QString figureText(const AppraisalPoint& p)
{
    if (isDeduction(p.measure)) {
        return QStringLiteral("%1 \u6b21").arg(p.figure.value_or(0)); // N ci, times
    }
    if (!p.figure) {
        return QStringLiteral("\u65e0\u5e94\u5b8c\u6210\u9879"); // wu ying wan cheng xiang, nothing to measure
    }
    const QString value = Scorecard::tenthsText(p.figure);
    // ping jia de fen is a score out of 100; every other figure is a rate
    return p.measure == AppraisalMeasure::EvaluationScore ? value + QStringLiteral(" \u5206")
                                                          : value + QLatin1Char('%');
}

QString methodText(const AppraisalItem& item)
{
    if (isDeduction(item.measure)) {
        // mei ci kou N fen, zui duo kou M fen: N points an event, at most M
        return QStringLiteral("\u6bcf\u6b21\u6263 %1 \u5206\uff0c\u6700\u591a\u6263 %2 \u5206")
            .arg(Scorecard::tenthsText(item.perEventTenths), Scorecard::tenthsText(item.weightTenths));
    }
    const QString unit
        = item.measure == AppraisalMeasure::EvaluationScore ? QStringLiteral("\u5206") : QStringLiteral("%");
    // >= X man fen, <= Y ling fen, qi jian an bi li: full points at X, none at Y, in proportion between
    QString text
        = QStringLiteral("\u2265%1%3 \u6ee1\u5206\uff0c\u2264%2%3 \u96f6\u5206\uff0c\u5176\u95f4\u6309\u6bd4\u4f8b")
              .arg(Scorecard::tenthsText(item.fullAtTenths), Scorecard::tenthsText(item.zeroAtTenths), unit);
    if (!item.fullWhenNothingToMeasure) {
        text += QStringLiteral("\uff1b\u65e0\u5e94\u5b8c\u6210\u9879\u96f6\u5206"); // wu ying wan cheng xiang ling fen
    }
    return text;
}

QString cell(const QString& text, const QString& attributes = QString())
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, text.toHtmlEscaped());
}

QString appraisalHtml(const ScorecardYear& year, qint64 agencyId)
{
    QString html;
    if (!year.isAppraised(agencyId)) {
        // ben nian du wei fu wu qi ye, bu can jia kao he / wei she ding kao he ping fen xi ze: served no enterprise
        // this year, not appraised / no scheme applies
        return year.scheme()
            ? QStringLiteral(
                "<p>\u672c\u5e74\u5ea6\u672a\u670d\u52a1\u4f01\u4e1a\uff0c\u4e0d\u53c2\u52a0\u8003\u6838\u3002</p>")
            : QStringLiteral("<p>\u672c\u5e74\u5ea6\u672a\u8bbe\u5b9a\u8003\u6838\u8bc4\u5206\u7ec6\u5219\u3002</p>");
    }
    const Appraisal a = year.appraisal(agencyId);
    const QString right = QStringLiteral("align=\"right\"");
    // kao he xiang mu, fen zhi, ping fen fang fa, wan cheng qing kuang, de fen: item, points, method, figure, score
    html += QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
        "<tr bgcolor=\"#eeeeee\"><th width=\"22%\">\u8003\u6838\u9879\u76ee</th><th width=\"9%\">\u5206\u503c</th>"
        "<th>\u8bc4\u5206\u65b9\u6cd5</th><th width=\"14%\">\u5b8c\u6210\u60c5\u51b5</th>"
        "<th width=\"10%\">\u5f97\u5206</th></tr>");
    int weights = 0;
    for (const AppraisalPoint& p : a.points) {
        AppraisalItem item;
        if (year.scheme()) {
            for (const AppraisalItem& candidate : year.scheme()->items) {
                if (candidate.measure == p.measure) {
                    item = candidate;
                }
            }
        }
        item.measure = p.measure;
        item.weightTenths = p.weightTenths;
        const bool deduction = isDeduction(p.measure);
        weights += deduction ? 0 : p.weightTenths;
        html += QStringLiteral("<tr>") + cell(FixedChinese::appraisalMeasure(p.measure))
            + cell(deduction ? QStringLiteral("-") + Scorecard::tenthsText(p.weightTenths)
                             : Scorecard::tenthsText(p.weightTenths),
                   right)
            + cell(methodText(item)) + cell(figureText(p), right) + cell(Scorecard::tenthsText(p.pointsTenths), right)
            + QStringLiteral("</tr>");
    }
    // zong fen: total
    html += QStringLiteral("<tr><td><b>\u603b\u5206</b></td><td align=\"right\"><b>%1</b></td><td></td><td></td>"
                           "<td align=\"right\"><b>%2</b></td></tr>")
                .arg(Scorecard::tenthsText(weights), Scorecard::tenthsText(a.totalTenths));
    QString thresholds;
    if (year.scheme()) {
        // you xiu / he ge / ji ben he ge thresholds
        thresholds = QStringLiteral("\uff08%1 \u2265%2\uff0c%3 \u2265%4\uff0c%5 \u2265%6\uff0c\u5176\u4f59%7\uff09")
                         .arg(FixedChinese::appraisalGrade(AppraisalGrade::Excellent),
                              Scorecard::tenthsText(year.scheme()->excellentTenths),
                              FixedChinese::appraisalGrade(AppraisalGrade::Qualified),
                              Scorecard::tenthsText(year.scheme()->qualifiedTenths),
                              FixedChinese::appraisalGrade(AppraisalGrade::BasicallyQualified),
                              Scorecard::tenthsText(year.scheme()->basicTenths),
                              FixedChinese::appraisalGrade(AppraisalGrade::Unqualified));
    }
    // kao he deng ji: grade
    html += QStringLiteral("<tr><td><b>\u8003\u6838\u7b49\u7ea7</b></td><td colspan=\"4\"><b>%1</b>%2</td></tr>")
                .arg(FixedChinese::appraisalGrade(a.grade).toHtmlEscaped(), thresholds.toHtmlEscaped());
    html += QStringLiteral("</table>");
    // wu ying wan cheng xiang de xiang mu de man fen, chu zhu ming wai: an item with nothing to measure gives its
    // full points unless its method says otherwise
    html += QStringLiteral(
        "<p style=\"font-size:8pt\">\u6ce8\uff1a\u5b8c\u6210\u60c5\u51b5\u6309\u6240\u5217\u6570\u5b57"
        "\uff08\u4e00\u4f4d\u5c0f\u6570\uff09\u8ba1\u5206\uff0c\u5f97\u5206\u56db\u820d\u4e94\u5165\u81f3 0.1 "
        "\u5206\uff1b"
        "\u65e0\u5e94\u5b8c\u6210\u9879\u7684\u9879\u76ee\u5f97\u6ee1\u5206\uff0c\u9664\u6ce8\u660e\u5916\u3002</p>");
    return html;
}

QString sheetHtml(const ScorecardYear& year, qint64 agencyId, const QString& streetName)
{
    Scorecard::Row r;
    for (const Scorecard::Row& candidate : year.rows()) {
        if (candidate.agencyId == agencyId) {
            r = candidate;
        }
    }
    QString html;
    html += QStringLiteral("<p align=\"center\" style=\"font-size:15pt; font-weight:bold\">%1</p>")
                .arg(ScorecardDocument::title(year, agencyId).toHtmlEscaped());
    // kao he dan wei / tong ji jie zhi / ping fen xi ze: assessing office, figures as of, scheme version
    QString state = year.isConfirmed()
        ? QStringLiteral("\u5df2\u786e\u8ba4\uff08%1\uff09")
              .arg(year.confirmation()->confirmedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")))
        : QStringLiteral("\u672a\u786e\u8ba4"); // yi que ren / wei que ren: confirmed / not confirmed
    const QString scheme = year.scheme()
        ? QStringLiteral("%1\u5e74\u8d77\u65bd\u884c\u7248").arg(year.scheme()->fromYear)
        : QStringLiteral("\u2014");
    html += QStringLiteral("<p>\u8003\u6838\u5355\u4f4d\uff1a%1&nbsp;&nbsp;&nbsp;&nbsp;\u7edf\u8ba1\u622a\u81f3\uff1a%"
                           "2&nbsp;&nbsp;&nbsp;&nbsp;"
                           "\u8bc4\u5206\u7ec6\u5219\uff1a%3&nbsp;&nbsp;&nbsp;&nbsp;%4</p>")
                .arg(streetName.toHtmlEscaped(), year.asOf().toString(Qt::ISODate), scheme.toHtmlEscaped(),
                     state.toHtmlEscaped());
    // yi, kao he ping fen: one, the appraisal
    html += QStringLiteral("<p><b>\u4e00\u3001\u8003\u6838\u8bc4\u5206</b></p>");
    html += appraisalHtml(year, agencyId);

    // er, lv zhi qing kuang: two, the year's work
    html += QStringLiteral("<p style=\"margin-top:10px\"><b>\u4e8c\u3001\u5c65\u804c\u60c5\u51b5</b></p>");
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\">");
    html += row(QStringLiteral("\u670d\u52a1\u673a\u6784"), year.agencyName(agencyId));
    html += row(QStringLiteral("\u670d\u52a1\u4f01\u4e1a\u6570"), QString::number(r.enterprises));
    for (ObligationKind kind : allObligationKinds()) {
        html += row(FixedChinese::obligationKind(kind), countText(r.count(kind)));
    }
    // lv zhi yi wu: obligations met of required
    html += row(QStringLiteral("\u5c65\u804c\u4e49\u52a1"),
                QStringLiteral("\u5e94\u5c65\u884c %1 \u9879\uff0c\u5df2\u5c65\u884c %2 \u9879")
                    .arg(r.obligationsRequired)
                    .arg(r.obligationsMet));
    // fa xian yin huan / yi xiao hao / yu qi wei zheng gai: found, closed (on time), overdue
    html += row(QStringLiteral("\u9690\u60a3"),
                QStringLiteral("\u53d1\u73b0 %1 \u5904\uff0c\u5df2\u9500\u53f7 %2 \u5904\uff08\u6309\u671f %3 "
                               "\u5904\uff09\uff0c\u903e\u671f\u672a\u6574\u6539 %4 \u5904")
                    .arg(r.hazardsFound)
                    .arg(r.hazardsClosed)
                    .arg(r.hazardsClosedOnTime)
                    .arg(r.hazardsOverdue));
    html += row(QStringLiteral("\u7ea6\u8c08 / \u901a\u62a5"),
                QStringLiteral("%1 \u6b21 / %2 \u6b21").arg(r.interviews).arg(r.notices));
    html += QStringLiteral("</table>");

    // chou cha ping jia: spot-check evaluations
    html += QStringLiteral("<p style=\"margin-top:10px\"><b>\u4e09\u3001\u62bd\u67e5\u8bc4\u4ef7</b></p>");
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                           "<tr bgcolor=\"#eeeeee\"><th width=\"20%\">\u65e5\u671f</th><th "
                           "width=\"12%\">\u5f97\u5206</th><th>\u610f\u89c1</th></tr>");
    if (r.evaluations.isEmpty()) {
        html += QStringLiteral("<tr><td colspan=\"3\">\u672c\u5e74\u5ea6\u65e0\u62bd\u67e5\u8bc4\u4ef7</td></tr>");
    }
    for (const Evaluation& e : r.evaluations) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>")
                    .arg(e.evaluatedOn.toString(Qt::ISODate), Scorecard::tenthsText(e.scoreTenths),
                         e.remarks.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    const QString blank = QStringLiteral("________________");
    const QString gap = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;");
    // kao he ren / shen he ren / ri qi: assessor, reviewer, date
    html += QStringLiteral("<p "
                           "style=\"margin-top:18px\">\u8003\u6838\u4eba\uff1a%1%2\u5ba1\u6838\u4eba\uff1a%1%"
                           "2\u65e5\u671f\uff1a%1</p>")
                .arg(blank, gap);
    // fu wu ji gou que ren (qian zi / gai zhang): the agency signs (and seals) that it has seen its appraisal
    html += QStringLiteral("<p "
                           "style=\"margin-top:12px\">\u670d\u52a1\u673a\u6784\u786e\u8ba4\uff08\u7b7e\u5b57/"
                           "\u76d6\u7ae0\uff09\uff1a%1%2"
                           "\u65e5\u671f\uff1a%1</p>")
                .arg(blank, gap);
    html += SealBlock::html(streetName, year.asOf());
    return html;
}

} // namespace

} // namespace sl::core
