#include "QuarterProgressDocument.h"

#include "ComplianceYear.h"
#include "ReportFont.h"
#include "model/FixedChinese.h"

#include <QMap>
#include <QTextDocument>

namespace sl::core {

// The Chinese texts are written as escapes so that every compiler reads them alike.

QString QuarterProgressDocument::title(int year, int quarter)
{
    return QStringLiteral("%1\u5e74\u7b2c%2\u5b63\u5ea6\u5b89\u5168\u68c0\u67e5\u8fdb\u5ea6\u8868").arg(year).arg(quarter);
}

QStringList QuarterProgressDocument::sectionTitles()
{
    return {QStringLiteral("\u4e00\u3001\u603b\u4f53\u8fdb\u5ea6"), QStringLiteral("\u4e8c\u3001\u5404\u670d\u52a1\u673a\u6784\u5c1a\u672a\u68c0\u67e5\u7684\u4f01\u4e1a")};
}

std::unique_ptr<QTextDocument> QuarterProgressDocument::build(Database& db, int year, int quarter, const QDate& asOf,
                                                              const QString& streetName)
{
    const ComplianceYear compliance = ComplianceYear::load(db, year, quarter, asOf);
    struct Agency
    {
        int required = 0;
        int done = 0;
        QList<const Obligation*> missing;
    };
    QMap<QString, Agency> agencies; // by name
    for (const Obligation& o : compliance.rows()) {
        if (o.status == ObligationStatus::NotApplicable) {
            continue;
        }
        Agency& a = agencies[compliance.agencyName(o.agencyId)];
        ++a.required;
        if (o.status == ObligationStatus::Done) {
            ++a.done;
        } else {
            a.missing.append(&o);
        }
    }
    const QStringList sections = sectionTitles();
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p align=\"center\" style=\"font-size:15pt; font-weight:bold\">%1</p>")
                .arg(title(year, quarter).toHtmlEscaped());
    html += QStringLiteral("<p align=\"center\">%1\u3000\u7edf\u8ba1\u622a\u81f3 %2</p>").arg(streetName.toHtmlEscaped(), asOf.toString(Qt::ISODate));
    html += QStringLiteral("<h3>%1</h3>").arg(sections.at(0));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                           "<th bgcolor=\"#e6e6e6\">\u670d\u52a1\u673a\u6784</th><th bgcolor=\"#e6e6e6\">\u5e94\u68c0\u67e5\u4f01\u4e1a</th>"
                           "<th bgcolor=\"#e6e6e6\">\u5df2\u68c0\u67e5</th><th bgcolor=\"#e6e6e6\">\u5c1a\u672a\u68c0\u67e5</th></tr></thead>");
    for (auto it = agencies.cbegin(); it != agencies.cend(); ++it) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(it.key().toHtmlEscaped())
                    .arg(it->required)
                    .arg(it->done)
                    .arg(it->missing.size());
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(sections.at(1));
    for (auto it = agencies.cbegin(); it != agencies.cend(); ++it) {
        html += QStringLiteral("<p><b>%1</b>\uff08%2 \u5bb6\uff09</p>").arg(it.key().toHtmlEscaped()).arg(it->missing.size());
        if (it->missing.isEmpty()) {
            html += QStringLiteral("<p>\u672c\u5b63\u5ea6\u68c0\u67e5\u5df2\u5168\u90e8\u5b8c\u6210\u3002</p>");
            continue;
        }
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                               "<th bgcolor=\"#e6e6e6\">\u4f01\u4e1a\u540d\u79f0</th><th bgcolor=\"#e6e6e6\">\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801</th>"
                               "<th bgcolor=\"#e6e6e6\">\u622a\u6b62\u65e5\u671f</th><th bgcolor=\"#e6e6e6\">\u5269\u4f59\u5929\u6570</th>"
                               "<th bgcolor=\"#e6e6e6\">\u72b6\u6001</th></tr></thead>");
        QList<const Obligation*> missing = it->missing;
        std::stable_sort(missing.begin(), missing.end(),
                         [](const Obligation* a, const Obligation* b) { return a->due < b->due; });
        for (const Obligation* o : std::as_const(missing)) {
            const Enterprise& e = compliance.enterprise(o->enterpriseId);
            const qint64 left = asOf.daysTo(o->due);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td><td>%5</td></tr>")
                        .arg(e.name.toHtmlEscaped(), e.creditCode.toHtmlEscaped(), o->due.toString(Qt::ISODate))
                        .arg(left)
                        .arg(FixedChinese::obligationStatus(o->status));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportFont::font(10));
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    return doc;
}

} // namespace sl::core
