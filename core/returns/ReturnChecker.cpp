#include "ReturnChecker.h"

#include "rules/RiskGrading.h"
#include "rules/ServiceRecordValidator.h"

#include "Clock.h"
#include "ReturnRows.h"
#include "io/TypedDate.h"
#include "model/FixedChinese.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace sl::core {

namespace {

using W = ReturnWorkbook;

// The hazard as it was before the steps an earlier return brought (their undo snapshot).
Hazard hazardBefore(Hazard hazard, const QString& snapshot)
{
    const QJsonObject o = QJsonDocument::fromJson(snapshot.toUtf8()).object();
    hazardStateFromKey(o.value(QStringLiteral("state")).toString(), &hazard.state);
    hazard.delistedOn = QDate::fromString(o.value(QStringLiteral("delisted_on")).toString(), Qt::ISODate);
    hazard.recheckedOn = QDate::fromString(o.value(QStringLiteral("rechecked_on")).toString(), Qt::ISODate);
    hazard.closedOn = QDate::fromString(o.value(QStringLiteral("closed_on")).toString(), Qt::ISODate);
    hazard.closeReason = o.value(QStringLiteral("close_reason")).toString();
    return hazard;
}

} // namespace

ReturnChecker::ReturnChecker(Database& db, const ReturnWorkbook& workbook, ReturnImport::Preview& preview)
    : m_wb(workbook)
    , m_p(preview)
    , m_today(Clock::today())
    , m_first(workbook.meta.firstDay())
    , m_last(workbook.meta.lastDay())
    , m_agencyId(workbook.meta.agencyId)
    , m_agencies(db)
    , m_enterprises(db)
    , m_records(db)
    , m_hazards(db)
    , m_baseline(db)
    , m_returns(db)
    , m_risks(db)
{
}

void ReturnChecker::run()
{
    if (!loadContext()) {
        return;
    }
    // Inspections first: new hazards refer to them.
    checkRecordSheet(ReturnSheet::Inspections);
    checkNewHazards();
    checkProgress();
    checkRecordSheet(ReturnSheet::Trainings);
    checkRecordSheet(ReturnSheet::Drills);
    checkBaseline();
    checkRecordSheet(ReturnSheet::YearEndReports);
    checkRisks();
    collectWithdrawals();
}

bool ReturnChecker::loadContext()
{
    const std::optional<Agency> agency = m_agencies.find(m_agencyId);
    if (!agency || agency->name != m_wb.meta.agencyName) {
        m_p.fileProblem = ReturnImport::tr("%1 is the return of \"%2\", which is not an agency in this ledger.")
                              .arg(m_p.fileName, m_wb.meta.agencyName);
        return false;
    }
    if (m_first > m_today) {
        m_p.fileProblem = ReturnImport::tr("%1 is the return for %2 Q%3, which has not begun yet.")
                              .arg(m_p.fileName)
                              .arg(m_wb.meta.year)
                              .arg(m_wb.meta.quarter);
        return false;
    }
    if (const std::optional<AgencyReturn> previous = m_returns.current(m_agencyId, m_wb.meta.year, m_wb.meta.quarter)) {
        m_p.previousReturnId = previous->id;
        m_p.previousFileName = previous->fileName;
        if (previous->sha256 == m_p.sha256) {
            m_p.sameFileAgain = true;
            return false;
        }
        m_previousItems = m_returns.items(previous->id);
    }
    m_consumed = QList<bool>(m_previousItems.size(), false);
    for (const ReturnRepository::ServedEnterprise& e : m_returns.servedEnterprises(m_agencyId, m_first, m_last)) {
        m_served.insert(e.creditCode.toUpper(), e);
        m_servedById.insert(e.id, e);
    }
    for (const Expert& e : m_agencies.experts(m_agencyId, false)) {
        m_experts.insert(e.name.trimmed(), e.id);
        m_expertNames.insert(e.id, e.name);
    }
    return true;
}

void ReturnChecker::refuse(ReturnSheet sheet, int row, const QString& reason)
{
    m_p.refusals.append({ sheet, row, reason });
}

void ReturnChecker::addChange(ReturnSheet sheet, int row, const QString& what)
{
    m_p.additions.append({ sheet, row, what });
}

