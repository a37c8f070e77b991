#include "ChineseOrder.h"

#include "io/Gb18030.h"

#include <QCollator>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace sl::core {

namespace {

const QCollator& collator()
{
    static const QCollator c = [] {
        QCollator made(QLocale(QLocale::Chinese, QLocale::China));
        made.setNumericMode(true);
        return made;
    }();
    return c;
}

bool checkCollator()
{
    // a, bei, cheng, zhong, zuo; in code order zhong, bei, cheng, zuo, a.
    const QStringList known = { QStringLiteral("\u963f"), QStringLiteral("\u5317"), QStringLiteral("\u57ce"),
                                QStringLiteral("\u4e2d"), QStringLiteral("\u5de6") };
    for (int i = 0; i + 1 < known.size(); ++i) {
        if (collator().compare(known.at(i), known.at(i + 1)) >= 0) {
            return false;
        }
    }
    return true;
}

} // namespace

bool ChineseOrder::collatorIsPinyin()
{
    static const bool pinyin = checkCollator();
    return pinyin;
}

int ChineseOrder::compareByGb18030(const QString& a, const QString& b)
{
    const QByteArray ka = Gb18030::encode(a);
    const QByteArray kb = Gb18030::encode(b);
    // Byte by byte, unsigned: GB18030's two-byte codes run in the order of their first-level pinyin layout.
    const int n = int(std::min(ka.size(), kb.size()));
    for (int i = 0; i < n; ++i) {
        const auto ca = static_cast<unsigned char>(ka.at(i));
        const auto cb = static_cast<unsigned char>(kb.at(i));
        if (ca != cb) {
            return ca < cb ? -1 : 1;
        }
    }
    return ka.size() == kb.size() ? 0 : (ka.size() < kb.size() ? -1 : 1);
}

int ChineseOrder::compare(const QString& a, const QString& b)
{
    const int order = collatorIsPinyin() ? collator().compare(a, b) : compareByGb18030(a, b);
    // Names the collator holds equal (full- and half-width forms) still get one order every time.
    return order != 0 ? order : a.compare(b);
}

} // namespace sl::core
