#pragma once

#include "model/SubsidyLine.h"

#include <QList>
#include <QString>

class QSqlQuery;

namespace sl::bench {

// The floor of `subsidy_year`: the subsidy list of a year computed by one SQL statement, with the same
// lines, amounts and flags as sl::core::SubsidyYear — service years from coverage, fee, size class,
// policy and shares, the class/policy/agency/left-early flags, and "service incomplete" from the
// obligations of the service year overdue as of the day. What SQL cannot do without the program is
// left out, which only lowers the floor: the pinyin order of the names (so the line numbers).
class SubsidyFloor
{
public:
    // Binds :year, :start (its first day), :end (its last day) and :asof.
    static QString sql();
    // Every row of the executed statement, as lines (numbered 0: the order is not the program's).
    static QList<core::SubsidyLine> read(QSqlQuery& q);
    // Whether the floor's lines are the program's, matched by enterprise and service year, every field
    // but the line number compared; `why` says where they first differ.
    static bool same(const QList<core::SubsidyLine>& floor, const QList<core::SubsidyLine>& program, QString* why);
};

} // namespace sl::bench
