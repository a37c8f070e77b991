#pragma once

#include <QCoreApplication>
#include <QString>

namespace sl::core {

// Where the street's data lives, as the clerk names it with --db or in the open dialog: a file (SQLite, one clerk on
// one PC), or postgresql://user@host:port/dbname (a PostgreSQL server several seats share). A server's socket folder
// may be given as ?host=/folder (a local cluster). A password is never part of a location: the server's own
// password file, PGPASSWORD, or the window's question gives it, and it is never written anywhere.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    static bool isServer(const QString& text);
    // False, with the reason, for a postgresql:// text that names no database or holds a password.
    static bool parse(const QString& text, DatabaseLocation* out, QString* error);

    bool isServerDatabase() const { return m_server; }
    QString filePath() const { return m_file; }
    QString user() const { return m_user; }
    // A host name, or a folder holding the server's Unix socket.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    // The location as shown and as given again: postgresql://user@host:port/dbname, or the file's path.
    QString text() const;
    // The same server, another database on it (the district's streets, the tests' scratch databases).
    DatabaseLocation withDatabase(const QString& name) const;
    // This seat's folder for what belongs to the database but not in it: its backups, its evidence copies, the
    // audit anchors. For a file, the file's own folder.
    QString localFolder() const;

private:
    bool m_server = false;
    QString m_file;
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_database;
};

} // namespace sl::core
