#include "ScorecardDocument.h"

#include "ReportFont.h"
#include "ScorecardYear.h"

#include <QTextDocument>

namespace sl::core {

// The Chinese texts are written as escapes so that every compiler reads them alike.

namespace {

constexpr qreal kBodyPointSize = 10.0;

QString countText(const Scorecard::Count& c)
{
    // ying N ci, yi N ci, wan cheng lv P: required, done, completion
    return QStringLiteral("\u5e94\u5b8c\u6210 %1 \u6b21\uff0c\u5df2\u5b8c\u6210 %2 \u6b21\uff0c\u5b8c\u6210\u7387 %3")
        .arg(c.required)
        .arg(c.done)
        .arg(Scorecard::percentText(c.percent()).isEmpty() ? QStringLiteral("\u2014") : Scorecard::percentText(c.percent()));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td width=\"32%\" bgcolor=\"#eeeeee\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

} // namespace

QString ScorecardDocument::title(const ScorecardYear& year, qint64 agencyId)
{
    // N nian du an quan sheng chan she hui hua fu wu zhi liang kao he biao: year service-quality scorecard
    return QStringLiteral("%1\u5e74\u5ea6\u5b89\u5168\u751f\u4ea7\u793e\u4f1a\u5316\u670d\u52a1\u8d28\u91cf\u8003\u6838\u8868\uff08%2\uff09").arg(year.year()).arg(year.agencyName(agencyId));
}

namespace {

QString sheetHtml(const ScorecardYear& year, qint64 agencyId, const QString& streetName);

std::unique_ptr<QTextDocument> documentOf(const QString& body)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportFont::font(kBodyPointSize));
    doc->setDocumentMargin(0);
    doc->setHtml(QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>"));
    return doc;
}

} // namespace

QString ScorecardDocument::titleAll(int year)
{
    return QStringLiteral("%1\u5e74\u5ea6\u5b89\u5168\u751f\u4ea7\u793e\u4f1a\u5316\u670d\u52a1\u8d28\u91cf\u8003\u6838\u8868").arg(year);
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
    // kao he dan wei / tong ji ri qi: assessing office, figures as of
    html += QStringLiteral("<p>\u8003\u6838\u5355\u4f4d\uff1a%1&nbsp;&nbsp;&nbsp;&nbsp;\u7edf\u8ba1\u622a\u81f3\uff1a%2</p>")
                .arg(streetName.toHtmlEscaped(), year.asOf().toString(Qt::ISODate));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    html += row(QStringLiteral("\u670d\u52a1\u673a\u6784"), year.agencyName(agencyId));
    html += row(QStringLiteral("\u670d\u52a1\u4f01\u4e1a\u6570"), QString::number(r.enterprises));
    html += row(QStringLiteral("\u5b9e\u5730\u9a8c\u573a"), countText(r.count(ObligationKind::Survey)));
    html += row(QStringLiteral("\u57fa\u7840\u8d44\u6599"), countText(r.count(ObligationKind::Baseline)));
    html += row(QStringLiteral("\u5b89\u5168\u68c0\u67e5"), countText(r.count(ObligationKind::Inspection)));
    html += row(QStringLiteral("\u5b89\u5168\u57f9\u8bad"), countText(r.count(ObligationKind::Training)));
    html += row(QStringLiteral("\u5e94\u6025\u6f14\u7ec3"), countText(r.count(ObligationKind::Drill)));
    html += row(QStringLiteral("\u5e74\u5ea6\u62a5\u544a"), countText(r.count(ObligationKind::YearEndReport)));
    // lv zhi yi wu: obligations met of required
    html += row(QStringLiteral("\u5c65\u804c\u4e49\u52a1"), QStringLiteral("\u5e94\u5c65\u884c %1 \u9879\uff0c\u5df2\u5c65\u884c %2 \u9879").arg(r.obligationsRequired).arg(r.obligationsMet));
    html += row(QStringLiteral("\u53d1\u73b0\u9690\u60a3"), QStringLiteral("%1 \u5904").arg(r.hazardsFound));
    html += row(QStringLiteral("\u5df2\u9500\u53f7"), QStringLiteral("%1 \u5904\uff08\u6309\u671f %2 \u5904\uff09").arg(r.hazardsClosed).arg(r.hazardsClosedOnTime));
    html += row(QStringLiteral("\u903e\u671f\u672a\u6574\u6539"), QStringLiteral("%1 \u5904").arg(r.hazardsOverdue));
    html += row(QStringLiteral("\u6574\u6539\u7387\uff08\u5df2\u9500\u53f7\u00f7\u53d1\u73b0\uff09"), orDash(Scorecard::percentText(r.rectificationRate())));
    html += row(QStringLiteral("\u6309\u671f\u6574\u6539\u7387\uff08\u6309\u671f\u9500\u53f7\u00f7\u53d1\u73b0\uff09"), orDash(Scorecard::percentText(r.onTimeRate())));
    html += row(QStringLiteral("\u7ea6\u8c08 / \u901a\u62a5"), QStringLiteral("%1 \u6b21").arg(r.interviews));
    const auto score = r.averageScore();
    html += row(QStringLiteral("\u62bd\u67e5\u8bc4\u4ef7\u5e73\u5747\u5f97\u5206"), score ? QString::number(*score, 'f', 1) : QStringLiteral("\u2014"));
    html += QStringLiteral("</table>");

    // chou cha ping jia: spot-check evaluations
    html += QStringLiteral("<p style=\"margin-top:10px\"><b>\u62bd\u67e5\u8bc4\u4ef7</b></p>");
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                           "<tr bgcolor=\"#eeeeee\"><th width=\"20%\">\u65e5\u671f</th><th width=\"12%\">\u5f97\u5206</th><th>\u610f\u89c1</th></tr>");
    if (r.evaluations.isEmpty()) {
        html += QStringLiteral("<tr><td colspan=\"3\">\u672c\u5e74\u5ea6\u65e0\u62bd\u67e5\u8bc4\u4ef7</td></tr>");
    }
    for (const Evaluation& e : r.evaluations) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>")
                    .arg(e.evaluatedOn.toString(Qt::ISODate), QString::number(e.scoreTenths / 10.0, 'f', 1),
                         e.remarks.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    const QString blank = QStringLiteral("________________");
    const QString gap = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;");
    // kao he ren / shen he / ri qi: assessor, reviewer, date
    html += QStringLiteral("<p style=\"margin-top:24px\">\u8003\u6838\u4eba\uff1a%1%2\u5ba1\u6838\uff1a%1%2\u65e5\u671f\uff1a%1</p>").arg(blank, gap);
    return html;
}

} // namespace

} // namespace sl::core
