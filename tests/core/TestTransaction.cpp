#include "TestEngine.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using sl::core::Database;
using sl::core::Transaction;

class TestTransaction : public QObject
{
    Q_OBJECT

private:
    static int count(Database& db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM community")) && q.next() ? q.value(0).toInt() : -1;
    }
    static bool insert(Database& db, const QString& name)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO community (name) VALUES (?)"));
        q.addBindValue(name);
        return q.exec();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.open(TestEngine::at(m_dir.filePath(QStringLiteral("t.sqlite"))), &error), qPrintable(error));
        QSqlQuery(m_db.connection()).exec(QStringLiteral("DELETE FROM community"));
    }
    void cleanup() { m_db.close(); }

    void rollsBackWithoutCommit()
    {
        {
            Transaction tx(m_db.connection());
            QVERIFY(tx.isActive());
            QVERIFY(insert(m_db, QStringLiteral("a")));
        }
        QCOMPARE(count(m_db), 0);
    }

    void commitKeeps()
    {
        Transaction tx(m_db.connection());
        QVERIFY(insert(m_db, QStringLiteral("a")));
        QVERIFY(tx.commit());
        QCOMPARE(count(m_db), 1);
        QVERIFY(!tx.commit()); // only once
    }

    void innerRollbackKeepsOuter()
    {
        Transaction outer(m_db.connection());
        QVERIFY(insert(m_db, QStringLiteral("outer")));
        {
            Transaction inner(m_db.connection());
            QVERIFY(inner.isActive());
            QVERIFY(insert(m_db, QStringLiteral("inner")));
        }
        QVERIFY(outer.commit());
        QCOMPARE(count(m_db), 1);
    }

    void outerRollbackDiscardsCommittedInner()
    {
        {
            Transaction outer(m_db.connection());
            {
                Transaction inner(m_db.connection());
                QVERIFY(insert(m_db, QStringLiteral("inner")));
                QVERIFY(inner.commit());
            }
            QCOMPARE(count(m_db), 1);
        }
        QCOMPARE(count(m_db), 0);
        // And the connection is usable for a fresh outer transaction afterwards.
        Transaction again(m_db.connection());
        QVERIFY(again.isActive());
        QVERIFY(insert(m_db, QStringLiteral("x")));
        QVERIFY(again.commit());
        QCOMPARE(count(m_db), 1);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "TestTransaction.moc"
