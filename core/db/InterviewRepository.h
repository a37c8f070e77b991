#pragma once

#include "model/Interview.h"

#include <QCoreApplication>
#include <QList>

namespace sl::core {

class Database;

// Interviews and notices (约谈 / 通报) of enterprises and agencies, with the hazards they were about.
class InterviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(InterviewRepository)

public:
    explicit InterviewRepository(Database& db);

    // year 0: every year. Newest first.
    QList<Interview> list(int year = 0) const;
    bool insert(Interview& interview, QString* error);

private:
    Database& m_db;
};

} // namespace sl::core
