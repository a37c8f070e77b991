#include "ReturnWriter.h"

#include "Clock.h"
#include "ReturnRows.h"
#include "db/AuditActivity.h"
#include "db/BackupManager.h"
#include "db/BaselineRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/ErrorOut.h"
#include "db/HazardRepository.h"
#include "db/RiskRepository.h"
#include "db/Transaction.h"
#include "io/TypedDate.h"

#include <QSet>

namespace sl::core {

namespace {

using Entry = ReturnImport::Entry;

} // namespace

ReturnWriter::ReturnWriter(Database& db, const ReturnImport::Preview& preview)
    : m_db(db)
    , m_p(preview)
    , m_returns(db)
    , m_records(db)
{
}

AgencyReturn ReturnWriter::received(AgencyReturn::Status status) const
{
    AgencyReturn ret;
    ret.agencyId = m_p.meta.agencyId;
    ret.year = m_p.meta.year;
    ret.quarter = m_p.meta.quarter;
    ret.fileName = m_p.fileName;
    ret.sha256 = m_p.sha256;
    ret.status = status;
    return ret;
}

bool ReturnWriter::commit(QString* error, QString* backupPath)
{
    if (!m_p.fileProblem.isEmpty()) {
        return failWith(error, m_p.fileProblem);
    }
    if (m_p.sameFileAgain) {
        return true; // nothing to do: the file is in already
    }
    if (!m_p.refusals.isEmpty()) {
        return failWith(error,
                        ReturnImport::tr("Nothing was imported: %n row(s) of the return are refused.", nullptr,
                                         int(m_p.refusals.size())));
    }
    // A copy first, as before any import.
    const QString backup = BackupManager(m_db.location()).take(QStringLiteral("before-return"), error);
    if (backup.isEmpty()) {
        return false;
    }
    if (backupPath) {
        *backupPath = backup;
    }
    Transaction tx(m_db.connection());
    const AuditActivity importing(m_db.connection(), AuditActivity::kReturn);
    if (!tx.isActive()) {
        return failWith(error, ReturnImport::tr("The import could not start: %1").arg(tx.errorText()));
    }
    const std::optional<AgencyReturn> current = m_returns.current(m_p.meta.agencyId, m_p.meta.year, m_p.meta.quarter);
    if ((current ? current->id : 0) != m_p.previousReturnId) {
        return failWith(error,
                        ReturnImport::tr("Another return for this agency and quarter was imported meanwhile; "
                                         "check the file again."));
    }
    AgencyReturn ret = received(AgencyReturn::Status::Imported);
    ret.rowsImported = int(m_p.entries.size());
    ret.rowsAdded = int(m_p.additions.size());
    ret.rowsWithdrawn = int(m_p.withdrawn.size());
    ret.summary = m_p.summary();
    if (!m_returns.insertReturn(ret, error) || !withdrawEarlier(ret.id, error) || !writeEntries(ret.id, error)) {
        return false;
    }
    if (!tx.commit()) {
        return failWith(error, ReturnImport::tr("The import could not be saved: %1").arg(tx.errorText()));
    }
    return true;
}

bool ReturnWriter::withdrawEarlier(qint64 returnId, QString* error)
{
    const QString withdrawRemark
        = ReturnImport::tr("Taken back: the corrected return %1 no longer has it").arg(m_p.fileName);
    const QDate today = Clock::today();
    // Take back what the earlier return brought and this file does not have: hazard steps first (per hazard,
    // all at once), then the hazards it registered, then records and baseline documents.
    QHash<qint64, QList<ReturnItem>> stepsByHazard;
    QList<qint64> hazardOrder;
    for (const ReturnItem& item : m_p.withdrawn) {
        if (item.target == ReturnItem::Target::HazardEvent) {
            if (!stepsByHazard.contains(item.hazardId)) {
                hazardOrder << item.hazardId;
            }
            stepsByHazard[item.hazardId] << item;
        }
    }
    for (qint64 hazardId : std::as_const(hazardOrder)) {
        const QList<ReturnItem>& items = stepsByHazard.value(hazardId);
        if (!m_returns.withdrawSteps(hazardId, items.last().targetId, items.first().undo, today, withdrawRemark,
                                     error)) {
            return false;
        }
    }
    // The hazards before the records: an inspection is voided after the hazards it brought are gone.
    QList<ReturnItem> withdrawn;
    for (const ReturnItem& item : m_p.withdrawn) {
        if (item.target == ReturnItem::Target::Hazard) {
            withdrawn.prepend(item);
        } else {
            withdrawn.append(item);
        }
    }
    QSet<qint64> archivedAssessments;
    for (const ReturnItem& item : std::as_const(withdrawn)) {
        bool ok = true;
        switch (item.target) {
        case ReturnItem::Target::Hazard:
            ok = m_returns.removeRegisteredHazard(item.targetId, error);
            break;
        case ReturnItem::Target::ServiceRecord:
            ok = m_records.voidRecord(item.targetId, withdrawRemark, error);
            break;
        case ReturnItem::Target::BaselineDocument:
            ok = m_returns.clearBaseline(item.targetId, TypedDate::parse(item.undo), error);
            break;
        case ReturnItem::Target::RiskAssessment:
            // One item per point: the assessment is archived with the first of them.
            if (!archivedAssessments.contains(item.targetId)) {
                archivedAssessments.insert(item.targetId);
                ok = RiskRepository(m_db).archive(item.targetId, error);
            }
            break;
        case ReturnItem::Target::HazardEvent:
            break;
        }
        if (!ok) {
            return false;
        }
    }
    if (m_p.previousReturnId > 0 && !m_returns.markReplaced(m_p.previousReturnId, returnId, error)) {
        return false;
    }
    return true;
}

bool ReturnWriter::writeEntries(qint64 returnId, QString* error)
{
    QString why;
    // The new rows. Records first, in one batch; then the hazards, on their inspections.
    QList<ServiceRecord> newRecords;
    QList<int> recordEntry;
    QHash<QString, qint64> inspectionIds;
    for (int i = 0; i < m_p.entries.size(); ++i) {
        const Entry& e = m_p.entries.at(i);
        if (e.keptItemId > 0) {
            if (!m_returns.moveItem(e.keptItemId, returnId, ReturnRows::sheetKey(e.sheet), e.row, error)) {
                return false;
            }
            continue;
        }
        RecordKind kind;
        if (ReturnRows::recordKind(e.sheet, &kind)) {
            newRecords << e.record;
            recordEntry << i;
        }
    }
    if (!newRecords.isEmpty() && !m_records.insertBatch(newRecords, error)) {
        return false;
    }
    const auto addItem = [&](const Entry& e, ReturnItem::Target target, qint64 targetId, const QString& undo) {
        ReturnItem item;
        item.returnId = returnId;
        item.sheet = ReturnRows::sheetKey(e.sheet);
        item.row = e.row;
        item.target = target;
        item.targetId = targetId;
        item.fingerprint = e.fingerprint;
        item.undo = undo;
        return m_returns.insertItem(item, error);
    };
    EnterpriseRepository enterprises(m_db);
    for (int k = 0; k < newRecords.size(); ++k) {
        const Entry& e = m_p.entries.at(recordEntry.at(k));
        if (!addItem(e, ReturnItem::Target::ServiceRecord, newRecords.at(k).id, QString())) {
            return false;
        }
        if (newRecords.at(k).kind == RecordKind::Inspection) {
            const std::optional<Enterprise> owner = enterprises.find(newRecords.at(k).enterpriseId);
            inspectionIds.insert(
                ReturnRows::inspectionKey(owner ? owner->creditCode : QString(), newRecords.at(k).doneOn),
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
        for (const ServiceRecord& r : m_records.list(f)) {
            if (!r.isVoided() && r.kind == RecordKind::Inspection && r.inspector == Inspector::Agency) {
                return r.id;
            }
        }
        return 0;
    };
    HazardRepository hazards(m_db);
    BaselineRepository baseline(m_db);
    for (const Entry& e : m_p.entries) {
        if (e.sheet == ReturnSheet::NewHazards) {
            const qint64 inspectionId = inspectionFor(e);
            if (e.keptItemId > 0) {
                // A kept hazard whose inspection was voided and entered again moves to the new one.
                if (inspectionId > 0 && e.hazard.id > 0 && inspectionId != e.hazard.inspectionId
                    && !m_returns.moveHazardToInspection(e.hazard.id, inspectionId, error)) {
                    return false;
                }
                continue;
            }
            std::optional<ServiceRecord> inspection = inspectionId > 0 ? m_records.find(inspectionId) : std::nullopt;
            if (!inspection) {
                return failWith(
                    error,
                    ReturnImport::tr("Row %1 of the sheet \"%2\": its inspection is no longer in the ledger.")
                        .arg(e.row)
                        .arg(ReturnWorkbook::sheetName(e.sheet)));
            }
            QList<Hazard> list{ e.hazard };
            if (!m_records.save(*inspection, &list, &why)) {
                return failWith(error,
                                ReturnImport::tr("Row %1 of the sheet \"%2\": %3")
                                    .arg(e.row)
                                    .arg(ReturnWorkbook::sheetName(e.sheet), why));
            }
            if (!addItem(e, ReturnItem::Target::Hazard, list.first().id, QString())) {
                return false;
            }
        } else if (e.sheet == ReturnSheet::HazardProgress && e.keptItemId == 0) {
            const QString snapshot = m_returns.hazardSnapshot(e.hazardId);
            if (!hazards.step(e.hazardId, e.action, e.step, &why)) {
                return failWith(error,
                                ReturnImport::tr("Row %1 of the sheet \"%2\": %3")
                                    .arg(e.row)
                                    .arg(ReturnWorkbook::sheetName(e.sheet), why));
            }
            if (!addItem(e, ReturnItem::Target::HazardEvent, m_returns.latestEventId(e.hazardId), snapshot)) {
                return false;
            }
        } else if (e.sheet == ReturnSheet::Baseline && e.keptItemId == 0) {
            if (!baseline.setCompleted(e.enterpriseId, e.baselineKind, e.completedOn, QString(), &why)) {
                return failWith(error,
                                ReturnImport::tr("Row %1 of the sheet \"%2\": %3")
                                    .arg(e.row)
                                    .arg(ReturnWorkbook::sheetName(e.sheet), why));
            }
            // The date is kept as the undo: a correction clears the document only while it still has that date.
            if (!addItem(e, ReturnItem::Target::BaselineDocument,
                         m_returns.baselineId(e.enterpriseId, baselineKindKey(e.baselineKind)),
                         e.completedOn.toString(Qt::ISODate))) {
                return false;
            }
        }
    }
    // Risk assessments: the rows of one enterprise and day become one assessment of this agency, brought by this
    // return.
    QList<RiskAssessment> assessments;
    QList<QList<const Entry*>> rowsOf;
    QHash<QString, int> byKey;
    for (const Entry& e : m_p.entries) {
        if (e.sheet != ReturnSheet::RiskAssessments || e.keptItemId > 0) {
            continue;
        }
        const QString key = QStringLiteral("%1 %2").arg(e.enterpriseId).arg(e.completedOn.toString(Qt::ISODate));
        auto at = byKey.constFind(key);
        if (at == byKey.constEnd()) {
            at = byKey.insert(key, static_cast<int>(assessments.size()));
            RiskAssessment a;
            a.enterpriseId = e.enterpriseId;
            a.agencyId = m_p.meta.agencyId;
            a.assessedOn = e.completedOn;
            a.returnId = returnId;
            assessments.append(a);
            rowsOf.append(QList<const Entry*>());
        }
        RiskAssessment& a = assessments[*at];
        if (a.assessors.isEmpty()) {
            a.assessors = e.assessors;
        }
        a.points.append(e.riskPoint);
        rowsOf[*at].append(&e);
    }
    RiskRepository risks(m_db);
    for (int i = 0; i < assessments.size(); ++i) {
        QString why;
        if (!risks.insert(assessments[i], &why)) {
            return failWith(error,
                            ReturnImport::tr("Row %1 of the sheet \"%2\": %3")
                                .arg(rowsOf.at(i).first()->row)
                                .arg(ReturnWorkbook::sheetName(ReturnSheet::RiskAssessments), why));
        }
        for (const Entry* e : rowsOf.at(i)) {
            if (!addItem(*e, ReturnItem::Target::RiskAssessment, assessments.at(i).id, QString())) {
                return false;
            }
        }
    }
    return true;
}

bool ReturnWriter::recordRefusal(QString* error)
{
    if (m_p.meta.agencyId <= 0 || m_p.sha256.isEmpty() || m_p.refusals.isEmpty()) {
        return true; // not an agency's return, or nothing refused: no note to keep
    }
    Transaction tx(m_db.connection());
    const AuditActivity importing(m_db.connection(), AuditActivity::kReturn);
    AgencyReturn ret = received(AgencyReturn::Status::Refused);
    ret.rowsRefused = int(m_p.refusals.size());
    QStringList reasons;
    for (const ReturnImport::Refusal& r : m_p.refusals.mid(0, 20)) {
        reasons << ReturnImport::tr("%1 row %2: %3").arg(ReturnWorkbook::sheetName(r.sheet)).arg(r.row).arg(r.reason);
    }
    ret.summary = reasons.join(QLatin1Char('\n'));
    if (!m_returns.insertReturn(ret, error)) {
        return false;
    }
    if (!tx.commit()) {
        return failWith(error, tx.errorText());
    }
    return true;
}

} // namespace sl::core
