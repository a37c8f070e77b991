#pragma once

#include "model/Contract.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sl::core {

// What makes a contract acceptable. The form shows each problem next to its field and stops the typing at the
// limits; the repository refuses a contract that has any. What needs the file (that the agency exists, that no
// service already recorded falls outside a shortened period) the repository checks on top.
class ContractValidator
{
    Q_DECLARE_TR_FUNCTIONS(ContractValidator)

public:
    enum class Field { Agency, Period, UnitPrice, Notes, Text };

    struct Problem
    {
        Field field;
        QString message;
    };

    static constexpr int kMaxShortTextLength = 200; // contract no., tender lot
    static constexpr int kMaxNotesLength = 20000;
    static constexpr int kMaxUnitPriceInput = 40; // characters typed for the price, separators included
    // One billion yuan: a typing error, not a price.
    static constexpr qint64 kMaxUnitPriceFen = Q_INT64_C(100000000000);

    static QList<Problem> validate(const Contract& contract);
    // Also what the repository says when the chosen agency is not in the file.
    static QString chooseAgency();
    static QString messageFor(const QList<Problem>& problems, Field field);
    static QString summary(const QList<Problem>& problems);
};

} // namespace sl::core
