#pragma once

#include "model/Operator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sl::core {

// Who works, decided from the operators kept in the file, what was asked for and who worked last.
//
// The window, when it opens:
//  - no operators kept yet: the computer's user name, without asking (a ledger not set up for several staff
//    works as it always did);
//  - `--operator NAME` given: that operator without asking, if active and without password (with a password
//    the question comes, NAME chosen);
//  - exactly one active operator, without password: that one without asking;
//  - otherwise the question, the last operator chosen. Nobody works as an inactive operator.
// The command line: `--operator NAME`, else the last operator named in the file, else the computer's user name;
// a kept operator must be active, and one with a password needs --password.
class OperatorChoice
{
    Q_DECLARE_TR_FUNCTIONS(OperatorChoice)

public:
    struct Start
    {
        bool ask = false;
        QString name; // taken (ask false) or preselected (ask true)
    };

    static Start atWindowStart(const QList<Operator>& operators, const QString& requested, const QString& last,
                               const QString& systemUser);

    struct Cli
    {
        QString name;
        QString how; // the sentence that says which was used and why
    };
    static bool forCommandLine(const QList<Operator>& operators, const QString& requested, const QString& password,
                               const QString& last, const QString& systemUser, Cli* out, QString* error);

    // Empty when `name` may work with `password`, else why not.
    static QString refusal(const QList<Operator>& operators, const QString& name, const QString& password);
};

} // namespace sl::core
