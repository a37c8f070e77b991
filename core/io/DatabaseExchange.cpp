#include "DatabaseExchange.h"

#include "ExchangeWords.h"
#include "XlsxReader.h"
#include "XlsxWriter.h"
#include "db/AuditTrail.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/ErrorOut.h"
#include "db/Transaction.h"
#include "model/Money.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sl::core {

namespace {

// The Chinese texts are written as escapes so that every compiler reads them alike.

struct Table
{
    QString name;
    QStringList columns;
    QList<bool> notNull;
    QList<bool> integer;
};

QList<Table> tables(QSqlDatabase db)
{
    QList<Table> out;
    QSqlQuery q(db);
    QStringList names;
    // Internal bookkeeping (the operator of the open session) is not data. The enterprises come first, so the
    // workbook is also an enterprise list that import enterprises reads as it is (it reads the first sheet).
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                              " AND name <> 'audit_context' ORDER BY name = 'audit', name <> 'enterprise', name"))) {
        while (q.next()) {
            names << q.value(0).toString();
        }
    }
    for (const QString& name : std::as_const(names)) {
        Table t;
        t.name = name;
        if (q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(name))) {
            while (q.next()) {
                t.columns << q.value(1).toString();
                t.integer << q.value(2).toString().contains(QLatin1String("INT"), Qt::CaseInsensitive);
                t.notNull << q.value(3).toBool();
            }
        }
        out << t;
    }
    return out;
}

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

QHash<qint64, QString> communityNames(QSqlDatabase db)
{
    QHash<qint64, QString> names;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id, name FROM community"))) {
        while (q.next()) {
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
    }
    return names;
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
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // The enterprise sheet names its community as the enterprise import does (names are unique).
    const QHash<qint64, QString> communities = communityNames(db.connection());
    for (const Table& t : tables(db.connection())) {
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
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(t.name))) {
            return failWith(error, tr("The table %1 cannot be read: %2").arg(t.name, q.lastError().text()));
        }
        QList<bool> words;
        for (const QString& column : t.columns) {
            words << ExchangeWords::hasWords(t.name, column);
        }
        int row = 1;
        while (q.next()) {
            if (row > rowsPerSheet) {
                ++part;
                if (!startSheet()) {
                    return book.close(error);
                }
                row = 1;
            }
            for (int c = 0; c < t.columns.size(); ++c) {
                const QVariant v = q.value(c);
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
    QSqlDatabase connection = db.connection();
    const QList<Table> schema = tables(connection);
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
    Transaction tx(connection);
    QSqlQuery q(connection);
    // The restored rows are the record, audit trail included; the new file's triggers must not add to it.
    for (const Table& t : schema) {
        for (const char* action : { "insert", "update", "delete" }) {
            q.exec(QStringLiteral("DROP TRIGGER IF EXISTS \"audit_%1_%2\"").arg(t.name, QLatin1String(action)));
        }
    }
    q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    // A new file holds seeded rows (the policy, certificate types): the workbook's replace them.
    for (const auto& [sheet, table] : std::as_const(sheets)) {
        int part = 1;
        const QString name = ExchangeWords::tableOfSheet(sheet, &part);
        if (name != QLatin1String("audit") && part == 1 && !q.exec(QStringLiteral("DELETE FROM \"%1\"").arg(name))) {
            return failWith(error, tr("The table %1 cannot be emptied: %2").arg(name, q.lastError().text()));
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
        QSqlQuery insert(connection);
        insert.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                           .arg(name, QLatin1Char('"') + columns.join(QStringLiteral("\", \"")) + QLatin1Char('"'),
                                QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        for (int r = 1; r < table.rows.size(); ++r) {
            const QStringList& cells = table.rows.at(r);
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
                    insert.addBindValue(t.notNull.at(index) ? QVariant(QStringLiteral(""))
                                                            : QVariant(QMetaType::fromType<QString>()));
                } else if (t.integer.at(index)) {
                    bool ok = false;
                    const qint64 n = cell.toLongLong(&ok);
                    insert.addBindValue(ok ? QVariant(n) : QVariant(cell));
                } else {
                    insert.addBindValue(cell);
                }
            }
            if (!insert.exec()) {
                return failWith(
                    error,
                    tr("Sheet %1, row %2 cannot be restored: %3").arg(sheet).arg(r + 1).arg(insert.lastError().text()));
            }
            ++*rows;
        }
    }
    if (!AuditTrail::createTriggers(connection, error)) {
        return false;
    }
    if (!tx.commit()) {
        *rows = 0;
        return failWith(error, tr("The restore could not be saved: %1").arg(tx.errorText()));
    }
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

} // namespace sl::core
