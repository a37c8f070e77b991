#include "EnterpriseFileDocument.h"

#include "ComplianceTable.h"
#include "HazardTable.h"
#include "HazardYear.h"
#include "HtmlTable.h"
#include "ReportDocument.h"
#include "SubsidyListTable.h"
#include "SubsidyYear.h"
#include "db/AgencyRepository.h"
#include "db/CertificateRepository.h"
#include "db/CommunityRepository.h"
#include "db/ComplianceRepository.h"
#include "db/ContractRepository.h"
#include "db/EnterpriseRepository.h"
#include "db/ServiceRecordRepository.h"
#include "model/FixedChinese.h"
#include "rules/CertificateStatus.h"
#include "rules/ObligationEngine.h"

#include "db/OtherServiceRepository.h"
#include "db/RiskRepository.h"
#include "rules/RiskGrading.h"

#include <QTextDocument>

namespace sl::core {

// The Chinese texts are written as escapes so that every compiler reads them alike.

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Figures right-aligned, columns sized by their content; "wu" (none) across an empty table.
QString table(const QStringList& header, const QList<QStringList>& rows)
{
    return HtmlTable::html(header, rows, QStringLiteral("\u65e0"));
}

QString heading(const QString& text)
{
    return QStringLiteral("<h3 style=\"margin-top:12px\">%1</h3>").arg(esc(text));
}

QString recordKindText(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Survey:
        return FixedChinese::obligationKind(ObligationKind::Survey);
    case RecordKind::Inspection:
        return FixedChinese::obligationKind(ObligationKind::Inspection);
    case RecordKind::Training:
        return FixedChinese::obligationKind(ObligationKind::Training);
    case RecordKind::Drill:
        return FixedChinese::obligationKind(ObligationKind::Drill);
    case RecordKind::YearEndReport:
        break;
    }
    return FixedChinese::obligationKind(ObligationKind::YearEndReport);
}

} // namespace

QString EnterpriseFileDocument::title(const QString& enterpriseName, int year)
{
    return QStringLiteral("%1 %2\u5e74\u5ea6\u5b89\u5168\u751f\u4ea7\u793e\u4f1a\u5316\u670d\u52a1\u6863\u6848")
        .arg(enterpriseName)
        .arg(year);
}

QStringList EnterpriseFileDocument::sectionTitles()
{
    return { QStringLiteral("\u4e00\u3001\u4f01\u4e1a\u57fa\u672c\u60c5\u51b5"),
             QStringLiteral("\u4e8c\u3001\u670d\u52a1\u5408\u540c\u4e0e\u670d\u52a1\u673a\u6784"),
             QStringLiteral("\u4e09\u3001\u670d\u52a1\u4e49\u52a1\u5c65\u884c\u60c5\u51b5"),
             QStringLiteral("\u56db\u3001\u670d\u52a1\u8bb0\u5f55"),
             QStringLiteral("\u4e94\u3001\u9690\u60a3\u53ca\u6574\u6539\u60c5\u51b5"),
             QStringLiteral("\u516d\u3001\u8bc1\u7167"),
             QStringLiteral("\u4e03\u3001\u8865\u52a9") };
}

