#include "OperatorChoice.h"

#include "PasswordHash.h"

#include <algorithm>

namespace sl::core {

namespace {

const Operator* byName(const QList<Operator>& operators, const QString& name)
{
    const auto it = std::find_if(operators.cbegin(), operators.cend(),
                                 [&name](const Operator& o) { return o.name == name.trimmed(); });
    return it == operators.cend() ? nullptr : &*it;
}

} // namespace

OperatorChoice::Start OperatorChoice::atWindowStart(const QList<Operator>& operators, const QString& requested,
                                                    const QString& last, const QString& systemUser)
{
    if (operators.isEmpty()) {
        return { false, requested.trimmed().isEmpty() ? systemUser : requested.trimmed() };
    }
    QList<Operator> active;
    std::copy_if(operators.cbegin(), operators.cend(), std::back_inserter(active),
                 [](const Operator& o) { return o.active; });
    if (const Operator* o = byName(active, requested)) {
        return { o->hasPassword(), o->name };
    }
    if (active.size() == 1 && !active.first().hasPassword() && requested.trimmed().isEmpty()) {
        return { false, active.first().name };
    }
    const Operator* previous = byName(active, last);
    return { true, previous ? previous->name : (active.isEmpty() ? QString() : active.first().name) };
}

QString OperatorChoice::refusal(const QList<Operator>& operators, const QString& name, const QString& password)
{
    if (name.trimmed().isEmpty()) {
        return tr("Choose who is working.");
    }
    if (operators.isEmpty()) {
        return {};
    }
    const Operator* o = byName(operators, name);
    if (!o) {
        return tr("%1 is not one of the operators kept in Settings → Operators.").arg(name.trimmed());
    }
    if (!o->active) {
        return tr("%1 is no longer an active operator; nobody can work under that name.").arg(o->name);
    }
    if (o->hasPassword() && !PasswordHash::matches(password, o->passwordHash)) {
        return password.isEmpty() ? tr("%1 has a password; enter it.").arg(o->name)
                                  : tr("The password is not %1's.").arg(o->name);
    }
    return {};
}

bool OperatorChoice::forCommandLine(const QList<Operator>& operators, const QString& requested, const QString& password,
                                    const QString& last, const QString& systemUser, Cli* out, QString* error)
{
    QString name = requested.trimmed();
    QString how;
    if (!name.isEmpty()) {
        how = tr("Operator: %1 (--operator).").arg(name);
    } else if (!last.trimmed().isEmpty()) {
        name = last.trimmed();
        how = tr("Operator: %1, the last operator named in the file (--operator NAME names another).").arg(name);
    } else {
        name = systemUser;
        how = tr("Operator: %1, the computer's user name (--operator NAME names another).").arg(name);
    }
    const QString refused = refusal(operators, name, password);
    if (!refused.isEmpty()) {
        if (error) {
            *error = refused + QLatin1Char(' ')
                + tr("Name an active operator with --operator NAME (and --password when they have one).");
        }
        return false;
    }
    out->name = name;
    out->how = how;
    return true;
}

} // namespace sl::core
