#include "Money.h"

#include <QStringList>

namespace sl::core {

namespace {

constexpr char16_t kYuanSign = u'\u00a5'; // the half-width sign most keyboards type
constexpr char16_t kFullWidthYuanSign = u'\uffe5'; // what Chinese input methods type
constexpr char16_t kYuanCharacter = u'\u5143'; // trailing "yuan", as in many spreadsheets

// The magnitude as an unsigned number, so that even the most negative qint64 can be printed.
quint64 magnitude(qint64 fen)
{
    return fen < 0 ? 0 - static_cast<quint64>(fen) : static_cast<quint64>(fen);
}

QString fenDigits(quint64 absFen)
{
    return QStringLiteral("%1").arg(absFen % 100, 2, 10, QLatin1Char('0'));
}

QString groupedDigits(quint64 value)
{
    const QString digits = QString::number(value);
    QString result;
    result.reserve(digits.size() + digits.size() / 3);
    for (int i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            result.append(QLatin1Char(','));
        result.append(digits.at(i));
    }
    return result;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Thousands separators are checked, not just dropped: "2000,50" typed with a European decimal comma must not
// become 200,050 yuan.
bool groupingIsValid(const QString& integerPart)
{
    if (!integerPart.contains(QLatin1Char(',')))
        return true;
    const QStringList groups = integerPart.split(QLatin1Char(','));
    for (int i = 0; i < groups.size(); ++i) {
        const qsizetype size = groups.at(i).size();
        if (i == 0 ? (size < 1 || size > 3) : size != 3)
            return false;
    }
    return true;
}

std::optional<Money> fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

std::optional<Money> Money::parse(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(error, tr("No amount was entered."));

    const QString notAnAmount = tr("\"%1\" is not an amount: write digits, optionally a decimal point with one or two "
                                   "digits after it and commas between thousands, for example 2,000.50.")
                                    .arg(trimmed);

    qsizetype begin = 0;
    qsizetype end = trimmed.size();
    auto skipBlanks = [&] {
        while (begin < end && trimmed.at(begin).isSpace())
            ++begin;
    };

    // "-Y3.20" and "Y-3.20" (Y being the yuan sign) are both seen in practice, so either order is read.
    bool negative = false;
    if (trimmed.at(begin) == QLatin1Char('-')) {
        negative = true;
        ++begin;
        skipBlanks();
    }
    if (begin < end && (trimmed.at(begin) == QChar(kYuanSign) || trimmed.at(begin) == QChar(kFullWidthYuanSign))) {
        ++begin;
        skipBlanks();
        if (!negative && begin < end && trimmed.at(begin) == QLatin1Char('-')) {
            negative = true;
            ++begin;
            skipBlanks();
        }
    }
    if (end > begin && trimmed.at(end - 1) == QChar(kYuanCharacter)) {
        --end;
        while (end > begin && trimmed.at(end - 1).isSpace())
            --end;
    }

    const QString body = trimmed.mid(begin, end - begin);
    if (body.isEmpty())
        return fail(error, notAnAmount);

    const qsizetype point = body.indexOf(QLatin1Char('.'));
    const QString integerPart = point < 0 ? body : body.left(point);
    const QString fractionPart = point < 0 ? QString() : body.mid(point + 1);

    if (integerPart.isEmpty())
        return fail(error, notAnAmount);
    for (QChar c : integerPart) {
        if (!isAsciiDigit(c) && c != QLatin1Char(','))
            return fail(error, notAnAmount);
    }
    for (QChar c : fractionPart) {
        if (!isAsciiDigit(c))
            return fail(error, notAnAmount);
    }
    if (!groupingIsValid(integerPart)) {
        return fail(error,
                    tr("\"%1\" has commas in the wrong places: commas may only separate groups of three digits, and "
                       "the decimal point is a full stop, as in 2,000.50.")
                        .arg(trimmed));
    }
    if (point >= 0 && fractionPart.isEmpty())
        return fail(error, notAnAmount);
    if (fractionPart.size() > 2) {
        return fail(error,
                    tr("\"%1\" has more than two digits after the decimal point; amounts are counted to the fen.")
                        .arg(trimmed));
    }

    const QString tooLarge = tr("\"%1\" is too large: at most %2 yuan can be entered.")
                                 .arg(trimmed, Money::fromFen(MaxParsedFen).toGroupedString());
    qint64 yuan = 0;
    for (QChar c : integerPart) {
        if (c == QLatin1Char(','))
            continue;
        yuan = yuan * 10 + (c.unicode() - u'0');
        // Checked at every digit so that a long string of digits cannot overflow before the test.
        if (yuan > MaxParsedFen / 100)
            return fail(error, tooLarge);
    }
    qint64 fen = yuan * 100;
    if (!fractionPart.isEmpty())
        fen += (fractionPart.at(0).unicode() - u'0') * 10;
    if (fractionPart.size() == 2)
        fen += fractionPart.at(1).unicode() - u'0';
    if (fen > MaxParsedFen)
        return fail(error, tooLarge);

    if (error)
        error->clear();
    return Money::fromFen(negative ? -fen : fen);
}

QString Money::toPlainString() const
{
    const quint64 absFen = magnitude(m_fen);
    const QString text = QString::number(absFen / 100) + QLatin1Char('.') + fenDigits(absFen);
    return m_fen < 0 ? QLatin1Char('-') + text : text;
}

QString Money::toGroupedString() const
{
    const quint64 absFen = magnitude(m_fen);
    const QString text = groupedDigits(absFen / 100) + QLatin1Char('.') + fenDigits(absFen);
    return m_fen < 0 ? QLatin1Char('-') + text : text;
}

} // namespace sl::core
