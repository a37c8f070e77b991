#pragma once

#include "BaselineKind.h"

#include <QDate>
#include <QString>

namespace sl::core {

// One of an enterprise's baseline documents, completed on a date (with an agency's help).
struct BaselineDocument
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    BaselineKind kind = BaselineKind::Organisation;
    QDate completedOn;
    qint64 agencyId = 0;
    QString notes;
};

} // namespace sl::core
