#pragma once

#include "ReturnImport.h"
#include "db/AgencyRepository.h"
#include "db/BaselineRepository.h"
#include "db/EnterpriseRepository.h"
#include "db/HazardRepository.h"
#include "db/ReturnRepository.h"
#include "db/RiskRepository.h"
#include "db/ServiceRecordRepository.h"

#include <QHash>
#include <QSet>

namespace sl::core {

// The checks of ReturnImport::prepareWorkbook(), sheet by sheet, filling in its preview: what each row
// would write, each refused row with its reason, and which rows of an earlier return for the same agency
// and quarter this file keeps or takes back. Reads the ledger; writes nothing.
class ReturnChecker
{
public:
    using Entry = ReturnImport::Entry;

    ReturnChecker(Database& db, const ReturnWorkbook& workbook, ReturnImport::Preview& preview);
    void run();

private:
    // The agency, the earlier return, the enterprises served and the experts; false when the file is refused whole
    // or is the very file imported before.
    bool loadContext();
    void checkRecordSheet(ReturnSheet sheet);
    void checkNewHazards();
    void checkProgress();
    void checkBaseline();
    // One row per risk point; the rows of an enterprise and day are one assessment, graded by RiskGrading.
    void checkRisks();
    // What the earlier return brought that this file no longer has: taken back at commit.
    void collectWithdrawals();

    void refuse(ReturnSheet sheet, int row, const QString& reason);
    void addChange(ReturnSheet sheet, int row, const QString& what);
    const ReturnRepository::ServedEnterprise* enterpriseOf(ReturnSheet sheet, int row, const QString& text);
    // The date in the cell when it is one, inside the quarter and not in the future; otherwise the row is refused.
    QDate dayIn(ReturnSheet sheet, int row, const QString& text, const QString& label);
    bool servedOn(ReturnSheet sheet, int row, qint64 enterpriseId, const QDate& day);
    bool positiveCount(ReturnSheet sheet, int row, const QString& text, const QString& label, int* out);
    // The earlier return's first unmatched item with this content (or this target), marked as matched; -1 if none.
    int matchPrevious(const QString& fingerprint, ReturnItem::Target target);
    int previousOf(ReturnItem::Target target, qint64 id);
    // The entry of a row of the file, for what it writes to the enterprise (0 for none).
    static Entry entryOf(ReturnSheet sheet, int row, const QString& fingerprint, qint64 enterpriseId);
    // A row the earlier return brought as well: nothing to write, its provenance moves to the new return.
    Entry& keepRow(ReturnSheet sheet, int row, const QString& fingerprint, int itemIndex);
    // The ledger's inspection of the enterprise on that day that stays, 0 if none.
    qint64 inspectionOn(qint64 enterpriseId, const QDate& day) const;

    const ReturnWorkbook& m_wb;
    ReturnImport::Preview& m_p;
    QDate m_today;
    QDate m_first;
    QDate m_last;
    qint64 m_agencyId = 0;
    AgencyRepository m_agencies;
    EnterpriseRepository m_enterprises;
    ServiceRecordRepository m_records;
    HazardRepository m_hazards;
    BaselineRepository m_baseline;
    ReturnRepository m_returns;
    RiskRepository m_risks;
    QList<ReturnItem> m_previousItems;
    QList<bool> m_consumed;
    QHash<QString, ReturnRepository::ServedEnterprise> m_served; // by credit code, upper case
    QHash<qint64, ReturnRepository::ServedEnterprise> m_servedById;
    QHash<QString, qint64> m_experts;
    QHash<qint64, QString> m_expertNames;
    // Inspections of this file (new and kept), by credit code and day: new hazards name one.
    QSet<QString> m_inspectionsInFile;
    // The earlier return's inspections this file no longer has: voided at commit.
    QSet<qint64> m_withdrawnInspections;
};

} // namespace sl::core
