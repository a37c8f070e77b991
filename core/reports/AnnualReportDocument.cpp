#include "AnnualReportDocument.h"

#include "ReportTable.h"

#include "AnnualReport.h"
#include "BarChartImage.h"
#include "ComplianceTable.h"
#include "HazardTable.h"
#include "HtmlTable.h"
#include "ReportFont.h"
#include "RiskSection.h"
#include "ScorecardTable.h"
#include "SealBlock.h"
#include "SubsidyListTable.h"
#include "model/DomainText.h"
#include "model/FixedChinese.h"
#include "rules/CapitalAmount.h"

#include <QTextDocument>
#include <QUrl>

namespace sl::core {

// The Chinese texts are written as escapes so that every compiler reads them alike.

namespace {

constexpr qreal kBodyPointSize = 10.0;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString percent(std::optional<double> value)
{
    const QString text = Scorecard::percentText(value);
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

QString heading(const QString& text)
{
    return QStringLiteral("<h3 style=\"margin-top:14px\">%1</h3>").arg(esc(text));
}

QString table(const QStringList& header, const QList<QStringList>& rows)
{
    return HtmlTable::html(header, rows);
}

QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        html += QStringLiteral("<p>%1</p>").arg(esc(line));
    }
    return html;
}

// The Chinese ordinal of a section: yi, er, san ... shi.
QString ordinal(int n)
{
    static const QString digits = QStringLiteral("\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341");
    return digits.mid(qBound(0, n - 1, 9), 1);
}

// The columns of the scorecard that fit a portrait page beside the agency's name: served, inspections,
// rectification, on time, trainings, drills, evaluation, total, grade. The appraisal sheets have every figure.
const QList<int> kScorecardColumns = { 0, 2, 5, 8, 9, 10, 11, 12, 13, 14 };

} // namespace

QString AnnualReportDocument::title(const AnnualReport& r)
{
    return QStringLiteral(
               "%1%2\u5e74\u5ea6\u5b89\u5168\u751f\u4ea7\u793e\u4f1a\u5316\u670d\u52a1\u5de5\u4f5c\u62a5\u544a")
        .arg(r.streetName)
        .arg(r.year);
}

QStringList AnnualReportDocument::sectionTitles(const AnnualReport& r)
{
    // ji ben qing kuang, gong zuo kai zhan ji cheng xiao, fu wu ji gou kao he qing kuang, ge she qu qing kuang,
    // dian xing wen ti, cun zai bu zu, xia yi bu ji hua: the clerk's three sections only when she wrote them.
    QStringList names
        = { QStringLiteral("\u57fa\u672c\u60c5\u51b5"), QStringLiteral("\u5de5\u4f5c\u5f00\u5c55\u53ca\u6210\u6548"),
            QStringLiteral("\u670d\u52a1\u673a\u6784\u8003\u6838\u60c5\u51b5"),
            QStringLiteral("\u5404\u793e\u533a\u60c5\u51b5") };
    const QList<std::pair<QString, QString>> clerks
        = { { QStringLiteral("\u5178\u578b\u95ee\u9898"), r.texts.typicalProblems },
            { QStringLiteral("\u5b58\u5728\u4e0d\u8db3"), r.texts.shortcomings },
            { QStringLiteral("\u4e0b\u4e00\u6b65\u8ba1\u5212"), r.texts.nextSteps } };
    for (const auto& [name, text] : clerks) {
        if (!text.trimmed().isEmpty()) {
            names << name;
        }
    }
    QStringList titles;
    for (int i = 0; i < names.size(); ++i) {
        titles << ordinal(i + 1) + QStringLiteral("\u3001") + names.at(i);
    }
    // fu biao: fu wu qi ye ming dan, the appendix
    return titles << QStringLiteral("\u9644\u8868\uff1a\u670d\u52a1\u4f01\u4e1a\u540d\u5355");
}

