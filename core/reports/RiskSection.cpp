#include "RiskSection.h"

#include "BarChartImage.h"
#include "HtmlTable.h"
#include "RiskYear.h"
#include "model/FixedChinese.h"

#include <QTextDocument>
#include <QUrl>

namespace sl::core {

// The Chinese texts are escapes so that every compiler reads the source alike; each is named in pinyin.

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// A cell in the level's colour that also carries the word (never colour alone).
QString levelCell(RiskLevel level, const QString& text)
{
    return QStringLiteral("<td bgcolor=\"%1\" style=\"color:%2\">%3</td>")
        .arg(riskLevelColor(level).name(), riskLevelTextColor(level).name(), esc(text));
}

QString th(const QString& text)
{
    return QStringLiteral("<th bgcolor=\"#e6e6e6\">%1</th>").arg(esc(text));
}

// Figures ("3", "2 / 5") right-aligned, as HtmlTable aligns them.
QString td(const QString& text)
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(HtmlTable::isFigure(text) ? QStringLiteral(" align=\"right\"") : QString(), esc(text));
}

const QString kTable = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");

} // namespace

QString RiskSection::title()
{
    return QStringLiteral(
        "\uff08\u4e00\uff09\u98ce\u9669\u5206\u7ea7\u7ba1\u63a7\u60c5\u51b5"); // (yi) feng xian fen ji guan kong qing
                                                                               // kuang
}

