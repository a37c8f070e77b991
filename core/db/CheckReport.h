#pragma once

#include <QStringList>

namespace sl::core {

// What `check` found: findings are problems the clerk must act on, notes are what was verified.
struct CheckReport
{
    QStringList problems;
    QStringList notes;
    int schemaVersion = 0;

    bool ok() const { return problems.isEmpty(); }
};

} // namespace sl::core
