#include "CliOperator.h"

#include "AppInfo.h"
#include "db/Database.h"
#include "db/OperatorRepository.h"
#include "rules/OperatorChoice.h"

namespace sl::app {

namespace {

QString s_name;
QString s_password;

} // namespace

void CliOperator::request(const QString& name, const QString& password)
{
    s_name = name.trimmed();
    s_password = password;
    // Named before the file is opened, so that an upgrade on opening is already theirs.
    core::AppInfo::setOperatorName(s_name);
}

QString CliOperator::requested()
{
    return s_name;
}

bool CliOperator::apply(core::Database& db, QTextStream& err)
{
    core::OperatorRepository operators(db);
    core::OperatorChoice::Cli chosen;
    QString error;
    if (!core::OperatorChoice::forCommandLine(operators.list(), s_name, s_password, db.previousOperator(),
                                              core::AppInfo::systemUserName(), &chosen, &error)) {
        err << error << Qt::endl;
        return false;
    }
    if (!operators.workAs(chosen.name, &error)) {
        err << error << Qt::endl;
        return false;
    }
    err << chosen.how << Qt::endl;
    return true;
}

} // namespace sl::app