QString RiskSection::html(const RiskYear& r, QTextDocument& document)
{
    QString html = QStringLiteral("<p style=\"font-weight:bold\">%1</p>").arg(esc(title()));
    int assessed = 0;
    for (RiskLevel level : allRiskLevels()) {
        assessed += r.enterprisesAt(level);
    }
    // "截至 … 有风险评估的企业 N 家，风险点 M 个：重大风险 a 家 …"
    QStringList byLevel;
    for (RiskLevel level : allRiskLevels()) {
        byLevel << QStringLiteral("%1 %2 \u5bb6").arg(FixedChinese::riskLevel(level)).arg(r.enterprisesAt(level));
    }
    html += QStringLiteral(
                "<p>\u622a\u81f3 %1\uff0c\u5df2\u5b8c\u6210\u98ce\u9669\u8fa8\u8bc6\u8bc4\u4f30\u7684\u4f01\u4e1a %2 "
                "\u5bb6\uff0c"
                "\u98ce\u9669\u70b9 %3 "
                "\u4e2a\u3002\u4f01\u4e1a\u98ce\u9669\u7b49\u7ea7\u53d6\u5176\u6700\u9ad8\u98ce\u9669\u70b9\u7684\u7b49"
                "\u7ea7\uff1a%4\u3002</p>")
                .arg(r.day().toString(Qt::ISODate))
                .arg(assessed)
                .arg(r.pointCount())
                .arg(byLevel.join(QStringLiteral("\uff0c")));

    // Enterprises and points by level, each row in its colour.
    html += kTable + QStringLiteral("<tr>") + th(QStringLiteral("\u98ce\u9669\u7b49\u7ea7")) // feng xian deng ji
        + th(QStringLiteral("\u989c\u8272")) // yan se
        + th(QStringLiteral("\u4f01\u4e1a\u6570")) // qi ye shu
        + th(QStringLiteral("\u98ce\u9669\u70b9\u6570")) + QStringLiteral("</tr>"); // feng xian dian shu
    for (RiskLevel level : allRiskLevels()) {
        html += QStringLiteral("<tr>") + levelCell(level, FixedChinese::riskLevel(level))
            + levelCell(level, FixedChinese::riskColour(level)) + td(QString::number(r.enterprisesAt(level)))
            + td(QString::number(r.pointsAt(level))) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // The chart: one bar per level in its colour, each with its figure and its word underneath.
    QStringList categories;
    QList<int> values;
    QList<QColor> colours;
    for (RiskLevel level : allRiskLevels()) {
        categories
            << QStringLiteral("%1\uff08%2\uff09").arg(FixedChinese::riskLevel(level), FixedChinese::riskColour(level));
        values << r.enterprisesAt(level);
        colours << riskLevelColor(level);
    }
    BarChartImage::Series series{ QStringLiteral("\u4f01\u4e1a\u6570"), QColor(Qt::gray), values, colours };
    document.addResource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("chart://risks")),
        BarChartImage::paint(
            QStringLiteral("%1\u5e74\u4f01\u4e1a\u6309\u98ce\u9669\u7b49\u7ea7\u5206\u5e03").arg(r.year()), categories,
            { series }));
    html += QStringLiteral("<p align=\"center\"><img src=\"chart://risks\" width=\"560\"></p>");

    // 四色图 table per community: enterprises (points) at each level.
    html += QStringLiteral("<p>\u5404\u793e\u533a\u98ce\u9669\u56db\u8272\u5206\u5e03\uff08\u4f01\u4e1a\u6570 / "
                           "\u98ce\u9669\u70b9\u6570\uff09\uff1a</p>");
    html += kTable + QStringLiteral("<tr>") + th(QStringLiteral("\u793e\u533a"));
    for (RiskLevel level : allRiskLevels()) {
        html += QStringLiteral("<th bgcolor=\"%1\" style=\"color:%2\">%3</th>")
                    .arg(riskLevelColor(level).name(), riskLevelTextColor(level).name(),
                         esc(FixedChinese::riskColour(level) + QStringLiteral(" ") + FixedChinese::riskLevel(level)));
    }
    html += QStringLiteral("</tr>");
    for (const RiskYear::CommunityRow& c : r.byCommunity()) {
        html += QStringLiteral("<tr>") + td(c.communityName);
        for (RiskLevel level : allRiskLevels()) {
            html += td(QStringLiteral("%1 / %2").arg(c.enterprises[int(level)]).arg(c.points[int(level)]));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // Serious points with no inspection of their enterprise in the last quarter.
    const QList<RiskYear::Unwatched> unwatched = r.unwatched();
    html += QStringLiteral(
                "<p>\u91cd\u5927\u3001\u8f83\u5927\u98ce\u9669\u70b9\u4e2d\uff0c\u6240\u5728\u4f01\u4e1a\u8fd1 %1 "
                "\u5929\u5185\u672a\u7ecf\u5b89\u5168\u68c0\u67e5\u7684\u6709 %2 \u4e2a%3</p>")
                .arg(RiskYear::kRecentInspectionDays)
                .arg(unwatched.size())
                .arg(unwatched.isEmpty() ? QStringLiteral("\u3002")
                         : unwatched.size() > kListedPoints
                         ? QStringLiteral("\uff0c\u524d %1 \u4e2a\u5982\u4e0b\uff1a").arg(kListedPoints)
                         : QStringLiteral("\uff1a"));
    if (!unwatched.isEmpty()) {
        html += kTable + QStringLiteral("<tr>") + th(QStringLiteral("\u4f01\u4e1a\u540d\u79f0"))
            + th(QStringLiteral("\u98ce\u9669\u70b9")) + th(QStringLiteral("\u98ce\u9669\u7b49\u7ea7"))
            + th(QStringLiteral("\u8d23\u4efb\u4eba")) + th(QStringLiteral("\u6700\u8fd1\u68c0\u67e5"))
            + QStringLiteral("</tr>");
        for (int i = 0; i < unwatched.size() && i < kListedPoints; ++i) {
            const RiskYear::Unwatched& u = unwatched.at(i);
            html += QStringLiteral("<tr>") + td(u.assessment->enterpriseName) + td(u.point->place)
                + levelCell(u.point->level, FixedChinese::riskLevel(u.point->level)) + td(u.point->responsible)
                + td(u.lastInspection.isValid() ? u.lastInspection.toString(Qt::ISODate) : QStringLiteral("\u65e0"))
                + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace sl::core
