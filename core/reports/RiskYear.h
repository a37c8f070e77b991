#pragma once

#include "model/RiskAssessment.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace sl::core {

class Database;

// The street's risk picture for a year (风险分级管控): the assessment in force for each enterprise on the year's
// last day (or the as-of day while the year is not over), the enterprises and points by level, the 四色图 table
// per community, and the 重大 / 较大 points whose enterprise has had no inspection recently.
class RiskYear
{
public:
    // An inspection within this many days of the day counts as recent: a quarter's. (assumption)
    static constexpr int kRecentInspectionDays = 92;

    struct CommunityRow
    {
        qint64 communityId = 0;
        QString communityName;
        int enterprises[4] = { 0, 0, 0, 0 }; // by RiskLevel (Low … Major)
        int points[4] = { 0, 0, 0, 0 };
    };
    struct Unwatched
    {
        const RiskAssessment* assessment = nullptr;
        const RiskPoint* point = nullptr;
        QDate lastInspection; // invalid: never inspected
    };

    static RiskYear load(Database& db, int year, const QDate& asOf);
    static RiskYear fromAssessments(int year, const QDate& day, const QList<RiskAssessment>& assessments,
                                    const QHash<qint64, QDate>& lastInspections);

    int year() const { return m_year; }
    // The day the picture is taken on.
    QDate day() const { return m_day; }
    const QList<RiskAssessment>& assessments() const { return m_assessments; }
    int enterprisesAt(RiskLevel level) const { return m_enterprises[int(level)]; }
    int pointsAt(RiskLevel level) const { return m_points[int(level)]; }
    int pointCount() const;
    const QList<CommunityRow>& byCommunity() const { return m_communities; }
    QList<Unwatched> unwatched() const;

private:
    int m_year = 0;
    QDate m_day;
    QList<RiskAssessment> m_assessments;
    QHash<qint64, QDate> m_lastInspections;
    int m_enterprises[4] = { 0, 0, 0, 0 };
    int m_points[4] = { 0, 0, 0, 0 };
    QList<CommunityRow> m_communities;
};

} // namespace sl::core
