#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace sl::core {

// An amount of renminbi in whole fen. Subsidy shares are compared and summed to the fen for the finance office, so
// the amount is an integer and never passes through floating point.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // The largest amount parse() accepts, in fen (10^13 yuan): far above any street budget, and far enough below
    // the qint64 limit that sums of many such amounts cannot overflow.
    static constexpr qint64 MaxParsedFen = Q_INT64_C(1000000000000000);

    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isNegative() const { return m_fen < 0; }
    constexpr bool isZero() const { return m_fen == 0; }

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr Money operator-() const { return Money(-m_fen); }
    constexpr Money& operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr Money& operator-=(Money other)
    {
        m_fen -= other.m_fen;
        return *this;
    }

    constexpr bool operator==(Money other) const { return m_fen == other.m_fen; }
    constexpr bool operator!=(Money other) const { return m_fen != other.m_fen; }
    constexpr bool operator<(Money other) const { return m_fen < other.m_fen; }
    constexpr bool operator<=(Money other) const { return m_fen <= other.m_fen; }
    constexpr bool operator>(Money other) const { return m_fen > other.m_fen; }
    constexpr bool operator>=(Money other) const { return m_fen >= other.m_fen; }

    // Reads what a clerk types or pastes from Excel: "2000", "2000.5", "2,000.50", "-3.20", a leading yuan sign
    // (half- or full-width) and a trailing yuan character. Refuses anything it would have to guess about (more
    // than two decimals, misplaced thousands separators) and sets *error to a sentence for the clerk.
    static std::optional<Money> parse(const QString& text, QString* error = nullptr);

    // "2000.00", "-3.20": for CSV and other files read by programs.
    QString toPlainString() const;
    // "2,000.00": for screens and print. Deliberately not locale-dependent: finance lists always look like this.
    QString toGroupedString() const;

    static Money min(Money a, Money b) { return b < a ? b : a; }

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    {
    }

    qint64 m_fen = 0;
};

} // namespace sl::core
