#pragma once

#include "model/AgencyReturn.h"
#include "model/ReturnItem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace sl::core {

class Database;

// The agencies' returns as received, and the provenance of every record they brought. Also the few
// writes a corrected return needs to take back what the earlier file brought: a hazard it registered
// is removed while nothing else has happened to it, its hazard steps are withdrawn while they are the
// hazard's latest, a baseline document it completed is cleared while its date is still that file's.
class ReturnRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReturnRepository)

public:
    struct ServedEnterprise
    {
        qint64 id = 0;
        QString name;
        QString creditCode;
    };
    struct Provenance
    {
        QString fileName;
        QString sha256;
        QString sheet;
        int row = 0;
        QDateTime receivedAt;
    };

    explicit ReturnRepository(Database& db);

    // The enterprises the agency served on at least one day between the two dates, by name.
    QList<ServedEnterprise> servedEnterprises(qint64 agencyId, const QDate& from, const QDate& to) const;

    // The returns received for a quarter, newest first (every agency when agencyId is 0).
    QList<AgencyReturn> list(int year, int quarter, qint64 agencyId = 0) const;
    // The return in force for the agency and quarter: imported and not replaced.
    std::optional<AgencyReturn> current(qint64 agencyId, int year, int quarter) const;
    QList<ReturnItem> items(qint64 returnId) const;
    // Where a record came from, when a return brought it.
    std::optional<Provenance> provenance(ReturnItem::Target target, qint64 targetId) const;

    bool insertReturn(AgencyReturn& ret, QString* error);
    bool insertItem(ReturnItem& item, QString* error);
    // A kept row of the earlier return now belongs to the new one, at its new sheet and row.
    bool moveItem(qint64 itemId, qint64 returnId, const QString& sheet, int row, QString* error);
    bool markReplaced(qint64 oldReturnId, qint64 newReturnId, QString* error);

    // The hazard's closure fields as JSON (for a step's undo) and its latest event.
    QString hazardSnapshot(qint64 hazardId) const;
    qint64 latestEventId(qint64 hazardId) const;
    // Puts the hazard back as the snapshot says, with an event that names why; refused unless the hazard's
    // latest event is still lastEventId.
    bool withdrawSteps(qint64 hazardId, qint64 lastEventId, const QString& snapshot, const QDate& day,
                       const QString& remark, QString* error);
    // Removes a hazard that is still only registered: no later step, no extension, no evidence.
    bool removeRegisteredHazard(qint64 hazardId, QString* error);
    // Why removeRegisteredHazard() would refuse, or an empty string.
    QString hazardRemovalProblem(qint64 hazardId) const;
    bool moveHazardToInspection(qint64 hazardId, qint64 inspectionId, QString* error);
    // Clears a baseline document's completion while its date is still the one given.
    bool clearBaseline(qint64 documentId, const QDate& completedOn, QString* error);
    // The baseline document of an enterprise and kind, 0 when none.
    qint64 baselineId(qint64 enterpriseId, const QString& kindKey) const;

    static QString statusKey(AgencyReturn::Status status);
    static QString targetKey(ReturnItem::Target target);

private:
    Database& m_db;
};

} // namespace sl::core
