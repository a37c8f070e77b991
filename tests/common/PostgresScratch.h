#pragma once

#include "db/DatabaseLocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// A scratch database on the tests' PostgreSQL server, made empty when constructed and dropped when destroyed. The
// server is SL_TEST_POSTGRES (postgresql://user@/postgres?host=FOLDER), or the address in the file
// SL_TEST_POSTGRES_FILE names, which ctest's postgres-cluster fixture writes when it starts a private cluster on a
// Unix socket (tests/postgres/cluster.sh).
class PostgresScratch
{
public:
    explicit PostgresScratch(const QString& purpose)
    {
        QString server = qEnvironmentVariable("SL_TEST_POSTGRES");
        if (server.isEmpty() && qEnvironmentVariableIsSet("SL_TEST_POSTGRES_FILE")) {
            QFile file(qEnvironmentVariable("SL_TEST_POSTGRES_FILE"));
            if (file.open(QIODevice::ReadOnly)) {
                server = QString::fromUtf8(file.readAll()).trimmed();
            }
        }
        if (server.isEmpty()) {
            m_error = QStringLiteral("SL_TEST_POSTGRES is not set: run the test through ctest, whose postgres-cluster "
                                     "fixture starts a private PostgreSQL cluster (tests/postgres/cluster.sh)");
            return;
        }
        if (!sl::core::DatabaseLocation::parse(server, &m_server, &m_error)) {
            return;
        }
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("sl_%1_%2_%3")
                     .arg(purpose)
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetchAndAddRelaxed(1));
        m_error = admin({ QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_name),
                          QStringLiteral("CREATE DATABASE %1").arg(m_name) });
    }
    ~PostgresScratch()
    {
        if (!m_name.isEmpty()) {
            admin({ QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name) });
        }
    }
    PostgresScratch(const PostgresScratch&) = delete;
    PostgresScratch& operator=(const PostgresScratch&) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // postgresql://user@/NAME?host=FOLDER
    QString location() const { return m_server.withDatabase(m_name).text(); }
    QString name() const { return m_name; }
    // The address, the database kept when this goes (the cluster's removal takes it with the rest).
    QString release()
    {
        const QString kept = location();
        m_name.clear();
        return kept;
    }

    // A plain connection of its own to the scratch database (for a test that writes behind SafeLedger's back).
    QSqlDatabase raw(const QString& connectionName) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(m_server.host());
        db.setPort(m_server.port());
        db.setUserName(m_server.user());
        db.setDatabaseName(m_name);
        db.open();
        return db;
    }

private:
    QString admin(const QStringList& statements) const
    {
        const QString connection = QStringLiteral("scratch-admin-%1").arg(m_name);
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(m_server.host());
            db.setPort(m_server.port());
            db.setUserName(m_server.user());
            db.setDatabaseName(m_server.databaseName());
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                for (const QString& sql : statements) {
                    if (!q.exec(sql)) {
                        error = q.lastError().text();
                        break;
                    }
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return error;
    }

    sl::core::DatabaseLocation m_server;
    QString m_name;
    QString m_error;
};