std::unique_ptr<QTextDocument> AnnualReportDocument::build(const AnnualReport& r)
{
    const QStringList sections = sectionTitles(r);
    auto doc = std::make_unique<QTextDocument>();
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p align=\"center\" style=\"font-size:16pt; font-weight:bold\">%1</p>").arg(esc(title(r)));
    html += QStringLiteral("<p align=\"center\">\u7edf\u8ba1\u622a\u81f3 %1</p>").arg(r.asOf.toString(Qt::ISODate));

    // 1. The programme this year.
    html += heading(sections.at(0));
    html += QStringLiteral("<p>\u672c\u5e74\u5ea6\u5728\u5c65\u884c\u7684\u670d\u52a1\u5408\u540c %1 "
                           "\u4efd\uff0c\u670d\u52a1\u673a\u6784 %2 "
                           "\u5bb6\uff0c\u63a5\u53d7\u670d\u52a1\u7684\u4f01\u4e1a %3 \u5bb6\u3002</p>")
                .arg(r.contracts.size())
                .arg(r.agencies)
                .arg(r.enterprisesServed);
    QList<QStringList> contracts;
    for (const auto& [c, agency] : r.contracts) {
        contracts << QStringList{ c.contractNo, c.tenderLot, agency,
                                  c.periodStart.toString(Qt::ISODate) + QStringLiteral(" \u81f3 ")
                                      + c.periodEnd.toString(Qt::ISODate),
                                  c.unitPrice.toGroupedString() };
    }
    html += table({ QStringLiteral("\u5408\u540c\u7f16\u53f7"), QStringLiteral("\u6807\u6bb5"),
                    QStringLiteral("\u670d\u52a1\u673a\u6784"), QStringLiteral("\u670d\u52a1\u671f\u9650"),
                    QStringLiteral("\u5355\u4ef7\uff08\u5143/\u6237\u00b7\u5e74\uff09") },
                  contracts);
    QList<QStringList> classes;
    for (SizeClass c : { SizeClass::Scale, SizeClass::AboveQuota, SizeClass::SmallMicro }) {
        classes << QStringList{ SubsidyListTable::sizeClassText(c), QString::number(r.bySizeClass.value(c)) };
    }
    html += QStringLiteral("<p>\u6309\u89c4\u6a21\u7c7b\u578b\uff1a</p>")
        + table({ QStringLiteral("\u89c4\u6a21\u7c7b\u578b"), QStringLiteral("\u4f01\u4e1a\u6570") }, classes);
    QList<QStringList> categories;
    const QStringList categoryNames
        = { QStringLiteral("\u804c\u4e1a\u75c5\u5371\u5bb3\u8f83\u91cd\u53ca\u4ee5\u4e0a"),
            QStringLiteral("\u5b89\u5168\u7ba1\u7406\u80fd\u529b\u4e0d\u8db3\u7684\u5de5\u4e1a\u4f01\u4e1a"),
            QStringLiteral("\u51fa\u79df\u5382\u623f\u3001\u5927\u578b\u5e02\u573a"),
            QStringLiteral("\u6302\u724c\u7763\u529e\u91cd\u5927\u9690\u60a3\u5355\u4f4d") };
    const QList<TargetCategory> all = allTargetCategories();
    for (int i = 0; i < all.size(); ++i) {
        categories << QStringList{ categoryNames.value(i), QString::number(r.byTargetCategory.value(all.at(i))) };
    }
    html += QStringLiteral("<p>"
                           "\u6309\u670d\u52a1\u5bf9\u8c61\u7c7b\u522b\uff08\u4e00\u5bb6\u4f01\u4e1a\u53ef\u5c5e\u591a"
                           "\u7c7b\uff09\uff1a</p>")
        + table({ QStringLiteral("\u670d\u52a1\u5bf9\u8c61\u7c7b\u522b"), QStringLiteral("\u4f01\u4e1a\u6570") },
                categories);

    // 2. What was done.
    html += heading(sections.at(1));
    const Scorecard::Count inspections = r.obligations.value(ObligationKind::Inspection);
    const AnnualReport::HazardCount hazards = r.hazards();
    html += QStringLiteral(
                "<p>\u5168\u5e74\u5e94\u5f00\u5c55\u5165\u4f01\u5b89\u5168\u68c0\u67e5 %1 "
                "\u6b21\uff0c\u5df2\u68c0\u67e5 %2 \u6b21\uff08\u5b8c\u6210\u7387 "
                "%3\uff09\uff1b\u5f00\u5c55\u5b89\u5168\u57f9\u8bad %4 \u6b21\uff0c\u53c2\u8bad %5 \u4eba\u6b21\uff1b"
                "\u5f00\u5c55\u5e94\u6025\u6f14\u7ec3 %6 \u6b21\uff0c\u53c2\u6f14 %7 "
                "\u4eba\u6b21\u3002\u53d1\u73b0\u9690\u60a3 %8 \u5904\uff0c\u5df2\u9500\u53f7 %9 "
                "\u5904\uff0c\u672a\u9500\u53f7 %10 \u5904\uff0c\u5176\u4e2d\u903e\u671f %11 \u5904\uff1b"
                "\u6574\u6539\u7387 %12\uff0c\u6309\u671f\u6574\u6539\u7387 %13\u3002</p>")
                .arg(inspections.required)
                .arg(inspections.done)
                .arg(percent(inspections.percent()))
                .arg(r.trainings.count)
                .arg(r.trainings.people)
                .arg(r.drills.count)
                .arg(r.drills.people)
                .arg(hazards.found)
                .arg(hazards.closed)
                .arg(hazards.open)
                .arg(hazards.overdue)
                .arg(percent(r.rectificationRate()), percent(r.onTimeRate()));
    QList<QStringList> duties;
    for (ObligationKind k : allObligationKinds()) {
        const Scorecard::Count c = r.obligations.value(k);
        duties << QStringList{ FixedChinese::obligationKind(k), QString::number(c.required), QString::number(c.done),
                               percent(c.percent()) };
    }
    html += table({ QStringLiteral("\u670d\u52a1\u4e49\u52a1"), QStringLiteral("\u5e94\u5b8c\u6210"),
                    QStringLiteral("\u5df2\u5b8c\u6210"), QStringLiteral("\u5b8c\u6210\u7387") },
                  duties);
    html += QStringLiteral("<p>\u9690\u60a3\u6309\u7b49\u7ea7\uff1a</p>");
    QList<QStringList> grades;
    for (const auto& [grade, c] :
         { std::pair{ HazardGrade::General, r.hazardsGeneral }, std::pair{ HazardGrade::Major, r.hazardsMajor } }) {
        grades << QStringList{ FixedChinese::hazardGrade(grade), QString::number(c.found), QString::number(c.closed),
                               QString::number(c.open), QString::number(c.overdue) };
    }
    grades << QStringList{ QStringLiteral("\u5408\u8ba1"), QString::number(hazards.found),
                           QString::number(hazards.closed), QString::number(hazards.open),
                           QString::number(hazards.overdue) };
    html += table({ QStringLiteral("\u9690\u60a3\u7b49\u7ea7"), QStringLiteral("\u53d1\u73b0"),
                    QStringLiteral("\u5df2\u9500\u53f7"), QStringLiteral("\u672a\u9500\u53f7"),
                    QStringLiteral("\u903e\u671f") },
                  grades);
    // The street's own inspections: in the figures above, never in an agency's obligations (Inspector.h).
    if (r.streetInspections.inspections + r.jointInspections.inspections + r.streetInspections.hazards.found
            + r.jointInspections.hazards.found
        > 0) {
        html += QStringLiteral("<p>"
                               "\u8857\u9053\u81ea\u884c\u7ec4\u7ec7\u7684\u68c0\u67e5\uff08\u4e0d\u8ba1\u5165\u670d"
                               "\u52a1\u673a\u6784\u5c65\u7ea6\uff09\uff1a</p>");
        QList<QStringList> own;
        for (const auto& [inspector, c] : { std::pair{ Inspector::Street, r.streetInspections },
                                            std::pair{ Inspector::Joint, r.jointInspections } }) {
            own << QStringList{ FixedChinese::inspector(inspector), QString::number(c.inspections),
                                QString::number(c.hazards.found),   QString::number(c.hazards.closed),
                                QString::number(c.hazards.open),    QString::number(c.hazards.overdue) };
        }
        html += table({ QStringLiteral("\u68c0\u67e5\u65b9\u5f0f"), QStringLiteral("\u68c0\u67e5\u6b21\u6570"),
                        QStringLiteral("\u53d1\u73b0\u9690\u60a3"), QStringLiteral("\u5df2\u9500\u53f7"),
                        QStringLiteral("\u672a\u9500\u53f7"), QStringLiteral("\u903e\u671f") },
                      own);
    }

    // Charts as images, so they print exactly as they were drawn.
    QStringList quarters;
    QList<int> required;
    QList<int> done;
    for (int q = 0; q < r.inspectionsByQuarter.size(); ++q) {
        quarters << QStringLiteral("\u7b2c%1\u5b63\u5ea6").arg(q + 1);
        required << r.inspectionsByQuarter.at(q).required;
        done << r.inspectionsByQuarter.at(q).done;
    }
    doc->addResource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("chart://quarters")),
        BarChartImage::paint(
            QStringLiteral("%1\u5e74\u5404\u5b63\u5ea6\u5b89\u5168\u68c0\u67e5\u5b8c\u6210\u60c5\u51b5").arg(r.year),
            quarters,
            { { QStringLiteral("\u5e94\u68c0\u67e5"), QColor(0xa0, 0xa8, 0xb8), required, {} },
              { QStringLiteral("\u5df2\u68c0\u67e5"), QColor(0x1b, 0x7a, 0x2e), done, {} } }));
    QStringList states;
    QList<int> general;
    QList<int> major;
    for (HazardState s : allHazardStates()) {
        states << FixedChinese::hazardState(s);
        general << r.hazardsByState.value(s) - r.majorHazardsByState.value(s);
        major << r.majorHazardsByState.value(s);
    }
    doc->addResource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("chart://hazards")),
        BarChartImage::paint(
            QStringLiteral("%1\u5e74\u53d1\u73b0\u9690\u60a3\u6309\u7b49\u7ea7\u548c\u72b6\u6001").arg(r.year), states,
            { { FixedChinese::hazardGrade(HazardGrade::General), QColor(0x2a, 0x6f, 0xb5), general, {} },
              { FixedChinese::hazardGrade(HazardGrade::Major), QColor(0xc0, 0x1c, 0x28), major, {} } }));
    html += QStringLiteral("<p align=\"center\"><img src=\"chart://quarters\" width=\"560\"></p>");
    html += QStringLiteral("<p align=\"center\"><img src=\"chart://hazards\" width=\"560\"></p>");

    QList<QStringList> subsidy;
    for (SizeClass c : { SizeClass::Scale, SizeClass::AboveQuota, SizeClass::SmallMicro }) {
        subsidy << QStringList{ SubsidyListTable::sizeClassText(c), r.subsidyByClass.value(c).toGroupedString() };
    }
    subsidy << QStringList{ QStringLiteral("\u5408\u8ba1"), r.subsidies.totalStreetShare().toGroupedString() };
    html += QStringLiteral("<p>\u672c\u5e74\u5ea6\u8857\u9053\u8865\u52a9\u8d44\u91d1\uff08%1\uff09\uff1a</p>")
                .arg(r.subsidies.isConfirmed() ? QStringLiteral("\u5df2\u786e\u8ba4")
                                               : QStringLiteral("\u8349\u7a3f\uff0c\u5c1a\u672a\u786e\u8ba4"));
    html += table(
        { QStringLiteral("\u89c4\u6a21\u7c7b\u578b"), QStringLiteral("\u8857\u9053\u8865\u52a9\uff08\u5143\uff09") },
        subsidy);
    html += QStringLiteral(
                "<p>\u8857\u9053\u8865\u52a9\u5408\u8ba1\uff08\u5927\u5199\uff09\uff1a\u4eba\u6c11\u5e01%1</p>")
                .arg(esc(CapitalAmount::fromMoney(r.subsidies.totalStreetShare())));

    // 风险分级管控 and the other services, within 工作开展及成效.
    html += RiskSection::html(r.risks, *doc);
    html += QStringLiteral(
        "<p style=\"font-weight:bold\">\uff08\u4e8c\uff09\u5176\u4ed6\u4e13\u4e1a\u670d\u52a1</p>"); // qi ta zhuan ye
                                                                                                     // fu wu
    if (r.otherServices.isEmpty()) {
        html += QStringLiteral("<p>\u672c\u5e74\u5ea6\u672a\u8bb0\u5f55\u5176\u4ed6\u4e13\u4e1a\u670d\u52a1\u3002</p>");
    } else {
        QList<QStringList> services;
        int total = 0;
        for (const OtherServiceRepository::Count& c : r.otherServices) {
            services << QStringList{ c.kind, QString::number(c.services), QString::number(c.enterprises),
                                     QString::number(c.people) };
            total += c.services;
        }
        html += QStringLiteral("<p>"
                               "\u9664\u5c65\u7ea6\u4e49\u52a1\u5916\uff0c\u670d\u52a1\u673a\u6784\u5168\u5e74\u8fd8"
                               "\u63d0\u4f9b\u5176\u4ed6\u4e13\u4e1a\u670d\u52a1 %1 \u6b21\uff1a</p>")
                    .arg(total);
        html += table({ QStringLiteral("\u670d\u52a1\u7c7b\u578b"), QStringLiteral("\u6b21\u6570"),
                        QStringLiteral("\u4f01\u4e1a\u6570"), QStringLiteral("\u4eba\u6b21") },
                      services);
    }

    // 3. Each agency.
    html += heading(sections.at(2));
    QList<QStringList> agencies;
    for (const Scorecard::Row& row : r.scorecards.rows()) {
        const QStringList all = ScorecardTable::row(r.scorecards, row);
        QStringList cells;
        for (int c : kScorecardColumns) {
            cells << all.value(c);
        }
        agencies << cells;
    }
    QStringList agencyHeader;
    for (int c : kScorecardColumns) {
        agencyHeader << ScorecardTable::header().value(c);
    }
    html += table(agencyHeader, agencies);

    // 4. Each community.
    html += heading(sections.at(3));
    QList<QStringList> communities;
    for (const AnnualReport::Community& c : r.communities) {
        communities << QStringList{
            c.name,
            QString::number(c.enterprises),
            QString::number(c.inspectionsRequired),
            QString::number(c.inspectionsDone),
            QString::number(c.hazardsFound),
            QString::number(c.hazardsClosed),
            percent(c.hazardsFound > 0 ? std::optional<double>(100.0 * c.hazardsClosed / c.hazardsFound) : std::nullopt)
        };
    }
    html += table({ QStringLiteral("\u793e\u533a"), QStringLiteral("\u670d\u52a1\u4f01\u4e1a"),
                    QStringLiteral("\u5e94\u68c0\u67e5"), QStringLiteral("\u5df2\u68c0\u67e5"),
                    QStringLiteral("\u53d1\u73b0\u9690\u60a3"), QStringLiteral("\u5df2\u9500\u53f7"),
                    QStringLiteral("\u6574\u6539\u7387") },
                  communities);

    // 5-7. The clerk's own words, each section only when she wrote it.
    int section = 4;
    for (const QString& text : { r.texts.typicalProblems, r.texts.shortcomings, r.texts.nextSteps }) {
        if (!text.trimmed().isEmpty()) {
            html += heading(sections.at(section++)) + paragraphs(text);
        }
    }
    // The street office signs and seals the report.
    html += SealBlock::html(r.streetName, r.asOf);
    // cao zuo ri zhi lian tou: gong N tiao, mo tiao di M tiao — the audit trail's head, which check can compare with.
    html += QStringLiteral("<p style=\"font-size:7pt; color:#555555\">%1</p>")
                .arg(QStringLiteral("\u64cd\u4f5c\u65e5\u5fd7\u94fe\u5934\uff1a\u5171 %1 "
                                    "\u6761\uff0c\u672b\u6761\u7b2c %2 \u6761\uff0c"
                                    "SHA-256 %3")
                         .arg(r.auditHead.count)
                         .arg(r.auditHead.lastId)
                         .arg(r.auditHead.hash.isEmpty() ? QStringLiteral("-") : r.auditHead.hash));

    // Appendix: every enterprise served, painted after the document (a street has thousands).
    ReportTable* appendix = ReportTable::attach(*doc);
    appendix->heading = sections.constLast();
    appendix->header = { QStringLiteral("\u5e8f\u53f7"),
                         QStringLiteral("\u4f01\u4e1a\u540d\u79f0"),
                         QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"),
                         QStringLiteral("\u793e\u533a"),
                         QStringLiteral("\u89c4\u6a21"),
                         QStringLiteral("\u670d\u52a1\u673a\u6784"),
                         QStringLiteral("\u68c0\u67e5\uff08\u5df2/\u5e94\uff09"),
                         QStringLiteral("\u9690\u60a3\uff08\u9500\u53f7/\u53d1\u73b0\uff09") };
    appendix->shares = { 4.5, 22, 19, 8.5, 6, 20, 10, 10 };
    // Line numbers and the figures right-aligned, as in every table of the report.
    appendix->alignments = { Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft,  Qt::AlignLeft,
                             Qt::AlignLeft,  Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight };
    appendix->pointSize = 8.5;
    appendix->rows.reserve(r.enterprises.size());
    int n = 0;
    for (const AnnualReport::EnterpriseLine& e : r.enterprises) {
        appendix->rows << QStringList{ QString::number(++n),
                                       e.name,
                                       e.creditCode,
                                       e.community,
                                       SubsidyListTable::sizeClassText(e.sizeClass),
                                       e.agency,
                                       QStringLiteral("%1 / %2").arg(e.inspectionsDone).arg(e.inspectionsRequired),
                                       QStringLiteral("%1 / %2").arg(e.hazardsClosed).arg(e.hazardsFound) };
    }
    html += QStringLiteral("</body></html>");

    doc->setDefaultFont(ReportFont::font(kBodyPointSize));
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    return doc;
}

} // namespace sl::core
