#include "Gb18030.h"

#include <QFile>
#include <QHash>
#include <QVector>
#include <QtEndian>

#include <algorithm>

namespace sl::core {

namespace {

constexpr int kLeads = 0xFE - 0x81 + 1; // 126
constexpr int kTrails = 190; // 0x40..0x7E and 0x80..0xFE
constexpr char32_t kReplacement = 0xFFFD;
// The linear index of 0x90308130, the first four-byte code of U+10000.
constexpr quint32 kSupplementaryStart = ((0x90 - 0x81) * 10 * 126 * 10);

struct Range
{
    quint32 linear;
    quint32 code;
    quint32 length;
};

struct Table
{
    QVector<char16_t> twoByte; // kLeads * kTrails
    QVector<Range> fourByte; // sorted by linear index
    QHash<char16_t, quint32> encodeBmp; // code point -> two-byte code (0xXXYY) or 0x10000 + four-byte linear index

    bool valid() const { return twoByte.size() == kLeads * kTrails && !fourByte.isEmpty(); }
};

Table load()
{
    Table table;
    QFile file(QStringLiteral(":/safeledger/io/gb18030.table"));
    if (!file.open(QIODevice::ReadOnly)) {
        return table;
    }
    const QByteArray raw = file.readAll();
    const auto* bytes = reinterpret_cast<const uchar*>(raw.constData());
    const qsizetype twoByteSize = qsizetype(kLeads) * kTrails * 2;
    if (raw.size() < twoByteSize + 4) {
        return table;
    }
    table.twoByte.resize(kLeads * kTrails);
    for (int i = 0; i < kLeads * kTrails; ++i) {
        table.twoByte[i] = qFromLittleEndian<quint16>(bytes + 2 * i);
    }
    const quint32 count = qFromLittleEndian<quint32>(bytes + twoByteSize);
    if (raw.size() != twoByteSize + 4 + qsizetype(count) * 12) {
        table.twoByte.clear();
        return table;
    }
    for (quint32 i = 0; i < count; ++i) {
        const uchar* r = bytes + twoByteSize + 4 + 12 * i;
        table.fourByte.append(
            { qFromLittleEndian<quint32>(r), qFromLittleEndian<quint32>(r + 4), qFromLittleEndian<quint32>(r + 8) });
    }
    for (int lead = 0; lead < kLeads; ++lead) {
        for (int t = 0; t < kTrails; ++t) {
            const int trail = t < 0x3F ? 0x40 + t : 0x80 + (t - 0x3F);
            table.encodeBmp.insert(table.twoByte.at(lead * kTrails + t), quint32((0x81 + lead) << 8 | trail));
        }
    }
    for (const Range& r : std::as_const(table.fourByte)) {
        for (quint32 k = 0; k < r.length; ++k) {
            // A character with a two-byte code keeps it.
            if (!table.encodeBmp.contains(char16_t(r.code + k))) {
                table.encodeBmp.insert(char16_t(r.code + k), 0x10000 + r.linear + k);
            }
        }
    }
    return table;
}

const Table& table()
{
    static const Table loaded = load();
    Q_ASSERT_X(loaded.valid(), "Gb18030", "the embedded GB18030 table is missing or damaged");
    return loaded;
}

int trailIndex(uchar b)
{
    if (b >= 0x40 && b <= 0x7E) {
        return b - 0x40;
    }
    if (b >= 0x80 && b <= 0xFE) {
        return 0x3F + (b - 0x80);
    }
    return -1;
}

char32_t fourByteCode(const Table& t, quint32 linear)
{
    if (linear >= kSupplementaryStart) {
        const quint32 code = 0x10000 + (linear - kSupplementaryStart);
        return code <= 0x10FFFF ? char32_t(code) : kReplacement;
    }
    const auto it = std::upper_bound(t.fourByte.cbegin(), t.fourByte.cend(), linear,
                                     [](quint32 value, const Range& r) { return value < r.linear; });
    if (it == t.fourByte.cbegin()) {
        return kReplacement;
    }
    const Range& r = *(it - 1);
    return linear < r.linear + r.length ? char32_t(r.code + (linear - r.linear)) : kReplacement;
}

void append(QString& out, char32_t code)
{
    if (code > 0xFFFF) {
        const char16_t pair[2] = { QChar::highSurrogate(code), QChar::lowSurrogate(code) };
        out.append(reinterpret_cast<const QChar*>(pair), 2);
    } else {
        out.append(QChar(char16_t(code)));
    }
}

} // namespace

QString Gb18030::decode(const QByteArray& bytes)
{
    const Table& t = table();
    QString out;
    out.reserve(bytes.size());
    const auto* b = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = b[i];
        if (c < 0x80) {
            out.append(QChar(char16_t(c)));
            ++i;
            continue;
        }
        if (c == 0x80 || c == 0xFF || i + 1 >= n) {
            append(out, kReplacement);
            ++i;
            continue;
        }
        const uchar c2 = b[i + 1];
        const int trail = trailIndex(c2);
        if (trail >= 0) {
            append(out, t.valid() ? char32_t(t.twoByte.at((c - 0x81) * kTrails + trail)) : kReplacement);
            i += 2;
            continue;
        }
        if (c2 >= 0x30 && c2 <= 0x39 && i + 3 < n && b[i + 2] >= 0x81 && b[i + 2] <= 0xFE && b[i + 3] >= 0x30
            && b[i + 3] <= 0x39) {
            const quint32 linear
                = (((quint32(c) - 0x81) * 10 + (c2 - 0x30)) * 126 + (b[i + 2] - 0x81)) * 10 + (b[i + 3] - 0x30);
            append(out, t.valid() ? fourByteCode(t, linear) : kReplacement);
            i += 4;
            continue;
        }
        // A lead byte without a valid continuation: only the lead byte is lost; what follows is read again.
        append(out, kReplacement);
        ++i;
    }
    return out;
}

QByteArray Gb18030::encode(const QString& text)
{
    const Table& t = table();
    QByteArray out;
    out.reserve(text.size() * 2);
    const auto putFour = [&out](quint32 linear) {
        const char b4 = char(0x30 + linear % 10);
        linear /= 10;
        const char b3 = char(0x81 + linear % 126);
        linear /= 126;
        const char b2 = char(0x30 + linear % 10);
        linear /= 10;
        out.append(char(0x81 + linear)).append(b2).append(b3).append(b4);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            out.append(char(c));
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            putFour(kSupplementaryStart + (QChar::surrogateToUcs4(c, text.at(i + 1).unicode()) - 0x10000));
            ++i;
            continue;
        }
        const auto it = t.encodeBmp.constFind(c);
        if (it == t.encodeBmp.constEnd()) {
            out.append('?');
        } else if (*it < 0x10000) {
            out.append(char(*it >> 8)).append(char(*it & 0xFF));
        } else {
            putFour(*it - 0x10000);
        }
    }
    return out;
}

} // namespace sl::core
