#pragma once

#include <QDate>
#include <QString>

namespace sl::core {

// A person of an agency who does the visits, with the certificate that qualifies them.
struct Expert
{
    qint64 id = 0;
    qint64 agencyId = 0;
    QString name;
    QString specialty;
    QString certificate;
    QString certificateNo;
    QDate certificateExpiry;
    QString phone;
    bool archived = false;

    bool operator==(const Expert& o) const
    {
        return id == o.id && agencyId == o.agencyId && name == o.name && specialty == o.specialty
            && certificate == o.certificate && certificateNo == o.certificateNo
            && certificateExpiry == o.certificateExpiry && phone == o.phone && archived == o.archived;
    }
};

} // namespace sl::core
