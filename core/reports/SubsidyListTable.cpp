#include "SubsidyListTable.h"

#include "SubsidyYear.h"
#include "rules/CapitalAmount.h"

namespace sl::core {

// The Chinese texts below are escapes so that every compiler reads the source the same way, whatever its code page;
// each is named in pinyin with its meaning.

QStringList SubsidyListTable::header()
{
    return {
        QStringLiteral("\u5e8f\u53f7"), // xu hao, line number
        QStringLiteral("\u4f01\u4e1a\u540d\u79f0"), // qi ye ming cheng, enterprise name
        QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"), // unified social credit code
        QStringLiteral("\u6240\u5c5e\u793e\u533a"), // suo shu she qu, community
        QStringLiteral("\u89c4\u6a21\u7c7b\u578b"), // gui mo lei xing, size class
        QStringLiteral("\u8865\u52a9\u5e74\u5ea6"), // bu zhu nian du, subsidy year
        QStringLiteral("\u53c2\u4e0e\u5e74\u6b21"), // can yu nian ci, participation year
        QStringLiteral("\u670d\u52a1\u673a\u6784"), // fu wu ji gou, agency
        QStringLiteral("\u670d\u52a1\u8d39(\u5143)"), // fu wu fei (yuan), service fee
        QStringLiteral("\u8857\u9053\u8865\u52a9(\u5143)"), // jie dao bu zhu (yuan), street share
        QStringLiteral("\u4f01\u4e1a\u627f\u62c5(\u5143)"), // qi ye cheng dan (yuan), enterprise share
        QStringLiteral("\u6536\u6b3e\u6237\u540d"), // shou kuan hu ming, payee account name
        QStringLiteral("\u5f00\u6237\u94f6\u884c"), // kai hu yin hang, bank
        QStringLiteral("\u8d26\u53f7"), // zhang hao, account number
        QStringLiteral("\u5907\u6ce8"), // bei zhu, notes
    };
}

bool SubsidyListTable::isAmountColumn(int column)
{
    return column == Fee || column == StreetShare || column == EnterpriseShare;
}

QString SubsidyListTable::sizeClassText(SizeClass sizeClass)
{
    switch (sizeClass) {
    case SizeClass::Scale:
        return QStringLiteral("\u89c4\u4e0a"); // gui shang, above designated size (industry)
    case SizeClass::AboveQuota:
        return QStringLiteral("\u9650\u4e0a"); // xian shang, above quota (trade, catering)
    case SizeClass::SmallMicro:
        break;
    }
    return QStringLiteral("\u5c0f\u5fae"); // xiao wei, small and micro
}

QString SubsidyListTable::flagsText(SubsidyFlags flags)
{
    QStringList parts;
    if (flags.testFlag(SubsidyFlag::ClassChanged)) {
        parts << QStringLiteral("\u89c4\u6a21\u7c7b\u578b\u53d8\u5316"); // gui mo lei xing bian hua, class changed
    }
    if (flags.testFlag(SubsidyFlag::PolicyChanged)) {
        parts << QStringLiteral("\u8865\u52a9\u653f\u7b56\u53d8\u5316"); // bu zhu zheng ce bian hua, policy changed
    }
    if (flags.testFlag(SubsidyFlag::AgencyChanged)) {
        parts << QStringLiteral("\u670d\u52a1\u673a\u6784\u53d8\u66f4"); // fu wu ji gou bian geng, agency changed
    }
    if (flags.testFlag(SubsidyFlag::LeftEarly)) {
        parts << QStringLiteral("\u670d\u52a1\u63d0\u524d\u7ec8\u6b62"); // fu wu ti qian zhong zhi, ended early
    }
    if (flags.testFlag(SubsidyFlag::ServiceIncomplete)) {
        parts << QStringLiteral("\u670d\u52a1\u672a\u5b8c\u6210"); // fu wu wei wan cheng, service incomplete
    }
    return parts.join(QStringLiteral("\uff1b")); // full-width semicolon
}

QString SubsidyListTable::totalLabel()
{
    return QStringLiteral("\u5408\u8ba1"); // he ji, total
}

SubsidyListTable::Cell SubsidyListTable::text(const QString& value, CellKind kind)
{
    Cell cell;
    cell.text = value;
    cell.kind = kind;
    return cell;
}

SubsidyListTable::Cell SubsidyListTable::integer(int value)
{
    Cell cell;
    cell.text = QString::number(value);
    cell.kind = CellKind::Integer;
    cell.integer = value;
    return cell;
}

SubsidyListTable::Cell SubsidyListTable::amount(Money value)
{
    Cell cell;
    cell.text = value.toPlainString();
    cell.kind = CellKind::Amount;
    cell.amount = value;
    return cell;
}

SubsidyListTable::SubsidyListTable(const SubsidyYear& year)
    : m_year(year.year())
{
    m_rows.reserve(year.lines().size() + 1);
    int position = 0;
    for (const SubsidyLine& l : year.lines()) {
        ++position;
        Row row;
        row.cells.reserve(ColumnCount);
        // A confirmed list keeps its frozen numbers; the position only stands in where a line has none.
        row.cells << integer(l.lineNo > 0 ? l.lineNo : position);
        row.cells << text(l.enterpriseName, CellKind::UserText);
        row.cells << text(l.creditCode, CellKind::UserText);
        row.cells << text(l.communityName, CellKind::UserText);
        row.cells << text(sizeClassText(l.sizeClass), CellKind::FixedText);
        row.cells << integer(m_year);
        row.cells << integer(l.participationYear);
        row.cells << text(l.agencyName, CellKind::UserText);
        row.cells << amount(l.fee);
        row.cells << amount(l.streetShare);
        row.cells << amount(l.enterpriseShare);
        row.cells << text(l.bankAccountName, CellKind::UserText);
        row.cells << text(l.bankName, CellKind::UserText);
        row.cells << text(l.bankAccount, CellKind::UserText);
        row.cells << text(flagsText(l.flags), CellKind::FixedText);
        m_rows << row;

        m_totalFee += l.fee;
        m_totalStreetShare += l.streetShare;
        m_totalEnterpriseShare += l.enterpriseShare;
    }

    Row total;
    total.isTotal = true;
    for (int c = 0; c < ColumnCount; ++c) {
        total.cells << text(QString(), CellKind::FixedText);
    }
    total.cells[Number] = text(totalLabel(), CellKind::FixedText);
    total.cells[Fee] = amount(m_totalFee);
    total.cells[StreetShare] = amount(m_totalStreetShare);
    total.cells[EnterpriseShare] = amount(m_totalEnterpriseShare);
    total.cells[Notes] = text(streetShareInCapitals(), CellKind::FixedText);
    m_rows << total;
}

QString SubsidyListTable::streetShareInCapitals() const
{
    return CapitalAmount::withCurrencyPrefix(m_totalStreetShare);
}

} // namespace sl::core
