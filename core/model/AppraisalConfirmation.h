#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace sl::core {

// The stamp on a confirmed appraisal year: the figures as of asOf, scored by the scheme version in
// force. A reopened confirmation is kept, with who reopened it and why.
struct AppraisalConfirmation
{
    qint64 id = 0;
    int year = 0;
    QDate asOf;
    qint64 schemeId = 0;
    QDateTime confirmedAt;
    QString confirmedBy;
    int agencyCount = 0;
    QDateTime reopenedAt;
    QString reopenedBy;
    QString reopenReason;

    bool isInForce() const { return !reopenedAt.isValid(); }
};

} // namespace sl::core
