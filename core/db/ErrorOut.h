#pragma once

#include <QString>

namespace sl::core {

// Repositories report a refused write as a sentence through an optional out-parameter.
inline bool failWith(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace sl::core
