#pragma once

#include "model/Interview.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sl::core {

// What makes an interview or notice acceptable. The form stops the typing at the limit and says the problem before
// it saves; the repository refuses a record that has one.
class InterviewValidator
{
    Q_DECLARE_TR_FUNCTIONS(InterviewValidator)

public:
    static constexpr int kMaxTextLength = 4000; // reason, people, outcome

    // Why the interview cannot be saved, or an empty string. today: the last day it may be dated.
    static QString problem(const Interview& interview, const QDate& today);
};

} // namespace sl::core
