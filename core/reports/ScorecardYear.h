#pragma once

#include "rules/Scorecard.h"

#include <QHash>
#include <QList>

namespace sl::core {

class Database;

// Every agency's scorecard of a year as of a date: the page, the printed sheet and the export.
class ScorecardYear
{
public:
    static ScorecardYear load(Database& db, int year, const QDate& asOf);

    int year() const { return m_year; }
    QDate asOf() const { return m_asOf; }
    const QList<Scorecard::Row>& rows() const { return m_rows; }
    QString agencyName(qint64 id) const { return m_agencyNames.value(id); }
    const QList<Interview>& interviews() const { return m_interviews; }

private:
    int m_year = 0;
    QDate m_asOf;
    QList<Scorecard::Row> m_rows;
    QHash<qint64, QString> m_agencyNames;
    QList<Interview> m_interviews;
};

} // namespace sl::core
