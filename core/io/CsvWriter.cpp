#include "CsvWriter.h"

#include <QDir>
#include <QRegularExpression>

namespace sl::core {

CsvWriter::CsvWriter(const QString& path)
    : m_file(path)
{
}

bool CsvWriter::open(QString* error)
{
    // A plain rename keeps the export atomic; falling back to writing in place would bring back the half file.
    m_file.setDirectWriteFallback(false);
    if (!m_file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        }
        return false;
    }
    // Excel and WPS only take a CSV as UTF-8 when it starts with the byte-order mark.
    m_file.write("\xEF\xBB\xBF", 3);
    return true;
}

void CsvWriter::addText(const QString& text)
{
    addCell(quoted(keptAsText(neutralised(text))));
}

void CsvWriter::addNumber(const QString& text)
{
    addCell(quoted(text));
}

void CsvWriter::addCell(const QString& cell)
{
    if (m_rowHasCells) {
        m_row += QLatin1Char(',');
    }
    m_row += cell;
    m_rowHasCells = true;
}

void CsvWriter::endRow()
{
    m_row += QLatin1String("\r\n");
    m_file.write(m_row.toUtf8());
    m_row.clear();
    m_rowHasCells = false;
}

void CsvWriter::addRow(const QStringList& cells, const QList<int>& numberColumns)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (numberColumns.contains(i)) {
            addNumber(cells.at(i));
        } else {
            addText(cells.at(i));
        }
    }
    endRow();
}

void CsvWriter::addTextRow(const QStringList& cells)
{
    for (const QString& cell : cells) {
        addText(cell);
    }
    endRow();
}

bool CsvWriter::commit(QString* error)
{
    if (m_rowHasCells) {
        endRow();
    }
    // QSaveFile remembers a failed write and refuses to commit, so one check here covers every row.
    if (!m_file.commit()) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        }
        return false;
    }
    return true;
}

QString CsvWriter::neutralised(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QString CsvWriter::keptAsText(const QString& text)
{
    // Excel shows 12 digits and more in scientific notation and keeps only 15; a leading zero is dropped; "12E3" is
    // read as 12000.
    // Most cells (names, dates, words) do not start with a digit: they are kept without running the expression.
    if (text.isEmpty() || text.front() < QLatin1Char('0') || text.front() > QLatin1Char('9')) {
        return text;
    }
    static const QRegularExpression number(QStringLiteral("^(?:[0-9]+|[0-9]+[eE][0-9]+)$"));
    const bool digitsOnly = number.match(text).hasMatch();
    const bool mangled = digitsOnly
        && (text.size() > 11 || (text.size() > 1 && text.front() == QLatin1Char('0'))
            || text.contains(QLatin1Char('e'), Qt::CaseInsensitive));
    return mangled ? QStringLiteral("=\"%1\"").arg(text) : text;
}

QString CsvWriter::quoted(const QString& cell)
{
    const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char('\n'));
    if (!needsQuotes) {
        return cell;
    }
    QString inner = cell;
    inner.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

} // namespace sl::core
