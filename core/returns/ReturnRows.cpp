#include "ReturnRows.h"

#include "ReturnWords.h"
#include "io/TypedDate.h"
#include "model/FixedChinese.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace sl::core {

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString count(int n)
{
    return n > 0 ? QString::number(n) : QString();
}

// The columns that carry a row's meaning, per sheet.
QList<int> meaningful(ReturnSheet sheet)
{
    using W = ReturnWorkbook;
    switch (sheet) {
    case ReturnSheet::Inspections:
        return { W::Inspection::Code, W::Inspection::Date, W::Inspection::Experts, W::Inspection::Findings };
    case ReturnSheet::NewHazards:
        return { W::NewHazard::Code,        W::NewHazard::Date,        W::NewHazard::Place,
                 W::NewHazard::Description, W::NewHazard::Grade,       W::NewHazard::Category,
                 W::NewHazard::Demand,      W::NewHazard::Responsible, W::NewHazard::Deadline };
    case ReturnSheet::HazardProgress:
        return { W::Progress::HazardId, W::Progress::Action, W::Progress::Date, W::Progress::Remark,
                 W::Progress::CloseReason };
    case ReturnSheet::Trainings:
        return { W::Training::Code, W::Training::Date, W::Training::Topic, W::Training::People, W::Training::Content };
    case ReturnSheet::Drills:
        return { W::Drill::Code, W::Drill::Date, W::Drill::Scenario, W::Drill::People, W::Drill::Content };
    case ReturnSheet::Baseline:
        return { W::Baseline::Code, W::Baseline::Kind, W::Baseline::Date };
    case ReturnSheet::YearEndReports:
        return { W::YearEnd::Code,    W::YearEnd::Date,     W::YearEnd::ReportYear,
                 W::YearEnd::Summary, W::YearEnd::Problems, W::YearEnd::Measures };
    case ReturnSheet::RiskAssessments:
        return { W::Risk::Code,       W::Risk::Date,     W::Risk::Assessors, W::Risk::Place,      W::Risk::Factors,
                 W::Risk::Accident,   W::Risk::Method,   W::Risk::L,         W::Risk::E,          W::Risk::C,
                 W::Risk::Likelihood, W::Risk::Severity, W::Risk::Measures,  W::Risk::Responsible };
    }
    return {};
}

} // namespace

QStringList ReturnRows::record(ReturnSheet sheet, const ServiceRecord& r, const QString& code, const QString& name,
                               const QString& experts)
{
    const QString id = QString::number(r.id);
    const QString day = isoDate(r.doneOn);
    switch (sheet) {
    case ReturnSheet::Inspections:
        return { id, code, name, day, experts, r.content };
    case ReturnSheet::Trainings:
    case ReturnSheet::Drills:
        return { id, code, name, day, r.topic, count(r.peopleCount), r.content };
    case ReturnSheet::YearEndReports:
        return { id, code, name, day, count(r.reportYear), r.content, r.problems, r.measures };
    default:
        break;
    }
    return {};
}

QStringList ReturnRows::newHazard(const Hazard& h, const QString& code, const QString& name)
{
    return { QString::number(h.id),
             code,
             name,
             isoDate(h.foundOn),
             h.place,
             h.description,
             FixedChinese::hazardGrade(h.grade),
             h.category,
             h.demand,
             h.responsible,
             isoDate(h.deadline) };
}

QStringList ReturnRows::progress(const Hazard& h, const QString& code, const QString& name)
{
    return { QString::number(h.id),
             code,
             name,
             h.description,
             isoDate(h.effectiveDeadline()),
             FixedChinese::hazardState(h.state),
             QString(),
             QString(),
             QString(),
             QString() };
}

QStringList ReturnRows::baseline(const QString& code, const QString& name, BaselineKind kind, const QDate& completedOn)
{
    return { code, name, ReturnWorkbook::baselineWord(kind), isoDate(completedOn) };
}

QStringList ReturnRows::blank(ReturnSheet sheet, const QString& code, const QString& name)
{
    QStringList cells(ReturnWorkbook::columns(sheet).size());
    const int codeColumn = sheet == ReturnSheet::Baseline || sheet == ReturnSheet::RiskAssessments ? 0 : 1;
    cells[codeColumn] = code;
    cells[codeColumn + 1] = name;
    return cells;
}

