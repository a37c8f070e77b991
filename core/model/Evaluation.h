#pragma once

#include <QDate>
#include <QString>

namespace sl::core {

// The clerk's spot-check evaluation of an agency, scored out of 100 in tenths.
struct Evaluation
{
    qint64 id = 0;
    qint64 agencyId = 0;
    QDate evaluatedOn;
    int scoreTenths = 0;
    QString remarks;
};

} // namespace sl::core
