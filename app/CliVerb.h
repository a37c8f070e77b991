#pragma once

#include "ExitCode.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sl::app {

class CliCommands;

// One verb of safeledger-cli, as its table (CliVerbs) holds it: its name, how it is written with what it does,
// and what runs it.
struct CliVerb
{
    // One way of writing the verb, and what it does then (several lines, each ended by \n but the last).
    struct Form
    {
        QString synopsis;
        QString description;
    };

    // "check"; a verb of several kinds has one entry per kind: "report annual", "return import".
    QString name;
    QList<Form> forms;
    // Given what follows the name on the command line.
    std::function<ExitCode(CliCommands&, const QStringList&)> run;
};

} // namespace sl::app
