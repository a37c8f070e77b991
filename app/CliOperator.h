#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace sl::core {
class Database;
}

namespace sl::app {

// Who the command line works as (OperatorChoice::forCommandLine): --operator NAME (--password PW for one who
// has a password), else the last operator named in the file, else the computer's user name. Every verb that
// writes says which it used.
class CliOperator
{
    Q_DECLARE_TR_FUNCTIONS(CliOperator)

public:
    static void request(const QString& name, const QString& password);
    static QString requested();
    // After the file is opened for writing: decides, names the operator in the file, says so on err.
    static bool apply(core::Database& db, QTextStream& err);
};

} // namespace sl::app
