#include "ReturnWorkbook.h"

#include "io/TypedDate.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"
#include "model/FixedChinese.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace sl::core {

namespace {

// The hidden sheet's keys.
const QString kFormatKey = QStringLiteral("\u6587\u4ef6\u7c7b\u578b");
const QString kFormatValue = QStringLiteral("SafeLedger \u673a\u6784\u5b63\u5ea6\u62a5\u9001");
const QString kVersionKey = QStringLiteral("\u6a21\u677f\u7248\u672c");
const QString kAgencyIdKey = QStringLiteral("\u673a\u6784\u7f16\u53f7");
const QString kAgencyNameKey = QStringLiteral("\u670d\u52a1\u673a\u6784");
const QString kYearKey = QStringLiteral("\u5e74\u5ea6");
const QString kQuarterKey = QStringLiteral("\u5b63\u5ea6");
const QString kGeneratedKey = QStringLiteral("\u751f\u6210\u65e5\u671f");

ReturnWorkbook::Column text(const QString& header, double width, bool input = true)
{
    return { header, width, ReturnWorkbook::Cell::Text, input, {} };
}

ReturnWorkbook::Column date(const QString& header, bool input = true)
{
    return { header, 12, ReturnWorkbook::Cell::Date, input, {} };
}

ReturnWorkbook::Column integer(const QString& header)
{
    return { header, 10, ReturnWorkbook::Cell::Integer, true, {} };
}

ReturnWorkbook::Column choice(const QString& header, double width, const QStringList& choices)
{
    return { header, width, ReturnWorkbook::Cell::Text, true, choices };
}

// The three leading columns of the record sheets: the record's number once it is in the ledger, and the
// enterprise, all pre-filled.
QList<ReturnWorkbook::Column> leading(const QString& idHeader)
{
    return { text(idHeader, 9, false),
             text(QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"), 21, false),
             text(QStringLiteral("\u4f01\u4e1a\u540d\u79f0"), 26, false) };
}

} // namespace

QList<ReturnSheet> ReturnWorkbook::sheets()
{
    return { ReturnSheet::Inspections,    ReturnSheet::NewHazards,     ReturnSheet::HazardProgress,
             ReturnSheet::Trainings,      ReturnSheet::Drills,         ReturnSheet::Baseline,
             ReturnSheet::YearEndReports, ReturnSheet::RiskAssessments };
}

QString ReturnWorkbook::sheetName(ReturnSheet sheet)
{
    switch (sheet) {
    case ReturnSheet::Inspections:
        return QStringLiteral("\u5b89\u5168\u68c0\u67e5");
    case ReturnSheet::NewHazards:
        return QStringLiteral("\u65b0\u53d1\u73b0\u9690\u60a3");
    case ReturnSheet::HazardProgress:
        return QStringLiteral("\u9690\u60a3\u6574\u6539");
    case ReturnSheet::Trainings:
        return QStringLiteral("\u5b89\u5168\u57f9\u8bad");
    case ReturnSheet::Drills:
        return QStringLiteral("\u5e94\u6025\u6f14\u7ec3");
    case ReturnSheet::Baseline:
        return QStringLiteral("\u57fa\u7840\u8d44\u6599");
    case ReturnSheet::YearEndReports:
        return QStringLiteral("\u5e74\u5ea6\u62a5\u544a");
    case ReturnSheet::RiskAssessments:
        return QStringLiteral("\u98ce\u9669\u8bc4\u4f30"); // feng xian ping gu
    }
    return QString();
}

QString ReturnWorkbook::instructionsSheetName()
{
    return QStringLiteral("\u586b\u5199\u8bf4\u660e");
}

QString ReturnWorkbook::metaSheetName()
{
    return QStringLiteral("\u62a5\u9001\u4fe1\u606f");
}

QList<ReturnWorkbook::Column> ReturnWorkbook::columns(ReturnSheet sheet)
{
    QStringList grades;
    for (HazardGrade g : { HazardGrade::General, HazardGrade::Major }) {
        grades << FixedChinese::hazardGrade(g);
    }
    QStringList progress;
    for (HazardLifecycle::Action a : progressActions()) {
        progress << progressWord(a);
    }
    QStringList kinds;
    for (BaselineKind k : allBaselineKinds()) {
        kinds << baselineWord(k);
    }
    switch (sheet) {
    case ReturnSheet::Inspections:
        return leading(QStringLiteral("\u767b\u8bb0\u7f16\u53f7"))
            << date(QStringLiteral("\u68c0\u67e5\u65e5\u671f")) << text(QStringLiteral("\u68c0\u67e5\u4e13\u5bb6"), 18)
            << text(QStringLiteral("\u68c0\u67e5\u60c5\u51b5"), 40);
    case ReturnSheet::NewHazards:
        return leading(QStringLiteral("\u9690\u60a3\u7f16\u53f7"))
            << date(QStringLiteral("\u68c0\u67e5\u65e5\u671f")) << text(QStringLiteral("\u9690\u60a3\u90e8\u4f4d"), 14)
            << text(QStringLiteral("\u9690\u60a3\u63cf\u8ff0"), 32)
            << choice(QStringLiteral("\u9690\u60a3\u7b49\u7ea7"), 11, grades)
            << text(QStringLiteral("\u9690\u60a3\u7c7b\u522b"), 12)
            << text(QStringLiteral("\u6574\u6539\u8981\u6c42"), 24)
            << text(QStringLiteral("\u6574\u6539\u8d23\u4efb\u4eba"), 11)
            << date(QStringLiteral("\u6574\u6539\u671f\u9650"));
    case ReturnSheet::HazardProgress:
        return leading(QStringLiteral("\u9690\u60a3\u7f16\u53f7"))
            << text(QStringLiteral("\u9690\u60a3\u63cf\u8ff0"), 28, false)
            << date(QStringLiteral("\u6574\u6539\u671f\u9650"), false)
            << text(QStringLiteral("\u5f53\u524d\u72b6\u6001"), 9, false)
            << choice(QStringLiteral("\u672c\u5b63\u8fdb\u5c55"), 12, progress)
            << date(QStringLiteral("\u8fdb\u5c55\u65e5\u671f")) << text(QStringLiteral("\u60c5\u51b5\u8bf4\u660e"), 24)
            << text(QStringLiteral("\u9500\u53f7\u7406\u7531"), 24);
    case ReturnSheet::Trainings:
        return leading(QStringLiteral("\u767b\u8bb0\u7f16\u53f7"))
            << date(QStringLiteral("\u57f9\u8bad\u65e5\u671f")) << text(QStringLiteral("\u57f9\u8bad\u4e3b\u9898"), 24)
            << integer(QStringLiteral("\u53c2\u52a0\u4eba\u6570"))
            << text(QStringLiteral("\u57f9\u8bad\u5185\u5bb9"), 32);
    case ReturnSheet::Drills:
        return leading(QStringLiteral("\u767b\u8bb0\u7f16\u53f7"))
            << date(QStringLiteral("\u6f14\u7ec3\u65e5\u671f")) << text(QStringLiteral("\u6f14\u7ec3\u79d1\u76ee"), 24)
            << integer(QStringLiteral("\u53c2\u6f14\u4eba\u6570"))
            << text(QStringLiteral("\u6f14\u7ec3\u60c5\u51b5"), 32);
    case ReturnSheet::Baseline:
        return { text(QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"), 21, false),
                 text(QStringLiteral("\u4f01\u4e1a\u540d\u79f0"), 26, false),
                 { QStringLiteral("\u8d44\u6599\u7c7b\u522b"), 16, Cell::Text, false, kinds },
                 date(QStringLiteral("\u5b8c\u6210\u65e5\u671f")) };
    case ReturnSheet::RiskAssessments: {
        // One row per risk point; L, E, C for the LEC method, likelihood and severity (1-5) for the matrix. The level
        // is the ledger's to compute from the figures.
        const QStringList methods
            = { FixedChinese::riskMethod(RiskMethod::Lec), FixedChinese::riskMethod(RiskMethod::Matrix) };
        return QList<Column>{
            text(QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"), 21, false),
            text(QStringLiteral("\u4f01\u4e1a\u540d\u79f0"), 26, false),
            date(QStringLiteral("\u8bc4\u4f30\u65e5\u671f")),
            text(QStringLiteral("\u8bc4\u4f30\u4eba\u5458"), 14),
            text(QStringLiteral("\u98ce\u9669\u70b9\uff08\u573a\u6240/\u4f5c\u4e1a\u6d3b\u52a8\uff09"), 18),
            text(QStringLiteral("\u5371\u9669\u6709\u5bb3\u56e0\u7d20"), 18),
            text(QStringLiteral("\u4e8b\u6545\u7c7b\u578b"), 14),
            choice(QStringLiteral("\u8bc4\u4f30\u65b9\u6cd5"), 11, methods),
            text(QStringLiteral("L"), 6),
            text(QStringLiteral("E"), 6),
            text(QStringLiteral("C"), 6),
            integer(QStringLiteral("\u53ef\u80fd\u6027\uff08\u77e9\u9635\uff09")),
            integer(QStringLiteral("\u4e25\u91cd\u7a0b\u5ea6\uff08\u77e9\u9635\uff09")),
            text(QStringLiteral("\u7ba1\u63a7\u63aa\u65bd"), 28),
            text(QStringLiteral("\u8d23\u4efb\u4eba"), 10)
        };
    }
    case ReturnSheet::YearEndReports:
        return leading(QStringLiteral("\u767b\u8bb0\u7f16\u53f7"))
            << date(QStringLiteral("\u62a5\u544a\u65e5\u671f")) << integer(QStringLiteral("\u62a5\u544a\u5e74\u5ea6"))
            << text(QStringLiteral("\u670d\u52a1\u603b\u7ed3"), 32)
            << text(QStringLiteral("\u5b58\u5728\u95ee\u9898"), 24)
            << text(QStringLiteral("\u4e0b\u5e74\u63aa\u65bd"), 24);
    }
    return {};
}

QList<HazardLifecycle::Action> ReturnWorkbook::progressActions()
{
    // Supervision and listing are the street's own steps, never an agency's.
    return { HazardLifecycle::Action::StartRectifying, HazardLifecycle::Action::RequestRecheck,
             HazardLifecycle::Action::PassRecheck, HazardLifecycle::Action::FailRecheck };
}

QString ReturnWorkbook::progressWord(HazardLifecycle::Action action)
{
    switch (action) {
    case HazardLifecycle::Action::StartRectifying:
        return QStringLiteral("\u5f00\u59cb\u6574\u6539");
    case HazardLifecycle::Action::RequestRecheck:
        return QStringLiteral("\u7533\u8bf7\u590d\u67e5");
    case HazardLifecycle::Action::PassRecheck:
        return QStringLiteral("\u590d\u67e5\u901a\u8fc7");
    case HazardLifecycle::Action::FailRecheck:
        return QStringLiteral("\u590d\u67e5\u4e0d\u901a\u8fc7");
    case HazardLifecycle::Action::Supervise:
    case HazardLifecycle::Action::List:
        break;
    }
    return QString();
}

bool ReturnWorkbook::progressFromWord(const QString& word, HazardLifecycle::Action* action)
{
    for (HazardLifecycle::Action a : progressActions()) {
        if (word.trimmed() == progressWord(a)) {
            *action = a;
            return true;
        }
    }
    return false;
}

QString ReturnWorkbook::baselineWord(BaselineKind kind)
{
    switch (kind) {
    case BaselineKind::Organisation:
        return QStringLiteral("\u5b89\u5168\u7ec4\u7ec7\u673a\u6784");
    case BaselineKind::Responsibility:
        return QStringLiteral("\u5b89\u5168\u751f\u4ea7\u8d23\u4efb\u5236");
    case BaselineKind::Rules:
        return QStringLiteral("\u5b89\u5168\u7ba1\u7406\u5236\u5ea6");
    case BaselineKind::Procedures:
        return QStringLiteral("\u5b89\u5168\u64cd\u4f5c\u89c4\u7a0b");
    case BaselineKind::EmergencyPlan:
        return QStringLiteral("\u5e94\u6025\u9884\u6848");
    }
    return QString();
}

bool ReturnWorkbook::baselineFromWord(const QString& word, BaselineKind* kind)
{
    for (BaselineKind k : allBaselineKinds()) {
        if (word.trimmed() == baselineWord(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QStringList ReturnWorkbook::instructions() const
{
    return {
        QStringLiteral("%1 %2\u5e74\u7b2c%3\u5b63\u5ea6 "
                       "\u5b89\u5168\u751f\u4ea7\u793e\u4f1a\u5316\u670d\u52a1\u5b63\u5ea6\u62a5\u9001\u8868")
            .arg(meta.agencyName)
            .arg(meta.year)
            .arg(meta.quarter),
        QString(),
        QStringLiteral("\u4e00\u3001\u672c\u8868\u7531\u8857\u9053\u5b89\u76d1\u529e\u7528 SafeLedger "
                       "\u751f\u6210\uff0c\u53ea\u4f9b%1\u586b\u5199\u672c\u5b63\u5ea6\uff08%2 \u81f3 "
                       "%3\uff09\u7684\u670d\u52a1\u8bb0\u5f55\u3002")
            .arg(meta.agencyName, meta.firstDay().toString(Qt::ISODate), meta.lastDay().toString(Qt::ISODate)),
        QStringLiteral(
            "\u4e8c\u3001\u8bf7\u52ff\u4fee\u6539\u5de5\u4f5c\u8868\u540d\u79f0\u548c\u8868\u5934\uff0c\u52ff\u5220"
            "\u9664\u9690\u85cf\u7684\u201c\u62a5\u9001\u4fe1\u606f\u201d\u9875\uff1b\u7070\u8272\u8868\u5934\u548c"
            "\u9884\u586b\u7684\u4f01\u4e1a\u3001\u7f16\u53f7\u680f\u5df2\u9501\u5b9a\u3002"),
        QStringLiteral("\u4e09\u3001\u6bcf\u5f20\u8868\u5df2\u6309\u672c\u5b63\u5ea6\u670d\u52a1\u7684\u4f01\u4e1a"
                       "\u9884\u586b\u4e00\u884c\uff1b\u540c\u4e00\u4f01\u4e1a\u6709\u591a\u6b21\u6d3b\u52a8\u7684"
                       "\uff0c\u590d\u5236\u8be5\u884c\u7684\u4fe1\u7528\u4ee3\u7801\u548c\u4f01\u4e1a\u540d\u79f0"
                       "\uff0c\u53e6\u8d77\u4e00\u884c\u586b\u5199\u3002"),
        QStringLiteral("\u56db\u3001\u65e5\u671f\u4e00\u5f8b\u586b\u5199\u672c\u5b63\u5ea6\u5185\u3001\u4e0d\u665a"
                       "\u4e8e\u586b\u62a5\u5f53\u5929\u7684\u65e5\u671f\uff0c\u683c\u5f0f\u5982 "
                       "2026-10-08\uff1b\u4eba\u6570\u586b\u5199\u6b63\u6574\u6570\u3002"),
        QStringLiteral(
            "\u4e94\u3001\u201c\u767b\u8bb0\u7f16\u53f7\u201d\u201c\u9690\u60a3\u7f16\u53f7\u201d\u6709\u6570\u5b57"
            "\u7684\u884c\u662f\u53f0\u8d26\u91cc\u5df2\u6709\u7684\u8bb0\u5f55\uff0c\u4ec5\u4f9b\u6838\u5bf9\uff0c"
            "\u8bf7\u52ff\u4fee\u6539\uff1b\u65b0\u7684\u8bb0\u5f55\u7559\u7a7a\u7f16\u53f7\u3002"),
        QStringLiteral("\u516d\u3001\u65b0\u53d1\u73b0\u9690\u60a3\u987b\u5bf9\u5e94\u540c\u4e00\u4f01\u4e1a\u540c"
                       "\u4e00\u5929\u7684\u5b89\u5168\u68c0\u67e5\u8bb0\u5f55\uff1b\u9690\u60a3\u7b49\u7ea7\u4ece"
                       "\u4e0b\u62c9\u5217\u8868\u4e2d\u9009\u62e9\u3002"),
        QStringLiteral("\u4e03\u3001\u9690\u60a3\u6574\u6539\u8868\u5217\u51fa\u672c\u5b63\u5ea6\u521d\u4ecd\u672a"
                       "\u9500\u53f7\u7684\u9690\u60a3\uff1b\u201c\u672c\u5b63\u8fdb\u5c55\u201d\u4ece\u4e0b\u62c9"
                       "\u5217\u8868\u9009\u62e9\uff1a\u5f00\u59cb\u6574\u6539\u3001\u7533\u8bf7\u590d\u67e5\u3001"
                       "\u590d\u67e5\u901a\u8fc7\u3001\u590d\u67e5\u4e0d\u901a\u8fc7\u3002"
                       "\u540c\u4e00\u9690\u60a3\u6709\u591a\u6b65\u8fdb\u5c55\u7684\uff0c\u6309\u5148\u540e\u5404"
                       "\u5360\u4e00\u884c\u3002\u590d\u67e5\u901a\u8fc7\u9500\u53f7\u65f6\u987b\u5728\u201c\u9500"
                       "\u53f7\u7406\u7531\u201d\u4e2d\u8bf4\u660e\u6574\u6539\u7ed3\u679c\u3002"),
        QStringLiteral("\u516b\u3001\u57fa\u7840\u8d44\u6599\u8868\u6bcf\u5bb6\u4f01\u4e1a\u4e94\u7c7b\u8d44\u6599"
                       "\u5404\u4e00\u884c\uff0c\u5df2\u5b8c\u6210\u7684\u586b\u5199\u5b8c\u6210\u65e5\u671f\uff1b"
                       "\u5df2\u6709\u65e5\u671f\u7684\u4e3a\u53f0\u8d26\u8bb0\u5f55\u3002"),
        QStringLiteral(
            "\u4e5d\u3001\u5e74\u5ea6\u62a5\u544a\u9650\u7b2c\u56db\u5b63\u5ea6\u6216\u6b21\u5e74\u7b2c\u4e00\u5b63"
            "\u5ea6\u62a5\u9001\uff0c\u987b\u5199\u660e\u62a5\u544a\u5e74\u5ea6\u548c\u670d\u52a1\u603b\u7ed3\u3002"),
        QStringLiteral(
            "\u5341\u3001\u98ce\u9669\u8bc4\u4f30\u8868\u6bcf\u4e2a\u98ce\u9669\u70b9\u4e00\u884c\uff0c\u540c\u4e00"
            "\u4f01\u4e1a\u540c\u4e00\u8bc4\u4f30\u65e5\u671f\u7684\u5404\u884c\u4e3a\u4e00\u6b21\u98ce\u9669\u8fa8"
            "\u8bc6\u8bc4\u4f30\uff1b\u8bc4\u4f30\u65b9\u6cd5\u9009 LEC\uff08\u586b "
            "L\u3001E\u3001C\uff09\u6216\u98ce\u9669\u77e9\u9635\uff08\u586b\u53ef\u80fd\u6027\u3001\u4e25\u91cd\u7a0b"
            "\u5ea6\uff0c1-5\uff09\uff1b\u98ce\u9669\u7b49\u7ea7\u7531\u53f0\u8d26\u6309 D = L\u00d7E\u00d7C \u6216 R "
            "= \u53ef\u80fd\u6027\u00d7\u4e25\u91cd\u7a0b\u5ea6\u8ba1\u7b97\uff0c\u65e0\u9700\u586b\u5199\u3002"),
        QStringLiteral(
            "\u5341\u4e00\u3001\u8857\u9053\u5bfc\u5165\u65f6\u9010\u884c\u68c0\u67e5\uff1a\u6709\u4e00\u884c\u4e0d"
            "\u5408"
            "\u683c\u5219\u6574\u4efd\u62a5\u9001\u4e0d\u5bfc\u5165\uff0c\u5e76\u544a\u77e5\u5de5\u4f5c\u8868\u548c"
            "\u884c\u53f7\uff1b\u66f4\u6b63\u540e\u91cd\u65b0\u62a5\u9001\u5373\u53ef\uff0c"
            "\u540c\u4e00\u5b63\u5ea6\u7684\u66f4\u6b63\u62a5\u9001\u4f1a\u66ff\u6362\u4e0a\u4e00\u4efd\u5e26\u6765"
            "\u7684\u8bb0\u5f55\u3002"),
    };
}

bool ReturnWorkbook::write(const QString& path, QString* error) const
{
    XlsxWriter out(path);
    out.addWorksheet(instructionsSheetName());
    constexpr double kInstructionWidth = 72;
    out.setColumnWidth(0, kInstructionWidth);
    const QStringList lines = instructions();
    for (int i = 0; i < lines.size(); ++i) {
        out.writeText(i, 0, lines.at(i), i == 0 ? XlsxWriter::Style::TotalText : XlsxWriter::Style::Note);
        // Spreadsheets do not grow a row for wrapped text they did not lay out themselves: as many lines as the
        // text needs, a Chinese character being two columns wide.
        int columns = 0;
        for (const QChar c : lines.at(i)) {
            columns += c.unicode() >= 0x2E80 ? 2 : 1;
        }
        out.setRowHeight(i, 16.0 * std::max(1, int(std::ceil(columns / (kInstructionWidth - 4)))));
    }
    out.setPrintLayout(false, 0);
    out.protectSheet();

    const QDate firstDate(2000, 1, 1);
    const QDate lastDate(2100, 12, 31);
    for (ReturnSheet sheet : sheets()) {
        const QList<Column> cols = columns(sheet);
        const TextTable rows = data.value(sheet);
        const int lastRow = int(rows.rows.size()) + kSpareRows;
        out.addWorksheet(sheetName(sheet));
        for (int c = 0; c < cols.size(); ++c) {
            const Column& col = cols.at(c);
            XlsxWriter::Style empty = XlsxWriter::Style::InputText;
            if (col.cell == Cell::Date) {
                empty = XlsxWriter::Style::InputDate;
            } else if (col.cell == Cell::Integer) {
                empty = XlsxWriter::Style::InputInteger;
            }
            // Every column's empty cells can be filled in: a new row needs its enterprise typed or copied.
            out.setColumnStyle(c, col.width, empty);
            out.writeText(0, c, col.header, XlsxWriter::Style::Header);
            if (!col.choices.isEmpty()) {
                out.addListValidation(1, lastRow, c, col.choices);
            }
            if (col.cell == Cell::Date && col.input) {
                out.addDateValidation(1, lastRow, c, firstDate, lastDate);
            }
        }
        for (int r = 0; r < rows.rows.size(); ++r) {
            const QStringList& cells = rows.rows.at(r);
            // A pre-filled row that has a number is already in the ledger: locked, for reference.
            const bool recorded = !cells.value(0).trimmed().isEmpty() && sheet != ReturnSheet::Baseline
                && sheet != ReturnSheet::HazardProgress;
            for (int c = 0; c < cols.size() && c < cells.size(); ++c) {
                const Column& col = cols.at(c);
                const bool editable = col.input && !recorded;
                const QString& value = cells.at(c);
                if (value.isEmpty()) {
                    continue;
                }
                const QDate day = col.cell == Cell::Date ? TypedDate::parse(value) : QDate();
                if (day.isValid()) {
                    out.writeDate(r + 1, c, day, editable ? XlsxWriter::Style::InputDate : XlsxWriter::Style::Date);
                } else if (col.cell == Cell::Integer && value.toInt() > 0) {
                    out.writeNumber(r + 1, c, value.toInt(),
                                    editable ? XlsxWriter::Style::InputInteger : XlsxWriter::Style::Integer);
                } else {
                    out.writeText(r + 1, c, value, editable ? XlsxWriter::Style::InputText : XlsxWriter::Style::Text);
                }
            }
        }
        out.freezeRows(1);
        out.setPrintLayout(true, 1);
        out.protectSheet();
    }

    out.addWorksheet(metaSheetName());
    const QList<QPair<QString, QString>> pairs = {
        { kFormatKey, kFormatValue },
        { kVersionKey, QString::number(kVersion) },
        { kAgencyIdKey, QString::number(meta.agencyId) },
        { kAgencyNameKey, meta.agencyName },
        { kYearKey, QString::number(meta.year) },
        { kQuarterKey, QString::number(meta.quarter) },
        { kGeneratedKey, meta.generatedOn.toString(Qt::ISODate) },
    };
    for (int i = 0; i < pairs.size(); ++i) {
        out.writeText(i, 0, pairs.at(i).first);
        out.writeText(i, 1, pairs.at(i).second);
    }
    out.protectSheet();
    out.hideSheet();
    return out.close(error);
}

bool ReturnWorkbook::read(const QString& path, ReturnWorkbook* workbook, QString* error)
{
    const QString fileName = QFileInfo(path).fileName();
    const auto failWith = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    QList<QPair<QString, TextTable>> sheets;
    if (!XlsxReader::readAll(path, ReadLimits(), &sheets, error)) {
        return false;
    }
    QHash<QString, TextTable> byName;
    for (const auto& [name, table] : std::as_const(sheets)) {
        byName.insert(name, table);
    }
    const auto metaSheet = byName.constFind(metaSheetName());
    QHash<QString, QString> values;
    if (metaSheet != byName.constEnd()) {
        for (const QStringList& row : metaSheet->rows) {
            values.insert(row.value(0).trimmed(), row.value(1).trimmed());
        }
    }
    if (values.value(kFormatKey) != kFormatValue) {
        return failWith(tr("%1 is not a return workbook made by SafeLedger (its sheet \"%2\" is missing or changed); "
                           "send the agency a new template.")
                            .arg(fileName, metaSheetName()));
    }
    ReturnWorkbook result;
    result.meta.version = values.value(kVersionKey).toInt();
    if (result.meta.version != kVersion) {
        return failWith(tr("%1 is a return template of version %2; this program reads version %3. Send the agency a "
                           "new template.")
                            .arg(fileName, values.value(kVersionKey))
                            .arg(kVersion));
    }
    result.meta.agencyId = values.value(kAgencyIdKey).toLongLong();
    result.meta.agencyName = values.value(kAgencyNameKey);
    result.meta.year = values.value(kYearKey).toInt();
    result.meta.quarter = values.value(kQuarterKey).toInt();
    result.meta.generatedOn = QDate::fromString(values.value(kGeneratedKey), Qt::ISODate);
    if (result.meta.agencyId <= 0 || result.meta.year < 2000 || result.meta.year > 2100 || result.meta.quarter < 1
        || result.meta.quarter > 4) {
        return failWith(
            tr("%1: the sheet \"%2\" does not name an agency and a quarter; send the agency a new template.")
                .arg(fileName, metaSheetName()));
    }
    for (ReturnSheet sheet : ReturnWorkbook::sheets()) {
        const auto it = byName.constFind(sheetName(sheet));
        if (it == byName.constEnd() && isOptional(sheet)) {
            result.data.insert(sheet, TextTable());
            continue;
        }
        if (it == byName.constEnd()) {
            return failWith(tr("%1 has no sheet \"%2\"; the sheets of the template must not be renamed or deleted.")
                                .arg(fileName, sheetName(sheet)));
        }
        QStringList expected;
        for (const Column& c : columns(sheet)) {
            expected << c.header;
        }
        const QStringList header = it->rows.value(0);
        QStringList trimmed;
        for (const QString& h : header.mid(0, expected.size())) {
            trimmed << h.trimmed();
        }
        if (trimmed != expected) {
            return failWith(tr("The header row of the sheet \"%1\" in %2 was changed; it must read: %3.")
                                .arg(sheetName(sheet), fileName, expected.join(QStringLiteral(" | "))));
        }
        TextTable rows;
        for (int i = 1; i < it->rows.size(); ++i) {
            QStringList cells = it->rows.at(i);
            while (cells.size() < expected.size()) {
                cells << QString();
            }
            rows.rows << cells;
            rows.lines << it->lineOf(i);
        }
        result.data.insert(sheet, rows);
    }
    *workbook = result;
    return true;
}

} // namespace sl::core
