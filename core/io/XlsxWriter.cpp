#include "XlsxWriter.h"

#include "NarrowPath.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryFile>

#include <vector>

#include <xlsxwriter.h>

namespace sl::core {

namespace {

constexpr uint8_t kA4Paper = 9;

} // namespace

XlsxWriter::XlsxWriter(const QString& path)
    : m_path(path)
    , m_temporary(
          std::make_unique<QTemporaryFile>(QDir(QDir::tempPath()).filePath(QStringLiteral("safeledger-XXXXXX.xlsx"))))
{
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
    return true;
}

void XlsxWriter::writeText(int row, int column, const QString& text, Style style)
{
    if (!m_worksheet) {
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    record(worksheet_write_string(m_worksheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(),
                                  format(style, looksLikeFormula(text))));
}

void XlsxWriter::writeNumber(int row, int column, double value, Style style)
{
    if (!m_worksheet) {
        return;
    }
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
    validation.minimum_datetime = {first.year(), first.month(), first.day(), 0, 0, 0};
    validation.maximum_datetime = {last.year(), last.month(), last.day(), 0, 0, 0};
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
        record(worksheet_set_row(m_worksheet, lxw_row_t(row), points, nullptr));
    }
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

void XlsxWriter::setPrintLayout(bool landscape, int repeatedRows)
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
        record(worksheet_repeat_rows(m_worksheet, 0, lxw_row_t(repeatedRows - 1)));
    }
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

    QFile built(m_temporary->fileName());
    if (!built.open(QIODevice::ReadOnly)) {
        return fail(tr("Cannot read the Excel file just built: %1").arg(built.errorString()), error);
    }
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(tr("Cannot create %1: %2").arg(target, out.errorString()), error);
    }
    out.write(built.readAll());
    if (!out.commit()) {
        return fail(tr("Cannot write %1: %2").arg(target, out.errorString()), error);
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
    if (style != Style::Note) {
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
