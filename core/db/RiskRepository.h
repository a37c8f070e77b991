#pragma once

#include "model/RiskAssessment.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace sl::core {

class Database;

// The agencies' risk assessments (风险辨识评估) and their risk points, graded by RiskGrading when saved, and
// the link from a hazard to the risk point it belongs to. An enterprise's assessment is in force from its day
// until its next one.
class RiskRepository
{
    Q_DECLARE_TR_FUNCTIONS(RiskRepository)

public:
    explicit RiskRepository(Database& db);

    // Every assessment of the enterprise (archived ones left out), newest first, with its points.
    QList<RiskAssessment> listOf(qint64 enterpriseId) const;
    std::optional<RiskAssessment> find(qint64 id) const;
    // The assessment in force on `day` for every enterprise that has one (the latest dated on or before it),
    // ordered by community, enterprise name and id, with their points.
    QList<RiskAssessment> inForceOn(const QDate& day) const;
    // In force in a year: on its last day, or on `asOf` while the year is not over.
    QList<RiskAssessment> inForceInYear(int year, const QDate& asOf) const;

    // Checks and grades every point (RiskGrading), then writes the assessment and its points in one
    // transaction; the points' levels are set from their figures.
    bool insert(RiskAssessment& assessment, QString* error);
    bool archive(qint64 id, QString* error);
    // A hazard belongs to a risk point of the same enterprise (0: to none).
    bool linkHazard(qint64 hazardId, qint64 riskPointId, QString* error);
    qint64 riskPointOfHazard(qint64 hazardId) const;
    // How many hazards belong to the risk point.
    int hazardsOfPoint(qint64 riskPointId) const;
    // The last inspection of each enterprise on or before `day` (voided ones left out), by enterprise id.
    QHash<qint64, QDate> lastInspections(const QDate& day) const;

private:
    QList<RiskAssessment> read(const QString& where, const QVariantList& binds) const;
    Database& m_db;
};

} // namespace sl::core
