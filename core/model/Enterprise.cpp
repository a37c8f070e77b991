#include "Enterprise.h"

namespace sl::core {

bool Enterprise::operator==(const Enterprise& o) const
{
    return id == o.id && name == o.name && creditCode == o.creditCode && creditCodeOverride == o.creditCodeOverride
        && creditCodeOverrideReason == o.creditCodeOverrideReason && communityId == o.communityId
        && address == o.address && industry == o.industry && legalRepresentative == o.legalRepresentative
        && safetyContact == o.safetyContact && safetyContactPhone == o.safetyContactPhone && employees == o.employees
        && sizeClass == o.sizeClass && targetCategories == o.targetCategories
        && occupationalHazard == o.occupationalHazard && landlordId == o.landlordId && participation == o.participation
        && joinDate == o.joinDate && bankAccountName == o.bankAccountName && bankName == o.bankName
        && bankAccount == o.bankAccount && notes == o.notes && archivedAt == o.archivedAt;
}

} // namespace sl::core
