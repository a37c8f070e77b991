#include "ReturnWorkbook.h"

#include "ReturnWords.h"
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
QString formatKey()
{
    return ReturnWords::word("meta.format_key");
}

QString formatValue()
{
    return ReturnWords::word("meta.format_value");
}

QString versionKey()
{
    return ReturnWords::word("meta.version_key");
}

QString agencyIdKey()
{
    return ReturnWords::word("meta.agency_id_key");
}

QString agencyNameKey()
{
    return ReturnWords::word("meta.agency_name_key");
}

QString yearKey()
{
    return ReturnWords::word("meta.year_key");
}

QString quarterKey()
{
    return ReturnWords::word("meta.quarter_key");
}

QString generatedKey()
{
    return ReturnWords::word("meta.generated_key");
}

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
    return { text(idHeader, 9, false), text(ReturnWords::word("headers.credit_code"), 21, false),
             text(ReturnWords::word("headers.enterprise_name"), 26, false) };
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
        return ReturnWords::word("sheets.inspections");
    case ReturnSheet::NewHazards:
        return ReturnWords::word("sheets.new_hazards");
    case ReturnSheet::HazardProgress:
        return ReturnWords::word("sheets.hazard_progress");
    case ReturnSheet::Trainings:
        return ReturnWords::word("sheets.trainings");
    case ReturnSheet::Drills:
        return ReturnWords::word("sheets.drills");
    case ReturnSheet::Baseline:
        return ReturnWords::word("sheets.baseline");
    case ReturnSheet::YearEndReports:
        return ReturnWords::word("sheets.year_end_reports");
    case ReturnSheet::RiskAssessments:
        return ReturnWords::word("sheets.risk_assessments"); // feng xian ping gu
    }
    return QString();
}

QString ReturnWorkbook::instructionsSheetName()
{
    return ReturnWords::word("sheets.instructions");
}

