#include "CapitalAmount.h"

namespace sl::core {

namespace {

// Written as escapes (and named in pinyin below) so that every compiler reads the source the same way, whatever
// its code page. The capital digits are used instead of the everyday ones because they cannot be altered by adding
// a stroke.
constexpr char16_t kDigits[] = u"\u96f6\u58f9\u8d30\u53c1\u8086\u4f0d\u9646\u67d2\u634c\u7396"; // ling ... jiu, 0-9
constexpr char16_t kZero = u'\u96f6'; // ling
constexpr char16_t kTen = u'\u62fe'; // shi
constexpr char16_t kHundred = u'\u4f70'; // bai
constexpr char16_t kThousand = u'\u4edf'; // qian
constexpr char16_t kWan = u'\u4e07'; // wan, 10^4
constexpr char16_t kYi = u'\u4ebf'; // yi, 10^8
constexpr char16_t kYuan = u'\u5143'; // yuan
constexpr char16_t kJiao = u'\u89d2'; // jiao, 0.1 yuan
constexpr char16_t kFen = u'\u5206'; // fen, 0.01 yuan
constexpr char16_t kWhole = u'\u6574'; // zheng, "exactly"
constexpr char16_t kNegative = u'\u8d1f'; // fu, "minus"

QChar digit(quint64 value)
{
    return QChar(kDigits[value]);
}

// 1 to 9999. Zeros between written digits become one ling, trailing zeros vanish; a leading ten is written "yi shi"
// because a bare shi could be altered by writing a digit in front of it.
QString fourDigits(quint64 value)
{
    static constexpr char16_t units[] = { kThousand, kHundred, kTen, 0 };
    static constexpr quint64 powers[] = { 1000, 100, 10, 1 };
    QString text;
    bool pendingZero = false;
    for (int i = 0; i < 4; ++i) {
        const quint64 d = value / powers[i] % 10;
        if (d == 0) {
            pendingZero = !text.isEmpty();
            continue;
        }
        if (pendingZero)
            text.append(QChar(kZero));
        pendingZero = false;
        text.append(digit(d));
        if (units[i] != 0)
            text.append(QChar(units[i]));
    }
    return text;
}

// Any positive integer. Split recursively at yi and then wan, so that 10005 yi reads "yi wan ling wu yi" rather
// than repeating yi. A ling bridges the boundary when the lower part does not fill its top digit: 1,000,010 is
// "yi bai wan ling yi shi".
QString integerText(quint64 value)
{
    constexpr quint64 yi = 100000000;
    constexpr quint64 wan = 10000;
    const quint64 base = value >= yi ? yi : (value >= wan ? wan : 0);
    if (base == 0)
        return fourDigits(value);
    const quint64 high = value / base;
    const quint64 low = value % base;
    QString text = integerText(high) + QChar(base == yi ? kYi : kWan);
    if (low != 0) {
        if (low < base / 10)
            text.append(QChar(kZero));
        text += integerText(low);
    }
    return text;
}

} // namespace

QString CapitalAmount::fromMoney(Money m)
{
    const qint64 fen = m.fen();
    const quint64 absFen = fen < 0 ? 0 - static_cast<quint64>(fen) : static_cast<quint64>(fen);
    const quint64 yuan = absFen / 100;
    const quint64 jiao = absFen / 10 % 10;
    const quint64 fenDigit = absFen % 10;

    QString text;
    if (fen < 0)
        text.append(QChar(kNegative));

    if (absFen == 0) {
        text.append(QChar(kZero));
        text.append(QChar(kYuan));
        text.append(QChar(kWhole));
        return text;
    }

    if (yuan != 0) {
        text += integerText(yuan);
        text.append(QChar(kYuan));
    }
    if (jiao == 0 && fenDigit == 0) {
        // PBOC: an amount that ends at yuan is closed with zheng so that nothing can be added after it.
        text.append(QChar(kWhole));
        return text;
    }
    // PBOC allows ling or nothing where the yuan digit is zero before a non-zero jiao; the domain's example for
    // 107,000.53 writes it, so it is written every time, for one consistent form (10.50: "yi shi yuan ling wu jiao").
    // With jiao = 0 and fen != 0 the ling is required (100.05). Without yuan there is nothing to bridge (0.05).
    if (yuan != 0 && (yuan % 10 == 0 || jiao == 0))
        text.append(QChar(kZero));
    if (jiao != 0) {
        text.append(digit(jiao));
        text.append(QChar(kJiao));
    }
    // PBOC: after jiao the zheng may be left out, and after fen it must be; both are left out here.
    if (fenDigit != 0) {
        text.append(digit(fenDigit));
        text.append(QChar(kFen));
    }
    return text;
}

QString CapitalAmount::withCurrencyPrefix(Money m)
{
    return QStringLiteral("\u4eba\u6c11\u5e01") + fromMoney(m); // ren min bi
}

} // namespace sl::core
