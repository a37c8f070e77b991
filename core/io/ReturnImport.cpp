#include "ReturnImport.h"

#include "Clock.h"
#include "ReturnRows.h"
#include "db/AgencyRepository.h"
#include "db/BackupManager.h"
#include "db/BaselineRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/HazardRepository.h"
#include "db/ReturnRepository.h"
#include "db/ServiceRecordRepository.h"
#include "db/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace sl::core {

namespace {

using W = ReturnWorkbook;

QString keyOf(const QString& code, const QDate& day)
{
    return code.trimmed().toUpper() + QLatin1Char('|') + day.toString(Qt::ISODate);
}

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

QString ReturnImport::Preview::summary() const
{
    if (!fileProblem.isEmpty()) {
        return fileProblem;
    }
    if (sameFileAgain) {
        return tr("This file was imported already; importing it again changes nothing.");
    }
    QString text = tr("%1, %2 Q%3: %n row(s) to add", nullptr, int(additions.size()))
                       .arg(meta.agencyName)
                       .arg(meta.year)
                       .arg(meta.quarter);
    text += tr(", %n row(s) already in the ledger", nullptr, unchanged);
    if (previousReturnId > 0 && !withdrawals.isEmpty()) {
        text += tr(", %n row(s) of the earlier return %1 taken back", nullptr, int(withdrawals.size()))
                    .arg(previousFileName);
    }
    if (!refusals.isEmpty()) {
        text += tr("; %n row(s) refused, so nothing will be imported", nullptr, int(refusals.size()));
    }
    return tr("%1.", "the end of a sentence").arg(text);
}

ReturnImport::Preview ReturnImport::prepare(Database& db, const QString& path)
{
    Preview p;
    p.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        p.fileProblem = tr("Cannot open %1: %2").arg(p.fileName, file.errorString());
        return p;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    file.close();
    ReturnWorkbook workbook;
    QString error;
    if (!ReturnWorkbook::read(path, &workbook, &error)) {
        p.fileProblem = error;
        return p;
    }
    return prepareWorkbook(db, workbook, p.fileName, QString::fromLatin1(hash.result().toHex()));
}

ReturnImport::Preview ReturnImport::prepareWorkbook(Database& db, const ReturnWorkbook& wb, const QString& fileName,
                                                    const QString& sha256)
{
    Preview p;
    p.fileName = fileName;
    p.sha256 = sha256;
    p.meta = wb.meta;
    const QDate today = Clock::today();
    const QDate first = wb.meta.firstDay();
    const QDate last = wb.meta.lastDay();
    const qint64 agencyId = wb.meta.agencyId;

    AgencyRepository agencies(db);
    const std::optional<Agency> agency = agencies.find(agencyId);
    if (!agency || agency->name != wb.meta.agencyName) {
        p.fileProblem = tr("%1 is the return of \"%2\", which is not an agency in this ledger.")
                            .arg(fileName, wb.meta.agencyName);
        return p;
    }
    if (first > today) {
        p.fileProblem = tr("%1 is the return for %2 Q%3, which has not begun yet.")
                            .arg(fileName)
                            .arg(wb.meta.year)
                            .arg(wb.meta.quarter);
        return p;
    }
    ReturnRepository returns(db);
    const std::optional<AgencyReturn> previous = returns.current(agencyId, wb.meta.year, wb.meta.quarter);
    QList<ReturnItem> previousItems;
    if (previous) {
        p.previousReturnId = previous->id;
        p.previousFileName = previous->fileName;
        if (previous->sha256 == sha256) {
            p.sameFileAgain = true;
            return p;
        }
        previousItems = returns.items(previous->id);
    }
    QList<bool> consumed(previousItems.size(), false);
    // Takes the earlier return's first unmatched item with this content; its index, or -1.
    const auto matchPrevious = [&](const QString& fingerprint, ReturnItem::Target target) {
        for (int i = 0; i < previousItems.size(); ++i) {
            if (!consumed.at(i) && previousItems.at(i).target == target
                && previousItems.at(i).fingerprint == fingerprint) {
                consumed[i] = true;
                return i;
            }
        }
        return -1;
    };
    const auto previousOf = [&](ReturnItem::Target target, qint64 id) {
        for (int i = 0; i < previousItems.size(); ++i) {
            if (!consumed.at(i) && previousItems.at(i).target == target && previousItems.at(i).targetId == id) {
                consumed[i] = true;
                return i;
            }
        }
        return -1;
    };

    // A row the earlier return brought as well: nothing to write, its provenance moves to the new return.
    const auto keepRow = [&](ReturnSheet sheet, int row, const QString& fingerprint, int itemIndex) -> Entry& {
        Entry e;
        e.sheet = sheet;
        e.row = row;
        e.fingerprint = fingerprint;
        e.keptItemId = previousItems.at(itemIndex).id;
        p.entries.append(e);
        ++p.unchanged;
        return p.entries.last();
    };

    QHash<QString, ReturnRepository::ServedEnterprise> served;
    QHash<qint64, ReturnRepository::ServedEnterprise> servedById;
    for (const ReturnRepository::ServedEnterprise& e : returns.servedEnterprises(agencyId, first, last)) {
        served.insert(e.creditCode.toUpper(), e);
        servedById.insert(e.id, e);
    }
    QHash<QString, qint64> experts;
    QHash<qint64, QString> expertNames;
    for (const Expert& e : agencies.experts(agencyId, false)) {
        experts.insert(e.name.trimmed(), e.id);
        expertNames.insert(e.id, e.name);
    }
    EnterpriseRepository enterprises(db);
    ServiceRecordRepository records(db);
    HazardRepository hazards(db);
    BaselineRepository baseline(db);

    const auto refuse = [&p](ReturnSheet sheet, int row, const QString& reason) {
        p.refusals.append({ sheet, row, reason });
    };
    const auto enterpriseOf
        = [&](ReturnSheet sheet, int row, const QString& text) -> const ReturnRepository::ServedEnterprise* {
        const QString code = text.trimmed().toUpper();
        if (code.isEmpty()) {
            refuse(sheet, row, tr("The unified social credit code is missing."));
            return nullptr;
        }
        const auto it = served.constFind(code);
        if (it != served.constEnd()) {
            return &it.value();
        }
        if (enterprises.findByCreditCode(code)) {
            refuse(sheet, row,
                   tr("The enterprise %1 was not served by %2 in this quarter.").arg(code, wb.meta.agencyName));
        } else {
            refuse(sheet, row, tr("No enterprise in the ledger has the credit code %1.").arg(code));
        }
        return nullptr;
    };
    const auto dayIn = [&](ReturnSheet sheet, int row, const QString& text, const QString& label) {
        const QDate day = ReturnWorkbook::parseDate(text);
        if (text.trimmed().isEmpty()) {
            refuse(sheet, row, tr("%1 is missing.").arg(label));
        } else if (!day.isValid()) {
            refuse(sheet, row, tr("%1 \"%2\" is not a date; write it like 2026-10-08.").arg(label, text.trimmed()));
        } else if (day < first || day > last) {
            refuse(sheet, row,
                   tr("%1 %2 is outside %3 Q%4 (%5 to %6).")
                       .arg(label, day.toString(Qt::ISODate))
                       .arg(wb.meta.year)
                       .arg(wb.meta.quarter)
                       .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
        } else if (day > today) {
            refuse(sheet, row, tr("%1 %2 is in the future.").arg(label, day.toString(Qt::ISODate)));
        } else {
            return day;
        }
        return QDate();
    };
    const auto servedOn = [&](ReturnSheet sheet, int row, qint64 enterpriseId, const QDate& day) {
        if (records.agencyServing(enterpriseId, day) == agencyId) {
            return true;
        }
        refuse(sheet, row,
               tr("On %1 the enterprise was not served by %2.").arg(day.toString(Qt::ISODate), wb.meta.agencyName));
        return false;
    };
    const auto positiveCount = [&](ReturnSheet sheet, int row, const QString& text, const QString& label, int* out) {
        bool ok = false;
        const double n = text.trimmed().toDouble(&ok);
        if (!ok || n < 1 || n > 100000 || std::floor(n) != n) {
            refuse(sheet, row, tr("%1 must be a whole number of at least 1.").arg(label));
            return false;
        }
        *out = int(n);
        return true;
    };
    const auto addChange = [&p](ReturnSheet sheet, int row, const QString& what) {
        p.additions.append({ sheet, row, what });
    };

    // Inspections of this file (new and kept) and of the ledger, by enterprise and day: new hazards name one.
    QSet<QString> inspectionsInFile;
    QSet<qint64> withdrawnInspections;

    // --- The record sheets (inspections first: new hazards refer to them).
    const auto recordSheet = [&](ReturnSheet sheet) {
        RecordKind kind;
        ReturnRows::recordKind(sheet, &kind);
        const QList<W::Column> columns = ReturnWorkbook::columns(sheet);
        const TextTable table = wb.data.value(sheet);
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
                const std::optional<ServiceRecord> existing = records.find(idText.toLongLong(&ok));
                if (!ok || !existing || existing->isVoided() || existing->kind != kind) {
                    refuse(sheet, row,
                           tr("Record number %1 is not in the ledger (or was voided); clear the number to "
                              "enter the row as a new record.")
                               .arg(idText));
                    continue;
                }
                QStringList names;
                for (qint64 id : existing->expertIds) {
                    names << expertNames.value(id);
                }
                const QString code = cells.value(1);
                const QStringList rendered
                    = ReturnRows::record(sheet, *existing, code, cells.value(2), ReturnRows::joinNames(names));
                const std::optional<Enterprise> owner = enterprises.find(existing->enterpriseId);
                if (!owner || owner->creditCode.toUpper() != code.trimmed().toUpper()
                    || ReturnRows::fingerprint(sheet, rendered) != fingerprint) {
                    refuse(sheet, row,
                           tr("Record number %1 is already in the ledger and a return cannot change it; "
                              "restore the row as it was, or ask the street office to correct the record.")
                               .arg(idText));
                    continue;
                }
                const int kept = previousOf(ReturnItem::Target::ServiceRecord, existing->id);
                if (kept >= 0) {
                    keepRow(sheet, row, fingerprint, kept);
                } else {
                    ++p.unchanged;
                }
                if (kind == RecordKind::Inspection) {
                    inspectionsInFile.insert(keyOf(code, existing->doneOn));
                }
                continue;
            }
            const int kept = matchPrevious(fingerprint, ReturnItem::Target::ServiceRecord);
            if (kept >= 0) {
                keepRow(sheet, row, fingerprint, kept);
                if (kind == RecordKind::Inspection) {
                    inspectionsInFile.insert(keyOf(cells.value(1), ReturnWorkbook::parseDate(cells.value(3))));
                }
                continue;
            }
            const int before = int(p.refusals.size());
            if (kind == RecordKind::Inspection) {
                // A hazard this inspection found is not refused for the inspection's fault as well.
                inspectionsInFile.insert(keyOf(cells.value(1), ReturnWorkbook::parseDate(cells.value(3))));
            }
            const ReturnRepository::ServedEnterprise* enterprise = enterpriseOf(sheet, row, cells.value(1));
            const QDate day = dayIn(sheet, row, cells.value(3), columns.at(3).header);
            if (!enterprise || !day.isValid() || !servedOn(sheet, row, enterprise->id, day)) {
                continue;
            }
            ServiceRecord r;
            r.enterpriseId = enterprise->id;
            r.agencyId = agencyId;
            r.kind = kind;
            r.doneOn = day;
            QString what = columns.at(4).header;
            switch (sheet) {
            case ReturnSheet::Inspections: {
                const QStringList names = ReturnRows::splitNames(cells.value(W::Inspection::Experts));
                if (names.isEmpty()) {
                    refuse(sheet, row, tr("Name the experts who did the inspection."));
                }
                for (const QString& name : names) {
                    if (!experts.contains(name)) {
                        refuse(sheet, row, tr("\"%1\" is not an expert of %2.").arg(name, wb.meta.agencyName));
                    } else {
                        r.expertIds << experts.value(name);
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
            if (p.refusals.size() == before) {
                const QString problem = ServiceRecordRepository::fieldProblem(r);
                if (!problem.isEmpty()) {
                    refuse(sheet, row, problem);
                }
            }
            if (p.refusals.size() != before) {
                continue;
            }
            Entry e;
            e.sheet = sheet;
            e.row = row;
            e.fingerprint = fingerprint;
            e.record = r;
            e.enterpriseId = enterprise->id;
            p.entries.append(e);
            addChange(sheet, row, QStringLiteral("%1 %2 %3").arg(enterprise->name, day.toString(Qt::ISODate), what));
            if (kind == RecordKind::Inspection) {
                inspectionsInFile.insert(keyOf(enterprise->creditCode, day));
            }
        }
        if (kind == RecordKind::Inspection) {
            // The earlier return's inspections this file no longer has will be voided.
            for (int i = 0; i < previousItems.size(); ++i) {
                const ReturnItem& item = previousItems.at(i);
                ReturnSheet itemSheet;
                if (!consumed.at(i) && ReturnRows::sheetFromKey(item.sheet, &itemSheet)
                    && itemSheet == ReturnSheet::Inspections) {
                    withdrawnInspections.insert(item.targetId);
                }
            }
        }
    };
    recordSheet(ReturnSheet::Inspections);

    // --- New hazards: each belongs to an inspection of the same enterprise and day.
    const auto inspectionOn = [&](qint64 enterpriseId, const QDate& day) -> qint64 {
        ServiceRecordRepository::Filter f;
        f.enterpriseId = enterpriseId;
        f.from = day;
        f.to = day;
        for (const ServiceRecord& r : records.list(f)) {
            if (!r.isVoided() && r.kind == RecordKind::Inspection && !withdrawnInspections.contains(r.id)) {
                return r.id;
            }
        }
        return 0;
    };
    {
        const ReturnSheet sheet = ReturnSheet::NewHazards;
        const QList<W::Column> columns = ReturnWorkbook::columns(sheet);
        const TextTable table = wb.data.value(sheet);
        for (int i = 0; i < table.rows.size(); ++i) {
            const QStringList& cells = table.rows.at(i);
            const int row = table.lineOf(i);
            const QString idText = cells.value(W::NewHazard::Id).trimmed();
            if (idText.isEmpty() && !ReturnRows::isFilled(sheet, cells)) {
                continue;
            }
            const QString fingerprint = ReturnRows::fingerprint(sheet, cells);
            const QString code = cells.value(W::NewHazard::Code).trimmed().toUpper();
            const QDate found = ReturnWorkbook::parseDate(cells.value(W::NewHazard::Date));
            if (!idText.isEmpty()) {
                bool ok = false;
                const std::optional<Hazard> existing = hazards.find(idText.toLongLong(&ok));
                const std::optional<Enterprise> owner
                    = existing ? enterprises.find(existing->enterpriseId) : std::nullopt;
                if (!ok || !existing || !owner) {
                    refuse(sheet, row,
                           tr("Hazard number %1 is not in the ledger; clear the number to enter the row as "
                              "a new hazard.")
                               .arg(idText));
                    continue;
                }
                if (owner->creditCode.toUpper() != code
                    || ReturnRows::fingerprint(sheet, ReturnRows::newHazard(*existing, owner->creditCode, owner->name))
                        != fingerprint) {
                    refuse(sheet, row,
                           tr("Hazard number %1 is already in the ledger and a return cannot change it; "
                              "report its progress on the sheet \"%2\".")
                               .arg(idText, ReturnWorkbook::sheetName(ReturnSheet::HazardProgress)));
                    continue;
                }
                const int kept = previousOf(ReturnItem::Target::Hazard, existing->id);
                if (kept >= 0) {
                    Entry& e = keepRow(sheet, row, fingerprint, kept);
                    e.hazard = *existing;
                    e.inspectionKey = keyOf(code, existing->foundOn);
                    e.inspectionId = inspectionOn(existing->enterpriseId, existing->foundOn);
                } else {
                    ++p.unchanged;
                }
                continue;
            }
            const int kept = matchPrevious(fingerprint, ReturnItem::Target::Hazard);
            if (kept >= 0) {
                Entry& e = keepRow(sheet, row, fingerprint, kept);
                if (const std::optional<Hazard> h = hazards.find(previousItems.at(kept).targetId)) {
                    e.hazard = *h;
                    e.inspectionId = inspectionOn(h->enterpriseId, h->foundOn);
                }
                e.inspectionKey = keyOf(code, found);
                continue;
            }
            const int before = int(p.refusals.size());
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
                refuse(sheet, row, tr("Describe the hazard."));
            }
            const QString grade = cells.value(W::NewHazard::Grade).trimmed();
            if (grade.isEmpty()) {
                refuse(sheet, row, tr("Choose the hazard's grade (general or major)."));
            } else if (!ReturnWorkbook::gradeFromWord(grade, &h.grade)) {
                refuse(sheet, row, tr("\"%1\" is not a hazard grade; choose one from the list.").arg(grade));
            }
            const QString deadline = cells.value(W::NewHazard::Deadline).trimmed();
            if (!deadline.isEmpty()) {
                h.deadline = ReturnWorkbook::parseDate(deadline);
                if (!h.deadline.isValid()) {
                    refuse(sheet, row,
                           tr("%1 \"%2\" is not a date; write it like 2026-10-08.")
                               .arg(columns.at(W::NewHazard::Deadline).header, deadline));
                }
            }
            if (p.refusals.size() == before) {
                const QString problem = ServiceRecordRepository::hazardProblem(h);
                if (!problem.isEmpty()) {
                    refuse(sheet, row, problem);
                }
            }
            Entry e;
            e.sheet = sheet;
            e.row = row;
            e.fingerprint = fingerprint;
            e.enterpriseId = enterprise->id;
            e.inspectionKey = keyOf(enterprise->creditCode, day);
            if (!inspectionsInFile.contains(e.inspectionKey)) {
                e.inspectionId = inspectionOn(enterprise->id, day);
                if (e.inspectionId == 0) {
                    refuse(sheet, row,
                           tr("There is no inspection of this enterprise on %1, in this file or in the "
                              "ledger; a hazard is found by an inspection, so add it to the sheet \"%2\".")
                               .arg(day.toString(Qt::ISODate), ReturnWorkbook::sheetName(ReturnSheet::Inspections)));
                }
            }
            if (p.refusals.size() != before) {
                continue;
            }
            e.hazard = h;
            p.entries.append(e);
            addChange(sheet, row,
                      QStringLiteral("%1 %2 %3").arg(enterprise->name, day.toString(Qt::ISODate), h.description));
        }
    }

    // --- Hazard progress: the steps of each hazard, in the order of the rows, through the hazard rules.
    // When an earlier return for the quarter moved a hazard, the file either continues from there (a template
    // made after that return shows the hazard's state after those steps, or the file repeats them first) or
    // corrects them (it shows the state before them and other steps): then they are taken back and this
    // file's steps start from where the hazard stood before them. A hazard the file does not list at all
    // keeps what the earlier return did to it.
    {
        const ReturnSheet sheet = ReturnSheet::HazardProgress;
        const QList<W::Column> columns = ReturnWorkbook::columns(sheet);
        const TextTable table = wb.data.value(sheet);
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
            const std::optional<Hazard> hazard = ok ? hazards.find(hazardId) : std::nullopt;
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
                       tr("Hazard number \"%1\" is not in the ledger.").arg(cells.value(W::Progress::HazardId).trimmed()));
                continue;
            }
            if (!servedById.contains(hazard->enterpriseId)) {
                refuse(sheet, row,
                       tr("Hazard %1 belongs to an enterprise %2 did not serve in this quarter.")
                           .arg(hazardId)
                           .arg(wb.meta.agencyName));
                continue;
            }
            Entry e;
            e.sheet = sheet;
            e.row = row;
            e.fingerprint = ReturnRows::fingerprint(sheet, cells);
            e.hazardId = hazardId;
            e.enterpriseId = hazard->enterpriseId;
            const QString actionText = cells.value(W::Progress::Action).trimmed();
            if (actionText.isEmpty()) {
                refuse(sheet, row, tr("Choose the step taken in %1.").arg(columns.at(W::Progress::Action).header));
                continue;
            }
            if (!ReturnWorkbook::progressFromWord(actionText, &e.action)) {
                refuse(sheet, row, tr("\"%1\" is not a step of the list.").arg(actionText));
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
        for (int i = 0; i < previousItems.size(); ++i) {
            if (previousItems.at(i).target == ReturnItem::Target::HazardEvent) {
                earlier[previousItems.at(i).hazardId] << i;
            }
        }
        const auto keep = [&](const QList<int>& items) {
            for (int index : items) {
                consumed[index] = true;
                const ReturnItem& item = previousItems.at(index);
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
                const Hazard before = hazardBefore(state, previousItems.at(theirs.first()).undo);
                int repeated = 0;
                while (repeated < theirs.size() && repeated < mine.size()
                       && previousItems.at(theirs.at(repeated)).fingerprint == mine.at(repeated).fingerprint) {
                    ++repeated;
                }
                const bool continues = repeated == theirs.size()
                    || (shownState.value(hazardId) == ReturnWorkbook::stateWord(state.state)
                        && state.state != before.state);
                if (continues) {
                    keep(theirs);
                    mine = mine.mid(repeated == theirs.size() ? repeated : 0);
                } else if (returns.latestEventId(hazardId) != previousItems.at(theirs.last()).targetId) {
                    // Taken back at commit: possible only while nothing happened to the hazard after them.
                    refuse(sheet, previousItems.at(theirs.last()).row,
                           tr("Hazard %1 has moved on since the earlier return, so the steps that return brought "
                              "cannot be replaced; repeat them unchanged in this file, or ask the street office.")
                               .arg(hazardId));
                    continue;
                } else {
                    state = before; // the earlier steps are taken back; this file's start from there
                }
            }
            const int evidence = hazards.afterEvidenceCount(hazardId);
            for (Entry& e : mine) {
                e.step.afterEvidence = evidence;
                const QString refused = HazardLifecycle::refusal(state, e.action, e.step, today);
                if (!refused.isEmpty()) {
                    refuse(sheet, e.row, tr("Hazard %1: %2").arg(hazardId).arg(refused));
                    break;
                }
                state = HazardLifecycle::apply(state, e.action, e.step);
                p.entries.append(e);
                addChange(sheet, e.row,
                          QStringLiteral("%1 %2 %3 %4")
                              .arg(servedById.value(e.enterpriseId).name)
                              .arg(hazardId)
                              .arg(ReturnWorkbook::progressWord(e.action), e.step.day.toString(Qt::ISODate)));
            }
        }
    }

    recordSheet(ReturnSheet::Trainings);
    recordSheet(ReturnSheet::Drills);

    // --- Baseline documents: a date where the ledger has none; a date it already has is a reference.
    {
        const ReturnSheet sheet = ReturnSheet::Baseline;
        const QList<W::Column> columns = ReturnWorkbook::columns(sheet);
        const TextTable table = wb.data.value(sheet);
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
        for (int i = 0; i < previousItems.size(); ++i) {
            if (!consumed.at(i) && previousItems.at(i).target == ReturnItem::Target::BaselineDocument) {
                withdrawnDocuments.insert(previousItems.at(i).targetId);
            }
        }
        for (int i : std::as_const(rest)) {
            const QStringList& cells = table.rows.at(i);
            const int row = table.lineOf(i);
            const ReturnRepository::ServedEnterprise* enterprise
                = enterpriseOf(sheet, row, cells.value(W::Baseline::Code));
            BaselineKind kind;
            if (!enterprise) {
                continue;
            }
            if (!ReturnWorkbook::baselineFromWord(cells.value(W::Baseline::Kind), &kind)) {
                refuse(
                    sheet, row,
                    tr("\"%1\" is not a baseline document of the list.").arg(cells.value(W::Baseline::Kind).trimmed()));
                continue;
            }
            const QDate written = ReturnWorkbook::parseDate(cells.value(W::Baseline::Date));
            BaselineDocument existing;
            for (const BaselineDocument& d : baseline.listOf(enterprise->id)) {
                if (d.kind == kind) {
                    existing = d;
                }
            }
            const bool existingStays = existing.completedOn.isValid() && !withdrawnDocuments.contains(existing.id);
            if (existingStays && written == existing.completedOn) {
                ++p.unchanged;
                continue;
            }
            if (existingStays) {
                refuse(sheet, row,
                       tr("The ledger has this document completed on %1; a return cannot change that date.")
                           .arg(existing.completedOn.toString(Qt::ISODate)));
                continue;
            }
            const QDate day = dayIn(sheet, row, cells.value(W::Baseline::Date), columns.at(W::Baseline::Date).header);
            if (!day.isValid() || !servedOn(sheet, row, enterprise->id, day)) {
                continue;
            }
            Entry e;
            e.sheet = sheet;
            e.row = row;
            e.fingerprint = ReturnRows::fingerprint(sheet, cells);
            e.enterpriseId = enterprise->id;
            e.baselineKind = kind;
            e.completedOn = day;
            p.entries.append(e);
            addChange(sheet, row,
                      QStringLiteral("%1 %2 %3")
                          .arg(enterprise->name, ReturnWorkbook::baselineWord(kind), day.toString(Qt::ISODate)));
        }
    }

    recordSheet(ReturnSheet::YearEndReports);

    // What the earlier return brought that this file no longer has: taken back at commit.
    for (int i = 0; i < previousItems.size(); ++i) {
        if (consumed.at(i)) {
            continue;
        }
        const ReturnItem& item = previousItems.at(i);
        ReturnSheet sheet = ReturnSheet::Inspections;
        ReturnRows::sheetFromKey(item.sheet, &sheet);
        if (item.target == ReturnItem::Target::Hazard) {
            const QString problem = returns.hazardRemovalProblem(item.targetId);
            if (!problem.isEmpty()) {
                refuse(sheet, item.row, problem);
                continue;
            }
        }
        p.withdrawn.append(item);
        p.withdrawals.append({ sheet, item.row, tr("row %1 of %2").arg(item.row).arg(p.previousFileName) });
    }
    return p;
}

bool ReturnImport::commit(Database& db, const Preview& p, QString* error, QString* backupPath)
{
    const auto failWith = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (!p.fileProblem.isEmpty()) {
        return failWith(p.fileProblem);
    }
    if (p.sameFileAgain) {
        return true; // nothing to do: the file is in already
    }
    if (!p.refusals.isEmpty()) {
        return failWith(
            tr("Nothing was imported: %n row(s) of the return are refused.", nullptr, int(p.refusals.size())));
    }
    // A copy first, as before any import.
    const QString backup = BackupManager(db).take(QStringLiteral("before-return"), error);
    if (backup.isEmpty()) {
        return false;
    }
    if (backupPath) {
        *backupPath = backup;
    }
    Transaction tx(db.connection());
    if (!tx.isActive()) {
        return failWith(tr("The import could not start: %1").arg(tx.errorText()));
    }
    ReturnRepository returns(db);
    const std::optional<AgencyReturn> current = returns.current(p.meta.agencyId, p.meta.year, p.meta.quarter);
    if ((current ? current->id : 0) != p.previousReturnId) {
        return failWith(tr("Another return for this agency and quarter was imported meanwhile; check the file again."));
    }
    AgencyReturn ret;
    ret.agencyId = p.meta.agencyId;
    ret.year = p.meta.year;
    ret.quarter = p.meta.quarter;
    ret.fileName = p.fileName;
    ret.sha256 = p.sha256;
    ret.status = AgencyReturn::Status::Imported;
    ret.rowsImported = int(p.entries.size());
    ret.summary = p.summary();
    QString why;
    if (!returns.insertReturn(ret, &why)) {
        return failWith(why);
    }
    const QString withdrawRemark = tr("Taken back: the corrected return %1 no longer has it").arg(p.fileName);
    const QDate today = Clock::today();

    // Take back what the earlier return brought and this file does not have: hazard steps first (per hazard,
    // all at once), then the hazards it registered, then records and baseline documents.
    QHash<qint64, QList<ReturnItem>> stepsByHazard;
    QList<qint64> hazardOrder;
    for (const ReturnItem& item : p.withdrawn) {
        if (item.target == ReturnItem::Target::HazardEvent) {
            if (!stepsByHazard.contains(item.hazardId)) {
                hazardOrder << item.hazardId;
            }
            stepsByHazard[item.hazardId] << item;
        }
    }
    for (qint64 hazardId : std::as_const(hazardOrder)) {
        const QList<ReturnItem>& items = stepsByHazard.value(hazardId);
        if (!returns.withdrawSteps(hazardId, items.last().targetId, items.first().undo, today, withdrawRemark, &why)) {
            return failWith(why);
        }
    }
    ServiceRecordRepository records(db);
    // The hazards before the records: an inspection is voided after the hazards it brought are gone.
    QList<ReturnItem> withdrawn;
    for (const ReturnItem& item : p.withdrawn) {
        if (item.target == ReturnItem::Target::Hazard) {
            withdrawn.prepend(item);
        } else {
            withdrawn.append(item);
        }
    }
    for (const ReturnItem& item : std::as_const(withdrawn)) {
        bool ok = true;
        switch (item.target) {
        case ReturnItem::Target::Hazard:
            ok = returns.removeRegisteredHazard(item.targetId, &why);
            break;
        case ReturnItem::Target::ServiceRecord:
            ok = records.voidRecord(item.targetId, withdrawRemark, &why);
            break;
        case ReturnItem::Target::BaselineDocument:
            ok = returns.clearBaseline(item.targetId, ReturnWorkbook::parseDate(item.undo), &why);
            break;
        case ReturnItem::Target::HazardEvent:
            break;
        }
        if (!ok) {
            return failWith(why);
        }
    }
    if (p.previousReturnId > 0 && !returns.markReplaced(p.previousReturnId, ret.id, &why)) {
        return failWith(why);
    }

    // The new rows. Records first, in one batch; then the hazards, on their inspections.
    QList<ServiceRecord> newRecords;
    QList<int> recordEntry;
    QHash<QString, qint64> inspectionIds;
    for (int i = 0; i < p.entries.size(); ++i) {
        const Entry& e = p.entries.at(i);
        if (e.keptItemId > 0) {
            if (!returns.moveItem(e.keptItemId, ret.id, ReturnRows::sheetKey(e.sheet), e.row, &why)) {
                return failWith(why);
            }
            continue;
        }
        RecordKind kind;
        if (ReturnRows::recordKind(e.sheet, &kind)) {
            newRecords << e.record;
            recordEntry << i;
        }
    }
    if (!newRecords.isEmpty() && !records.insertBatch(newRecords, &why)) {
        return failWith(why);
    }
    const auto addItem = [&](const Entry& e, ReturnItem::Target target, qint64 targetId, const QString& undo) {
        ReturnItem item;
        item.returnId = ret.id;
        item.sheet = ReturnRows::sheetKey(e.sheet);
        item.row = e.row;
        item.target = target;
        item.targetId = targetId;
        item.fingerprint = e.fingerprint;
        item.undo = undo;
        return returns.insertItem(item, &why);
    };
    EnterpriseRepository enterprises(db);
    for (int k = 0; k < newRecords.size(); ++k) {
        const Entry& e = p.entries.at(recordEntry.at(k));
        if (!addItem(e, ReturnItem::Target::ServiceRecord, newRecords.at(k).id, QString())) {
            return failWith(why);
        }
        if (newRecords.at(k).kind == RecordKind::Inspection) {
            const std::optional<Enterprise> owner = enterprises.find(newRecords.at(k).enterpriseId);
            inspectionIds.insert(keyOf(owner ? owner->creditCode : QString(), newRecords.at(k).doneOn),
                                 newRecords.at(k).id);
        }
    }
    // Inspections the file kept (its own rows or numbered ones) are found in the ledger by enterprise and day.
    const auto inspectionFor = [&](const Entry& e) -> qint64 {
        if (inspectionIds.contains(e.inspectionKey)) {
            return inspectionIds.value(e.inspectionKey);
        }
        if (e.inspectionId > 0) {
            return e.inspectionId;
        }
        ServiceRecordRepository::Filter f;
        f.enterpriseId = e.hazard.enterpriseId;
        f.from = e.hazard.foundOn;
        f.to = e.hazard.foundOn;
        for (const ServiceRecord& r : records.list(f)) {
            if (!r.isVoided() && r.kind == RecordKind::Inspection) {
                return r.id;
            }
        }
        return 0;
    };
    HazardRepository hazards(db);
    BaselineRepository baseline(db);
    for (const Entry& e : p.entries) {
        if (e.sheet == ReturnSheet::NewHazards) {
            const qint64 inspectionId = inspectionFor(e);
            if (e.keptItemId > 0) {
                // A kept hazard whose inspection was voided and entered again moves to the new one.
                if (inspectionId > 0 && e.hazard.id > 0 && inspectionId != e.hazard.inspectionId
                    && !returns.moveHazardToInspection(e.hazard.id, inspectionId, &why)) {
                    return failWith(why);
                }
                continue;
            }
            std::optional<ServiceRecord> inspection = inspectionId > 0 ? records.find(inspectionId) : std::nullopt;
            if (!inspection) {
                return failWith(tr("Row %1 of the sheet \"%2\": its inspection is no longer in the ledger.")
                                    .arg(e.row)
                                    .arg(ReturnWorkbook::sheetName(e.sheet)));
            }
            QList<Hazard> list{ e.hazard };
            if (!records.save(*inspection, &list, &why)) {
                return failWith(
                    tr("Row %1 of the sheet \"%2\": %3").arg(e.row).arg(ReturnWorkbook::sheetName(e.sheet), why));
            }
            if (!addItem(e, ReturnItem::Target::Hazard, list.first().id, QString())) {
                return failWith(why);
            }
        } else if (e.sheet == ReturnSheet::HazardProgress && e.keptItemId == 0) {
            const QString snapshot = returns.hazardSnapshot(e.hazardId);
            if (!hazards.step(e.hazardId, e.action, e.step, &why)) {
                return failWith(
                    tr("Row %1 of the sheet \"%2\": %3").arg(e.row).arg(ReturnWorkbook::sheetName(e.sheet), why));
            }
            if (!addItem(e, ReturnItem::Target::HazardEvent, returns.latestEventId(e.hazardId), snapshot)) {
                return failWith(why);
            }
        } else if (e.sheet == ReturnSheet::Baseline && e.keptItemId == 0) {
            if (!baseline.setCompleted(e.enterpriseId, e.baselineKind, e.completedOn, QString(), &why)) {
                return failWith(
                    tr("Row %1 of the sheet \"%2\": %3").arg(e.row).arg(ReturnWorkbook::sheetName(e.sheet), why));
            }
            // The date is kept as the undo: a correction clears the document only while it still has that date.
            if (!addItem(e, ReturnItem::Target::BaselineDocument,
                         returns.baselineId(e.enterpriseId, baselineKindKey(e.baselineKind)),
                         e.completedOn.toString(Qt::ISODate))) {
                return failWith(why);
            }
        }
    }
    if (!tx.commit()) {
        return failWith(tr("The import could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

bool ReturnImport::recordRefusal(Database& db, const Preview& p, QString* error)
{
    if (p.meta.agencyId <= 0 || p.sha256.isEmpty() || p.refusals.isEmpty()) {
        return true; // not an agency's return, or nothing refused: no note to keep
    }
    Transaction tx(db.connection());
    AgencyReturn ret;
    ret.agencyId = p.meta.agencyId;
    ret.year = p.meta.year;
    ret.quarter = p.meta.quarter;
    ret.fileName = p.fileName;
    ret.sha256 = p.sha256;
    ret.status = AgencyReturn::Status::Refused;
    ret.rowsRefused = int(p.refusals.size());
    QStringList reasons;
    for (const Refusal& r : p.refusals.mid(0, 20)) {
        reasons << tr("%1 row %2: %3").arg(ReturnWorkbook::sheetName(r.sheet)).arg(r.row).arg(r.reason);
    }
    ret.summary = reasons.join(QLatin1Char('\n'));
    if (!ReturnRepository(db).insertReturn(ret, error)) {
        return false;
    }
    if (!tx.commit()) {
        if (error) {
            *error = tx.errorText();
        }
        return false;
    }
    return true;
}

} // namespace sl::core
