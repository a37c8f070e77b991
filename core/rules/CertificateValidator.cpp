#include "CertificateValidator.h"

namespace sl::core {

QList<CertificateValidator::Problem> CertificateValidator::validate(const Certificate& c)
{
    QList<Problem> problems;
    if (c.enterpriseId <= 0) {
        problems.append({ Field::Enterprise, tr("Choose the enterprise.") });
    }
    if (c.typeId <= 0) {
        problems.append({ Field::Type, tr("Choose the certificate type.") });
    }
    if (!c.expiresOn.isValid()) {
        problems.append({ Field::Expiry, tr("Enter the expiry date.") });
    } else if (c.issuedOn.isValid() && c.issuedOn > c.expiresOn) {
        problems.append({ Field::Expiry,
                          tr("The issue date %1 is after the expiry date %2.")
                              .arg(c.issuedOn.toString(Qt::ISODate), c.expiresOn.toString(Qt::ISODate)) });
    }
    if (c.number.size() > kMaxTextLength) {
        problems.append(
            { Field::Text, tr("The certificate number is longer than %1 characters.").arg(kMaxTextLength) });
    }
    if (c.holder.size() > kMaxTextLength) {
        problems.append({ Field::Text, tr("The holder is longer than %1 characters.").arg(kMaxTextLength) });
    }
    if (c.issuer.size() > kMaxTextLength) {
        problems.append({ Field::Text, tr("The issuer is longer than %1 characters.").arg(kMaxTextLength) });
    }
    if (c.notes.size() > kMaxNotesLength) {
        problems.append({ Field::Text, tr("The notes are longer than %1 characters.").arg(kMaxNotesLength) });
    }
    return problems;
}

QList<CertificateValidator::Problem> CertificateValidator::validateType(const CertificateType& t)
{
    QList<Problem> problems;
    if (t.name.trimmed().isEmpty()) {
        problems.append({ Field::TypeName, tr("Enter the name of the certificate type.") });
    } else if (t.name.size() > kMaxTextLength) {
        problems.append({ Field::TypeName, tr("The name is longer than %1 characters.").arg(kMaxTextLength) });
    }
    if (t.validityMonths < 0 || t.validityMonths > kMaxMonths) {
        problems.append({ Field::TypeMonths, tr("The validity must be between 0 and %1 months.").arg(kMaxMonths) });
    } else if (t.reviewMonths < 0 || t.reviewMonths > kMaxMonths) {
        problems.append(
            { Field::TypeMonths, tr("The review interval must be between 0 and %1 months.").arg(kMaxMonths) });
    } else if (t.validityMonths > 0 && t.reviewMonths > t.validityMonths) {
        problems.append({ Field::TypeMonths,
                          tr("The review interval (%1 months) is longer than the validity (%2 months).")
                              .arg(t.reviewMonths)
                              .arg(t.validityMonths) });
    }
    return problems;
}

QString CertificateValidator::typeNameTaken(const QString& name)
{
    return tr("A certificate type named \"%1\" exists already.").arg(name);
}

QString CertificateValidator::messageFor(const QList<Problem>& problems, Field field)
{
    for (const Problem& p : problems) {
        if (p.field == field) {
            return p.message;
        }
    }
    return {};
}

QString CertificateValidator::summary(const QList<Problem>& problems)
{
    QStringList lines;
    for (const Problem& p : problems) {
        lines << p.message;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sl::core
