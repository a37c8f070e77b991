#include "DatabaseExchange.h"

#include "ExchangeWords.h"
#include "XlsxReader.h"
#include "XlsxWriter.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/ErrorOut.h"
#include "db/ExchangeRepository.h"
#include "model/Money.h"

#include <QHash>

namespace sl::core {

namespace {

// The Chinese texts are written as escapes so that every compiler reads them alike.

using Table = ExchangeRepository::Table;

// The export's headers of a table: each column's Chinese name, with its key in brackets where two share one.
QStringList headersOf(const Table& t)
{
    QStringList headers;
    for (const QString& column : t.columns) {
        const QString name = ExchangeWords::header(t.name, column);
        headers << (headers.contains(name) ? QStringLiteral("%1\uff08%2\uff09").arg(name, column) : name);
    }
    return headers;
}

bool isCommunityOfEnterprise(const QString& table, const QString& column)
{
    return table == QLatin1String("enterprise") && column == QLatin1String("community_id");
}

} // namespace

int DatabaseExchange::columnIndex(const QString& table, const QStringList& header, const QString& column)
{
    for (int i = 0; i < header.size(); ++i) {
        bool yuan = false;
        if (ExchangeWords::columnOf(table, { column }, header.at(i), &yuan) == column) {
            return i;
        }
    }
    return -1;
}

bool DatabaseExchange::exportAll(Database& db, const QString& path, QString* error, int rowsPerSheet)
{
    XlsxWriter book(path, XlsxWriter::Rows::RowByRow);
    ExchangeRepository repository(db);
    // The enterprise sheet names its community as the enterprise import does (names are unique).
    const QHash<qint64, QString> communities = repository.communityNames();
    for (const Table& t : repository.tables()) {
        // A sheet holds at most 1,048,576 rows (Excel's limit); a longer table goes on in "企业 (2)", "企业 (3)"…
        int part = 1;
        const QString sheet = ExchangeWords::sheetName(t.name);
        const QStringList headers = headersOf(t);
        const auto startSheet = [&book, &t, &part, &sheet, &headers]() {
            if (!book.addWorksheet(part == 1 ? sheet : QStringLiteral("%1 (%2)").arg(sheet).arg(part))) {
                return false;
            }
            for (int c = 0; c < t.columns.size(); ++c) {
                book.writeText(0, c, headers.at(c), XlsxWriter::Style::Header);
                book.setColumnWidth(c, 14);
            }
            book.freezeRows(1);
            return true;
        };
        if (!startSheet()) {
            return book.close(error);
        }
        QList<bool> words;
        for (const QString& column : t.columns) {
            words << ExchangeWords::hasWords(t.name, column);
        }
        int row = 1;
        bool sheetFailed = false;
        const auto writeRow = [&](const QVariantList& values) {
            if (row > rowsPerSheet) {
                ++part;
                if (!startSheet()) {
                    sheetFailed = true;
                    return false;
                }
                row = 1;
            }
            for (int c = 0; c < t.columns.size(); ++c) {
                const QVariant& v = values.at(c);
                if (v.isNull()) {
                    continue; // an empty cell is NULL; see importAll()
                }
                const QString& column = t.columns.at(c);
                const bool integer = t.integer.at(c) && v.typeId() == QMetaType::LongLong;
                if (integer && isCommunityOfEnterprise(t.name, column) && communities.contains(v.toLongLong())) {
                    book.writeText(row, c, communities.value(v.toLongLong()));
                } else if (integer && column.endsWith(QLatin1String("_fen"))) {
                    book.writeMoney(row, c, Money::fromFen(v.toLongLong()));
                } else if (words.at(c)) {
                    book.writeText(row, c, ExchangeWords::toWords(t.name, column, v.toString()));
                } else if (integer) {
                    book.writeNumber(row, c, static_cast<double>(v.toLongLong()));
                } else {
                    book.writeText(row, c, v.toString());
                }
            }
            ++row;
            return true;
        };
        QString sqlError;
        if (!repository.forEachRow(t.name, writeRow, &sqlError)) {
            return failWith(error, tr("The table %1 cannot be read: %2").arg(t.name, sqlError));
        }
        if (sheetFailed) {
            return book.close(error);
        }
    }
    return book.close(error);
}

bool DatabaseExchange::isEmpty(Database& db)
{
    return EnterpriseRepository(db).count(true) == 0 && CommunityRepository(db).list(true).isEmpty();
}

bool DatabaseExchange::readWorkbook(const QString& path, QList<QPair<QString, TextTable>>* sheets, QString* error)
{
    ReadLimits limits;
    limits.maxFileBytes = 2LL * 1024 * 1024 * 1024;
    limits.maxRows = 5000000;
    limits.maxCellLength = 1000000;
    limits.maxUnpackedBytes = 8LL * 1024 * 1024 * 1024;
    return XlsxReader::readAll(path, limits, sheets, error);
}

bool DatabaseExchange::importAll(Database& db, const QString& path, int* rows, QString* error)
{
    *rows = 0;
    if (!isEmpty(db)) {
        return failWith(error, tr("import-all restores into an empty database only; create a new file for it."));
    }
    QList<QPair<QString, TextTable>> sheets;
    if (!readWorkbook(path, &sheets, error)) {
        return false;
    }
    return importSheets(db, sheets, rows, error);
}

bool DatabaseExchange::importSheets(Database& db, const QList<QPair<QString, TextTable>>& sheets, int* rows,
                                    QString* error)
{
    *rows = 0;
    if (!isEmpty(db)) {
        return failWith(error, tr("import-all restores into an empty database only; create a new file for it."));
    }
    ExchangeRepository repository(db);
    const QList<Table> schema = repository.tables();
    QHash<QString, Table> byName;
    for (const Table& t : schema) {
        byName.insert(t.name, t);
    }
    for (const auto& [sheet, table] : std::as_const(sheets)) {
        if (!byName.contains(ExchangeWords::tableOfSheet(sheet))) {
            return failWith(error,
                            tr("The workbook has a sheet \"%1\" that is not a table of this program; it was "
                               "not written by export-all.")
                                .arg(sheet));
        }
    }
    // The restored rows are the record, audit trail included; the new file's triggers must not add to it.
    repository.beginRestore(schema);
    // A new file holds seeded rows (the policy, certificate types): the workbook's replace them.
    for (const auto& [sheet, table] : std::as_const(sheets)) {
        int part = 1;
        const QString name = ExchangeWords::tableOfSheet(sheet, &part);
        QString sqlError;
        if (name != QLatin1String("audit") && part == 1 && !repository.emptyTable(name, &sqlError)) {
            return failWith(error, tr("The table %1 cannot be emptied: %2").arg(name, sqlError));
        }
    }
    // The enterprise sheet names communities; their ids are on the community sheet.
    QHash<QString, QString> communityIds;
    for (const auto& [sheet, table] : std::as_const(sheets)) {
        if (ExchangeWords::tableOfSheet(sheet) != QLatin1String("community") || table.rows.isEmpty()) {
            continue;
        }
        const int id = columnIndex(QStringLiteral("community"), table.rows.first(), QStringLiteral("id"));
        const int name = columnIndex(QStringLiteral("community"), table.rows.first(), QStringLiteral("name"));
        for (int r = 1; r < table.rows.size() && id >= 0 && name >= 0; ++r) {
            communityIds.insert(table.rows.at(r).value(name), table.rows.at(r).value(id));
        }
    }
    for (const auto& [sheet, table] : std::as_const(sheets)) {
        const QString name = ExchangeWords::tableOfSheet(sheet);
        const Table& t = byName.value(name);
        if (table.rows.isEmpty()) {
            continue;
        }
        QStringList columns;
        QList<bool> yuan;
        QList<bool> words;
        for (const QString& h : table.rows.first()) {
            bool inYuan = false;
            const QString column = ExchangeWords::columnOf(name, t.columns, h, &inYuan);
            if (column.isEmpty()) {
                return failWith(error, tr("Sheet %1 has a column \"%2\" the table does not have.").arg(sheet, h));
            }
            columns << column;
            yuan << inYuan;
            words << ExchangeWords::hasWords(name, column);
        }
        repository.prepareInsert(name, columns);
        for (int r = 1; r < table.rows.size(); ++r) {
            const QStringList& cells = table.rows.at(r);
            QVariantList values;
            for (int c = 0; c < columns.size(); ++c) {
                const int index = static_cast<int>(t.columns.indexOf(columns.at(c)));
                QString cell = cells.value(c);
                if (!cell.isEmpty() && isCommunityOfEnterprise(name, columns.at(c)) && communityIds.contains(cell)) {
                    cell = communityIds.value(cell);
                } else if (!cell.isEmpty() && yuan.at(c)) {
                    const std::optional<Money> amount = Money::parse(cell);
                    if (!amount) {
                        return failWith(
                            error,
                            tr("Sheet %1, row %2: \"%3\" is not an amount in yuan.").arg(sheet).arg(r + 1).arg(cell));
                    }
                    cell = QString::number(amount->fen());
                } else if (!cell.isEmpty() && words.at(c)) {
                    cell = ExchangeWords::fromWords(name, columns.at(c), cell);
                }
                if (cell.isEmpty()) {
                    values << (t.notNull.at(index) ? QVariant(QStringLiteral(""))
                                                   : QVariant(QMetaType::fromType<QString>()));
                } else if (t.integer.at(index)) {
                    bool ok = false;
                    const qint64 n = cell.toLongLong(&ok);
                    values << (ok ? QVariant(n) : QVariant(cell));
                } else {
                    values << cell;
                }
            }
            QString sqlError;
            if (!repository.insertRow(values, &sqlError)) {
                return failWith(error,
                                tr("Sheet %1, row %2 cannot be restored: %3").arg(sheet).arg(r + 1).arg(sqlError));
            }
            ++*rows;
        }
    }
    if (!repository.recreateAuditTriggers(error)) {
        return false;
    }
    QString commitError;
    if (!repository.commitRestore(&commitError)) {
        *rows = 0;
        return failWith(error, tr("The restore could not be saved: %1").arg(commitError));
    }
    return true;
}

} // namespace sl::core
