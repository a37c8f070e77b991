#include "EnterpriseValidator.h"

#include "CreditCode.h"

namespace sl::core {

namespace {

bool hasControlCharacters(const QString& text, bool allowNewlines)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control && !(allowNewlines && (c == u'\n' || c == u'\r' || c == u'\t'))) {
            return true;
        }
    }
    return false;
}

} // namespace

QList<EnterpriseValidator::Problem> EnterpriseValidator::validate(const Enterprise& e)
{
    QList<Problem> problems;
    const QString name = e.name.trimmed();
    if (name.isEmpty()) {
        problems.append({ Field::Name, tr("Enter the enterprise name as on its business licence.") });
    } else if (name.size() > kMaxNameLength) {
        problems.append({ Field::Name, tr("The name is longer than %1 characters.").arg(kMaxNameLength) });
    } else if (hasControlCharacters(name, false)) {
        problems.append({ Field::Name, tr("The name contains invisible control characters; retype it.") });
    }

    const QString code = e.creditCode;
    const CreditCode::Result result = CreditCode::validate(code);
    if (result != CreditCode::Result::Valid) {
        const bool overridable = CreditCode::isWellFormed(code);
        if (!overridable || !e.creditCodeOverride) {
            QString message = CreditCode::describe(code);
            if (overridable) {
                message += QLatin1Char(' ')
                    + tr("If the code is copied correctly from the licence, tick \"Keep this code\" and give the "
                         "reason.");
            }
            problems.append({ Field::CreditCode, message });
        } else if (e.creditCodeOverrideReason.trimmed().isEmpty()) {
            problems.append({ Field::CreditCodeOverrideReason,
                              tr("Say why this code is kept although its check character does not match.") });
        }
    }

    if (e.communityId <= 0) {
        problems.append({ Field::Community, tr("Choose the community the enterprise belongs to.") });
    }
    if (e.employees < 0) {
        problems.append({ Field::Employees, tr("The number of employees cannot be negative.") });
    }
    if (e.landlordId != 0 && e.landlordId == e.id) {
        problems.append({ Field::Landlord, tr("An enterprise cannot be its own landlord.") });
    }
    if (e.joinDate.isValid() && (e.joinDate.year() < 2000 || e.joinDate.year() > 2100)) {
        problems.append(
            { Field::JoinDate, tr("The join date %1 is not plausible.").arg(e.joinDate.toString(Qt::ISODate)) });
    }

    const QStringList shortTexts
        = { e.address,         e.industry, e.legalRepresentative, e.safetyContact,           e.safetyContactPhone,
            e.bankAccountName, e.bankName, e.bankAccount,         e.creditCodeOverrideReason };
    for (const QString& text : shortTexts) {
        if (text.size() > kMaxTextLength || hasControlCharacters(text, false)) {
            problems.append(
                { Field::Text,
                  tr("A field is longer than %1 characters or contains control characters.").arg(kMaxTextLength) });
            break;
        }
    }
    if (e.notes.size() > kMaxNotesLength || hasControlCharacters(e.notes, true)) {
        problems.append(
            { Field::Text,
              tr("The notes are longer than %1 characters or contain control characters.").arg(kMaxNotesLength) });
    }
    return problems;
}

QString EnterpriseValidator::messageFor(const QList<Problem>& problems, Field field)
{
    for (const Problem& p : problems) {
        if (p.field == field) {
            return p.message;
        }
    }
    return {};
}

QString EnterpriseValidator::summary(const QList<Problem>& problems)
{
    QStringList lines;
    for (const Problem& p : problems) {
        lines << p.message;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sl::core
