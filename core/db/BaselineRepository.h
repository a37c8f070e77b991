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
    // Saves the documents the clerk filled in (kind, date — invalid clears it — and notes) in one transaction: a
    // refused date leaves every document as it was. A document already on file with the same date and notes is
    // not written again.
    bool saveDocuments(qint64 enterpriseId, const QList<BaselineDocument>& documents, QString* error);

private:
    Database& m_db;
};

} // namespace sl::core
