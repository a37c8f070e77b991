#include "AgencyValidator.h"

#include "CreditCode.h"

namespace sl::core {

QList<AgencyValidator::Problem> AgencyValidator::validate(const Agency& a)
{
    QList<Problem> problems;
    if (a.name.trimmed().isEmpty()) {
        problems.append({ Field::Name, tr("Enter the agency's name.") });
    }
    // The code is optional for an agency, but one that is given must be a real code.
    const QString code = CreditCode::normalized(a.creditCode);
    if (!code.isEmpty() && CreditCode::validate(code) != CreditCode::Result::Valid) {
        problems.append({ Field::CreditCode, CreditCode::describe(code) });
    }
    if (a.notes.size() > kMaxTextLength) {
        problems.append({ Field::Notes, tr("The notes are longer than %1 characters.").arg(kMaxTextLength) });
    }
    for (const QString& t : { a.name, a.creditCode, a.qualification, a.contactPerson, a.contactPhone, a.address }) {
        if (t.size() > kMaxTextLength) {
            problems.append({ Field::Text, tr("A field is longer than %1 characters.").arg(kMaxTextLength) });
            break;
        }
    }
    return problems;
}

QString AgencyValidator::nameTaken(const QString& name)
{
    return tr("An agency named \"%1\" exists already.").arg(name);
}

QString AgencyValidator::messageFor(const QList<Problem>& problems, Field field)
{
    for (const Problem& p : problems) {
        if (p.field == field) {
            return p.message;
        }
    }
    return {};
}

QString AgencyValidator::summary(const QList<Problem>& problems)
{
    QStringList lines;
    for (const Problem& p : problems) {
        lines << p.message;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sl::core
