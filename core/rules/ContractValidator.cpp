#include "ContractValidator.h"

namespace sl::core {

QList<ContractValidator::Problem> ContractValidator::validate(const Contract& c)
{
    QList<Problem> problems;
    if (c.agencyId <= 0) {
        problems.append({ Field::Agency, chooseAgency() });
    }
    if (!c.periodStart.isValid() || !c.periodEnd.isValid()) {
        problems.append({ Field::Period, tr("Enter the first and the last day of the service period.") });
    } else if (c.periodEnd < c.periodStart) {
        problems.append({ Field::Period, tr("The service period ends before it starts.") });
    }
    if (c.unitPrice.isNegative()) {
        problems.append({ Field::UnitPrice, tr("The unit price cannot be negative.") });
    } else if (c.unitPrice.fen() > kMaxUnitPriceFen) {
        problems.append({ Field::UnitPrice, tr("The unit price must be between 0 and 1,000,000,000 yuan.") });
    }
    if (c.notes.size() > kMaxNotesLength) {
        problems.append({ Field::Notes, tr("The notes are longer than %1 characters.").arg(kMaxNotesLength) });
    }
    if (c.contractNo.size() > kMaxShortTextLength || c.tenderLot.size() > kMaxShortTextLength) {
        problems.append({ Field::Text, tr("A field is too long.") });
    }
    return problems;
}

QString ContractValidator::chooseAgency()
{
    return tr("Choose the agency that signed the contract.");
}

QString ContractValidator::messageFor(const QList<Problem>& problems, Field field)
{
    for (const Problem& p : problems) {
        if (p.field == field) {
            return p.message;
        }
    }
    return {};
}

QString ContractValidator::summary(const QList<Problem>& problems)
{
    QStringList lines;
    for (const Problem& p : problems) {
        lines << p.message;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sl::core
