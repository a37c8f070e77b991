#include "CreditCode.h"

namespace sl::core {

namespace {

// GB 32100-2015 leaves out I, O, S, V and Z because they are easily read as 1, 0, 5, U and 2.
constexpr char kCharset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kModulus = 31;
// 3^(i-1) mod 31 for positions 1 to 17.
constexpr int kWeights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

// GB 11714-1997 organisation code, positions 9 to 17 of a credit code.
constexpr int kOrganisationOffset = 8;
constexpr int kOrganisationBodyLength = 8;
constexpr int kOrganisationWeights[kOrganisationBodyLength] = { 3, 7, 9, 10, 5, 8, 4, 2 };

// Only ASCII letters are folded: QString::toUpper() turns the German sharp s into "SS", changing the length judged.
QChar asciiUpper(QChar c)
{
    if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        return QChar(c.unicode() - 'a' + 'A');
    return c;
}

// Value 0-30 in the credit-code set, or -1.
int charsetValue(QChar c)
{
    const QChar upper = asciiUpper(c);
    for (int i = 0; i < kModulus; ++i) {
        if (upper == QLatin1Char(kCharset[i]))
            return i;
    }
    return -1;
}

// GB 11714 values: digits 0-9, letters A=10 ... Z=35 (the organisation code itself allows every letter), or -1.
int organisationValue(QChar c)
{
    const QChar upper = asciiUpper(c);
    if (upper >= QLatin1Char('0') && upper <= QLatin1Char('9'))
        return upper.unicode() - '0';
    if (upper >= QLatin1Char('A') && upper <= QLatin1Char('Z'))
        return upper.unicode() - 'A' + 10;
    return -1;
}

// Index of the first character outside the set, or -1.
int firstBadCharacter(const QString& code)
{
    for (int i = 0; i < code.size(); ++i) {
        if (charsetValue(code.at(i)) < 0)
            return i;
    }
    return -1;
}

} // namespace

CreditCode::Result CreditCode::validate(const QString& code)
{
    // A field holding only blanks is what a clerk calls empty; reporting "0 of 18 characters" would puzzle them.
    if (code.trimmed().isEmpty())
        return Result::Empty;
    if (code.size() != Length)
        return Result::WrongLength;
    if (firstBadCharacter(code) >= 0)
        return Result::BadCharacter;
    // A slip inside positions 9-17 usually breaks both checks; naming the organisation part first tells the clerk
    // where to look, while the overall check alone still catches slips in positions 1-8 and 18.
    if (organisationCheckCharacter(code.mid(kOrganisationOffset, kOrganisationBodyLength))
        != asciiUpper(code.at(kOrganisationOffset + kOrganisationBodyLength)))
        return Result::BadOrganisationCheck;
    if (checkCharacter(code.left(Length - 1)) != asciiUpper(code.at(Length - 1)))
        return Result::BadCheckCharacter;
    return Result::Valid;
}

QString CreditCode::normalized(const QString& code)
{
    QString result;
    result.reserve(code.size());
    for (QChar c : code) {
        if (c.isSpace())
            continue;
        // Chinese input methods and Word documents often produce full-width letters and digits (U+FF01-FF5E).
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFF01 + 0x21);
        result.append(asciiUpper(c));
    }
    return result;
}

QString CreditCode::describe(Result result, const QString& code)
{
    switch (result) {
    case Result::Valid:
        return QString();
    case Result::Empty:
        return tr("No credit code was entered.");
    case Result::WrongLength:
        return tr("A credit code has 18 characters; this one has %1.").arg(code.size());
    case Result::BadCharacter: {
        const int index = firstBadCharacter(code);
        if (index < 0 || index >= code.size())
            return tr("A credit code uses only digits and capital letters other than I, O, S, V and Z.");
        QString sentence = tr("Character %1 (\"%2\") cannot appear in a credit code: it uses only digits and capital "
                              "letters other than I, O, S, V and Z.")
                               .arg(QString::number(index + 1), QString(code.at(index)));
        // The check character is the one place where a wrong letter can be corrected by arithmetic, so say so.
        if (index == Length - 1) {
            const QChar expected = checkCharacter(code.left(Length - 1));
            if (!expected.isNull())
                sentence += QLatin1Char(' ')
                    + tr("With the first 17 characters as entered, the last one would be %1.").arg(expected);
        }
        return sentence;
    }
    case Result::BadOrganisationCheck: {
        const QChar expected = organisationCheckCharacter(code.mid(kOrganisationOffset, kOrganisationBodyLength));
        return tr("Characters 9 to 17 (the organisation code) do not agree: with characters 9 to 16 as entered, "
                  "character 17 would be %1. Compare the code with the business licence.")
            .arg(expected);
    }
    case Result::BadCheckCharacter:
        break;
    }
    const QChar expected = checkCharacter(code.left(Length - 1));
    // The clerk must not simply "fix" the last character: the slip may be anywhere, hence the licence.
    return tr("The last character does not agree with the others: with the first 17 characters as entered, it would "
              "be %1. Compare the code with the business licence.")
        .arg(expected);
}

QString CreditCode::describe(const QString& code)
{
    return describe(validate(code), code);
}

QChar CreditCode::checkCharacter(const QString& first17)
{
    if (first17.size() != Length - 1)
        return QChar();
    int sum = 0;
    for (int i = 0; i < Length - 1; ++i) {
        const int value = charsetValue(first17.at(i));
        if (value < 0)
            return QChar();
        sum += value * kWeights[i];
    }
    return QLatin1Char(kCharset[(kModulus - sum % kModulus) % kModulus]);
}

QChar CreditCode::organisationCheckCharacter(const QString& first8)
{
    if (first8.size() != kOrganisationBodyLength)
        return QChar();
    int sum = 0;
    for (int i = 0; i < kOrganisationBodyLength; ++i) {
        const int value = organisationValue(first8.at(i));
        if (value < 0)
            return QChar();
        sum += value * kOrganisationWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return QLatin1Char('X');
    if (check == 11)
        return QLatin1Char('0');
    return QChar(u'0' + check);
}

bool CreditCode::isWellFormed(const QString& code)
{
    return code.size() == Length && firstBadCharacter(code) < 0;
}

} // namespace sl::core
