#pragma once

#include "CliVerb.h"

#include <QCoreApplication>

namespace sl::app {

// The verbs of safeledger-cli in one table: the dispatcher finds a verb here, and the help and the usage
// messages are written from here.
class CliVerbs
{
    Q_DECLARE_TR_FUNCTIONS(CliVerbs)

public:
    // In the order the help lists them.
    static QList<CliVerb> all();
    // The entry the words name ("report annual …" or "check …"), *rest what follows its name; null when none.
    static const CliVerb* find(const QList<CliVerb>& verbs, const QString& verb, const QStringList& args,
                               QStringList* rest);
    // The kinds of a verb that has kinds ("report": annual, enterprise, …); empty for any other word.
    static QStringList kinds(const QList<CliVerb>& verbs, const QString& verb);
    // The verbs' first words, each once.
    static QStringList names(const QList<CliVerb>& verbs);
    // The help's list of verbs: each form's synopsis and, beside or below it, what it does.
    static QString help(const QList<CliVerb>& verbs);
    // A verb's forms, one synopsis a line, each after the program's name.
    static QString synopses(const CliVerb& verb, const QString& program);
};

} // namespace sl::app
