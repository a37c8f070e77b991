#pragma once

#include "HazardGrade.h"
#include "HazardState.h"
#include "Inspector.h"

#include <QDate>
#include <QString>

namespace sl::core {

// The five items of listed supervision (挂牌督办) of a major hazard: 措施, 资金, 期限, 责任人, 应急预案.
struct ListedItems
{
    QString measures;
    QString funds;
    QDate deadline;
    QString responsible;
    QString plan;

    bool isComplete() const
    {
        return !measures.trimmed().isEmpty() && !funds.trimmed().isEmpty() && deadline.isValid()
            && !responsible.trimmed().isEmpty() && !plan.trimmed().isEmpty();
    }
};

// A hazard an inspection found, and where its closure stands.
struct Hazard
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    qint64 inspectionId = 0;
    QDate foundOn;
    QString place;
    QString description;
    HazardGrade grade = HazardGrade::General;
    QString category;
    QString demand; // the rectification demand
    QString responsible;
    QDate deadline; // as first set; extensions never change it
    HazardState state = HazardState::Registered;
    Supervision supervision = Supervision::None;
    ListedItems listed;
    QDate delistedOn; // 摘牌
    QDate recheckedOn;
    QDate closedOn;
    QString closeReason; // why it was closed without "after" evidence

    // Derived when read: the latest approved extension, the agency of the inspection, and who inspected
    // (a street inspection's hazards have no agency; a joint one's have the agency that went along).
    QDate extendedDeadline;
    qint64 agencyId = 0;
    Inspector inspector = Inspector::Agency;

    // The deadline in force. Whether the hazard is overdue on a day is rules/HazardDeadline's to say.
    QDate effectiveDeadline() const { return extendedDeadline.isValid() ? extendedDeadline : deadline; }
    bool isOpen() const { return state != HazardState::Closed; }
};

} // namespace sl::core