const ReturnRepository::ServedEnterprise* ReturnChecker::enterpriseOf(ReturnSheet sheet, int row, const QString& text)
{
    const QString code = text.trimmed().toUpper();
    if (code.isEmpty()) {
        refuse(sheet, row, ReturnImport::tr("The unified social credit code is missing."));
        return nullptr;
    }
    const auto it = m_served.constFind(code);
    if (it != m_served.constEnd()) {
        return &it.value();
    }
    if (m_enterprises.findByCreditCode(code)) {
        refuse(sheet, row,
               ReturnImport::tr("The enterprise %1 was not served by %2 in this quarter.")
                   .arg(code, m_wb.meta.agencyName));
    } else {
        refuse(sheet, row, ReturnImport::tr("No enterprise in the ledger has the credit code %1.").arg(code));
    }
    return nullptr;
}

QDate ReturnChecker::dayIn(ReturnSheet sheet, int row, const QString& text, const QString& label)
{
    const QDate day = TypedDate::parse(text);
    if (text.trimmed().isEmpty()) {
        refuse(sheet, row, ReturnImport::tr("%1 is missing.").arg(label));
    } else if (!day.isValid()) {
        refuse(sheet, row,
               ReturnImport::tr("%1 \"%2\" is not a date; write it like 2026-10-08.").arg(label, text.trimmed()));
    } else if (day < m_first || day > m_last) {
        refuse(sheet, row,
               ReturnImport::tr("%1 %2 is outside %3 Q%4 (%5 to %6).")
                   .arg(label, day.toString(Qt::ISODate))
                   .arg(m_wb.meta.year)
                   .arg(m_wb.meta.quarter)
                   .arg(m_first.toString(Qt::ISODate), m_last.toString(Qt::ISODate)));
    } else if (day > m_today) {
        refuse(sheet, row, ReturnImport::tr("%1 %2 is in the future.").arg(label, day.toString(Qt::ISODate)));
    } else {
        return day;
    }
    return QDate();
}

bool ReturnChecker::servedOn(ReturnSheet sheet, int row, qint64 enterpriseId, const QDate& day)
{
    if (m_records.agencyServing(enterpriseId, day) == m_agencyId) {
        return true;
    }
    refuse(sheet, row,
           ReturnImport::tr("On %1 the enterprise was not served by %2.")
               .arg(day.toString(Qt::ISODate), m_wb.meta.agencyName));
    return false;
}

bool ReturnChecker::positiveCount(ReturnSheet sheet, int row, const QString& text, const QString& label, int* out)
{
    bool ok = false;
    const double n = text.trimmed().toDouble(&ok);
    if (!ok || n < 1 || n > 100000 || std::floor(n) != n) {
        refuse(sheet, row, ReturnImport::tr("%1 must be a whole number of at least 1.").arg(label));
        return false;
    }
    *out = int(n);
    return true;
}

int ReturnChecker::matchPrevious(const QString& fingerprint, ReturnItem::Target target)
{
    for (int i = 0; i < m_previousItems.size(); ++i) {
        if (!m_consumed.at(i) && m_previousItems.at(i).target == target
            && m_previousItems.at(i).fingerprint == fingerprint) {
            m_consumed[i] = true;
            return i;
        }
    }
    return -1;
}

int ReturnChecker::previousOf(ReturnItem::Target target, qint64 id)
{
    for (int i = 0; i < m_previousItems.size(); ++i) {
        if (!m_consumed.at(i) && m_previousItems.at(i).target == target && m_previousItems.at(i).targetId == id) {
            m_consumed[i] = true;
            return i;
        }
    }
    return -1;
}

ReturnChecker::Entry ReturnChecker::entryOf(ReturnSheet sheet, int row, const QString& fingerprint, qint64 enterpriseId)
{
    Entry e;
    e.sheet = sheet;
    e.row = row;
    e.fingerprint = fingerprint;
    e.enterpriseId = enterpriseId;
    return e;
}

ReturnChecker::Entry& ReturnChecker::keepRow(ReturnSheet sheet, int row, const QString& fingerprint, int itemIndex)
{
    Entry e = entryOf(sheet, row, fingerprint, 0);
    e.keptItemId = m_previousItems.at(itemIndex).id;
    m_p.entries.append(e);
    ++m_p.unchanged;
    return m_p.entries.last();
}

qint64 ReturnChecker::inspectionOn(qint64 enterpriseId, const QDate& day) const
{
    ServiceRecordRepository::Filter f;
    f.enterpriseId = enterpriseId;
    f.from = day;
    f.to = day;
    for (const ServiceRecord& r : m_records.list(f)) {
        // An agency returns its own inspections: never the street's of the same day.
        if (!r.isVoided() && r.kind == RecordKind::Inspection && r.inspector == Inspector::Agency
            && !m_withdrawnInspections.contains(r.id)) {
            return r.id;
        }
    }
    return 0;
}

