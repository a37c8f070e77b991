#pragma once

#include <QString>

#include <optional>

namespace sl::bench {

// One line of the report: the median of an operation, next to the floor it is judged against
// (limitMs, measured in the same run on the same file) and the goal from the issue (targetMs).
struct Metric
{
    QString name;
    double ms = 0;
    std::optional<double> limitMs;
    std::optional<double> targetMs;
    // Whether the limit's own result was found equal to the program's in this run (a limit that computes
    // something else is not a floor); none where there is no limit.
    std::optional<bool> checked;

    // How many times the floor the operation costs; there is none without a limit.
    std::optional<double> ratio() const
    {
        if (!limitMs || *limitMs <= 0) {
            return std::nullopt;
        }
        return ms / *limitMs;
    }
    // A metric without a target has nothing to pass or fail.
    std::optional<bool> meetsTarget() const
    {
        if (!targetMs) {
            return std::nullopt;
        }
        return ms <= *targetMs;
    }
};

} // namespace sl::bench
