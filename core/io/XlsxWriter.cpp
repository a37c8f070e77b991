#include "XlsxWriter.h"

#include "FileCopy.h"
#include "NarrowPath.h"
#include "ZipReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>
#include <QXmlStreamReader>

#include <vector>

#include <xlsxwriter.h>

namespace sl::core {

namespace {

constexpr uint8_t kA4Paper = 9;

} // namespace

XlsxWriter::XlsxWriter(const QString& path, Rows rows)
    : m_path(path)
    , m_temporary(
          std::make_unique<QTemporaryFile>(QDir(QDir::tempPath()).filePath(QStringLiteral("safeledger-XXXXXX.xlsx"))))
{
    m_rows = rows;
    if (!m_temporary->open()) {
        m_failure = m_temporary->errorString();
        return;
    }
    // libxlsxwriter reopens the file by name; an open handle would lock it on Windows.
    m_temporary->close();
    // Without a tmpdir, libxlsxwriter on Windows uses tmpfile(), which writes to the root of C: and fails for
    // ordinary users.
    m_temporaryDir = NarrowPath::of(QDir::tempPath());
    const QByteArray file = NarrowPath::of(m_temporary->fileName());
    if (m_temporaryDir.isEmpty() || file.isEmpty()) {
        m_failure = tr("The temporary folder %1 has a name this PC cannot pass to the Excel library; set TEMP to a "
                       "folder with a plain name.")
                        .arg(QDir::toNativeSeparators(QDir::tempPath()));
        return;
    }
    lxw_workbook_options options = {};
    options.tmpdir = m_temporaryDir.data();
    options.constant_memory = rows == Rows::RowByRow ? LXW_TRUE : LXW_FALSE;
    m_workbook = workbook_new_opt(file.constData(), &options);
    if (!m_workbook) {
        m_error = LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
}

XlsxWriter::~XlsxWriter()
{
    // Abandoned without close(): free the workbook without writing it; the temporary file goes with m_temporary.
    if (m_workbook) {
        lxw_workbook_free(m_workbook);
    }
}

bool XlsxWriter::addWorksheet(const QString& name)
{
    if (!m_workbook) {
        return false;
    }
    const QByteArray utf8 = name.toUtf8();
    lxw_error invalid = workbook_validate_sheet_name(m_workbook, utf8.constData());
    if (invalid != LXW_NO_ERROR) {
        record(invalid);
        return false;
    }
    m_worksheet = workbook_add_worksheet(m_workbook, utf8.constData());
    if (!m_worksheet) {
        record(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return false;
    }
    m_rowCounts << 0;
    m_rowSets << QSet<int>();
    m_lastRow = -1;
    return true;
}

void XlsxWriter::touchRow(int row)
{
    if (m_rowCounts.isEmpty()) {
        return;
    }
    if (m_rows == Rows::RowByRow) {
        if (row > m_lastRow) {
            ++m_rowCounts.last();
            m_lastRow = row;
        }
    } else {
        m_rowSets.last().insert(row);
        m_rowCounts.last() = static_cast<int>(m_rowSets.last().size());
    }
}

void XlsxWriter::writeText(int row, int column, const QString& text, Style style)
{
    if (!m_worksheet) {
        return;
    }
    touchRow(row);
    const QByteArray utf8 = escapeLiterals(text).toUtf8();
    record(worksheet_write_string(m_worksheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(),
                                  format(style, looksLikeFormula(text))));
}

void XlsxWriter::writeNumber(int row, int column, double value, Style style)
{
    if (!m_worksheet) {
        return;
    }
    touchRow(row);
    record(worksheet_write_number(m_worksheet, lxw_row_t(row), lxw_col_t(column), value, format(style, false)));
}

void XlsxWriter::writeMoney(int row, int column, Money amount, Style style)
{
    // The double only carries the figure into the file; sums were done in fen before.
    writeNumber(row, column, double(amount.fen()) / 100.0, style);
}

void XlsxWriter::writeDate(int row, int column, const QDate& date, Style style)
{
    if (!m_worksheet || !date.isValid()) {
        return;
    }
    touchRow(row);
    lxw_datetime value = {};
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    record(worksheet_write_datetime(m_worksheet, lxw_row_t(row), lxw_col_t(column), &value, format(style, false)));
}

void XlsxWriter::setColumnStyle(int column, double characters, Style style)
{
    if (!m_worksheet) {
        return;
    }
    record(worksheet_set_column(m_worksheet, lxw_col_t(column), lxw_col_t(column), characters, format(style, false)));
}

void XlsxWriter::addListValidation(int firstRow, int lastRow, int column, const QStringList& values)
{
    if (!m_worksheet || values.isEmpty()) {
        return;
    }
    QList<QByteArray> utf8;
    for (const QString& v : values) {
        utf8 << v.toUtf8();
    }
    std::vector<char*> list;
    for (QByteArray& v : utf8) {
        list.push_back(v.data());
    }
    list.push_back(nullptr);
    lxw_data_validation validation = {};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = list.data();
    validation.ignore_blank = LXW_VALIDATION_ON;
    record(worksheet_data_validation_range(m_worksheet, lxw_row_t(firstRow), lxw_col_t(column), lxw_row_t(lastRow),
                                           lxw_col_t(column), &validation));
}

void XlsxWriter::addDateValidation(int firstRow, int lastRow, int column, const QDate& first, const QDate& last)
{
    if (!m_worksheet) {
        return;
    }
    lxw_data_validation validation = {};
    validation.validate = LXW_VALIDATION_TYPE_DATE;
    validation.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    validation.ignore_blank = LXW_VALIDATION_ON;
    validation.minimum_datetime = { first.year(), first.month(), first.day(), 0, 0, 0 };
    validation.maximum_datetime = { last.year(), last.month(), last.day(), 0, 0, 0 };
    record(worksheet_data_validation_range(m_worksheet, lxw_row_t(firstRow), lxw_col_t(column), lxw_row_t(lastRow),
                                           lxw_col_t(column), &validation));
}

void XlsxWriter::protectSheet()
{
    if (!m_worksheet) {
        return;
    }
    lxw_protection options = {};
    options.insert_rows = 1;
    options.delete_rows = 1;
    options.format_columns = 1;
    options.sort = 1;
    options.autofilter = 1;
    worksheet_protect(m_worksheet, nullptr, &options);
}

void XlsxWriter::hideSheet()
{
    if (m_worksheet) {
        worksheet_hide(m_worksheet);
    }
}

void XlsxWriter::setRowHeight(int row, double points)
{
    if (m_worksheet) {
        touchRow(row);
        record(worksheet_set_row(m_worksheet, lxw_row_t(row), points, nullptr));
    }
}

void XlsxWriter::writeMerged(int row, int firstColumn, int lastColumn, const QString& text, Style style)
{
    if (!m_worksheet) {
        return;
    }
    touchRow(row);
    const QByteArray utf8 = escapeLiterals(text).toUtf8();
    record(worksheet_merge_range(m_worksheet, lxw_row_t(row), lxw_col_t(firstColumn), lxw_row_t(row),
                                 lxw_col_t(lastColumn), utf8.constData(), format(style, looksLikeFormula(text))));
}

void XlsxWriter::setColumnWidth(int column, double characters)
{
    if (!m_worksheet) {
        return;
    }
    record(worksheet_set_column(m_worksheet, lxw_col_t(column), lxw_col_t(column), characters, nullptr));
}

void XlsxWriter::freezeRows(int rows)
{
    if (m_worksheet) {
        worksheet_freeze_panes(m_worksheet, lxw_row_t(rows), 0);
    }
}

void XlsxWriter::setPrintLayout(bool landscape, int repeatedRows, int firstRepeatedRow)
{
    if (!m_worksheet) {
        return;
    }
    worksheet_set_paper(m_worksheet, kA4Paper);
    if (landscape) {
        worksheet_set_landscape(m_worksheet);
    } else {
        worksheet_set_portrait(m_worksheet);
    }
    // As wide as the page, as many pages long as needed.
    worksheet_fit_to_pages(m_worksheet, 1, 0);
    if (repeatedRows > 0) {
        record(worksheet_repeat_rows(m_worksheet, lxw_row_t(firstRepeatedRow),
                                     lxw_row_t(firstRepeatedRow + repeatedRows - 1)));
    }
}

void XlsxWriter::setPageFooter(const QString& footer)
{
    if (!m_worksheet) {
        return;
    }
    const QByteArray utf8 = (QStringLiteral("&C") + footer).toUtf8();
    record(worksheet_set_footer(m_worksheet, utf8.constData()));
}

bool XlsxWriter::close(QString* error)
{
    const QString target = QDir::toNativeSeparators(m_path);
    if (!m_failure.isEmpty()) {
        return fail(tr("Cannot create a temporary file for %1: %2").arg(target, m_failure), error);
    }
    if (!m_workbook) {
        return fail(tr("Cannot write the Excel file %1: %2").arg(target, libraryErrorString()), error);
    }
    if (m_error != LXW_NO_ERROR) {
        // Something is missing from the workbook: no file rather than an incomplete one.
        lxw_workbook_free(m_workbook);
        m_workbook = nullptr;
        return fail(tr("Cannot write the Excel file %1: %2").arg(target, libraryErrorString()), error);
    }
    // workbook_close frees the workbook whatever it returns.
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_worksheet = nullptr;
    if (closed != LXW_NO_ERROR) {
        record(closed);
        return fail(tr("Cannot write the Excel file %1: %2").arg(target, libraryErrorString()), error);
    }

    // libxlsxwriter does not see every failed write of its zip library: the workbook is read back whole first.
    QString why;
    if (!checkSheets(m_temporary->fileName(), &why)) {
        return fail(tr("Cannot write the Excel file %1: the workbook came out incomplete (is the disk full?). %2")
                        .arg(target, why),
                    error);
    }
    if (!FileCopy::copy(m_temporary->fileName(), m_path, nullptr, &why)) {
        return fail(tr("Cannot write %1: %2").arg(target, why), error);
    }
    return true;
}

bool XlsxWriter::checkSheets(const QString& builtPath, QString* why) const
{
    ZipReader built(builtPath);
    if (!built.open(why)) {
        return false;
    }
    // One pass over every part: read to its end (minizip compares the CRC), the sheets' rows counted on the way.
    // Text in cells is escaped (&lt;), so "<row" only ever starts a row element.
    static const QByteArray rowTag("<row");
    for (const ZipReader::Entry& entry : built.entries()) {
        int sheet = -1;
        if (entry.name.startsWith(QLatin1String("xl/worksheets/sheet")) && entry.name.endsWith(QLatin1String(".xml"))) {
            sheet = entry.name.mid(19, entry.name.size() - 23).toInt() - 1;
        }
        int rows = 0;
        QByteArray carry;
        qint64 size = 0;
        QByteArray tail;
        const bool read = built.stream(
            entry.name,
            [&](const QByteArray& chunk) {
                size += chunk.size();
                if (sheet >= 0) {
                    // The last four bytes of the previous chunk go first: a "<row" split between two chunks, or
                    // whose next byte had not come yet, is counted here, and only here.
                    const QByteArray window = carry + chunk;
                    for (qsizetype at = window.indexOf(rowTag); at >= 0 && at + 4 < window.size();
                         at = window.indexOf(rowTag, at + 1)) {
                        const char next = window.at(at + 4);
                        rows += next == ' ' || next == '>' ? 1 : 0;
                    }
                    carry = window.right(4);
                    tail = (tail + chunk).right(32);
                }
                return true;
            },
            why);
        if (!read) {
            if (why && why->isEmpty()) {
                *why = tr("Its part %1 is damaged.").arg(entry.name);
            }
            return false;
        }
        if (size != entry.size) {
            if (why) {
                *why = tr("Its part %1 is damaged.").arg(entry.name);
            }
            return false;
        }
        if (sheet >= 0 && sheet < m_rowCounts.size()
            && (rows != m_rowCounts.at(sheet) || !tail.trimmed().endsWith("</worksheet>"))) {
            if (why) {
                *why = tr("Sheet %1 holds %2 of its %3 rows.").arg(sheet + 1).arg(rows).arg(m_rowCounts.at(sheet));
            }
            return false;
        }
    }
    return true;
}

QString XlsxWriter::libraryErrorString() const
{
    if (m_error == LXW_NO_ERROR) {
        return QString();
    }
    return QString::fromUtf8(lxw_strerror(lxw_error(m_error)));
}

bool XlsxWriter::looksLikeFormula(const QString& text)
{
    if (text.isEmpty()) {
        return false;
    }
    const char16_t first = text.front().unicode();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@';
}

QString XlsxWriter::escapeLiterals(const QString& text)
{
    if (!text.contains(QLatin1String("_x"))) {
        return text;
    }
    const auto isHex = [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    };
    // Only the underscore is escaped and the scan goes on after it, so that "_x005F_x0041_" (whose last
    // underscore starts a second literal) comes back exactly; the reader scans the same way.
    QString escaped;
    escaped.reserve(text.size() + 14);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x')
            && text.at(i + 6) == QLatin1Char('_') && isHex(text.at(i + 2)) && isHex(text.at(i + 3))
            && isHex(text.at(i + 4)) && isHex(text.at(i + 5))) {
            escaped += QLatin1String("_x005F_");
        } else {
            escaped += text.at(i);
        }
    }
    return escaped;
}

lxw_format* XlsxWriter::format(Style style, bool guarded)
{
    const int key = int(style) * 2 + (guarded ? 1 : 0);
    if (lxw_format* existing = m_formats.value(key)) {
        return existing;
    }
    lxw_format* f = workbook_add_format(m_workbook);
    if (!f) {
        record(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return nullptr;
    }
    if (style != Style::Note && style != Style::Title && style != Style::Plain) {
        format_set_border(f, LXW_BORDER_THIN);
    }
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    switch (style) {
    case Style::Header:
        format_set_bold(f);
        format_set_bg_color(f, 0xD9D9D9);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_text_wrap(f);
        break;
    case Style::Amount:
        format_set_num_format(f, "#,##0.00");
        break;
    case Style::Integer:
        format_set_num_format(f, "0");
        format_set_align(f, LXW_ALIGN_CENTER);
        break;
    case Style::TotalText:
        format_set_bold(f);
        break;
    case Style::TotalAmount:
        format_set_bold(f);
        format_set_num_format(f, "#,##0.00");
        break;
    case Style::Date:
        format_set_num_format(f, "yyyy-mm-dd");
        format_set_align(f, LXW_ALIGN_CENTER);
        break;
    case Style::Note:
        format_set_text_wrap(f);
        break;
    case Style::Title:
        format_set_bold(f);
        format_set_font_size(f, 14);
        format_set_align(f, LXW_ALIGN_CENTER);
        break;
    case Style::Plain:
        break;
    case Style::InputText:
        format_set_unlocked(f);
        format_set_bg_color(f, 0xFFF9E5);
        break;
    case Style::InputDate:
        format_set_unlocked(f);
        format_set_bg_color(f, 0xFFF9E5);
        format_set_num_format(f, "yyyy-mm-dd");
        format_set_align(f, LXW_ALIGN_CENTER);
        break;
    case Style::InputInteger:
        format_set_unlocked(f);
        format_set_bg_color(f, 0xFFF9E5);
        format_set_num_format(f, "0");
        format_set_align(f, LXW_ALIGN_CENTER);
        break;
    case Style::Text:
        break;
    }
    if (guarded) {
#if LXW_VERSION_ID >= 115
        format_set_quote_prefix(f);
#else
        // libxlsxwriter before 1.1.5 (Debian 12 ships 1.1.4) has no quote prefix; the text number format has the
        // same effect on editing. The cell is a string either way, so it is never evaluated when opened.
        // Excel's built-in number format 49 is "@", text: what a cell typed as text keeps after editing.
        format_set_num_format_index(f, 49);
#endif
    }
    m_formats.insert(key, f);
    return f;
}

void XlsxWriter::record(int lxwError)
{
    if (m_error == LXW_NO_ERROR && lxwError != LXW_NO_ERROR) {
        m_error = lxwError;
    }
}

bool XlsxWriter::fail(const QString& message, QString* error)
{
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace sl::core
