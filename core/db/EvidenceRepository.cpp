#include "EvidenceRepository.h"

#include "Database.h"
#include "ErrorOut.h"
#include "SqlDialect.h"
#include "SqlValue.h"
#include "Transaction.h"
#include "io/FileSizeLimit.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPair>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace sl::core {

namespace {

EvidenceFile fileFromRow(const QSqlQuery& q)
{
    EvidenceFile f;
    f.id = q.value(0).toLongLong();
    f.ownerKind = q.value(1).toString();
    f.ownerId = q.value(2).toLongLong();
    f.originalName = q.value(3).toString();
    f.storedName = q.value(4).toString();
    f.sizeBytes = q.value(5).toLongLong();
    f.sha256 = q.value(6).toString();
    f.addedAt = SqlValue::toTimestamp(q.value(7));
    f.role = q.value(8).toString();
    return f;
}

const QString kColumns
    = QStringLiteral("id, owner_kind, owner_id, original_name, stored_name, size_bytes, sha256, added_at, role");

} // namespace

EvidenceRepository::EvidenceRepository(Database& db)
    : m_db(db)
{
}

QString EvidenceRepository::folderFor(const QString& databasePath)
{
    const QFileInfo info(Database::filesPathFor(databasePath));
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-evidence"));
}

QString EvidenceRepository::folder() const
{
    return folderFor(m_db.path());
}

QString EvidenceRepository::absolutePath(const EvidenceFile& file) const
{
    if (m_db.isServer()) {
        fetch(file, nullptr);
    }
    return QDir(folder()).filePath(file.storedName);
}

bool EvidenceRepository::fetch(const EvidenceFile& file, QString* error) const
{
    if (!m_db.isServer()) {
        return true;
    }
    const QString target = QDir(folder()).filePath(file.storedName);
    if (QFileInfo(target).size() == file.sizeBytes && QFileInfo(target).isFile()) {
        return true;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT content FROM evidence_content WHERE stored_name = ?"));
    q.addBindValue(file.storedName);
    if (!q.exec() || !q.next()) {
        return failWith(error, tr("The evidence file %1 is not in the server database.").arg(file.storedName));
    }
    const QByteArray content = q.value(0).toByteArray();
    q.finish();
    if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) != file.sha256) {
        return failWith(
            error,
            tr("The evidence file %1 in the server database no longer matches its SHA-256.").arg(file.storedName));
    }
    QSaveFile out(target);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !out.open(QIODevice::WriteOnly)
        || out.write(content) != content.size() || !out.commit()) {
        return failWith(error,
                        tr("The evidence file %1 cannot be copied to this computer: %2")
                            .arg(QDir::toNativeSeparators(target), out.errorString()));
    }
    return true;
}

bool EvidenceRepository::fetchAll(QString* error) const
{
    if (!m_db.isServer()) {
        return true;
    }
    QString why;
    const QList<EvidenceFile> all = files(&why);
    if (!why.isEmpty()) {
        return failWith(error, why);
    }
    for (const EvidenceFile& f : all) {
        if (!fetch(f, error)) {
            return false;
        }
    }
    return true;
}

bool EvidenceRepository::storeOnServer(const QString& storedName, QString* error) const
{
    if (!m_db.isServer()) {
        return true;
    }
    const QString path = QDir(folder()).filePath(storedName);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return failWith(error,
                        tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), in.errorString()));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO evidence_content (stored_name, content) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(storedName);
    q.addBindValue(in.readAll());
    if (!q.exec()) {
        return failWith(
            error,
            tr("The evidence file %1 cannot be kept in the server database: %2").arg(storedName, q.lastError().text()));
    }
    return true;
}

