#include "HtmlTable.h"

#include <QRegularExpression>

#include <algorithm>

namespace sl::core {

namespace {

// A long name or text wraps instead of taking the page; a header wraps onto two lines before its column grows.
constexpr int kLongestWidth = 28;
constexpr int kHeaderWidth = 8;
constexpr int kNarrowest = 4;
constexpr int kShortWord = 8;

bool isNone(const QString& cell)
{
    return cell == QStringLiteral("\u2014") || cell == QStringLiteral("-");
}

} // namespace

bool HtmlTable::isFigure(const QString& cell)
{
    static const QRegularExpression figure(QStringLiteral("^[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?( / [0-9]+)?$"));
    return isNone(cell) || figure.match(cell).hasMatch();
}

bool HtmlTable::isCode(const QString& cell)
{
    for (const QChar c : cell) {
        if (c.unicode() >= 0x2E80 || c.isSpace()) {
            return false;
        }
    }
    return true;
}

int HtmlTable::width(const QString& text)
{
    int w = 0;
    for (const QChar c : text) {
        w += c.unicode() >= 0x2E80 ? 2 : 1;
    }
    return w;
}

QList<int> HtmlTable::shares(const QStringList& header, const QList<QStringList>& rows)
{
    QList<int> wants;
    int sum = 0;
    for (int c = 0; c < header.size(); ++c) {
        int want = std::min(width(header.at(c)), kHeaderWidth);
        for (const QStringList& row : rows) {
            want = std::max(want, std::min(width(row.value(c)), kLongestWidth));
        }
        want = std::max(want, kNarrowest) + 2; // the cell's padding
        wants << want;
        sum += want;
    }
    QList<int> out;
    int given = 0;
    for (int c = 0; c < wants.size(); ++c) {
        const int share = c + 1 < wants.size() ? qMax(1, qRound(100.0 * wants.at(c) / qMax(1, sum))) : 100 - given;
        out << share;
        given += share;
    }
    return out;
}

QString HtmlTable::html(const QStringList& header, const QList<QStringList>& rows, const QString& emptyText)
{
    QList<bool> right;
    QList<bool> whole;
    for (int c = 0; c < header.size(); ++c) {
        bool figures = false;
        bool all = true;
        bool codes = true;
        int widest = 0;
        for (const QStringList& row : rows) {
            const QString cell = row.value(c);
            if (cell.isEmpty()) {
                continue;
            }
            all = all && isFigure(cell);
            figures = figures || !isNone(cell);
            codes = codes && isCode(cell);
            widest = std::max(widest, width(cell));
        }
        right << (figures && all);
        // A word of up to four Chinese characters (a state, a community) is not broken either.
        whole << (codes || widest <= kShortWord);
    }
    const QList<int> widths = shares(header, rows);
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
    for (int c = 0; c < header.size(); ++c) {
        html += QStringLiteral("<th bgcolor=\"#e6e6e6\" width=\"%1%\">%2</th>")
                    .arg(widths.value(c))
                    .arg(header.at(c).toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead>");
    if (rows.isEmpty() && !emptyText.isEmpty()) {
        html += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>").arg(header.size()).arg(emptyText.toHtmlEscaped());
    }
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < header.size(); ++c) {
            // A code, a date or a figure is never broken: its column is at least as wide as its longest.
            html += QStringLiteral("<td%1%2>")
                        .arg(right.at(c) ? QStringLiteral(" align=\"right\"") : QString(),
                             whole.at(c) ? QStringLiteral(" style=\"white-space:nowrap\"") : QString());
            html += row.value(c).toHtmlEscaped() + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace sl::core
