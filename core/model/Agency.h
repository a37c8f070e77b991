#pragma once

#include <QDateTime>
#include <QString>

namespace sl::core {

// A professional safety-service organisation, contracted by public tender.
struct Agency
{
    qint64 id = 0;
    QString name;
    QString creditCode;
    QString qualification;
    QString contactPerson;
    QString contactPhone;
    QString address;
    QString notes;
    QDateTime archivedAt;

    bool isArchived() const { return archivedAt.isValid(); }
    bool operator==(const Agency& o) const
    {
        return id == o.id && name == o.name && creditCode == o.creditCode && qualification == o.qualification
            && contactPerson == o.contactPerson && contactPhone == o.contactPhone && address == o.address
            && notes == o.notes && archivedAt == o.archivedAt;
    }
};

} // namespace sl::core