void ReturnChecker::checkRecordSheet(ReturnSheet sheet)
{
    RecordKind kind;
    ReturnRows::recordKind(sheet, &kind);
    const QList<W::Column> columns = ReturnWorkbook::columns(sheet);
    const TextTable table = m_wb.data.value(sheet);
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList& cells = table.rows.at(i);
        const int row = table.lineOf(i);
        const QString idText = cells.value(0).trimmed();
        if (idText.isEmpty() && !ReturnRows::isFilled(sheet, cells)) {
            continue; // a pre-filled enterprise row left empty
        }
        const QString fingerprint = ReturnRows::fingerprint(sheet, cells);
        if (!idText.isEmpty()) {
            // A row the template numbered: already in the ledger, for reference.
            bool ok = false;
            const std::optional<ServiceRecord> existing = m_records.find(idText.toLongLong(&ok));
            if (!ok || !existing || existing->isVoided() || existing->kind != kind) {
                refuse(sheet, row,
                       ReturnImport::tr("Record number %1 is not in the ledger (or was voided); clear the number to "
                                        "enter the row as a new record.")
                           .arg(idText));
                continue;
            }
            QStringList names;
            for (qint64 id : existing->expertIds) {
                names << m_expertNames.value(id);
            }
            const QString code = cells.value(1);
            const QStringList rendered
                = ReturnRows::record(sheet, *existing, code, cells.value(2), ReturnRows::joinNames(names));
            const std::optional<Enterprise> owner = m_enterprises.find(existing->enterpriseId);
            if (!owner || owner->creditCode.toUpper() != code.trimmed().toUpper()
                || ReturnRows::fingerprint(sheet, rendered) != fingerprint) {
                refuse(sheet, row,
                       ReturnImport::tr("Record number %1 is already in the ledger and a return cannot change it; "
                                        "restore the row as it was, or ask the street office to correct the record.")
                           .arg(idText));
                continue;
            }
            const int kept = previousOf(ReturnItem::Target::ServiceRecord, existing->id);
            if (kept >= 0) {
                keepRow(sheet, row, fingerprint, kept);
            } else {
                ++m_p.unchanged;
            }
            if (kind == RecordKind::Inspection) {
                m_inspectionsInFile.insert(ReturnRows::inspectionKey(code, existing->doneOn));
            }
            continue;
        }
        const int kept = matchPrevious(fingerprint, ReturnItem::Target::ServiceRecord);
        if (kept >= 0) {
            keepRow(sheet, row, fingerprint, kept);
            if (kind == RecordKind::Inspection) {
                m_inspectionsInFile.insert(ReturnRows::inspectionKey(cells.value(1), TypedDate::parse(cells.value(3))));
            }
            continue;
        }
        const int before = int(m_p.refusals.size());
        if (kind == RecordKind::Inspection) {
            // A hazard this inspection found is not refused for the inspection's fault as well.
            m_inspectionsInFile.insert(ReturnRows::inspectionKey(cells.value(1), TypedDate::parse(cells.value(3))));
        }
        const ReturnRepository::ServedEnterprise* enterprise = enterpriseOf(sheet, row, cells.value(1));
        const QDate day = dayIn(sheet, row, cells.value(3), columns.at(3).header);
        if (!enterprise || !day.isValid() || !servedOn(sheet, row, enterprise->id, day)) {
            continue;
        }
        ServiceRecord r;
        r.enterpriseId = enterprise->id;
        r.agencyId = m_agencyId;
        r.kind = kind;
        r.doneOn = day;
        QString what = columns.at(4).header;
        switch (sheet) {
        case ReturnSheet::Inspections: {
            const QStringList names = ReturnRows::splitNames(cells.value(W::Inspection::Experts));
            if (names.isEmpty()) {
                refuse(sheet, row, ReturnImport::tr("Name the experts who did the inspection."));
            }
            for (const QString& name : names) {
                if (!m_experts.contains(name)) {
                    refuse(sheet, row,
                           ReturnImport::tr("\"%1\" is not an expert of %2.").arg(name, m_wb.meta.agencyName));
                } else {
                    r.expertIds << m_experts.value(name);
                }
            }
            r.content = cells.value(W::Inspection::Findings).trimmed();
            what = ReturnRows::joinNames(names);
            break;
        }
        case ReturnSheet::Trainings:
        case ReturnSheet::Drills:
            r.topic = cells.value(W::Training::Topic).trimmed();
            r.content = cells.value(W::Training::Content).trimmed();
            positiveCount(sheet, row, cells.value(W::Training::People), columns.at(W::Training::People).header,
                          &r.peopleCount);
            what = r.topic;
            break;
        case ReturnSheet::YearEndReports: {
            bool ok = false;
            r.reportYear = int(cells.value(W::YearEnd::ReportYear).trimmed().toDouble(&ok));
            if (!ok) {
                r.reportYear = 0;
            }
            r.content = cells.value(W::YearEnd::Summary).trimmed();
            r.problems = cells.value(W::YearEnd::Problems).trimmed();
            r.measures = cells.value(W::YearEnd::Measures).trimmed();
            what = QString::number(r.reportYear);
            break;
        }
        default:
            break;
        }
        if (m_p.refusals.size() == before) {
            const QString problem = ServiceRecordValidator::problem(r, Clock::today());
            if (!problem.isEmpty()) {
                refuse(sheet, row, problem);
            }
        }
        if (m_p.refusals.size() != before) {
            continue;
        }
        Entry e = entryOf(sheet, row, fingerprint, enterprise->id);
        e.record = r;
        m_p.entries.append(e);
        addChange(sheet, row, QStringLiteral("%1 %2 %3").arg(enterprise->name, day.toString(Qt::ISODate), what));
        if (kind == RecordKind::Inspection) {
            m_inspectionsInFile.insert(ReturnRows::inspectionKey(enterprise->creditCode, day));
        }
    }
    if (kind == RecordKind::Inspection) {
        // The earlier return's inspections this file no longer has will be voided.
        for (int i = 0; i < m_previousItems.size(); ++i) {
            const ReturnItem& item = m_previousItems.at(i);
            ReturnSheet itemSheet;
            if (!m_consumed.at(i) && ReturnRows::sheetFromKey(item.sheet, &itemSheet)
                && itemSheet == ReturnSheet::Inspections) {
                m_withdrawnInspections.insert(item.targetId);
            }
        }
    }
}

