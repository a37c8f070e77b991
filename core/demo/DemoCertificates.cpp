#include "DemoCertificates.h"

#include "DemoWords.h"

#include "Dice.h"
#include "db/CertificateRepository.h"
#include "db/Database.h"
#include "rules/CertificateStatus.h"

#include <QFile>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace sl::core {

namespace {

using Words = QHash<QString, QStringList>;

// The sections this needs from the demo word lists (the same file the generator reads).
Words loadWords(const QStringList& sections)
{
    Words words;
    const DemoWords::Words all = DemoWords::load();
    for (const QString& section : sections) {
        words.insert(section, all.value(section));
    }
    return words;
}

struct Kind
{
    qint64 typeId = 0;
    int validityMonths = 0;
    QString issuer;
    QString prefix;
};

} // namespace

bool DemoCertificates::write(Database& db, const QList<Enterprise>& enterprises, Dice& dice, const QDate& today,
                             QString* error)
{
    const QString kKinds = QStringLiteral("certificate_kinds");
    const QString kChemicalIndustries = QStringLiteral("certificate_chemical_industries");
    const QString kSurnames = QStringLiteral("surnames");
    const QString kGiven = QStringLiteral("given");
    const Words w = loadWords({ kKinds, kChemicalIndustries, kSurnames, kGiven });

    CertificateRepository repository(db);
    QHash<QString, qint64> typeByName;
    QHash<qint64, int> validity;
    for (const CertificateType& t : repository.types(false)) {
        typeByName.insert(t.name, t.id);
        validity.insert(t.id, t.validityMonths);
    }
    // role → what a certificate of that role is; a role whose type the file lacks is left out.
    QHash<QString, Kind> kinds;
    for (const QString& line : w.value(kKinds)) {
        const QStringList parts = line.split(QLatin1Char(':'));
        const qint64 typeId = typeByName.value(parts.value(1));
        if (parts.size() == 4 && typeId > 0) {
            // A type without a fixed validity still gets a plausible three years in the demo.
            const int months = validity.value(typeId) > 0 ? validity.value(typeId) : 36;
            kinds.insert(parts.at(0), { typeId, months, parts.at(2), parts.at(3) });
        }
    }
    const QString licence = QStringLiteral("licence");
    const QString chemicals = QStringLiteral("chemicals");
    const QString specialWork = QStringLiteral("special_work");
    const QString principal = QStringLiteral("principal");
    const QString safetyManager = QStringLiteral("safety_manager");
    const QString specialEquipment = QStringLiteral("special_equipment");
    for (const QString& role : { licence, chemicals, specialWork, principal, safetyManager, specialEquipment }) {
        if (!kinds.contains(role)) {
            if (error) {
                *error = tr("The demo word lists are missing from this build.");
            }
            return false;
        }
    }
    if (w.value(kSurnames).isEmpty() || w.value(kGiven).isEmpty()) {
        if (error) {
            *error = tr("The demo word lists are missing from this build.");
        }
        return false;
    }
    const QStringList chemicalIndustries = w.value(kChemicalIndustries);
    // Workers' certificates are the common ones; the principal's and the manager's once per enterprise.
    const QStringList fillers = { specialWork, specialWork, specialEquipment, principal, safetyManager };

    auto person = [&]() {
        QString name = dice.pick(w[kSurnames]) + dice.pick(w[kGiven]);
        if (dice.chance(60)) {
            name += dice.pick(w[kGiven]);
        }
        return name;
    };

    for (const Enterprise& e : enterprises) {
        if (e.id <= 0 || !dice.chance(40)) {
            continue;
        }
        QStringList roles;
        if (e.sizeClass == SizeClass::Scale) {
            roles << licence;
        }
        if (chemicalIndustries.contains(e.industry) || dice.chance(2)) {
            roles << chemicals;
        }
        const int count = std::max(dice.between(1, 3), static_cast<int>(roles.size()));
        while (roles.size() < count) {
            const QString& role = dice.pick(fillers);
            // Two operators may each hold a certificate; the principal and the manager have one each.
            if ((role == principal || role == safetyManager) && roles.contains(role)) {
                continue;
            }
            roles << role;
        }
        for (const QString& role : std::as_const(roles)) {
            const Kind& kind = kinds[role];
            Certificate c;
            c.enterpriseId = e.id;
            c.typeId = kind.typeId;
            c.issuer = kind.issuer;
            if (role == licence || role == chemicals) {
                c.holder = e.name;
            } else if (role == principal) {
                c.holder = e.legalRepresentative.isEmpty() ? person() : e.legalRepresentative;
            } else if (role == safetyManager) {
                c.holder = e.safetyContact.isEmpty() ? person() : e.safetyContact;
            } else {
                c.holder = person();
            }
            // About 5 % expired, 8 % expiring within 90 days (spread over the 30 / 60 / 90-day lists), the
            // rest valid for longer; issued the validity before, so never after today.
            const int roll = dice.below(100);
            const int lastValidDay = static_cast<int>(today.daysTo(today.addMonths(kind.validityMonths))) - 1;
            if (roll < 5) {
                c.expiresOn = today.addDays(-dice.between(1, 400));
            } else if (roll < 13) {
                c.expiresOn = today.addDays(dice.between(0, 90));
            } else {
                c.expiresOn = today.addDays(dice.between(std::min(91, lastValidDay), lastValidDay));
            }
            const QDate issued = c.expiresOn.addDays(1).addMonths(-kind.validityMonths);
            // Now and then the clerk has only the expiry from a photocopy.
            if (!dice.chance(8)) {
                c.issuedOn = std::min(issued, today);
            }
            c.number = kind.prefix + QString::number(issued.year()) + dice.digits(6);
            if (!repository.insert(c, error)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace sl::core
