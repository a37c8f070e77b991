#pragma once

#include <QString>

namespace sl::app {

// What safeledger-cli ends with, the same for every verb (and said so in its help).
enum class ExitCode {
    Success = 0, // the work is done
    Problem = 1, // a check found a problem, or the work was refused
    Usage = 2, // wrong usage: an unknown verb or option, a missing or bad value
};

// A verb refuses how it was called: the sentence goes to *usageError, for the dispatcher to say with the verb's
// synopsis (CliCommands::usage).
inline ExitCode wrongUsage(QString* usageError, const QString& message)
{
    *usageError = message;
    return ExitCode::Usage;
}

} // namespace sl::app