// New hazards: each belongs to an inspection of the same enterprise and day, in this file or in the ledger.
void ReturnChecker::checkNewHazards()
{
    const ReturnSheet sheet = ReturnSheet::NewHazards;
    const QList<W::Column> columns = ReturnWorkbook::columns(sheet);
    const TextTable table = m_wb.data.value(sheet);
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList& cells = table.rows.at(i);
        const int row = table.lineOf(i);
        const QString idText = cells.value(W::NewHazard::Id).trimmed();
        if (idText.isEmpty() && !ReturnRows::isFilled(sheet, cells)) {
            continue;
        }
        const QString fingerprint = ReturnRows::fingerprint(sheet, cells);
        const QString code = cells.value(W::NewHazard::Code).trimmed().toUpper();
        const QDate found = TypedDate::parse(cells.value(W::NewHazard::Date));
        if (!idText.isEmpty()) {
            bool ok = false;
            const std::optional<Hazard> existing = m_hazards.find(idText.toLongLong(&ok));
            const std::optional<Enterprise> owner
                = existing ? m_enterprises.find(existing->enterpriseId) : std::nullopt;
            if (!ok || !existing || !owner) {
                refuse(sheet, row,
                       ReturnImport::tr("Hazard number %1 is not in the ledger; clear the number to enter the row as "
                                        "a new hazard.")
                           .arg(idText));
                continue;
            }
            if (owner->creditCode.toUpper() != code
                || ReturnRows::fingerprint(sheet, ReturnRows::newHazard(*existing, owner->creditCode, owner->name))
                    != fingerprint) {
                refuse(sheet, row,
                       ReturnImport::tr("Hazard number %1 is already in the ledger and a return cannot change it; "
                                        "report its progress on the sheet \"%2\".")
                           .arg(idText, ReturnWorkbook::sheetName(ReturnSheet::HazardProgress)));
                continue;
            }
            const int kept = previousOf(ReturnItem::Target::Hazard, existing->id);
            if (kept >= 0) {
                Entry& e = keepRow(sheet, row, fingerprint, kept);
                e.hazard = *existing;
                e.inspectionKey = ReturnRows::inspectionKey(code, existing->foundOn);
                e.inspectionId = inspectionOn(existing->enterpriseId, existing->foundOn);
            } else {
                ++m_p.unchanged;
            }
            continue;
        }
        const int kept = matchPrevious(fingerprint, ReturnItem::Target::Hazard);
        if (kept >= 0) {
            Entry& e = keepRow(sheet, row, fingerprint, kept);
            if (const std::optional<Hazard> h = m_hazards.find(m_previousItems.at(kept).targetId)) {
                e.hazard = *h;
                e.inspectionId = inspectionOn(h->enterpriseId, h->foundOn);
            }
            e.inspectionKey = ReturnRows::inspectionKey(code, found);
            continue;
        }
        const int before = int(m_p.refusals.size());
        const ReturnRepository::ServedEnterprise* enterprise = enterpriseOf(sheet, row, code);
        const QDate day = dayIn(sheet, row, cells.value(W::NewHazard::Date), columns.at(W::NewHazard::Date).header);
        if (!enterprise || !day.isValid() || !servedOn(sheet, row, enterprise->id, day)) {
            continue;
        }
        Hazard h;
        h.enterpriseId = enterprise->id;
        h.foundOn = day;
        h.place = cells.value(W::NewHazard::Place).trimmed();
        h.description = cells.value(W::NewHazard::Description).trimmed();
        h.category = cells.value(W::NewHazard::Category).trimmed();
        h.demand = cells.value(W::NewHazard::Demand).trimmed();
        h.responsible = cells.value(W::NewHazard::Responsible).trimmed();
        if (h.description.isEmpty()) {
            refuse(sheet, row, ReturnImport::tr("Describe the hazard."));
        }
        const QString grade = cells.value(W::NewHazard::Grade).trimmed();
        if (grade.isEmpty()) {
            refuse(sheet, row, ReturnImport::tr("Choose the hazard's grade (general or major)."));
        } else if (!FixedChinese::hazardGradeFromWord(grade, &h.grade)) {
            refuse(sheet, row, ReturnImport::tr("\"%1\" is not a hazard grade; choose one from the list.").arg(grade));
        }
        const QString deadline = cells.value(W::NewHazard::Deadline).trimmed();
        if (!deadline.isEmpty()) {
            h.deadline = TypedDate::parse(deadline);
            if (!h.deadline.isValid()) {
                refuse(sheet, row,
                       ReturnImport::tr("%1 \"%2\" is not a date; write it like 2026-10-08.")
                           .arg(columns.at(W::NewHazard::Deadline).header, deadline));
            }
        }
        if (m_p.refusals.size() == before) {
            const QString problem = ServiceRecordValidator::hazardProblem(h);
            if (!problem.isEmpty()) {
                refuse(sheet, row, problem);
            }
        }
        Entry e = entryOf(sheet, row, fingerprint, enterprise->id);
        e.inspectionKey = ReturnRows::inspectionKey(enterprise->creditCode, day);
        if (!m_inspectionsInFile.contains(e.inspectionKey)) {
            e.inspectionId = inspectionOn(enterprise->id, day);
            if (e.inspectionId == 0) {
                refuse(sheet, row,
                       ReturnImport::tr("There is no inspection of this enterprise on %1, in this file or in the "
                                        "ledger; a hazard is found by an inspection, so add it to the sheet \"%2\".")
                           .arg(day.toString(Qt::ISODate), ReturnWorkbook::sheetName(ReturnSheet::Inspections)));
            }
        }
        if (m_p.refusals.size() != before) {
            continue;
        }
        e.hazard = h;
        m_p.entries.append(e);
        addChange(sheet, row,
                  QStringLiteral("%1 %2 %3").arg(enterprise->name, day.toString(Qt::ISODate), h.description));
    }
}

