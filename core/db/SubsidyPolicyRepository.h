#pragma once

#include "model/SubsidyPolicy.h"

#include <QCoreApplication>
#include <QList>

namespace sl::core {

class Database;

// The versions of the subsidy policy. Editing a version changes how open years are computed; a
// confirmed year keeps its frozen lines whatever happens here.
class SubsidyPolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(SubsidyPolicyRepository)

public:
    explicit SubsidyPolicyRepository(Database& db);

    QList<SubsidyPolicy> list() const; // by effective date
    bool insert(SubsidyPolicy& policy, QString* error);
    bool update(const SubsidyPolicy& policy, QString* error);

    static QString classesKey(const QList<SizeClass>& classes);
    static QList<SizeClass> classesFromKey(const QString& key);

private:
    bool check(const SubsidyPolicy& policy, QString* error) const;

    Database& m_db;
};

} // namespace sl::core
