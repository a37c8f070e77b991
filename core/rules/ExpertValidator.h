#pragma once

#include "model/Expert.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sl::core {

// What makes an expert record acceptable. The form shows each problem next to its field and stops the typing at
// the limit; the repository refuses a record that has any. An expired certificate is not a problem: it is a fact to
// record, and the form says so as a note.
class ExpertValidator
{
    Q_DECLARE_TR_FUNCTIONS(ExpertValidator)

public:
    enum class Field { Name, Text };

    struct Problem
    {
        Field field;
        QString message;
    };

    static constexpr int kMaxTextLength = 2000;

    static QList<Problem> validate(const Expert& expert);
    static QString messageFor(const QList<Problem>& problems, Field field);
    static QString summary(const QList<Problem>& problems);
};

} // namespace sl::core
