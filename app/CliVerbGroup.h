#pragma once

#include <QTextStream>

namespace sl::app {

class CliDatabase;

// What each group of safeledger-cli's verbs (ExportCommands, ReportCommands, ExchangeCommands, ReturnCommands)
// writes to and reads from: the standard output, the error output, and the database named with --db.
class CliVerbGroup
{
public:
    CliVerbGroup(QTextStream& out, QTextStream& err, CliDatabase& database)
        : m_out(out)
        , m_err(err)
        , m_database(database)
    {
    }

protected:
    QTextStream& m_out;
    QTextStream& m_err;
    CliDatabase& m_database;
};

} // namespace sl::app