std::unique_ptr<QTextDocument> EnterpriseFileDocument::build(Database& db, qint64 enterpriseId, int year,
                                                             const QDate& asOf)
{
    const auto e = EnterpriseRepository(db).find(enterpriseId);
    if (!e) {
        return nullptr;
    }
    const QStringList sections = sectionTitles();
    QHash<qint64, QString> agencies;
    for (const Agency& a : AgencyRepository(db).list(true)) {
        agencies.insert(a.id, a.name);
    }
    QString community;
    for (const Community& c : CommunityRepository(db).list(true)) {
        if (c.id == e->communityId) {
            community = c.name;
        }
    }
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p align=\"center\" style=\"font-size:15pt; font-weight:bold\">%1</p>")
                .arg(esc(title(e->name, year)));
    html += QStringLiteral("<p align=\"center\">\u7edf\u8ba1\u622a\u81f3 %1</p>").arg(asOf.toString(Qt::ISODate));

    html += heading(sections.at(0));
    html += table({ QStringLiteral("\u9879\u76ee"), QStringLiteral("\u5185\u5bb9") },
                  { { QStringLiteral("\u4f01\u4e1a\u540d\u79f0"), e->name },
                    { QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"), e->creditCode },
                    { QStringLiteral("\u6240\u5c5e\u793e\u533a"), community },
                    { QStringLiteral("\u5730\u5740"), e->address },
                    { QStringLiteral("\u89c4\u6a21\u7c7b\u578b"), SubsidyListTable::sizeClassText(e->sizeClass) },
                    { QStringLiteral("\u6cd5\u5b9a\u4ee3\u8868\u4eba"), e->legalRepresentative },
                    { QStringLiteral("\u5b89\u5168\u8054\u7cfb\u4eba"),
                      e->safetyContact + QLatin1Char(' ') + e->safetyContactPhone } });

    html += heading(sections.at(1));
    QList<QStringList> coverage;
    const ContractRepository contracts(db);
    for (const Coverage& c : contracts.coveragesOfEnterprise(enterpriseId)) {
        const auto contract = contracts.find(c.contractId);
        if (!contract) {
            continue;
        }
        const QDate from = std::max(c.serviceStart, contract->periodStart);
        const QDate to = c.serviceEnd.isValid() ? std::min(c.serviceEnd, contract->periodEnd) : contract->periodEnd;
        if (from > QDate(year, 12, 31) || to < QDate(year, 1, 1)) {
            continue;
        }
        coverage << QStringList{ contract->contractNo, agencies.value(contract->agencyId),
                                 from.toString(Qt::ISODate) + QStringLiteral(" \u81f3 ") + to.toString(Qt::ISODate),
                                 contract->unitPrice.toGroupedString() };
    }
    html += table({ QStringLiteral("\u5408\u540c\u7f16\u53f7"), QStringLiteral("\u670d\u52a1\u673a\u6784"),
                    QStringLiteral("\u670d\u52a1\u671f\u95f4"), QStringLiteral("\u5355\u4ef7\uff08\u5143\uff09") },
                  coverage);

    html += heading(sections.at(2));
    const ObligationEngine::Inputs inputs = ComplianceRepository(db).loadInputsOf(enterpriseId);
    QList<QStringList> duties;
    for (const Obligation& o :
         ObligationEngine::forEnterpriseYear(enterpriseId, inputs.spans.value(enterpriseId),
                                             inputs.activity.value(enterpriseId), inputs.settings, year, asOf)) {
        duties << QStringList{ FixedChinese::obligationKind(o.kind),
                               o.periodLabel(),
                               QString::number(o.required),
                               QString::number(o.done),
                               !o.asksSomething() ? QString() : o.due.toString(Qt::ISODate),
                               FixedChinese::obligationStatus(o.status),
                               o.completedOn.toString(Qt::ISODate) };
    }
    html += table({ QStringLiteral("\u4e49\u52a1"), QStringLiteral("\u671f\u95f4"),
                    QStringLiteral("\u5e94\u5b8c\u6210"), QStringLiteral("\u5df2\u5b8c\u6210"),
                    QStringLiteral("\u622a\u6b62\u65e5\u671f"), QStringLiteral("\u72b6\u6001"),
                    QStringLiteral("\u5b8c\u6210\u65e5\u671f") }, // wan cheng ri qi, completed on
                  duties);

    html += heading(sections.at(3));
    ServiceRecordRepository::Filter filter;
    filter.enterpriseId = enterpriseId;
    filter.from = QDate(year, 1, 1);
    filter.to = QDate(year + 1, 1, 31);
    QList<QStringList> records;
    QList<ServiceRecord> list = ServiceRecordRepository(db).list(filter);
    std::reverse(list.begin(), list.end()); // oldest first, as a file is read
    for (const ServiceRecord& r : std::as_const(list)) {
        if (r.isVoided()
            || (r.doneOn.year() != year && !(r.kind == RecordKind::YearEndReport && r.reportYear == year))) {
            continue;
        }
        const QString what = r.topic.isEmpty() ? r.content : r.topic;
        records << QStringList{ r.doneOn.toString(Qt::ISODate), recordKindText(r.kind), agencies.value(r.agencyId),
                                what.simplified().left(80),
                                r.peopleCount > 0 ? QString::number(r.peopleCount) : QString() };
    }
    // The other services of the year (标准化创建指导, 检测检验, …) among the records, by date; not obligations.
    OtherServiceRepository::Filter otherFilter;
    otherFilter.enterpriseId = enterpriseId;
    otherFilter.year = year;
    for (const OtherService& s : OtherServiceRepository(db).list(otherFilter)) {
        const QString what = s.topic.isEmpty() ? s.content : s.topic;
        records << QStringList{ s.doneOn.toString(Qt::ISODate), s.kindName, agencies.value(s.agencyId),
                                what.simplified().left(80),
                                s.peopleCount > 0 ? QString::number(s.peopleCount) : QString() };
    }
    std::stable_sort(records.begin(), records.end(),
                     [](const QStringList& a, const QStringList& b) { return a.first() < b.first(); });
    html += table({ QStringLiteral("\u65e5\u671f"), QStringLiteral("\u7c7b\u578b"),
                    QStringLiteral("\u670d\u52a1\u673a\u6784"), QStringLiteral("\u5185\u5bb9"),
                    QStringLiteral("\u4eba\u6570") },
                  records);

    // The risk assessment in force at the end of the year (or as of the day), point by point.
    const QDate riskDay = std::min(QDate(year, 12, 31), asOf);
    std::optional<RiskAssessment> inForce;
    for (const RiskAssessment& a : RiskRepository(db).listOf(enterpriseId)) {
        if (a.assessedOn <= riskDay) {
            inForce = a;
            break;
        }
    }
    if (inForce) {
        html += QStringLiteral("<p>\u98ce\u9669\u8fa8\u8bc6\u8bc4\u4f30\uff08%1\uff0c%"
                               "2\uff09\uff1a\u4f01\u4e1a\u98ce\u9669\u7b49\u7ea7 %3</p>")
                    .arg(inForce->assessedOn.toString(Qt::ISODate), esc(inForce->agencyName),
                         esc(FixedChinese::riskLevel(inForce->overallLevel())));
        QList<QStringList> points;
        for (const RiskPoint& p : inForce->points) {
            points << QStringList{
                p.place,    p.accidentType, RiskGrading::scoreText(p), FixedChinese::riskLevel(p.level),
                p.measures, p.responsible
            };
        }
        html += table({ QStringLiteral("\u98ce\u9669\u70b9"), QStringLiteral("\u4e8b\u6545\u7c7b\u578b"),
                        QStringLiteral("\u8bc4\u4f30"), QStringLiteral("\u98ce\u9669\u7b49\u7ea7"),
                        QStringLiteral("\u7ba1\u63a7\u63aa\u65bd"), QStringLiteral("\u8d23\u4efb\u4eba") },
                      points);
    } else {
        html += QStringLiteral("<p>\u98ce\u9669\u8fa8\u8bc6\u8bc4\u4f30\uff1a\u65e0</p>");
    }

    html += heading(sections.at(4));
    const HazardYear hazards = HazardYear::load(db, year, asOf);
    QList<QStringList> hazardRows;
    for (const Hazard& h : hazards.hazards()) {
        if (h.enterpriseId != enterpriseId) {
            continue;
        }
        const QStringList row = HazardTable::row(hazards, h);
        // number, found, grade, description, deadline, state, closed on, overdue, supervision
        hazardRows << QStringList{ row.at(0), row.at(4), row.at(5),  row.at(6), row.at(7),
                                   row.at(8), row.at(9), row.at(10), row.at(11) };
    }
    html += table(
        { QStringLiteral("\u7f16\u53f7"), QStringLiteral("\u53d1\u73b0\u65e5\u671f"), QStringLiteral("\u7b49\u7ea7"),
          QStringLiteral("\u63cf\u8ff0"), QStringLiteral("\u6574\u6539\u671f\u9650"), QStringLiteral("\u72b6\u6001"),
          QStringLiteral("\u9500\u53f7\u65e5\u671f"), QStringLiteral("\u903e\u671f"), QStringLiteral("\u7763\u529e") },
        hazardRows);

    html += heading(sections.at(5));
    CertificateRepository certificates(db);
    QHash<qint64, QString> types;
    for (const CertificateType& t : certificates.types(true)) {
        types.insert(t.id, t.name);
    }
    QList<QStringList> certificateRows;
    for (const Certificate& c : certificates.listOf(enterpriseId, false)) {
        const auto state = CertificateStatus::state(c.expiresOn, asOf, 30);
        certificateRows << QStringList{ types.value(c.typeId), c.number, c.holder, c.expiresOn.toString(Qt::ISODate),
                                        state == CertificateStatus::State::Expired
                                            ? QStringLiteral("\u5df2\u8fc7\u671f")
                                            : state == CertificateStatus::State::Expiring
                                            ? QStringLiteral("\u5373\u5c06\u5230\u671f")
                                            : QStringLiteral("\u6709\u6548") };
    }
    html += table({ QStringLiteral("\u8bc1\u7167\u7c7b\u578b"), QStringLiteral("\u7f16\u53f7"),
                    QStringLiteral("\u6301\u8bc1\u4eba"), QStringLiteral("\u6709\u6548\u671f\u81f3"),
                    QStringLiteral("\u72b6\u6001") },
                  certificateRows);

    html += heading(sections.at(6));
    // Named, since lines() refers into it: a range-for over SubsidyYear::load(...).lines() destroys the
    // temporary before the first pass and reads freed lines (the crash under Wine).
    const SubsidyYear subsidyYear = SubsidyYear::load(db, year);
    QList<QStringList> subsidy;
    for (const SubsidyLine& l : subsidyYear.lines()) {
        if (l.enterpriseId == enterpriseId) {
            subsidy << QStringList{ l.serviceYearStart.toString(Qt::ISODate),
                                    QString::number(l.participationYear),
                                    l.fee.toGroupedString(),
                                    l.streetShare.toGroupedString(),
                                    l.enterpriseShare.toGroupedString(),
                                    SubsidyListTable::flagsText(l.flags) };
        }
    }
    html += table({ QStringLiteral("\u670d\u52a1\u5e74\u5ea6\u8d77"), QStringLiteral("\u53c2\u4e0e\u5e74\u6b21"),
                    QStringLiteral("\u670d\u52a1\u8d39\uff08\u5143\uff09"),
                    QStringLiteral("\u8857\u9053\u8865\u52a9\uff08\u5143\uff09"),
                    QStringLiteral("\u4f01\u4e1a\u627f\u62c5\uff08\u5143\uff09"), QStringLiteral("\u5907\u6ce8") },
                  subsidy);
    html += QStringLiteral("</body></html>");
    return ReportDocument::fromHtml(html, 10);
}

} // namespace sl::core