bool ReturnRows::recordKind(ReturnSheet sheet, RecordKind* kind)
{
    switch (sheet) {
    case ReturnSheet::Inspections:
        *kind = RecordKind::Inspection;
        return true;
    case ReturnSheet::Trainings:
        *kind = RecordKind::Training;
        return true;
    case ReturnSheet::Drills:
        *kind = RecordKind::Drill;
        return true;
    case ReturnSheet::YearEndReports:
        *kind = RecordKind::YearEndReport;
        return true;
    default:
        break;
    }
    return false;
}

QString ReturnRows::sheetKey(ReturnSheet sheet)
{
    switch (sheet) {
    case ReturnSheet::Inspections:
        return QStringLiteral("inspections");
    case ReturnSheet::NewHazards:
        return QStringLiteral("new_hazards");
    case ReturnSheet::HazardProgress:
        return QStringLiteral("hazard_progress");
    case ReturnSheet::Trainings:
        return QStringLiteral("trainings");
    case ReturnSheet::Drills:
        return QStringLiteral("drills");
    case ReturnSheet::Baseline:
        return QStringLiteral("baseline");
    case ReturnSheet::YearEndReports:
        return QStringLiteral("year_end_reports");
    case ReturnSheet::RiskAssessments:
        return QStringLiteral("risk_assessments");
    }
    return QString();
}

bool ReturnRows::sheetFromKey(const QString& key, ReturnSheet* sheet)
{
    for (ReturnSheet s : ReturnWorkbook::sheets()) {
        if (sheetKey(s) == key) {
            *sheet = s;
            return true;
        }
    }
    return false;
}

QString ReturnRows::sheetNameOfKey(const QString& key)
{
    ReturnSheet sheet;
    return sheetFromKey(key, &sheet) ? ReturnWorkbook::sheetName(sheet) : key;
}

QString ReturnRows::fingerprint(ReturnSheet sheet, const QStringList& cells)
{
    const QList<ReturnWorkbook::Column> columns = ReturnWorkbook::columns(sheet);
    QStringList parts{ sheetKey(sheet) };
    for (int c : meaningful(sheet)) {
        QString value = cells.value(c).trimmed();
        const ReturnWorkbook::Cell kind = columns.value(c).cell;
        if (kind == ReturnWorkbook::Cell::Date) {
            const QDate day = TypedDate::parse(value);
            if (day.isValid()) {
                value = day.toString(Qt::ISODate);
            }
        } else if (kind == ReturnWorkbook::Cell::Integer) {
            bool ok = false;
            const double n = value.toDouble(&ok);
            if (ok) {
                value = QString::number(qint64(n));
            }
        } else if (sheet == ReturnSheet::Inspections && c == ReturnWorkbook::Inspection::Experts) {
            QStringList names = splitNames(value);
            names.sort();
            value = names.join(QLatin1Char('|'));
        }
        parts << value;
    }
    if (sheet != ReturnSheet::HazardProgress && sheet != ReturnSheet::Baseline) {
        parts[1] = parts.value(1).toUpper();
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

bool ReturnRows::isFilled(ReturnSheet sheet, const QStringList& cells)
{
    const QList<ReturnWorkbook::Column> columns = ReturnWorkbook::columns(sheet);
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).input && !cells.value(c).trimmed().isEmpty()) {
            return true;
        }
    }
    return false;
}

QStringList ReturnRows::splitNames(const QString& text)
{
    static const QRegularExpression separators(ReturnWords::word("rows.expert_separators"));
    QStringList names = text.split(separators, Qt::SkipEmptyParts);
    names.removeDuplicates();
    return names;
}

QString ReturnRows::inspectionKey(const QString& code, const QDate& day)
{
    return code.trimmed().toUpper() + QLatin1Char('|') + day.toString(Qt::ISODate);
}

QString ReturnRows::joinNames(const QStringList& names)
{
    return names.join(ReturnWords::word("rows.expert_join"));
}

} // namespace sl::core
