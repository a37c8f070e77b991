#include "DatabaseExchange.h"

#include "XlsxReader.h"
#include "XlsxWriter.h"
#include "db/AuditTrail.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/ErrorOut.h"
#include "db/Transaction.h"

#include <QHash>
#include <QRegularExpression>
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
    // Internal bookkeeping (the operator of the open session) is not data.
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                              " AND name <> 'audit_context' ORDER BY name = 'audit', name"))) {
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

const QHash<QString, QString>& chineseNames()
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("id"), QStringLiteral("\u7f16\u53f7")},
        {QStringLiteral("name"), QStringLiteral("\u540d\u79f0")},
        {QStringLiteral("credit_code"), QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801")},
        {QStringLiteral("community_id"), QStringLiteral("\u793e\u533a\u7f16\u53f7")},
        {QStringLiteral("enterprise_id"), QStringLiteral("\u4f01\u4e1a\u7f16\u53f7")},
        {QStringLiteral("agency_id"), QStringLiteral("\u670d\u52a1\u673a\u6784\u7f16\u53f7")},
        {QStringLiteral("contract_id"), QStringLiteral("\u5408\u540c\u7f16\u53f7")},
        {QStringLiteral("expert_id"), QStringLiteral("\u4e13\u5bb6\u7f16\u53f7")},
        {QStringLiteral("hazard_id"), QStringLiteral("\u9690\u60a3\u7f16\u53f7")},
        {QStringLiteral("record_id"), QStringLiteral("\u8bb0\u5f55\u7f16\u53f7")},
        {QStringLiteral("inspection_id"), QStringLiteral("\u68c0\u67e5\u8bb0\u5f55\u7f16\u53f7")},
        {QStringLiteral("interview_id"), QStringLiteral("\u7ea6\u8c08\u7f16\u53f7")},
        {QStringLiteral("type_id"), QStringLiteral("\u8bc1\u7167\u7c7b\u578b\u7f16\u53f7")},
        {QStringLiteral("owner_id"), QStringLiteral("\u6240\u5c5e\u8bb0\u5f55\u7f16\u53f7")},
        {QStringLiteral("owner_kind"), QStringLiteral("\u6240\u5c5e\u8bb0\u5f55\u7c7b\u578b")},
        {QStringLiteral("landlord_id"), QStringLiteral("\u51fa\u79df\u65b9\u4f01\u4e1a\u7f16\u53f7")},
        {QStringLiteral("policy_id"), QStringLiteral("\u8865\u52a9\u653f\u7b56\u7f16\u53f7")},
        {QStringLiteral("confirmation_id"), QStringLiteral("\u786e\u8ba4\u7f16\u53f7")},
        {QStringLiteral("address"), QStringLiteral("\u5730\u5740")},
        {QStringLiteral("industry"), QStringLiteral("\u884c\u4e1a")},
        {QStringLiteral("legal_representative"), QStringLiteral("\u6cd5\u5b9a\u4ee3\u8868\u4eba")},
        {QStringLiteral("safety_contact"), QStringLiteral("\u5b89\u5168\u8054\u7cfb\u4eba")},
        {QStringLiteral("safety_contact_phone"), QStringLiteral("\u8054\u7cfb\u7535\u8bdd")},
        {QStringLiteral("employees"), QStringLiteral("\u4ece\u4e1a\u4eba\u6570")},
        {QStringLiteral("size_class"), QStringLiteral("\u89c4\u6a21\u7c7b\u578b")},
        {QStringLiteral("target_categories"), QStringLiteral("\u670d\u52a1\u5bf9\u8c61\u7c7b\u522b")},
        {QStringLiteral("occupational_hazard"), QStringLiteral("\u804c\u4e1a\u75c5\u5371\u5bb3\u7a0b\u5ea6")},
        {QStringLiteral("participation"), QStringLiteral("\u53c2\u4e0e\u72b6\u6001")},
        {QStringLiteral("join_date"), QStringLiteral("\u52a0\u5165\u65e5\u671f")},
        {QStringLiteral("bank_account_name"), QStringLiteral("\u6536\u6b3e\u6237\u540d")},
        {QStringLiteral("bank_name"), QStringLiteral("\u5f00\u6237\u94f6\u884c")},
        {QStringLiteral("bank_account"), QStringLiteral("\u8d26\u53f7")},
        {QStringLiteral("notes"), QStringLiteral("\u5907\u6ce8")},
        {QStringLiteral("archived"), QStringLiteral("\u5df2\u5f52\u6863")},
        {QStringLiteral("archived_at"), QStringLiteral("\u5f52\u6863\u65f6\u95f4")},
        {QStringLiteral("created_at"), QStringLiteral("\u521b\u5efa\u65f6\u95f4")},
        {QStringLiteral("updated_at"), QStringLiteral("\u4fee\u6539\u65f6\u95f4")},
        {QStringLiteral("sort_order"), QStringLiteral("\u6392\u5e8f")},
        {QStringLiteral("contract_no"), QStringLiteral("\u5408\u540c\u53f7")},
        {QStringLiteral("tender_lot"), QStringLiteral("\u6807\u6bb5")},
        {QStringLiteral("signed_on"), QStringLiteral("\u7b7e\u8ba2\u65e5\u671f")},
        {QStringLiteral("period_start"), QStringLiteral("\u670d\u52a1\u671f\u8d77")},
        {QStringLiteral("period_end"), QStringLiteral("\u670d\u52a1\u671f\u6b62")},
        {QStringLiteral("unit_price_fen"), QStringLiteral("\u5355\u4ef7\uff08\u5206\uff09")},
        {QStringLiteral("service_start"), QStringLiteral("\u670d\u52a1\u5f00\u59cb")},
        {QStringLiteral("service_end"), QStringLiteral("\u670d\u52a1\u7ed3\u675f")},
        {QStringLiteral("kind"), QStringLiteral("\u7c7b\u578b")},
        {QStringLiteral("done_on"), QStringLiteral("\u65e5\u671f")},
        {QStringLiteral("report_year"), QStringLiteral("\u62a5\u544a\u5e74\u5ea6")},
        {QStringLiteral("topic"), QStringLiteral("\u4e3b\u9898")},
        {QStringLiteral("content"), QStringLiteral("\u5185\u5bb9")},
        {QStringLiteral("people_count"), QStringLiteral("\u4eba\u6570")},
        {QStringLiteral("problems"), QStringLiteral("\u5b58\u5728\u95ee\u9898")},
        {QStringLiteral("measures"), QStringLiteral("\u63aa\u65bd")},
        {QStringLiteral("voided_at"), QStringLiteral("\u4f5c\u5e9f\u65f6\u95f4")},
        {QStringLiteral("void_reason"), QStringLiteral("\u4f5c\u5e9f\u539f\u56e0")},
        {QStringLiteral("found_on"), QStringLiteral("\u53d1\u73b0\u65e5\u671f")},
        {QStringLiteral("place"), QStringLiteral("\u90e8\u4f4d")},
        {QStringLiteral("description"), QStringLiteral("\u63cf\u8ff0")},
        {QStringLiteral("grade"), QStringLiteral("\u7b49\u7ea7")},
        {QStringLiteral("category"), QStringLiteral("\u7c7b\u522b")},
        {QStringLiteral("demand"), QStringLiteral("\u6574\u6539\u8981\u6c42")},
        {QStringLiteral("responsible"), QStringLiteral("\u8d23\u4efb\u4eba")},
        {QStringLiteral("deadline"), QStringLiteral("\u6574\u6539\u671f\u9650")},
        {QStringLiteral("state"), QStringLiteral("\u72b6\u6001")},
        {QStringLiteral("supervision"), QStringLiteral("\u7763\u529e")},
        {QStringLiteral("closed_on"), QStringLiteral("\u9500\u53f7\u65e5\u671f")},
        {QStringLiteral("year"), QStringLiteral("\u5e74\u5ea6")},
        {QStringLiteral("remarks"), QStringLiteral("\u610f\u89c1")},
        {QStringLiteral("reason"), QStringLiteral("\u539f\u56e0")},
        {QStringLiteral("number"), QStringLiteral("\u8bc1\u7167\u7f16\u53f7")},
        {QStringLiteral("holder"), QStringLiteral("\u6301\u8bc1\u4eba")},
        {QStringLiteral("issuer"), QStringLiteral("\u53d1\u8bc1\u673a\u5173")},
        {QStringLiteral("issued_on"), QStringLiteral("\u53d1\u8bc1\u65e5\u671f")},
        {QStringLiteral("expires_on"), QStringLiteral("\u6709\u6548\u671f\u81f3")},
        {QStringLiteral("key"), QStringLiteral("\u9879\u76ee")},
        {QStringLiteral("value"), QStringLiteral("\u503c")},
        {QStringLiteral("at"), QStringLiteral("\u65f6\u95f4")},
        {QStringLiteral("operator"), QStringLiteral("\u64cd\u4f5c\u4eba")},
        {QStringLiteral("table_name"), QStringLiteral("\u8868")},
        {QStringLiteral("action"), QStringLiteral("\u64cd\u4f5c")},
        {QStringLiteral("before"), QStringLiteral("\u4fee\u6539\u524d")},
        {QStringLiteral("after"), QStringLiteral("\u4fee\u6539\u540e")},
        {QStringLiteral("hash"), QStringLiteral("\u6821\u9a8c\u503c")},
        {QStringLiteral("from_year"), QStringLiteral("\u8d77\u59cb\u5e74\u5ea6")},
        {QStringLiteral("excellent_tenths"), QStringLiteral("\u4f18\u79c0\u5206\u6570\u7ebf\uff08\u5341\u5206\u4e4b\u4e00\u5206\uff09")},
        {QStringLiteral("qualified_tenths"), QStringLiteral("\u5408\u683c\u5206\u6570\u7ebf\uff08\u5341\u5206\u4e4b\u4e00\u5206\uff09")},
        {QStringLiteral("basic_tenths"), QStringLiteral("\u57fa\u672c\u5408\u683c\u5206\u6570\u7ebf\uff08\u5341\u5206\u4e4b\u4e00\u5206\uff09")},
        {QStringLiteral("scheme_id"), QStringLiteral("\u8bc4\u5206\u7ec6\u5219\u7f16\u53f7")},
        {QStringLiteral("position"), QStringLiteral("\u5e8f\u53f7")},
        {QStringLiteral("measure"), QStringLiteral("\u8003\u6838\u9879\u76ee")},
        {QStringLiteral("weight_tenths"), QStringLiteral("\u5206\u503c\uff08\u5341\u5206\u4e4b\u4e00\u5206\uff09")},
        {QStringLiteral("full_at_tenths"), QStringLiteral("\u6ee1\u5206\u7ebf")},
        {QStringLiteral("zero_at_tenths"), QStringLiteral("\u96f6\u5206\u7ebf")},
        {QStringLiteral("per_event_tenths"), QStringLiteral("\u6bcf\u6b21\u6263\u5206")},
        {QStringLiteral("full_when_empty"), QStringLiteral("\u65e0\u5e94\u5b8c\u6210\u9879\u5f97\u6ee1\u5206")},
        {QStringLiteral("as_of"), QStringLiteral("\u7edf\u8ba1\u622a\u81f3")},
        {QStringLiteral("agency_count"), QStringLiteral("\u673a\u6784\u6570")},
        {QStringLiteral("result_id"), QStringLiteral("\u8003\u6838\u7ed3\u679c\u7f16\u53f7")},
        {QStringLiteral("agency_name"), QStringLiteral("\u670d\u52a1\u673a\u6784")},
        {QStringLiteral("figures"), QStringLiteral("\u8003\u6838\u6570\u636e")},
        {QStringLiteral("total_tenths"), QStringLiteral("\u603b\u5206\uff08\u5341\u5206\u4e4b\u4e00\u5206\uff09")},
        {QStringLiteral("figure"), QStringLiteral("\u5b8c\u6210\u60c5\u51b5")},
        {QStringLiteral("points_tenths"), QStringLiteral("\u5f97\u5206\uff08\u5341\u5206\u4e4b\u4e00\u5206\uff09")},
        {QStringLiteral("assessed_on"), QStringLiteral("\u8bc4\u4f30\u65e5\u671f")},
        {QStringLiteral("assessors"), QStringLiteral("\u8bc4\u4f30\u4eba\u5458")},
        {QStringLiteral("hazard_factors"), QStringLiteral("\u5371\u9669\u6709\u5bb3\u56e0\u7d20")},
        {QStringLiteral("accident_type"), QStringLiteral("\u4e8b\u6545\u7c7b\u578b")},
        {QStringLiteral("method"), QStringLiteral("\u8bc4\u4f30\u65b9\u6cd5")},
        {QStringLiteral("l_tenths"), QStringLiteral("L\uff08\u5341\u5206\u4e4b\u4e00\uff09")},
        {QStringLiteral("e_tenths"), QStringLiteral("E\uff08\u5341\u5206\u4e4b\u4e00\uff09")},
        {QStringLiteral("c_tenths"), QStringLiteral("C\uff08\u5341\u5206\u4e4b\u4e00\uff09")},
        {QStringLiteral("likelihood"), QStringLiteral("\u53ef\u80fd\u6027")},
        {QStringLiteral("severity"), QStringLiteral("\u4e25\u91cd\u7a0b\u5ea6")},
        {QStringLiteral("level"), QStringLiteral("\u98ce\u9669\u7b49\u7ea7")},
        {QStringLiteral("source_row"), QStringLiteral("\u62a5\u9001\u884c\u53f7")},
        {QStringLiteral("risk_point_id"), QStringLiteral("\u98ce\u9669\u70b9\u7f16\u53f7")},
        {QStringLiteral("assessment_id"), QStringLiteral("\u98ce\u9669\u8bc4\u4f30\u7f16\u53f7")},
        {QStringLiteral("kind_id"), QStringLiteral("\u670d\u52a1\u7c7b\u578b\u7f16\u53f7")},
        {QStringLiteral("return_id"), QStringLiteral("\u62a5\u9001\u7f16\u53f7")},
    };
    return names;
}

