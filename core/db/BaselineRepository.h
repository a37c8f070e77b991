#pragma once

#include "model/BaselineDocument.h"

#include <QCoreApplication>
#include <QList>

namespace sl::core {

class Database;

// An enterprise's five baseline documents: each is done on a date or not yet.
class BaselineRepository
{
    Q_DECLARE_TR_FUNCTIONS(BaselineRepository)

public:
    explicit BaselineRepository(Database& db);

    QList<BaselineDocument> listOf(qint64 enterpriseId) const;
    // Records the completion (or changes its date); an invalid date clears it.
    bool setCompleted(qint64 enterpriseId, BaselineKind kind, const QDate& completedOn, const QString& notes,
                      QString* error);

private:
    Database& m_db;
};

} // namespace sl::core
