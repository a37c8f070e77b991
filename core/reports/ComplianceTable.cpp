#include "ComplianceTable.h"

#include "ComplianceYear.h"
#include "io/CsvWriter.h"

namespace sl::core {

// The Chinese texts are escapes so that every compiler reads the source alike; each is named in pinyin.

QStringList ComplianceTable::header()
{
    return {
        QStringLiteral("\u4f01\u4e1a\u540d\u79f0"), // qi ye ming cheng, enterprise name
        QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"), // unified social credit code
        QStringLiteral("\u670d\u52a1\u673a\u6784"), // fu wu ji gou, agency
        QStringLiteral("\u671f\u95f4"), // qi jian, period
        QStringLiteral("\u4e49\u52a1"), // yi wu, obligation
        QStringLiteral("\u5e94\u5b8c\u6210\u6b21\u6570"), // ying wan cheng ci shu, required count
        QStringLiteral("\u5df2\u5b8c\u6210\u6b21\u6570"), // yi wan cheng ci shu, done count
        QStringLiteral("\u622a\u6b62\u65e5\u671f"), // jie zhi ri qi, due date
        QStringLiteral("\u72b6\u6001"), // zhuang tai, status
    };
}

QString ComplianceTable::kindText(ObligationKind kind)
{
    switch (kind) {
    case ObligationKind::Survey:
        return QStringLiteral("\u5b9e\u5730\u9a8c\u573a"); // shi di yan chang, on-site survey
    case ObligationKind::Baseline:
        return QStringLiteral("\u57fa\u7840\u8d44\u6599"); // ji chu zi liao, baseline documents
    case ObligationKind::Inspection:
        return QStringLiteral("\u5b89\u5168\u68c0\u67e5"); // an quan jian cha, inspection
    case ObligationKind::Training:
        return QStringLiteral("\u5b89\u5168\u57f9\u8bad"); // an quan pei xun, training
    case ObligationKind::Drill:
        return QStringLiteral("\u5e94\u6025\u6f14\u7ec3"); // ying ji yan lian, drill
    case ObligationKind::YearEndReport:
        break;
    }
    return QStringLiteral("\u5e74\u5ea6\u62a5\u544a"); // nian du bao gao, year-end report
}

QString ComplianceTable::statusText(ObligationStatus status)
{
    switch (status) {
    case ObligationStatus::Done:
        return QStringLiteral("\u5df2\u5b8c\u6210"); // yi wan cheng, done
    case ObligationStatus::NotYetDue:
        return QStringLiteral("\u672a\u5230\u671f"); // wei dao qi, not yet due
    case ObligationStatus::Overdue:
        return QStringLiteral("\u903e\u671f"); // yu qi, overdue
    case ObligationStatus::NotApplicable:
        break;
    }
    return QStringLiteral("\u4e0d\u9002\u7528"); // bu shi yong, not applicable
}

QStringList ComplianceTable::row(const ComplianceYear& year, const Obligation& o)
{
    const Enterprise& e = year.enterprise(o.enterpriseId);
    return {e.name,
            e.creditCode,
            year.agencyName(o.agencyId),
            o.periodLabel(),
            kindText(o.kind),
            QString::number(o.required),
            QString::number(o.done),
            o.status == ObligationStatus::NotApplicable ? QString() : o.due.toString(Qt::ISODate),
            statusText(o.status)};
}

bool ComplianceTable::writeCsv(const ComplianceYear& year, const QString& path, QString* error)
{
    CsvWriter csv(path);
    if (!csv.open(error)) {
        return false;
    }
    csv.addTextRow(header());
    for (const Obligation& o : year.rows()) {
        // Counts and dates are the program's own; names come from the clerk.
        csv.addRow(row(year, o), {5, 6, 7});
    }
    return csv.commit(error);
}

} // namespace sl::core
