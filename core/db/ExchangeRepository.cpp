#include "ExchangeRepository.h"

#include "AuditTrail.h"
#include "Database.h"
#include "SqlDialect.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlRecord>

namespace sl::core {

ExchangeRepository::ExchangeRepository(Database& db)
    : m_db(db)
{
}

ExchangeRepository::~ExchangeRepository() = default;

QList<ExchangeRepository::Table> ExchangeRepository::tables() const
{
    QList<Table> out;
    // Internal bookkeeping (the operator of the open session) is not data. The enterprises come first, so the
    // workbook is also an enterprise list that import enterprises reads as it is (it reads the first sheet), and
    // the audit trail last.
    QStringList names = SqlDialect::tables(m_db.connection());
    names.removeAll(QStringLiteral("audit_context"));
    for (const char* moved : { "enterprise", "audit" }) {
        if (names.removeAll(QLatin1String(moved)) > 0) {
            qstrcmp(moved, "audit") == 0 ? names.append(QLatin1String(moved)) : names.prepend(QLatin1String(moved));
        }
    }
    for (const QString& name : std::as_const(names)) {
        Table t;
        t.name = name;
        for (const SqlDialect::Column& c : SqlDialect::columnsOf(m_db.connection(), name)) {
            t.columns << c.name;
            t.integer << c.integer;
            t.notNull << c.notNull;
        }
        out << t;
    }
    return out;
}

QHash<qint64, QString> ExchangeRepository::communityNames() const
{
    QHash<qint64, QString> names;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT id, name FROM community"))) {
        while (q.next()) {
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
    }
    return names;
}

bool ExchangeRepository::forEachRow(const QString& table, const std::function<bool(const QVariantList&)>& row,
                                    QString* sqlError) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // In the order of the primary key, on either engine.
    if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                    .arg(table, SqlDialect::primaryKey(m_db.connection(), table).join(QStringLiteral(", "))))) {
        if (sqlError) {
            *sqlError = q.lastError().text();
        }
        return false;
    }
    const int columns = q.record().count();
    QVariantList values;
    while (q.next()) {
        values.clear();
        for (int c = 0; c < columns; ++c) {
            values << SqlDialect::value(q, c);
        }
        if (!row(values)) {
            break;
        }
    }
    return true;
}

void ExchangeRepository::beginRestore(const QList<Table>& schema)
{
    QSqlDatabase connection = m_db.connection();
    m_tx = std::make_unique<Transaction>(connection);
    QSqlQuery q(connection);
    // The restored rows are the record, audit trail included; the new database's triggers must not add to it.
    Q_UNUSED(schema)
    AuditTrail::dropTriggers(connection, nullptr);
    q.exec(SqlDialect::deferLinksSql(connection));
}

bool ExchangeRepository::emptyTable(const QString& table, QString* sqlError)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM \"%1\"").arg(table))) {
        if (sqlError) {
            *sqlError = q.lastError().text();
        }
        return false;
    }
    return true;
}

void ExchangeRepository::prepareInsert(const QString& table, const QStringList& columns)
{
    m_insert = QSqlQuery(m_db.connection());
    m_insert.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                         .arg(table, QLatin1Char('"') + columns.join(QStringLiteral("\", \"")) + QLatin1Char('"'),
                              QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
}

bool ExchangeRepository::insertRow(const QVariantList& values, QString* sqlError)
{
    for (const QVariant& v : values) {
        m_insert.addBindValue(v);
    }
    if (!m_insert.exec()) {
        if (sqlError) {
            *sqlError = m_insert.lastError().text();
        }
        return false;
    }
    return true;
}

bool ExchangeRepository::recreateAuditTriggers(QString* error)
{
    return AuditTrail::createTriggers(m_db.connection(), error);
}

bool ExchangeRepository::commitRestore(QString* commitError)
{
    m_insert = QSqlQuery();
    if (!m_tx || !m_tx->commit()) {
        if (commitError && m_tx) {
            *commitError = m_tx->errorText();
        }
        return false;
    }
    m_db.checkpoint();
    return true;
}

} // namespace sl::core
