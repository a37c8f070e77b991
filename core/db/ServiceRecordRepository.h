#pragma once

#include "model/Hazard.h"
#include "model/ServiceRecord.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sl::core {

class Database;

// The agencies' service records, with the experts who went and the hazards an inspection found.
// A record is checked before it is written: its own fields by ServiceRecordValidator, and that the
// enterprise was under service that day.
class ServiceRecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRecordRepository)

public:
    struct Filter
    {
        qint64 enterpriseId = 0; // 0: all
        qint64 agencyId = 0; // 0: all
        QDate from; // invalid: unbounded
        QDate to;
    };

    explicit ServiceRecordRepository(Database& db);

    QList<ServiceRecord> list(const Filter& filter) const;
    std::optional<ServiceRecord> find(qint64 id) const;
    QList<Hazard> hazardsOf(qint64 inspectionId) const;
    // The agency serving the enterprise on that day; 0 when it was not under service.
    qint64 agencyServing(qint64 enterpriseId, const QDate& day, QString* error = nullptr) const;

    // Inserts (id 0) or updates the record; hazards with id 0 are added to the inspection, the others
    // updated. All in one transaction.
    bool save(ServiceRecord& record, QList<Hazard>* hazards, QString* error);
    bool voidRecord(qint64 id, const QString& reason, QString* error);
    // The demo street and imports: many records in one transaction, one prepared statement, the same
    // checks except the service-day check (the caller knows the coverage).
    // hazards, when given, runs parallel to records: the hazards each inspection found.
    bool insertBatch(QList<ServiceRecord>& records, QString* error, QList<QList<Hazard>>* hazards = nullptr);

private:
    bool writeExperts(const ServiceRecord& record, QString* error);
    bool writeHazard(const ServiceRecord& record, Hazard& hazard, QString* error);

    Database& m_db;
};

} // namespace sl::core
