#pragma once

#include <QFlags>
#include <QList>

namespace sl::core {

// The four priority groups of section 3 of the plan; an enterprise may be in any number of them.
// Stored as a bit set, so the values are part of the file format.
enum class TargetCategory {
    OccupationalHazard = 0x1, // occupational-disease hazard relatively heavy or above
    WeakSafetyManagement = 0x2, // industrial unit lacking its own safety management
    LandlordOrMarket = 0x4, // rented factories, large markets with many tenants
    ListedMajorHazard = 0x8, // major hazard under listed supervision
};
Q_DECLARE_FLAGS(TargetCategories, TargetCategory)
Q_DECLARE_OPERATORS_FOR_FLAGS(TargetCategories)

inline constexpr int kAllTargetCategoryBits = 0xF;

inline QList<TargetCategory> allTargetCategories()
{
    return { TargetCategory::OccupationalHazard, TargetCategory::WeakSafetyManagement, TargetCategory::LandlordOrMarket,
             TargetCategory::ListedMajorHazard };
}

} // namespace sl::core
