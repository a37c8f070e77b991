#pragma once

#include "DemoEvidence.h"
#include "model/Enterprise.h"
#include "model/Hazard.h"
#include "model/ObligationSettings.h"
#include "model/ServiceRecord.h"
#include "rules/ServiceSpans.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace sl::core {

class Database;
class Dice;

// What the agencies did at the demo street's enterprises: on-site surveys, baseline documents,
// quarterly inspections with the hazards they found, trainings, drills and year-end reports. A real
// street has gaps, so this one does too: a missed quarter, a late document, a report never written.
// The compliance pages then have something to show besides green. Nothing is dated after `today`.
class DemoActivities
{
public:
    using Words = QHash<QString, QStringList>;

    DemoActivities(Database& db, const Words& words, Dice& dice, const QDate& today);

    // Whether the word lists hold every section the activities draw their texts from.
    static bool hasWords(const Words& words);

    // Reads the coverage already written and records the activities of `enterprises`, in their order.
    // Meant to run inside the generator's transaction; the caller's clock must not be before `today`.
    bool write(const QList<Enterprise>& enterprises, QString* error);

private:
    using Span = ServiceSpans::Span;

    void takeWords();
    void loadAgencies();
    bool writeSurveys(const Enterprise& e, const QList<Span>& spans, QString* error);
    bool writeBaseline(const Enterprise& e, const QList<Span>& spans, QString* error);
    bool writeYear(const Enterprise& e, const QList<Span>& spans, int year, QString* error);
    bool writeInspection(const Enterprise& e, const QDate& day, qint64 agencyId, int* hazardCount, QString* error);
    // The yearly minimum of trainings or drills, spread over the year's service.
    bool writeYearly(const Enterprise& e, const QList<Span>& spans, int year, RecordKind kind, int required,
                     QString* error);
    bool add(ServiceRecord&& record, QString* error);
    bool flush(QString* error);

    QList<qint64> pickExperts(qint64 agencyId, int count);
    QDate randomServedDay(const QList<Span>& spans, const QDate& from, const QDate& to);
    // The n-th (from 0) day of service within [from, to]; invalid past the last one.
    static QDate nthServedDay(const QList<Span>& spans, const QDate& from, const QDate& to, int n);

    Database& m_db;
    const Words& m_words;
    Dice& m_dice;
    QDate m_today;
    ObligationSettings m_settings;
    QHash<qint64, int> m_agencyIndex; // in the order the agencies were created
    QHash<qint64, QList<qint64>> m_experts;
    QList<ServiceRecord> m_pending;
    QList<QList<Hazard>> m_pendingHazards; // parallel to m_pending
    DemoEvidence m_evidence;

    QStringList m_surveyFindings;
    QStringList m_inspectionFindings;
    QStringList m_hazardFindings;
    QStringList m_hazardPlaces;
    QList<QStringList> m_hazards; // category, description, demand
    QStringList m_trainingTopics;
    QStringList m_trainingContents;
    QStringList m_drillScenarios;
    QStringList m_drillContents;
    QStringList m_reportSummaries;
    QStringList m_reportProblems;
    QStringList m_reportMeasures;
};

} // namespace sl::core
