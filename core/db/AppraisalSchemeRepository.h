#pragma once

#include "model/AppraisalScheme.h"

#include <QCoreApplication>
#include <QList>

namespace sl::core {

class Database;

// The versions of the appraisal scheme (考核评分细则). Editing a version changes how the open years it
// applies to are scored; a confirmed year keeps its frozen appraisal whatever happens here.
class AppraisalSchemeRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppraisalSchemeRepository)

public:
    explicit AppraisalSchemeRepository(Database& db);

    QList<AppraisalScheme> list() const; // by first year, items in their order
    bool insert(AppraisalScheme& scheme, QString* error);
    bool update(const AppraisalScheme& scheme, QString* error);

private:
    bool check(const AppraisalScheme& scheme, QString* error) const;
    bool writeItems(qint64 schemeId, const QList<AppraisalItem>& items, QString* error);

    Database& m_db;
};

} // namespace sl::core
