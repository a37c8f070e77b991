#pragma once

#include "model/Evaluation.h"

#include <QCoreApplication>
#include <QList>

namespace sl::core {

class Database;

// The clerk's spot-check evaluations of the agencies.
class EvaluationRepository
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationRepository)

public:
    explicit EvaluationRepository(Database& db);

    // agencyId 0: every agency; year 0: every year. Newest first.
    QList<Evaluation> list(qint64 agencyId, int year) const;
    bool insert(Evaluation& evaluation, QString* error);

private:
    Database& m_db;
};

} // namespace sl::core
