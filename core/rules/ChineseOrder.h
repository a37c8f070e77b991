#pragma once

#include <QString>

namespace sl::core {

// Names in the order a Chinese reader looks them up: by the pinyin of their characters (阿, 北, 中, 左), not by
// character code (中 before 北 before 左 before 阿).
//
// QCollator for zh_CN gives that order where it is backed by ICU (Linux) or by a Windows that sorts Chinese by
// pronunciation, its default. Where it is not (Qt without ICU on other systems, Wine, whose collation tables put
// Chinese in code order), the order is GB18030's: its first level, the 3,755 most common characters, is laid out by
// pinyin, the rarer characters follow by radical and stroke. Which one is used is decided once, by asking the
// collator to order characters whose pinyin order is known.
class ChineseOrder
{
public:
    // Negative when a comes before b, positive after, zero when equal.
    static int compare(const QString& a, const QString& b);
    static bool less(const QString& a, const QString& b) { return compare(a, b) < 0; }
    // Whether the system's collator orders Chinese by pinyin here (otherwise GB18030's order stands in).
    static bool collatorIsPinyin();
    // The GB18030 order alone, the stand-in (tests compare it with the collator).
    static int compareByGb18030(const QString& a, const QString& b);
};

} // namespace sl::core
