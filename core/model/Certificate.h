#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace sl::core {

// One licence or certificate of an enterprise (证照): the enterprise's own licence or one held by a
// person working there. The expiry date is what the clerk watches; the issue date may be unknown.
struct Certificate
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    qint64 typeId = 0;
    QString number;
    QString holder; // the enterprise or the person the certificate names
    QString issuer;
    QDate issuedOn; // invalid: not known
    QDate expiresOn;
    QString notes;
    QDateTime archivedAt; // invalid while the certificate is in use

    bool isArchived() const { return archivedAt.isValid(); }
    bool operator==(const Certificate& o) const
    {
        return id == o.id && enterpriseId == o.enterpriseId && typeId == o.typeId && number == o.number
            && holder == o.holder && issuer == o.issuer && issuedOn == o.issuedOn && expiresOn == o.expiresOn
            && notes == o.notes && archivedAt == o.archivedAt;
    }
    bool operator!=(const Certificate& o) const { return !(*this == o); }
};

} // namespace sl::core
