#pragma once

#include "OccupationalHazardClass.h"
#include "ParticipationStatus.h"
#include "SizeClass.h"
#include "TargetCategory.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace sl::core {

// A served unit of the street, with every field of domain.md's "Enterprises".
struct Enterprise
{
    qint64 id = 0;
    QString name;
    QString creditCode;
    // A code that fails the checksum may still belong to a real company: the clerk may keep it on purpose.
    bool creditCodeOverride = false;
    QString creditCodeOverrideReason;
    qint64 communityId = 0;
    QString address;
    QString industry;
    QString legalRepresentative;
    QString safetyContact;
    QString safetyContactPhone;
    int employees = 0;
    SizeClass sizeClass = SizeClass::SmallMicro;
    TargetCategories targetCategories;
    OccupationalHazardClass occupationalHazard = OccupationalHazardClass::None;
    qint64 landlordId = 0; // 0: not a tenant of another enterprise
    ParticipationStatus participation = ParticipationStatus::Participating;
    QDate joinDate;
    QString bankAccountName;
    QString bankName;
    QString bankAccount;
    QString notes;
    QDateTime archivedAt; // invalid while the enterprise is active

    bool isArchived() const { return archivedAt.isValid(); }
    bool operator==(const Enterprise& other) const;
    bool operator!=(const Enterprise& other) const { return !(*this == other); }
};

} // namespace sl::core
