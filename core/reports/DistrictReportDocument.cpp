#include "DistrictReportDocument.h"

#include "DistrictReport.h"
#include "HtmlTable.h"
#include "ReportDocument.h"

#include <QTextDocument>

namespace sl::core {

namespace {

// The Chinese texts are written as escapes so that every compiler reads them alike.

QString percent(std::optional<double> value)
{
    const QString text = Scorecard::percentText(value);
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

QStringList line(const DistrictReport::Street& s)
{
    return { s.name,
             s.database,
             QString::number(s.agencies),
             QString::number(s.enterprisesServed),
             QString::number(s.obligations.required),
             QString::number(s.obligations.done),
             percent(s.obligations.percent()),
             QString::number(s.hazardsFound),
             QString::number(s.hazardsClosed),
             percent(s.rectificationRate()),
             QString::number(s.hazardsOverdue),
             QString::number(s.subsidyLines),
             s.streetShare.toGroupedString() };
}

} // namespace

QString DistrictReportDocument::title(int year)
{
    // N nian du an quan sheng chan she hui hua fu wu qu ji hui zong biao
    return QStringLiteral("%1\u5e74\u5ea6\u5b89\u5168\u751f\u4ea7\u793e\u4f1a\u5316\u670d\u52a1\u533a\u7ea7\u6c47\u603b"
                          "\u8868")
        .arg(year);
}

std::unique_ptr<QTextDocument> DistrictReportDocument::build(const DistrictReport& report)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p align=\"center\" style=\"font-size:15pt; font-weight:bold\">%1</p>")
                .arg(title(report.year).toHtmlEscaped());
    // tong ji jie zhi D, gong N ge jie dao
    html += QStringLiteral("<p align=\"center\">\u7edf\u8ba1\u622a\u81f3 %1\u3000\u5171 %2 \u4e2a\u8857\u9053</p>")
                .arg(report.asOf.toString(Qt::ISODate))
                .arg(report.streets.size());
    QList<QStringList> rows;
    for (const DistrictReport::Street& s : report.streets) {
        rows << line(s);
    }
    QStringList total = line(report.total());
    total[0] = QStringLiteral("\u5408\u8ba1"); // he ji: total
    rows << total;
    // jie dao, fu wu ji gou, ben nian fu wu qi ye, ying wan cheng, yi wan cheng, wan cheng lü, fa xian yin huan,
    // yi zheng gai xiao hao, zheng gai lü, yu qi wei zheng gai, bu zhu qi ye, jie dao bu zhu (yuan)
    // shu ju ku: database
    html += HtmlTable::html(
        { QStringLiteral("\u8857\u9053"), QStringLiteral("\u6570\u636e\u5e93"),
          QStringLiteral("\u670d\u52a1\u673a\u6784"), QStringLiteral("\u672c\u5e74\u670d\u52a1\u4f01\u4e1a"),
          QStringLiteral("\u5e94\u5b8c\u6210\u670d\u52a1"), QStringLiteral("\u5df2\u5b8c\u6210"),
          QStringLiteral("\u5b8c\u6210\u7387"), QStringLiteral("\u53d1\u73b0\u9690\u60a3"),
          QStringLiteral("\u5df2\u6574\u6539\u9500\u53f7"), QStringLiteral("\u6574\u6539\u7387"),
          QStringLiteral("\u903e\u671f\u672a\u6574\u6539"), QStringLiteral("\u8865\u52a9\u4f01\u4e1a"),
          QStringLiteral("\u8857\u9053\u8865\u52a9\uff08\u5143\uff09") },
        rows);
    // Every figure is the street's own, as its annual report prints it; the district's is their sum.
    html += QStringLiteral(
        "<p>\u5404\u8857\u9053\u6570\u636e\u4e0e\u5176\u5e74\u5ea6\u5de5\u4f5c\u62a5\u544a\u4e00\u81f4"
        "\uff0c\u5408\u8ba1\u4e3a\u5404\u8857\u9053\u4e4b\u548c\uff1b\u5b8c\u6210\u7387\u6309\u5df2"
        "\u5230\u671f\u7684\u670d\u52a1\u8ba1\u7b97\u3002</p>");
    html += QStringLiteral("</body></html>");
    return ReportDocument::fromHtml(html, 9);
}

} // namespace sl::core
