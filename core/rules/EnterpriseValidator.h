#pragma once

#include "model/Enterprise.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sl::core {

// What makes an enterprise record acceptable. The form shows each problem next to its field; the
// repository refuses a record that has any, so no path into the file skips these rules.
class EnterpriseValidator
{
    Q_DECLARE_TR_FUNCTIONS(EnterpriseValidator)

public:
    enum class Field { Name, CreditCode, CreditCodeOverrideReason, Community, Employees, Landlord, JoinDate, Text };

    struct Problem
    {
        Field field;
        QString message;
    };

    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxTextLength = 2000;
    static constexpr int kMaxNotesLength = 20000;

    static QList<Problem> validate(const Enterprise& enterprise);
    static QString messageFor(const QList<Problem>& problems, Field field);
    static QString summary(const QList<Problem>& problems);
};

} // namespace sl::core
