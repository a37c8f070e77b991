#pragma once

#include "model/OtherService.h"
#include "model/ServiceKind.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace sl::core {

class Database;

// The service kinds beyond the obligations (editable data) and the services delivered of each kind. Evidence
// files attach to a delivered service through EvidenceRepository (owner kind "other_service").
class OtherServiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(OtherServiceRepository)

public:
    static QString evidenceOwnerKind() { return QStringLiteral("other_service"); }

    explicit OtherServiceRepository(Database& db);

    QList<ServiceKind> kinds(bool includeArchived) const;
    bool saveKind(ServiceKind& kind, QString* error); // id 0: a new kind

    struct Filter
    {
        qint64 enterpriseId = 0;
        qint64 agencyId = 0;
        int year = 0; // 0: every year
    };
    // Newest first; voided ones left out.
    QList<OtherService> list(const Filter& filter) const;
    // Refused: no enterprise, an archived or unknown kind, a future day, a negative count, and (when agencyId is 0,
    // as a form leaves it) a day the enterprise was not served; then agencyId = the agency serving that day. The
    // evidence files are attached in the same transaction: one that cannot be read saves nothing.
    bool insert(OtherService& service, QString* error, const QStringList& evidencePaths = {});
    bool voidService(qint64 id, const QString& reason, QString* error);

    // The year's delivered services by kind name (most first), and by agency id, for reports and the scorecard.
    struct Count
    {
        QString kind;
        int services = 0;
        int enterprises = 0;
        int people = 0;
    };
    QList<Count> countByKind(int year, qint64 agencyId = 0) const;
    QHash<qint64, int> countByAgency(int year) const;

private:
    Database& m_db;
};

} // namespace sl::core