// "service_record (2)" -> "service_record": a table too long for one sheet goes on in numbered sheets.
QString tableOfSheet(const QString& sheet)
{
    static const QRegularExpression continued(QStringLiteral("^(.+) \\((\\d+)\\)$"));
    const QRegularExpressionMatch m = continued.match(sheet);
    return m.hasMatch() ? m.captured(1) : sheet;
}

// "\u540d\u79f0\uff08name\uff09" -> "name"
QString columnOf(const QString& header)
{
    static const QRegularExpression key(QStringLiteral("\uff08([a-z0-9_]+)\uff09$"));
    const QRegularExpressionMatch m = key.match(header.trimmed());
    return m.hasMatch() ? m.captured(1) : header.trimmed();
}

} // namespace

QString DatabaseExchange::header(const QString& column)
{
    return QStringLiteral("%1\uff08%2\uff09").arg(chineseNames().value(column, column), column);
}

bool DatabaseExchange::exportAll(Database& db, const QString& path, QString* error, int rowsPerSheet)
{
    XlsxWriter book(path, XlsxWriter::Rows::RowByRow);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    for (const Table& t : tables(db.connection())) {
        // A sheet holds at most 1,048,576 rows (Excel's limit); a longer table goes on in "name (2)", "name (3)"…
        int part = 1;
        const auto startSheet = [&book, &t, &part]() {
            if (!book.addWorksheet(part == 1 ? t.name : QStringLiteral("%1 (%2)").arg(t.name).arg(part))) {
                return false;
            }
            for (int c = 0; c < t.columns.size(); ++c) {
                book.writeText(0, c, header(t.columns.at(c)), XlsxWriter::Style::Header);
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
                if (t.integer.at(c) && v.typeId() == QMetaType::LongLong) {
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
        if (!byName.contains(tableOfSheet(sheet))) {
            return failWith(error, tr("The workbook has a sheet \"%1\" that is not a table of this program; it was "
                                      "not written by export-all.").arg(sheet));
        }
    }
    Transaction tx(connection);
    QSqlQuery q(connection);
    // The restored rows are the record, audit trail included; the new file's triggers must not add to it.
    for (const Table& t : schema) {
        for (const char* action : {"insert", "update", "delete"}) {
            q.exec(QStringLiteral("DROP TRIGGER IF EXISTS \"audit_%1_%2\"").arg(t.name, QLatin1String(action)));
        }
    }
    q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    // A new file holds seeded rows (the policy, certificate types): the workbook's replace them.
    for (const auto& [sheet, table] : std::as_const(sheets)) {
        const QString name = tableOfSheet(sheet);
        if (name != QLatin1String("audit") && name == sheet
            && !q.exec(QStringLiteral("DELETE FROM \"%1\"").arg(name))) {
            return failWith(error, tr("The table %1 cannot be emptied: %2").arg(name, q.lastError().text()));
        }
    }
    for (const auto& [sheet, table] : std::as_const(sheets)) {
        const QString name = tableOfSheet(sheet);
        const Table& t = byName.value(name);
        if (table.rows.isEmpty()) {
            continue;
        }
        QStringList columns;
        for (const QString& h : table.rows.first()) {
            const QString column = columnOf(h);
            if (!t.columns.contains(column)) {
                return failWith(error, tr("Sheet %1 has a column \"%2\" the table does not have.").arg(sheet, h));
            }
            columns << column;
        }
        QSqlQuery insert(connection);
        insert.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                           .arg(name, QLatin1Char('"') + columns.join(QStringLiteral("\", \"")) + QLatin1Char('"'),
                                QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        for (int r = 1; r < table.rows.size(); ++r) {
            const QStringList& cells = table.rows.at(r);
            for (int c = 0; c < columns.size(); ++c) {
                const int index = static_cast<int>(t.columns.indexOf(columns.at(c)));
                const QString cell = cells.value(c);
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
                return failWith(error, tr("Sheet %1, row %2 cannot be restored: %3").arg(sheet).arg(r + 1).arg(insert.lastError().text()));
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
