#include "ExpertValidator.h"

namespace sl::core {

QList<ExpertValidator::Problem> ExpertValidator::validate(const Expert& e)
{
    QList<Problem> problems;
    if (e.name.trimmed().isEmpty()) {
        problems.append({ Field::Name, tr("Enter the expert's name.") });
    }
    for (const QString& t : { e.name, e.specialty, e.certificate, e.certificateNo, e.phone }) {
        if (t.size() > kMaxTextLength) {
            problems.append({ Field::Text, tr("A field is longer than %1 characters.").arg(kMaxTextLength) });
            break;
        }
    }
    return problems;
}

QString ExpertValidator::messageFor(const QList<Problem>& problems, Field field)
{
    for (const Problem& p : problems) {
        if (p.field == field) {
            return p.message;
        }
    }
    return {};
}

QString ExpertValidator::summary(const QList<Problem>& problems)
{
    QStringList lines;
    for (const Problem& p : problems) {
        lines << p.message;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sl::core
