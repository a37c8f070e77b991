#include "ArchiveManifest.h"

#include "db/ErrorOut.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sl::core {

const QString ArchiveManifest::kBackupFormat = QStringLiteral("safeledger-backup");
const QString ArchiveManifest::kHandoverFormat = QStringLiteral("safeledger-handover");
const QString ArchiveManifest::kEntryName = QStringLiteral("manifest.json");
const QString ArchiveManifest::kDatabaseEntry = QStringLiteral("database.sqlite");
const QString ArchiveManifest::kWorkbookEntry = QStringLiteral("ledger.xlsx");

namespace {

QJsonArray filesToJson(const QList<ArchiveManifest::File>& files)
{
    QJsonArray out;
    for (const ArchiveManifest::File& f : files) {
        out.append(QJsonObject{ { QStringLiteral("stored_name"), f.storedName },
                                { QStringLiteral("size"), f.size },
                                { QStringLiteral("sha256"), f.sha256 } });
    }
    return out;
}

// Stored names are the program's own ("ab/<64 hex>" and an extension of at most 10 characters, none of them a
// slash, a backslash or a colon); anything else could point outside the folder. Read by hand: manifests are read in
// the backup thread, where QRegularExpression must not be used (see BackupManager::isBackupOf).
bool isStoredName(const QString& name)
{
    const auto hex = [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); };
    if (name.size() < 67 || name.at(2) != u'/' || !hex(name.at(0)) || !hex(name.at(1))) {
        return false;
    }
    for (qsizetype i = 3; i < 67; ++i) {
        if (!hex(name.at(i))) {
            return false;
        }
    }
    if (name.size() == 67) {
        return true;
    }
    const QStringView extension = QStringView(name).mid(68);
    return name.at(67) == u'.' && !extension.isEmpty() && extension.size() <= 10
        && std::none_of(extension.begin(), extension.end(),
                        [](QChar c) { return c == u'/' || c == u'\\' || c == u':'; });
}

bool filesFromJson(const QJsonValue& value, QList<ArchiveManifest::File>* files)
{
    if (!value.isUndefined() && !value.isArray()) {
        return false;
    }
    for (const QJsonValue& v : value.toArray()) {
        const QJsonObject o = v.toObject();
        ArchiveManifest::File f;
        f.storedName = o.value(QStringLiteral("stored_name")).toString();
        f.size = static_cast<qint64>(o.value(QStringLiteral("size")).toDouble(-1));
        f.sha256 = o.value(QStringLiteral("sha256")).toString();
        if (!isStoredName(f.storedName) || f.size < 0 || f.sha256.size() != 64) {
            return false;
        }
        files->append(f);
    }
    return true;
}

} // namespace

QString ArchiveManifest::evidenceEntry(const QString& storedName)
{
    return QStringLiteral("evidence/") + storedName;
}

QByteArray ArchiveManifest::toJson() const
{
    QJsonObject o{
        { QStringLiteral("format"), format },
        { QStringLiteral("format_version"), formatVersion },
        { QStringLiteral("program"), program },
        { QStringLiteral("created_utc"), createdUtc.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("main"),
          QJsonObject{ { QStringLiteral("entry"), mainEntry },
                       { QStringLiteral("size"), mainSize },
                       { QStringLiteral("sha256"), mainSha256 } } },
        { QStringLiteral("evidence_location"),
          evidenceLocation == EvidenceLocation::Inside ? QStringLiteral("inside") : QStringLiteral("store") },
        { QStringLiteral("evidence"), filesToJson(evidence) },
        { QStringLiteral("missing"), filesToJson(missing) },
    };
    if (auditCount > 0) {
        o.insert(QStringLiteral("audit"),
                 QJsonObject{ { QStringLiteral("count"), auditCount },
                              { QStringLiteral("last_id"), auditLastId },
                              { QStringLiteral("head"), auditHead } });
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool ArchiveManifest::fromJson(const QByteArray& json, ArchiveManifest* m, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return failWith(error, tr("Its manifest cannot be read (%1).").arg(parseError.errorString()));
    }
    const QJsonObject o = doc.object();
    ArchiveManifest out;
    out.format = o.value(QStringLiteral("format")).toString();
    out.formatVersion = o.value(QStringLiteral("format_version")).toInt();
    if (out.format != kBackupFormat && out.format != kHandoverFormat) {
        return failWith(error, tr("It is not a SafeLedger backup or handover package."));
    }
    if (out.formatVersion < 1 || out.formatVersion > kFormatVersion) {
        return failWith(error,
                        tr("It was written by a newer SafeLedger (format %1); install that version to read it.")
                            .arg(out.formatVersion));
    }
    out.program = o.value(QStringLiteral("program")).toString();
    out.createdUtc = QDateTime::fromString(o.value(QStringLiteral("created_utc")).toString(), Qt::ISODate);
    out.reason = o.value(QStringLiteral("reason")).toString();
    out.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    const QJsonObject main = o.value(QStringLiteral("main")).toObject();
    out.mainEntry = main.value(QStringLiteral("entry")).toString();
    out.mainSize = static_cast<qint64>(main.value(QStringLiteral("size")).toDouble(-1));
    out.mainSha256 = main.value(QStringLiteral("sha256")).toString();
    const QJsonObject audit = o.value(QStringLiteral("audit")).toObject();
    out.auditCount = static_cast<qint64>(audit.value(QStringLiteral("count")).toDouble(0));
    out.auditLastId = static_cast<qint64>(audit.value(QStringLiteral("last_id")).toDouble(0));
    out.auditHead = audit.value(QStringLiteral("head")).toString();
    const QString location = o.value(QStringLiteral("evidence_location")).toString();
    out.evidenceLocation = location == QLatin1String("store") ? EvidenceLocation::Store : EvidenceLocation::Inside;
    const QString expectedMain = out.format == kBackupFormat ? kDatabaseEntry : kWorkbookEntry;
    if (out.mainEntry != expectedMain || out.mainSize < 0 || out.mainSha256.size() != 64
        || (location != QLatin1String("store") && location != QLatin1String("inside"))
        || (out.format == kHandoverFormat && out.evidenceLocation != EvidenceLocation::Inside)
        || !filesFromJson(o.value(QStringLiteral("evidence")), &out.evidence)
        || !filesFromJson(o.value(QStringLiteral("missing")), &out.missing)) {
        return failWith(error, tr("Its manifest is incomplete or damaged."));
    }
    *m = out;
    return true;
}

} // namespace sl::core