void ReturnChecker::checkProgress()
{
    // --- Hazard progress: the steps of each hazard, in the order of the rows, through the hazard rules.
    // When an earlier return for the quarter moved a hazard, the file either continues from there (a template
    // made after that return shows the hazard's state after those steps, or the file repeats them first) or
    // corrects them (it shows the state before them and other steps): then they are taken back and this
    // file's steps start from where the hazard stood before them. A hazard the file does not list at all
    // keeps what the earlier return did to it.
    const ReturnSheet sheet = ReturnSheet::HazardProgress;
    const QList<W::Column> columns = ReturnWorkbook::columns(sheet);
    const TextTable table = m_wb.data.value(sheet);
    QList<qint64> order;
    QHash<qint64, QList<Entry>> steps;
    QHash<qint64, Hazard> current;
    QHash<qint64, QString> shownState; // the state the file's pre-filled row shows
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList& cells = table.rows.at(i);
        const int row = table.lineOf(i);
        bool ok = false;
        const qint64 hazardId = cells.value(W::Progress::HazardId).trimmed().toLongLong(&ok);
        const bool filled = ReturnRows::isFilled(sheet, cells);
        const std::optional<Hazard> hazard = ok ? m_hazards.find(hazardId) : std::nullopt;
        if (hazard && !current.contains(hazardId)) {
            order << hazardId;
            current.insert(hazardId, *hazard);
            shownState.insert(hazardId, cells.value(W::Progress::State).trimmed());
        }
        if (!filled) {
            continue;
        }
        if (!hazard) {
            refuse(sheet, row,
                   ReturnImport::tr("Hazard number \"%1\" is not in the ledger.")
                       .arg(cells.value(W::Progress::HazardId).trimmed()));
            continue;
        }
        if (!m_servedById.contains(hazard->enterpriseId)) {
            refuse(sheet, row,
                   ReturnImport::tr("Hazard %1 belongs to an enterprise %2 did not serve in this quarter.")
                       .arg(hazardId)
                       .arg(m_wb.meta.agencyName));
            continue;
        }
        Entry e = entryOf(sheet, row, ReturnRows::fingerprint(sheet, cells), hazard->enterpriseId);
        e.hazardId = hazardId;
        const QString actionText = cells.value(W::Progress::Action).trimmed();
        if (actionText.isEmpty()) {
            refuse(sheet, row,
                   ReturnImport::tr("Choose the step taken in %1.").arg(columns.at(W::Progress::Action).header));
            continue;
        }
        if (!ReturnWorkbook::progressFromWord(actionText, &e.action)) {
            refuse(sheet, row, ReturnImport::tr("\"%1\" is not a step of the list.").arg(actionText));
            continue;
        }
        e.step.day = dayIn(sheet, row, cells.value(W::Progress::Date), columns.at(W::Progress::Date).header);
        if (!e.step.day.isValid()) {
            continue;
        }
        e.step.remark = cells.value(W::Progress::Remark).trimmed();
        e.step.closeReason = cells.value(W::Progress::CloseReason).trimmed();
        steps[hazardId] << e;
    }
    // The steps the earlier return brought, per hazard.
    QHash<qint64, QList<int>> earlier;
    for (int i = 0; i < m_previousItems.size(); ++i) {
        if (m_previousItems.at(i).target == ReturnItem::Target::HazardEvent) {
            earlier[m_previousItems.at(i).hazardId] << i;
        }
    }
    const auto keep = [&](const QList<int>& items) {
        for (int index : items) {
            m_consumed[index] = true;
            const ReturnItem& item = m_previousItems.at(index);
            keepRow(sheet, item.row, item.fingerprint, index).hazardId = item.hazardId;
        }
    };
    for (auto it = earlier.cbegin(); it != earlier.cend(); ++it) {
        if (!current.contains(it.key())) {
            keep(it.value()); // not in this file: what the earlier return did stays
        }
    }
    for (qint64 hazardId : std::as_const(order)) {
        QList<Entry> mine = steps.value(hazardId);
        const QList<int> theirs = earlier.value(hazardId);
        Hazard state = current.value(hazardId);
        if (!theirs.isEmpty()) {
            const Hazard before = hazardBefore(state, m_previousItems.at(theirs.first()).undo);
            int repeated = 0;
            while (repeated < theirs.size() && repeated < mine.size()
                   && m_previousItems.at(theirs.at(repeated)).fingerprint == mine.at(repeated).fingerprint) {
                ++repeated;
            }
            const bool continues = repeated == theirs.size()
                || (shownState.value(hazardId) == FixedChinese::hazardState(state.state)
                    && state.state != before.state);
            if (continues) {
                keep(theirs);
                mine = mine.mid(repeated == theirs.size() ? repeated : 0);
            } else if (m_returns.latestEventId(hazardId) != m_previousItems.at(theirs.last()).targetId) {
                // Taken back at commit: possible only while nothing happened to the hazard after them.
                refuse(sheet, m_previousItems.at(theirs.last()).row,
                       ReturnImport::tr(
                           "Hazard %1 has moved on since the earlier return, so the steps that return brought "
                           "cannot be replaced; repeat them unchanged in this file, or ask the street office.")
                           .arg(hazardId));
                continue;
            } else {
                state = before; // the earlier steps are taken back; this file's start from there
            }
        }
        const int evidence = m_hazards.afterEvidenceCount(hazardId);
        for (Entry& e : mine) {
            e.step.afterEvidence = evidence;
            const QString refused = HazardLifecycle::refusal(state, e.action, e.step, m_today);
            if (!refused.isEmpty()) {
                refuse(sheet, e.row, ReturnImport::tr("Hazard %1: %2").arg(hazardId).arg(refused));
                break;
            }
            state = HazardLifecycle::apply(state, e.action, e.step);
            m_p.entries.append(e);
            addChange(sheet, e.row,
                      QStringLiteral("%1 %2 %3 %4")
                          .arg(m_servedById.value(e.enterpriseId).name)
                          .arg(hazardId)
                          .arg(ReturnWorkbook::progressWord(e.action), e.step.day.toString(Qt::ISODate)));
        }
    }
}

