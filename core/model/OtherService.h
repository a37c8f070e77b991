#pragma once

#include <QDate>
#include <QString>

namespace sl::core {

// One service of a ServiceKind delivered to an enterprise (plan 四.1, 四.3, 四.4): counted in the enterprise's
// file, the agency's scorecard figures and the annual report, never in the obligations.
struct OtherService
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    qint64 agencyId = 0; // 0: none recorded
    qint64 kindId = 0;
    QDate doneOn;
    QString topic;
    QString content;
    int peopleCount = 0;
    QString voidReason;
    bool voided = false;

    // Derived when read.
    QString kindName;
};

} // namespace sl::core