QString ReturnWorkbook::metaSheetName()
{
    return ReturnWords::word("sheets.meta");
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
        return leading(ReturnWords::word("headers.record_id"))
            << date(ReturnWords::word("headers.inspection_date"))
            << text(ReturnWords::word("headers.inspection_experts"), 18)
            << text(ReturnWords::word("headers.inspection_findings"), 40);
    case ReturnSheet::NewHazards:
        return leading(ReturnWords::word("headers.hazard_id"))
            << date(ReturnWords::word("headers.inspection_date")) << text(ReturnWords::word("headers.hazard_place"), 14)
            << text(ReturnWords::word("headers.hazard_description"), 32)
            << choice(ReturnWords::word("headers.hazard_grade"), 11, grades)
            << text(ReturnWords::word("headers.hazard_category"), 12)
            << text(ReturnWords::word("headers.rectification_demand"), 24)
            << text(ReturnWords::word("headers.rectification_responsible"), 11)
            << date(ReturnWords::word("headers.rectification_deadline"));
    case ReturnSheet::HazardProgress:
        return leading(ReturnWords::word("headers.hazard_id"))
            << text(ReturnWords::word("headers.hazard_description"), 28, false)
            << date(ReturnWords::word("headers.rectification_deadline"), false)
            << text(ReturnWords::word("headers.current_state"), 9, false)
            << choice(ReturnWords::word("headers.progress"), 12, progress)
            << date(ReturnWords::word("headers.progress_date"))
            << text(ReturnWords::word("headers.progress_remark"), 24)
            << text(ReturnWords::word("headers.close_reason"), 24);
    case ReturnSheet::Trainings:
        return leading(ReturnWords::word("headers.record_id"))
            << date(ReturnWords::word("headers.training_date")) << text(ReturnWords::word("headers.training_topic"), 24)
            << integer(ReturnWords::word("headers.training_people"))
            << text(ReturnWords::word("headers.training_content"), 32);
    case ReturnSheet::Drills:
        return leading(ReturnWords::word("headers.record_id"))
            << date(ReturnWords::word("headers.drill_date")) << text(ReturnWords::word("headers.drill_scenario"), 24)
            << integer(ReturnWords::word("headers.drill_people"))
            << text(ReturnWords::word("headers.drill_content"), 32);
    case ReturnSheet::Baseline:
        return { text(ReturnWords::word("headers.credit_code"), 21, false),
                 text(ReturnWords::word("headers.enterprise_name"), 26, false),
                 { ReturnWords::word("headers.baseline_kind"), 16, Cell::Text, false, kinds },
                 date(ReturnWords::word("headers.done_on")) };
    case ReturnSheet::RiskAssessments: {
        // One row per risk point; L, E, C for the LEC method, likelihood and severity (1-5) for the matrix. The level
        // is the ledger's to compute from the figures.
        const QStringList methods
            = { FixedChinese::riskMethod(RiskMethod::Lec), FixedChinese::riskMethod(RiskMethod::Matrix) };
        return QList<Column>{ text(ReturnWords::word("headers.credit_code"), 21, false),
                              text(ReturnWords::word("headers.enterprise_name"), 26, false),
                              date(ReturnWords::word("headers.assessed_on")),
                              text(ReturnWords::word("headers.assessors"), 14),
                              text(ReturnWords::word("headers.risk_place"), 18),
                              text(ReturnWords::word("headers.risk_factors"), 18),
                              text(ReturnWords::word("headers.accident"), 14),
                              choice(ReturnWords::word("headers.risk_method"), 11, methods),
                              text(ReturnWords::word("headers.l"), 6),
                              text(ReturnWords::word("headers.e"), 6),
                              text(ReturnWords::word("headers.c"), 6),
                              integer(ReturnWords::word("headers.likelihood")),
                              integer(ReturnWords::word("headers.severity")),
                              text(ReturnWords::word("headers.measures"), 28),
                              text(ReturnWords::word("headers.responsible"), 10) };
    }
    case ReturnSheet::YearEndReports:
        return leading(ReturnWords::word("headers.record_id"))
            << date(ReturnWords::word("headers.report_date")) << integer(ReturnWords::word("headers.report_year"))
            << text(ReturnWords::word("headers.summary"), 32) << text(ReturnWords::word("headers.problems"), 24)
            << text(ReturnWords::word("headers.next_measures"), 24);
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
        return ReturnWords::word("progress.start_rectifying");
    case HazardLifecycle::Action::RequestRecheck:
        return ReturnWords::word("progress.request_recheck");
    case HazardLifecycle::Action::PassRecheck:
        return ReturnWords::word("progress.pass_recheck");
    case HazardLifecycle::Action::FailRecheck:
        return ReturnWords::word("progress.fail_recheck");
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
        return ReturnWords::word("baseline.organisation");
    case BaselineKind::Responsibility:
        return ReturnWords::word("baseline.responsibility");
    case BaselineKind::Rules:
        return ReturnWords::word("baseline.rules");
    case BaselineKind::Procedures:
        return ReturnWords::word("baseline.procedures");
    case BaselineKind::EmergencyPlan:
        return ReturnWords::word("baseline.emergency_plan");
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
        ReturnWords::word("instructions.title").arg(meta.agencyName).arg(meta.year).arg(meta.quarter),
        QString(),
        ReturnWords::word("instructions.1")
            .arg(meta.agencyName, meta.firstDay().toString(Qt::ISODate), meta.lastDay().toString(Qt::ISODate)),
        ReturnWords::word("instructions.2"),
        ReturnWords::word("instructions.3"),
        ReturnWords::word("instructions.4"),
        ReturnWords::word("instructions.5"),
        ReturnWords::word("instructions.6"),
        ReturnWords::word("instructions.7"),
        ReturnWords::word("instructions.8"),
        ReturnWords::word("instructions.9"),
        ReturnWords::word("instructions.10"),
        ReturnWords::word("instructions.11"),
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
        { formatKey(), formatValue() },
        { versionKey(), QString::number(kVersion) },
        { agencyIdKey(), QString::number(meta.agencyId) },
        { agencyNameKey(), meta.agencyName },
        { yearKey(), QString::number(meta.year) },
        { quarterKey(), QString::number(meta.quarter) },
        { generatedKey(), meta.generatedOn.toString(Qt::ISODate) },
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
    if (values.value(formatKey()) != formatValue()) {
        return failWith(tr("%1 is not a return workbook made by SafeLedger (its sheet \"%2\" is missing or changed); "
                           "send the agency a new template.")
                            .arg(fileName, metaSheetName()));
    }
    ReturnWorkbook result;
    result.meta.version = values.value(versionKey()).toInt();
    if (result.meta.version != kVersion) {
        return failWith(tr("%1 is a return template of version %2; this program reads version %3. Send the agency a "
                           "new template.")
                            .arg(fileName, values.value(versionKey()))
                            .arg(kVersion));
    }
    result.meta.agencyId = values.value(agencyIdKey()).toLongLong();
    result.meta.agencyName = values.value(agencyNameKey());
    result.meta.year = values.value(yearKey()).toInt();
    result.meta.quarter = values.value(quarterKey()).toInt();
    result.meta.generatedOn = QDate::fromString(values.value(generatedKey()), Qt::ISODate);
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
