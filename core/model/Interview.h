#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace sl::core {

// 约谈 (an interview) or 通报 (a public notice) of an enterprise or an agency.
struct Interview
{
    enum class Kind { Interview, Notice };

    qint64 id = 0;
    Kind kind = Kind::Interview;
    qint64 enterpriseId = 0; // 0: none
    qint64 agencyId = 0; // 0: none
    QDate heldOn;
    QString reason;
    QString people;
    QString outcome;
    QList<qint64> hazardIds;
};

} // namespace sl::core
