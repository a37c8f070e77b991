#pragma once

#include "model/Money.h"
#include "model/SubsidyLine.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sl::core {

class SubsidyYear;

// The cells of the subsidy list for the finance office (bu zhu zi jin fa fang ming xi biao), the one source for
// its CSV, XLSX and PDF, so that the three never disagree. Columns, texts and the totals row are the finance
// office's fixed format: they are Chinese whatever the interface language and do not go through tr().
class SubsidyListTable
{
public:
    enum Column {
        Number,
        EnterpriseName,
        CreditCode,
        Community,
        SizeClassColumn,
        Year,
        ParticipationYear,
        Agency,
        Fee,
        StreetShare,
        EnterpriseShare,
        BankAccountName,
        BankName,
        BankAccount,
        Notes,
        ColumnCount
    };

    // How a cell is written: user text is guarded against formula injection in CSV and XLSX, fixed text and
    // figures are the program's own.
    enum class CellKind {
        UserText, // from the clerk or the database: names, codes, bank details
        FixedText, // written by the program: size class, flags, capital numerals, the totals label
        Integer, // line number, year, participation year
        Amount, // money, text with two decimals; the amount itself in Cell::amount
    };

    struct Cell
    {
        QString text;
        CellKind kind = CellKind::FixedText;
        Money amount; // for Amount cells
        int integer = 0; // for Integer cells
    };

    struct Row
    {
        QList<Cell> cells; // ColumnCount cells
        bool isTotal = false;
    };

    explicit SubsidyListTable(const SubsidyYear& year);

    // The column titles, exactly as the finance office expects them.
    static QStringList header();
    static bool isAmountColumn(int column);

    int year() const { return m_year; }
    // One row per subsidy line, then the totals row.
    const QList<Row>& rows() const { return m_rows; }
    const Row& totalRow() const { return m_rows.constLast(); }
    Money totalFee() const { return m_totalFee; }
    Money totalStreetShare() const { return m_totalStreetShare; }
    Money totalEnterpriseShare() const { return m_totalEnterpriseShare; }
    // The street-share total in capital numerals with the currency prefix, as in the totals row.
    QString streetShareInCapitals() const;

    // gui shang / xian shang / xiao wei: the short names of the size classes on finance lists.
    static QString sizeClassText(SizeClass sizeClass);
    // The line's flags in Chinese, separated by a full-width semicolon.
    static QString flagsText(SubsidyFlags flags);
    // he ji, "total": the number cell of the totals row.
    static QString totalLabel();

private:
    static Cell text(const QString& value, CellKind kind);
    static Cell integer(int value);
    static Cell amount(Money value);

    int m_year = 0;
    QList<Row> m_rows;
    Money m_totalFee;
    Money m_totalStreetShare;
    Money m_totalEnterpriseShare;
};

} // namespace sl::core