QString EvidenceRepository::sha256Of(const QString& path, qint64* size, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        failWith(error, tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        failWith(error, tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return {};
    }
    if (size) {
        *size = f.size();
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool EvidenceRepository::hasTable(QSqlDatabase db)
{
    return SqlDialect::hasTable(db, QStringLiteral("evidence"));
}

QList<EvidenceFile> EvidenceRepository::files(QString* error) const
{
    QList<EvidenceFile> out;
    if (!hasTable(m_db.connection())) {
        return out;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT stored_name, min(size_bytes), min(sha256)"
                               " FROM evidence GROUP BY stored_name ORDER BY stored_name"))) {
        failWith(error, tr("The evidence list cannot be read: %1").arg(q.lastError().text()));
        return {};
    }
    while (q.next()) {
        EvidenceFile f;
        f.storedName = q.value(0).toString();
        f.sizeBytes = q.value(1).toLongLong();
        f.sha256 = q.value(2).toString();
        out.append(f);
    }
    return out;
}

QList<EvidenceFile> EvidenceRepository::listOf(const QString& ownerKind, qint64 ownerId) const
{
    QList<EvidenceFile> out;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM evidence WHERE owner_kind = ? AND owner_id = ? ORDER BY id").arg(kColumns));
    q.addBindValue(ownerKind);
    q.addBindValue(ownerId);
    if (q.exec()) {
        while (q.next()) {
            out.append(fileFromRow(q));
        }
    }
    return out;
}

bool EvidenceRepository::attach(const QString& ownerKind, qint64 ownerId, const QString& sourcePath,
                                EvidenceFile* attached, QString* error, const QString& role)
{
    if (!role.isEmpty() && role != QLatin1String("before") && role != QLatin1String("after")) {
        return failWith(error, QStringLiteral("unknown evidence role %1").arg(role));
    }
    if (!FileSizeLimit::check(
            sourcePath, kMaxBytes,
            { tr("%1 is not a file."), tr("%1 is larger than %2 MB; attach a smaller scan or photo.") }, error)) {
        return false;
    }
    const QFileInfo source(sourcePath);
    qint64 size = 0;
    const QString sha = sha256Of(sourcePath, &size, error);
    if (sha.isEmpty()) {
        return false;
    }
    const QString suffix = source.suffix().toLower().left(10);
    const QString stored
        = sha.left(2) + QLatin1Char('/') + sha + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    const QString target = QDir(folder()).filePath(stored);
    if (!QFileInfo::exists(target)) {
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            return failWith(error,
                            tr("The evidence folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder())));
        }
        // Copy through a temporary file, so a half-copied file never carries the final name.
        QFile in(sourcePath);
        QSaveFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            return failWith(error, tr("%1 cannot be copied into the evidence folder.").arg(source.fileName()));
        }
        QByteArray chunk;
        while (!(chunk = in.read(1 << 20)).isEmpty()) {
            if (out.write(chunk) != chunk.size()) {
                return failWith(
                    error,
                    tr("%1 cannot be copied into the evidence folder: %2").arg(source.fileName(), out.errorString()));
            }
        }
        if (!out.commit()) {
            return failWith(
                error,
                tr("%1 cannot be copied into the evidence folder: %2").arg(source.fileName(), out.errorString()));
        }
    }
    Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        return failWith(error, tr("The evidence file could not be recorded: %1").arg(tx.errorText()));
    }
    if (!storeOnServer(stored, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO evidence (owner_kind, owner_id, original_name, stored_name, size_bytes,"
                             " sha256, added_at, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    EvidenceFile f;
    f.ownerKind = ownerKind;
    f.ownerId = ownerId;
    f.originalName = source.fileName();
    f.storedName = stored;
    f.sizeBytes = size;
    f.sha256 = sha;
    f.addedAt = QDateTime::currentDateTimeUtc();
    f.role = role;
    for (const QVariant& v :
         { QVariant(f.ownerKind), QVariant(f.ownerId), QVariant(f.originalName), QVariant(f.storedName),
           QVariant(f.sizeBytes), QVariant(f.sha256), SqlValue::fromTimestamp(f.addedAt), SqlValue::fromText(role) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return failWith(error, tr("The evidence file could not be recorded: %1").arg(q.lastError().text()));
    }
    f.id = SqlDialect::insertedId(q);
    q.finish();
    if (!tx.commit()) {
        return failWith(error, tr("The evidence file could not be recorded: %1").arg(tx.errorText()));
    }
    if (attached) {
        *attached = f;
    }
    return true;
}

void EvidenceRepository::verify(CheckReport& report) const
{
    if (!hasTable(m_db.connection())) {
        return;
    }
    // On a server, its own copies are the evidence (the seat's folder holds only copies of them). Read first: a
    // server streams a forward-only query only until the connection's next statement.
    QHash<QString, QPair<qint64, QString>> onServer;
    if (m_db.isServer()) {
        QSqlQuery content(m_db.connection());
        content.setForwardOnly(true);
        if (!content.exec(QStringLiteral("SELECT stored_name, octet_length(content), encode(sha256(content), 'hex')"
                                         " FROM evidence_content"))) {
            report.problems << tr("The evidence list cannot be read: %1").arg(content.lastError().text());
            return;
        }
        while (content.next()) {
            onServer.insert(content.value(0).toString(),
                            { content.value(1).toLongLong(), content.value(2).toString() });
        }
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Only the columns the table has had since it was made (data version 4): check reads older files as they are.
    if (!q.exec(QStringLiteral("SELECT stored_name, original_name, size_bytes, sha256 FROM evidence ORDER BY id"))) {
        report.problems << tr("The evidence list cannot be read: %1").arg(q.lastError().text());
        return;
    }
    // One file on disk may carry several attachments (the same scan attached twice is stored once, by its
    // hash): each file is read once, and the note counts files, as the evidence folder holds them.
    QSet<QString> checked;
    while (q.next()) {
        EvidenceFile f;
        f.storedName = q.value(0).toString();
        f.originalName = q.value(1).toString();
        f.sizeBytes = q.value(2).toLongLong();
        f.sha256 = q.value(3).toString();
        if (checked.contains(f.storedName)) {
            continue;
        }
        checked.insert(f.storedName);
        if (m_db.isServer()) {
            const auto it = onServer.constFind(f.storedName);
            if (it == onServer.constEnd()) {
                report.problems << tr("Evidence file %1 (\"%2\") is missing from the server database.")
                                       .arg(f.storedName, f.originalName);
            } else if (it->first != f.sizeBytes || it->second != f.sha256) {
                report.problems << tr("Evidence file %1 (\"%2\") in the server database has changed since it was "
                                      "attached.")
                                       .arg(f.storedName, f.originalName);
            }
            continue;
        }
        const QString path = absolutePath(f);
        if (!QFileInfo::exists(path)) {
            report.problems << tr("Evidence file %1 (\"%2\") is missing from the evidence folder.")
                                   .arg(QDir::toNativeSeparators(path), f.originalName);
            continue;
        }
        qint64 size = 0;
        QString why;
        const QString sha = sha256Of(path, &size, &why);
        if (sha.isEmpty()) {
            report.problems << why;
        } else if (size != f.sizeBytes || sha != f.sha256) {
            report.problems << tr("Evidence file %1 (\"%2\") has changed since it was attached.")
                                   .arg(QDir::toNativeSeparators(path), f.originalName);
        }
    }
    report.notes << tr("%n evidence file(s) checked.", nullptr, static_cast<int>(checked.size()));
}

} // namespace sl::core
