#pragma once

#include "Money.h"

#include <QDateTime>
#include <QString>

namespace sl::core {

// The stamp on a confirmed subsidy year. A reopened confirmation is kept, with who reopened it and why.
struct SubsidyConfirmation
{
    qint64 id = 0;
    int year = 0;
    QDateTime confirmedAt;
    QString confirmedBy;
    int lineCount = 0;
    Money streetTotal;
    QDateTime reopenedAt;
    QString reopenedBy;
    QString reopenReason;

    bool isInForce() const { return !reopenedAt.isValid(); }
};

} // namespace sl::core