// Baseline documents: a date where the ledger has none; a date it already has is a reference.
void ReturnChecker::checkBaseline()
{
    const ReturnSheet sheet = ReturnSheet::Baseline;
    const QList<W::Column> columns = ReturnWorkbook::columns(sheet);
    const TextTable table = m_wb.data.value(sheet);
    QList<int> rest;
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList& cells = table.rows.at(i);
        if (cells.value(W::Baseline::Date).trimmed().isEmpty()) {
            continue;
        }
        const QString fingerprint = ReturnRows::fingerprint(sheet, cells);
        const int kept = matchPrevious(fingerprint, ReturnItem::Target::BaselineDocument);
        if (kept >= 0) {
            keepRow(sheet, table.lineOf(i), fingerprint, kept);
        } else {
            rest << i;
        }
    }
    QSet<qint64> withdrawnDocuments;
    for (int i = 0; i < m_previousItems.size(); ++i) {
        if (!m_consumed.at(i) && m_previousItems.at(i).target == ReturnItem::Target::BaselineDocument) {
            withdrawnDocuments.insert(m_previousItems.at(i).targetId);
        }
    }
    for (int i : std::as_const(rest)) {
        const QStringList& cells = table.rows.at(i);
        const int row = table.lineOf(i);
        const ReturnRepository::ServedEnterprise* enterprise = enterpriseOf(sheet, row, cells.value(W::Baseline::Code));
        BaselineKind kind;
        if (!enterprise) {
            continue;
        }
        if (!ReturnWorkbook::baselineFromWord(cells.value(W::Baseline::Kind), &kind)) {
            refuse(sheet, row,
                   ReturnImport::tr("\"%1\" is not a baseline document of the list.")
                       .arg(cells.value(W::Baseline::Kind).trimmed()));
            continue;
        }
        const QDate written = TypedDate::parse(cells.value(W::Baseline::Date));
        BaselineDocument existing;
        for (const BaselineDocument& d : m_baseline.listOf(enterprise->id)) {
            if (d.kind == kind) {
                existing = d;
            }
        }
        const bool existingStays = existing.completedOn.isValid() && !withdrawnDocuments.contains(existing.id);
        if (existingStays && written == existing.completedOn) {
            ++m_p.unchanged;
            continue;
        }
        if (existingStays) {
            refuse(sheet, row,
                   ReturnImport::tr("The ledger has this document completed on %1; a return cannot change that date.")
                       .arg(existing.completedOn.toString(Qt::ISODate)));
            continue;
        }
        const QDate day = dayIn(sheet, row, cells.value(W::Baseline::Date), columns.at(W::Baseline::Date).header);
        if (!day.isValid() || !servedOn(sheet, row, enterprise->id, day)) {
            continue;
        }
        Entry e = entryOf(sheet, row, ReturnRows::fingerprint(sheet, cells), enterprise->id);
        e.baselineKind = kind;
        e.completedOn = day;
        m_p.entries.append(e);
        addChange(sheet, row,
                  QStringLiteral("%1 %2 %3")
                      .arg(enterprise->name, ReturnWorkbook::baselineWord(kind), day.toString(Qt::ISODate)));
    }
}

