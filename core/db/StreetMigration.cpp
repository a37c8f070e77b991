#include "StreetMigration.h"

#include "AuditTrail.h"
#include "Database.h"
#include "ErrorOut.h"
#include "EvidenceRepository.h"
#include "SqlDialect.h"
#include "TableCopy.h"
#include "Transaction.h"
#include "io/DatabaseExchange.h"
#include "io/FileCopy.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

bool StreetMigration::move(Database& from, Database& to, Moved* moved, QString* error, Evidence evidence)
{
    *moved = {};
    const QString target = to.location();
    QSqlDatabase source = from.connection();
    QSqlDatabase sink = to.connection();
    if (from.schemaVersion() != to.schemaVersion()) {
        return failWith(error,
                        tr("%1 is of data version %2 and %3 of version %4: open the older one once in this "
                           "SafeLedger to upgrade it, then move it.")
                            .arg(from.location())
                            .arg(from.schemaVersion())
                            .arg(target)
                            .arg(to.schemaVersion()));
    }
    QStringList tables = SqlDialect::tables(source);
    tables.removeAll(QStringLiteral("audit_context"));
    if (tables != [&] {
            QStringList t = SqlDialect::tables(sink);
            t.removeAll(QStringLiteral("audit_context"));
            return t;
        }()) {
        return failWith(error,
                        tr("%1 and %2 do not hold the same tables; nothing was moved.").arg(from.location(), target));
    }
    QSqlQuery q(sink);
    if (!DatabaseExchange::isEmpty(to) || !q.exec(QStringLiteral("SELECT count(*) FROM audit")) || !q.next()
        || q.value(0).toLongLong() > 0) {
        return failWith(error,
                        tr("%1 already holds a street (or its audit trail); a street is moved only into a new "
                           "database. Nothing was moved.")
                            .arg(target));
    }
    q.finish();

    // Entries written outside the program arrive unsealed and stay so: the move seals nothing.
    Transaction tx(sink, Transaction::Sealing::None);
    if (!tx.isActive()) {
        return failWith(error, tr("%1 cannot be written: %2").arg(target, tx.errorText()));
    }
    // The rows come with their audit trail: the target's triggers must not add to it while they arrive.
    QString why;
    if (!AuditTrail::dropTriggers(sink, &why) || !q.exec(SqlDialect::deferLinksSql(sink))) {
        return failWith(error, tr("%1 cannot be prepared: %2").arg(target, why.isEmpty() ? q.lastError().text() : why));
    }
    for (const QString& table : std::as_const(tables)) {
        if (table != QLatin1String("audit") && !q.exec(QStringLiteral("DELETE FROM \"%1\"").arg(table))) {
            return failWith(error, tr("The seeded rows of %1 cannot be replaced: %2").arg(table, q.lastError().text()));
        }
    }
    q.finish();
    if (!TableCopy::copy(source, sink, tables, &why, &moved->rows)) {
        return failWith(error, tr("Nothing was moved: %1").arg(why));
    }
    if (!AuditTrail::createTriggers(sink, &why)) {
        return failWith(error, tr("Nothing was moved: the audit triggers cannot be made again: %1").arg(why));
    }

    // The evidence files, before the commit: a file already there with the same name is the same file (named by
    // its SHA-256), and a file added for a move that then fails is one the database does not name.
    const QDir sourceFolder(EvidenceRepository(from).folder());
    const QDir targetFolder(EvidenceRepository(to).folder());
    const QList<EvidenceFile> files
        = evidence == Evidence::Copy ? EvidenceRepository(from).files(&why) : QList<EvidenceFile>();
    if (!why.isEmpty() || (evidence == Evidence::Copy && !EvidenceRepository(from).fetchAll(&why))) {
        return failWith(error, tr("Nothing was moved: the evidence list cannot be read: %1").arg(why));
    }
    if (!files.isEmpty() && !QDir().mkpath(targetFolder.path())) {
        return failWith(error,
                        tr("Nothing was moved: the evidence folder %1 cannot be created.")
                            .arg(QDir::toNativeSeparators(targetFolder.path())));
    }
    QStringList copied;
    for (const EvidenceFile& f : files) {
        const QString into = targetFolder.filePath(f.storedName);
        if (copied.contains(f.storedName)) {
            continue;
        }
        if (!QFileInfo::exists(into)
            && (!QDir().mkpath(QFileInfo(into).absolutePath())
                || !FileCopy::copy(sourceFolder.filePath(f.storedName), into, nullptr, &why))) {
            return failWith(error,
                            tr("Nothing was moved: the evidence file %1 cannot be copied: %2")
                                .arg(QDir::toNativeSeparators(sourceFolder.filePath(f.storedName)), why));
        }
        if (!EvidenceRepository(to).storeOnServer(f.storedName, &why)) {
            return failWith(error, tr("Nothing was moved: %1").arg(why));
        }
        copied << f.storedName;
    }
    if (!tx.commit()) {
        return failWith(error, tr("Nothing was moved: %1 could not be saved: %2").arg(target, tx.errorText()));
    }
    to.checkpoint();
    moved->tables = static_cast<int>(tables.size());
    moved->evidenceFiles = static_cast<int>(copied.size());
    return true;
}

} // namespace sl::core
