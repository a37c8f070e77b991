#pragma once

#include "model/AnnualReportTexts.h"

#include <QCoreApplication>

namespace sl::core {

class Database;

// The parts of the annual report the clerk writes herself (典型问题, 存在不足, 下一步计划), kept per year
// with the data so the report can be printed again as it was.
class ReportTextRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReportTextRepository)

public:
    explicit ReportTextRepository(Database& db);

    AnnualReportTexts annualTexts(int year) const;
    bool setAnnualTexts(int year, const AnnualReportTexts& texts, QString* error);

private:
    Database& m_db;
};

} // namespace sl::core