void ReturnChecker::checkRisks()
{
    using R = W::Risk;
    const ReturnSheet sheet = ReturnSheet::RiskAssessments;
    const QList<W::Column> columns = ReturnWorkbook::columns(sheet);
    const TextTable table = m_wb.data.value(sheet);
    // The assessments the earlier return for this quarter brought are taken back and written anew from this file (a
    // correction replaces them whole); those already in the ledger otherwise are not written twice.
    QSet<qint64> fromEarlier;
    for (const ReturnItem& item : std::as_const(m_previousItems)) {
        if (item.target == ReturnItem::Target::RiskAssessment) {
            fromEarlier.insert(item.targetId);
        }
    }
    QHash<qint64, QList<RiskAssessment>> ledger;
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList& cells = table.rows.at(i);
        const int row = table.lineOf(i);
        if (!ReturnRows::isFilled(sheet, cells)) {
            continue; // a pre-filled enterprise row left empty
        }
        const int before = int(m_p.refusals.size());
        const ReturnRepository::ServedEnterprise* enterprise = enterpriseOf(sheet, row, cells.value(R::Code));
        const QDate day = dayIn(sheet, row, cells.value(R::Date), columns.at(R::Date).header);
        if (!enterprise || !day.isValid() || !servedOn(sheet, row, enterprise->id, day)) {
            continue;
        }
        RiskPoint p;
        p.place = cells.value(R::Place).trimmed();
        p.hazardFactors = cells.value(R::Factors).trimmed();
        p.accidentType = cells.value(R::Accident).trimmed();
        p.measures = cells.value(R::Measures).trimmed();
        p.responsible = cells.value(R::Responsible).trimmed();
        p.sourceRow = row;
        if (p.place.isEmpty()) {
            refuse(sheet, row, ReturnImport::tr("%1 is missing.").arg(columns.at(R::Place).header));
        }
        if (!FixedChinese::riskMethodFromWord(cells.value(R::Method), &p.method)) {
            refuse(sheet, row,
                   ReturnImport::tr("%1 must be one of: %2.")
                       .arg(columns.at(R::Method).header, columns.at(R::Method).choices.join(QStringLiteral(", "))));
        } else if (p.method == RiskMethod::Lec) {
            for (const auto& [column, field] : { std::pair{ int(R::L), &p.lTenths }, std::pair{ int(R::E), &p.eTenths },
                                                 std::pair{ int(R::C), &p.cTenths } }) {
                if (!RiskGrading::tenthsFromText(cells.value(column), field)) {
                    refuse(sheet, row,
                           ReturnImport::tr("%1 \"%2\" is not a number with at most one decimal.")
                               .arg(columns.at(column).header, cells.value(column).trimmed()));
                }
            }
        } else {
            for (const auto& [column, field] :
                 { std::pair{ int(R::Likelihood), &p.likelihood }, std::pair{ int(R::Severity), &p.severity } }) {
                bool ok = false;
                const double value = cells.value(column).trimmed().toDouble(&ok);
                *field = ok && value == std::floor(value) ? int(value) : 0;
            }
        }
        QString why;
        if (m_p.refusals.size() == before && !RiskGrading::grade(p, &p.level, &why)) {
            refuse(sheet, row, why);
        }
        if (m_p.refusals.size() != before) {
            continue;
        }
        // The same point of an assessment already in the ledger (not one the earlier return brought): nothing to write.
        if (!ledger.contains(enterprise->id)) {
            ledger.insert(enterprise->id, m_risks.listOf(enterprise->id));
        }
        bool known = false;
        for (const RiskAssessment& a : ledger.value(enterprise->id)) {
            if (a.assessedOn != day || fromEarlier.contains(a.id)) {
                continue;
            }
            for (const RiskPoint& q : a.points) {
                known = known
                    || (q.place == p.place && q.method == p.method && q.lTenths == p.lTenths && q.eTenths == p.eTenths
                        && q.cTenths == p.cTenths && q.likelihood == p.likelihood && q.severity == p.severity);
            }
        }
        if (known) {
            ++m_p.unchanged;
            continue;
        }
        Entry e = entryOf(sheet, row, ReturnRows::fingerprint(sheet, cells), enterprise->id);
        e.completedOn = day;
        e.riskPoint = p;
        e.assessors = cells.value(R::Assessors).trimmed();
        m_p.entries.append(e);
        addChange(sheet, row,
                  QStringLiteral("%1 %2 %3 %4")
                      .arg(enterprise->name, day.toString(Qt::ISODate), p.place, FixedChinese::riskLevel(p.level)));
    }
}

void ReturnChecker::collectWithdrawals()
{
    for (int i = 0; i < m_previousItems.size(); ++i) {
        if (m_consumed.at(i)) {
            continue;
        }
        const ReturnItem& item = m_previousItems.at(i);
        ReturnSheet sheet = ReturnSheet::Inspections;
        ReturnRows::sheetFromKey(item.sheet, &sheet);
        if (item.target == ReturnItem::Target::Hazard) {
            const QString problem = m_returns.hazardRemovalProblem(item.targetId);
            if (!problem.isEmpty()) {
                refuse(sheet, item.row, problem);
                continue;
            }
        }
        m_p.withdrawn.append(item);
        m_p.withdrawals.append(
            { sheet, item.row, ReturnImport::tr("row %1 of %2").arg(item.row).arg(m_p.previousFileName) });
    }
}

} // namespace sl::core
