#pragma once

#include "OccupationalHazardClass.h"
#include "ParticipationStatus.h"
#include "SizeClass.h"
#include "SubsidyLine.h"
#include "TargetCategory.h"

#include <QCoreApplication>
#include <QString>

namespace sl::core {

// The clerk's words for the domain's closed vocabularies, in one place so screens, exports and the
// command line never disagree.
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)

public:
    static QString sizeClass(SizeClass sizeClass);
    static QString targetCategory(TargetCategory category);
    static QString targetCategoryShort(TargetCategory category);
    static QString targetCategories(TargetCategories categories);
    static QString occupationalHazardClass(OccupationalHazardClass hazardClass);
    static QString participationStatus(ParticipationStatus status);
    static QString subsidyRule(SubsidyRule rule);
    static QString subsidyFlags(SubsidyFlags flags);
};

} // namespace sl::core
