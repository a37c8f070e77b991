#pragma once

#include <QString>

namespace sl::core {

// A kind of licence or certificate (证照类型) with its usual validity. Data, not code: the clerk edits
// the periods when a regulation changes, and adds the kinds her street needs.
struct CertificateType
{
    qint64 id = 0;
    QString name;
    int validityMonths = 0; // 0: no fixed validity, the expiry is always typed
    int reviewMonths = 0; // 0: no review within the validity (复审)
    int sortOrder = 0;
    bool archived = false; // hidden from new certificates; the ones that have it keep it

    bool operator==(const CertificateType& o) const
    {
        return id == o.id && name == o.name && validityMonths == o.validityMonths && reviewMonths == o.reviewMonths
            && sortOrder == o.sortOrder && archived == o.archived;
    }
    bool operator!=(const CertificateType& o) const { return !(*this == o); }
};

} // namespace sl::core
