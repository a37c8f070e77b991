#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace sl::core {

// Every write runs inside one of these: it rolls back unless commit() succeeded, so an early
// return or a failed statement never leaves half a change behind. Transactions nest: an inner one
// is a savepoint, so a repository call inside a larger operation (an import, the demo street)
// becomes part of that operation's all-or-nothing.
//
// On a server, the outermost transaction first waits for its turn among the writers (the audit chain's advisory
// lock, held to its end): every read-check-write a repository does inside it sees the others' committed work, as
// with SQLite's one writer, and the entries it seals follow theirs in one chain.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    // None: the outermost commit seals no audit entry (a street copied in with its trail as it is).
    enum class Sealing { Own, None };
    explicit Transaction(QSqlDatabase db, Sealing sealing = Sealing::Own);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QString errorText() const { return m_error; }

private:
    bool exec(const QString& sql);
    bool takeWritersTurn();
    void rollback();

    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    QString m_error;
    bool m_active = false;
    bool m_done = false;
    Sealing m_sealing = Sealing::Own;
    // The newest audit entry when the outermost transaction began: it seals only what it wrote itself.
    qint64 m_auditStart = -1;
};

} // namespace sl::core
