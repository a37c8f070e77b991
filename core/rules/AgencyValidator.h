#pragma once

#include "model/Agency.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sl::core {

// What makes an agency record acceptable. The form shows each problem next to its field and stops the typing at
// the limits; the repository refuses a record that has any, so no path into the file skips these rules.
// That the name is not another agency's needs the file, so it is checked by the callers, with nameTaken's words.
class AgencyValidator
{
    Q_DECLARE_TR_FUNCTIONS(AgencyValidator)

public:
    enum class Field { Name, CreditCode, Notes, Text };

    struct Problem
    {
        Field field;
        QString message;
    };

    static constexpr int kMaxTextLength = 2000;
    // A code has 18 characters; the form lets a few spaces or dashes copied with it through, normalized later.
    static constexpr int kMaxCreditCodeInput = 24;

    static QList<Problem> validate(const Agency& agency);
    static QString nameTaken(const QString& name);
    static QString messageFor(const QList<Problem>& problems, Field field);
    static QString summary(const QList<Problem>& problems);
};

} // namespace sl::core
