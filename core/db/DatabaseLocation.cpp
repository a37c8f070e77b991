#include "DatabaseLocation.h"

#include "ErrorOut.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace sl::core {

namespace {

const QLatin1String kScheme("postgresql://");

} // namespace

bool DatabaseLocation::isServer(const QString& text)
{
    return text.trimmed().startsWith(kScheme, Qt::CaseInsensitive)
        || text.trimmed().startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool DatabaseLocation::parse(const QString& text, DatabaseLocation* out, QString* error)
{
    DatabaseLocation location;
    if (!isServer(text)) {
        location.m_file = QFileInfo(text).absoluteFilePath();
        *out = location;
        return true;
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString example = QStringLiteral("postgresql://user@host:5432/dbname");
    if (!url.isValid()) {
        return failWith(error, tr("%1 is not a server address: write it as %2.").arg(text.trimmed(), example));
    }
    if (!url.password().isEmpty()) {
        return failWith(error,
                        tr("A password is never written in the server address (it would be kept in clear). "
                           "Leave it out: SafeLedger asks for it, or reads it from the server's password "
                           "file or PGPASSWORD."));
    }
    location.m_server = true;
    location.m_user = url.userName();
    location.m_host = url.host();
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host"))) {
        location.m_host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    }
    if (location.m_host.isEmpty()) {
        location.m_host = QStringLiteral("localhost");
    }
    location.m_port = url.port(5432);
    location.m_database = url.path(QUrl::FullyDecoded);
    if (location.m_database.startsWith(QLatin1Char('/'))) {
        location.m_database.remove(0, 1);
    }
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/'))) {
        return failWith(error, tr("%1 names no database on the server: write it as %2.").arg(text.trimmed(), example));
    }
    if (location.m_user.isEmpty()) {
        return failWith(error, tr("%1 names no user: write it as %2.").arg(text.trimmed(), example));
    }
    *out = location;
    return true;
}

QString DatabaseLocation::text() const
{
    if (!m_server) {
        return m_file;
    }
    const auto encoded = [](const QString& part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); };
    const QString head = kScheme + encoded(m_user) + QLatin1Char('@');
    if (m_host.startsWith(QLatin1Char('/')) || m_host.contains(QLatin1Char('\\'))) {
        return head + QLatin1Char('/') + encoded(m_database) + QStringLiteral("?host=") + m_host;
    }
    const QString port = m_port == 5432 ? QString() : QStringLiteral(":%1").arg(m_port);
    return head + m_host + port + QLatin1Char('/') + encoded(m_database);
}

DatabaseLocation DatabaseLocation::withDatabase(const QString& name) const
{
    DatabaseLocation other = *this;
    other.m_database = name;
    return other;
}

QString DatabaseLocation::localFolder() const
{
    if (!m_server) {
        return QFileInfo(m_file).absolutePath();
    }
    QString key = QStringLiteral("%1-%2-%3-%4").arg(m_host, QString::number(m_port), m_user, m_database);
    for (QChar& c : key) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_')) {
            c = QLatin1Char('_');
        }
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("servers/") + key);
}

} // namespace sl::core
