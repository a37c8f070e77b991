#pragma once

#include "model/Hazard.h"
#include "model/HazardEvent.h"
#include "model/HazardExtension.h"
#include "rules/HazardLifecycle.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sl::core {

class Database;

// The hazard register: hazards with their derived deadline in force and agency, their history, their
// deadline extensions, and the closure steps written through HazardLifecycle so a refused step changes
// nothing. Every step leaves an event with who, when and why.
class HazardRepository
{
    Q_DECLARE_TR_FUNCTIONS(HazardRepository)

public:
    struct Filter
    {
        int year = 0; // found in this year; 0: every year
        qint64 enterpriseId = 0;
        qint64 inspectionId = 0;
        bool openOnly = false; // not closed (销号)
        QDate dueBy; // deadline in force on or before this day (then ordered by it)
        int limit = 0; // 0: all
    };

    explicit HazardRepository(Database& db);

    QList<Hazard> list(const Filter& filter) const;
    // Hazards open as of asOf, and how many of them are overdue, in one query: HazardDeadline's rule in SQL.
    void countOpen(const QDate& asOf, int* open, int* overdue) const;
    std::optional<Hazard> find(qint64 id) const;
    QList<HazardEvent> events(qint64 hazardId) const;
    QList<HazardExtension> extensions(qint64 hazardId) const;
    int afterEvidenceCount(qint64 hazardId) const;

    bool step(qint64 hazardId, HazardLifecycle::Action action, const HazardLifecycle::Step& step, QString* error);

    struct PlannedStep
    {
        qint64 hazardId = 0;
        HazardLifecycle::Action action = HazardLifecycle::Action::StartRectifying;
        HazardLifecycle::Step step;
    };
    // Many steps at once (the demo street, agency returns), in order, through the same rules as step():
    // all of them or, at the first refusal, none; the error names the hazard.
    bool stepBatch(const QList<PlannedStep>& steps, QString* error);
    bool requestExtension(qint64 hazardId, const QDate& requestedOn, const QDate& newDeadline, const QString& reason,
                          QString* error);
    bool decideExtension(qint64 extensionId, bool approve, const QDate& decidedOn, const QString& remark,
                         QString* error);

private:
    bool writeEvent(qint64 hazardId, const QDate& day, const QString& action, HazardState from, HazardState to,
                    const QString& recheckedBy, const QString& remark, QString* error);
    static QString recheckerOf(HazardLifecycle::Action action, const HazardLifecycle::Step& step);

    Database& m_db;
};

} // namespace sl::core
