#pragma once

#include "model/Operator.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sl::core {

class Database;

// The operators kept in the file (Settings → Operators), and who is at work now: signing in names the operator
// for the audit trail and every stamp the program writes.
class OperatorRepository
{
    Q_DECLARE_TR_FUNCTIONS(OperatorRepository)

public:
    explicit OperatorRepository(Database& db);

    QList<Operator> list() const;
    std::optional<Operator> find(const QString& name) const;
    // Adds (id 0) or updates the operator. password: unchanged when nullopt, removed when empty, else set.
    bool save(Operator& op, const std::optional<QString>& password, QString* error);
    // Names who works from now on (checked with OperatorChoice::refusal).
    bool signIn(const QString& name, const QString& password, QString* error);
    // Without a check: the start rule or the command line has decided already.
    bool workAs(const QString& name, QString* error);

private:
    Database& m_db;
};

} // namespace sl::core
