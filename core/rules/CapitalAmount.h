#pragma once

#include "model/Money.h"

#include <QString>

namespace sl::core {

// Chinese capital numerals for amounts (da xie jin e) as the finance office requires them on subsidy lists,
// following the PBOC payment-settlement rules (Zhi Fu Jie Suan Ban Fa). They are Chinese whatever the interface
// language, so nothing here goes through tr(). Examples are in tests/core/TestCapitalAmount.cpp.
class CapitalAmount
{
public:
    // 2,000.00 gives "er qian yuan zheng", 0.00 "ling yuan zheng"; a negative amount starts with "fu".
    static QString fromMoney(Money m);
    // "ren min bi" followed by fromMoney(), as on a printed total.
    static QString withCurrencyPrefix(Money m);
};

} // namespace sl::core
