#include "QuarterProgressDocument.h"

#include "ComplianceYear.h"
#include "HtmlTable.h"
#include "ReportDocument.h"
#include "db/EnterpriseRepository.h"
#include "model/FixedChinese.h"
#include "rules/ChineseOrder.h"

#include <QHash>
#include <QMap>
#include <QTextDocument>

#include <algorithm>

namespace sl::core {

// The Chinese texts are written as escapes so that every compiler reads them alike.

QString QuarterProgressDocument::title(int year, int quarter)
{
    return QStringLiteral("%1\u5e74\u7b2c%2\u5b63\u5ea6\u5b89\u5168\u68c0\u67e5\u8fdb\u5ea6\u8868")
        .arg(year)
        .arg(quarter);
}

QStringList QuarterProgressDocument::sectionTitles()
{
    return { QStringLiteral("\u4e00\u3001\u603b\u4f53\u8fdb\u5ea6"),
             QStringLiteral("\u4e8c\u3001\u5404\u670d\u52a1\u673a\u6784\u5c1a\u672a\u68c0\u67e5\u7684\u4f01\u4e1a") };
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
        if (!o.asksSomething()) {
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
    // The compliance year knows the names only; the list names whom to ring.
    QHash<qint64, Enterprise> contacts;
    for (const Enterprise& e : EnterpriseRepository(db).list(true)) {
        contacts.insert(e.id, e);
    }
    // Agencies by the pinyin of their names.
    QStringList names = agencies.keys();
    std::stable_sort(names.begin(), names.end(), ChineseOrder::less);
    const QStringList sections = sectionTitles();
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p align=\"center\" style=\"font-size:15pt; font-weight:bold\">%1</p>")
                .arg(title(year, quarter).toHtmlEscaped());
    html += QStringLiteral("<p align=\"center\">%1\u3000\u7edf\u8ba1\u622a\u81f3 %2</p>")
                .arg(streetName.toHtmlEscaped(), asOf.toString(Qt::ISODate));
    html += QStringLiteral("<h3>%1</h3>").arg(sections.at(0));
    QList<QStringList> overview;
    for (const QString& name : std::as_const(names)) {
        const Agency& a = agencies[name];
        overview << QStringList{ name, QString::number(a.required), QString::number(a.done),
                                 QString::number(a.missing.size()) };
    }
    // fu wu ji gou, ying jian cha qi ye, yi jian cha, shang wei jian cha: agency, due, done, not yet
    html += HtmlTable::html({ QStringLiteral("\u670d\u52a1\u673a\u6784"),
                              QStringLiteral("\u5e94\u68c0\u67e5\u4f01\u4e1a"), QStringLiteral("\u5df2\u68c0\u67e5"),
                              QStringLiteral("\u5c1a\u672a\u68c0\u67e5") },
                            overview);
    html += QStringLiteral("<h3>%1</h3>").arg(sections.at(1));
    for (const QString& name : std::as_const(names)) {
        const Agency& agency = agencies[name];
        // N jia: N enterprises
        html += QStringLiteral("<p><b>%1</b>\uff08%2 \u5bb6\uff09</p>")
                    .arg(name.toHtmlEscaped())
                    .arg(agency.missing.size());
        if (agency.missing.isEmpty()) {
            // ben ji du jian cha yi quan bu wan cheng: all done this quarter
            html += QStringLiteral("<p>\u672c\u5b63\u5ea6\u68c0\u67e5\u5df2\u5168\u90e8\u5b8c\u6210\u3002</p>");
            continue;
        }
        // By due date, then by the pinyin of the names, so the clerk rings the most urgent first.
        QList<const Obligation*> missing = agency.missing;
        std::stable_sort(missing.begin(), missing.end(), [&compliance](const Obligation* a, const Obligation* b) {
            if (a->due != b->due) {
                return a->due < b->due;
            }
            return ChineseOrder::less(compliance.enterprise(a->enterpriseId).name,
                                      compliance.enterprise(b->enterpriseId).name);
        });
        QList<QStringList> rows;
        for (const Obligation* o : std::as_const(missing)) {
            const Enterprise& e = compliance.enterprise(o->enterpriseId);
            const Enterprise full = contacts.value(o->enterpriseId);
            const QString contact = full.safetyContact.isEmpty()
                ? full.safetyContactPhone
                : (full.safetyContact + QLatin1Char(' ') + full.safetyContactPhone).trimmed();
            rows << QStringList{ e.name,
                                 e.creditCode,
                                 compliance.communityName(e.communityId),
                                 contact,
                                 o->due.toString(Qt::ISODate),
                                 QString::number(asOf.daysTo(o->due)),
                                 FixedChinese::obligationStatus(o->status) };
        }
        // qi ye ming cheng, xin yong dai ma, suo shu she qu, lian xi ren ji dian hua, jie zhi ri qi, sheng yu tian shu,
        // zhuang tai: enterprise, credit code, community, contact and phone, due, days left, state
        html += HtmlTable::html({ QStringLiteral("\u4f01\u4e1a\u540d\u79f0"),
                                  QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"),
                                  QStringLiteral("\u6240\u5c5e\u793e\u533a"),
                                  QStringLiteral("\u8054\u7cfb\u4eba\u53ca\u7535\u8bdd"),
                                  QStringLiteral("\u622a\u6b62\u65e5\u671f"),
                                  QStringLiteral("\u5269\u4f59\u5929\u6570"), QStringLiteral("\u72b6\u6001") },
                                rows);
    }
    html += QStringLiteral("</body></html>");
    return ReportDocument::fromHtml(html, 10);
}

} // namespace sl::core
