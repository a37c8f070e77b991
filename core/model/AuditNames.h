#pragma once

#include <QHash>
#include <QString>

namespace sl::core {

// The names of the records audit entries refer to by id, by kind: what AuditWording shows instead of the ids.
struct AuditNames
{
    QHash<qint64, QString> enterprises;
    QHash<qint64, QString> agencies;
    QHash<qint64, QString> communities;
    QHash<qint64, QString> contracts;
    QHash<qint64, QString> certificateTypes;
    QHash<qint64, QString> hazards;
    QHash<qint64, QString> experts;
    QHash<qint64, QString> records; // service records
};

} // namespace sl::core
