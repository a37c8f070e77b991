#include "DemoGenerator.h"

#include "Clock.h"
#include "DemoActivities.h"
#include "DemoCertificates.h"
#include "DemoHazards.h"
#include "DemoRisks.h"
#include "DemoWords.h"
#include "Dice.h"
#include "db/AgencyRepository.h"
#include "db/AuditTrail.h"
#include "db/CommunityRepository.h"
#include "db/ContractRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/SettingRepository.h"
#include "db/Transaction.h"
#include "rules/CreditCode.h"

#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QStringList>

namespace sl::core {

namespace {

using Words = QHash<QString, QStringList>;

Words loadWords()
{
    return DemoWords::load();
}

QString makeCreditCode(Dice& dice)
{
    static const QString kCharset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static const QStringList kRegions
        = { QStringLiteral("330110"), QStringLiteral("330106"), QStringLiteral("330108") };
    QString org;
    for (int i = 0; i < 8; ++i) {
        // Organisation codes are mostly digits; letters appear in newer ones.
        org += i < 2 && dice.chance(30) ? kCharset.at(dice.between(10, 30)) : kCharset.at(dice.below(10));
    }
    org += CreditCode::organisationCheckCharacter(org);
    const QString first17 = QStringLiteral("91") + dice.pick(kRegions) + org;
    return first17 + CreditCode::checkCharacter(first17);
}

QString makePerson(Dice& dice, const Words& w)
{
    QString name = dice.pick(w[QStringLiteral("surnames")]) + dice.pick(w[QStringLiteral("given")]);
    if (dice.chance(60)) {
        name += dice.pick(w[QStringLiteral("given")]);
    }
    return name;
}

// Agencies with their experts, two tender lots over the demo years (the first changes agency half
// way), every participating enterprise covered from its join date, a few that leave and come back,
// and a few whose size class changes.
bool addProgramme(Database& db, const DemoGenerator::Options& options, const Words& w, Dice& dice,
                  QList<Enterprise>& all, const QList<qint64>& communityIds, QString* error)
{
    AgencyRepository agencies(db);
    QList<qint64> agencyIds;
    const QStringList agencyNames = w.value(QStringLiteral("agencies"));
    for (int i = 0; i < agencyNames.size(); ++i) {
        Agency a;
        a.name = agencyNames.at(i);
        a.creditCode = makeCreditCode(dice);
        a.qualification = w.value(QStringLiteral("qualifications")).value(i);
        a.contactPerson = makePerson(dice, w);
        a.contactPhone = QStringLiteral("0571-8") + dice.digits(7);
        a.address = w.value(QStringLiteral("street")).value(0) + dice.pick(w[QStringLiteral("roads")])
            + QString::number(dice.between(1, 99)) + w.value(QStringLiteral("units")).value(0);
        if (!agencies.insert(a, error)) {
            return false;
        }
        agencyIds.append(a.id);
        for (int k = 0, n = dice.between(3, 5); k < n; ++k) {
            Expert x;
            x.agencyId = a.id;
            x.name = makePerson(dice, w);
            x.specialty = dice.pick(w[QStringLiteral("specialties")]);
            x.certificate = dice.pick(w[QStringLiteral("expert_certificates")]);
            x.certificateNo = QString::number(options.today.year() - dice.between(1, 8)) + dice.digits(8);
            x.certificateExpiry = options.today.addDays(dice.between(-60, 1500));
            x.phone = QStringLiteral("139") + dice.digits(8);
            if (!agencies.insertExpert(x, error)) {
                return false;
            }
        }
    }

    ContractRepository contracts(db);
    const int firstYear = options.today.year() - options.years + 1;
    const QDate programmeStart(firstYear, 1, 1);
    const QDate programmeEnd(options.today.year() + 1, 12, 31);
    const QDate change = options.years >= 2 ? QDate(firstYear + options.years / 2, 1, 1) : QDate(firstYear, 7, 1);
    const QStringList lots = w.value(QStringLiteral("lots"));
    auto makeContract = [&](int agency, int lot, const QDate& from, const QDate& to, qint64 yuan, int n) {
        Contract c;
        c.agencyId = agencyIds.value(agency);
        c.tenderLot = lots.value(lot);
        c.contractNo = QStringLiteral("JB-AQ-%1-%2").arg(from.year()).arg(n, 2, 10, QLatin1Char('0'));
        c.signedOn = from.addDays(-dice.between(10, 40));
        c.periodStart = from;
        c.periodEnd = to;
        c.unitPrice = Money::fromYuan(yuan);
        return c;
    };
    // Lot 1 above the 2000-yuan share, lot 2 below it, so both branches of the rule occur.
    QList<Contract> lot1 = { makeContract(0, 0, programmeStart, change.addDays(-1), 3500, 1),
                             makeContract(2, 0, change, programmeEnd, 3800, 3) };
    QList<Contract> lot2 = { makeContract(1, 1, programmeStart, programmeEnd, 1800, 2) };
    for (QList<Contract>* lot : { &lot1, &lot2 }) {
        for (Contract& c : *lot) {
            if (!contracts.insert(c, error)) {
                return false;
            }
        }
    }
    const QSet<qint64> lot1Communities(communityIds.cbegin(), communityIds.cbegin() + communityIds.size() / 2);

    EnterpriseRepository enterprises(db);
    for (Enterprise& e : all) {
        if (!e.joinDate.isValid()) {
            continue;
        }
        const QList<Contract>& lot = lot1Communities.contains(e.communityId) ? lot1 : lot2;
        // Service periods of this enterprise: usually one from its join date; withdrawn ones end; a few
        // leave for a year and come back.
        QList<QPair<QDate, QDate>> periods;
        if (e.participation == ParticipationStatus::Withdrawn) {
            const QDate end = std::min(e.joinDate.addDays(dice.between(200, 700)), options.today.addDays(-30));
            periods.append({ e.joinDate, std::max(end, e.joinDate) });
        } else if (e.joinDate.addYears(2) <= options.today && dice.chance(4)) {
            periods.append({ e.joinDate, e.joinDate.addYears(1).addDays(-1) });
            periods.append({ e.joinDate.addYears(2), QDate() });
        } else {
            periods.append({ e.joinDate, QDate() });
        }
        for (const auto& [from, to] : periods) {
            for (const Contract& c : lot) {
                const QDate start = std::max(from, c.periodStart);
                if (start > c.periodEnd || (to.isValid() && start > to)) {
                    continue;
                }
                QList<qint64> ids;
                if (!contracts.addCoverage(c.id, { e.id }, start, error, &ids)) {
                    return false;
                }
                if (to.isValid() && to < c.periodEnd && !contracts.endCoverage(ids.first(), to, error)) {
                    return false;
                }
            }
        }
        // Some small enterprises grow into the scale class during the programme.
        if (e.sizeClass == SizeClass::SmallMicro && e.joinDate < change && dice.chance(3)) {
            e.sizeClass = SizeClass::Scale;
            if (!enterprises.update(e, error, change)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

bool DemoGenerator::generate(Database& db, const Options& options, QString* error)
{
    auto refuse = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (options.enterprises < 1 || options.enterprises > kMaxEnterprises) {
        return refuse(tr("The demo street needs between 1 and %1 enterprises.").arg(kMaxEnterprises));
    }
    if (options.years < 1 || options.years > kMaxYears) {
        return refuse(tr("The demo street covers between 1 and %1 years.").arg(kMaxYears));
    }
    CommunityRepository communities(db);
    EnterpriseRepository enterprises(db);
    if (!communities.list(true).isEmpty() || enterprises.count() > 0) {
        return refuse(tr("The database already holds data. The demo street is only loaded into an empty database; "
                         "create a new file for it."));
    }
    const Words w = loadWords();
    if (w.value(QStringLiteral("communities")).isEmpty() || w.value(QStringLiteral("industries")).isEmpty()
        || !DemoActivities::hasWords(w)) {
        return refuse(tr("The demo word lists are missing from this build."));
    }

    // Repositories refuse dates after Clock::today(). The street is made as of options.today, which may be
    // later than a fixed "today"; and one day for the whole run keeps it reproducible across midnight.
    const QDate fixedBefore = Clock::isFixed() ? Clock::today() : QDate();
    Clock::setToday(options.today);
    const auto restoreClock = qScopeGuard([fixedBefore] { Clock::setToday(fixedBefore); });

    Dice dice(options.seed);
    Transaction tx(db.connection());
    if (!tx.isActive()) {
        return refuse(tr("The database cannot be written: %1").arg(tx.errorText()));
    }
    // Synthetic data is one event for the audit trail, not two hundred thousand: the row triggers are
    // suspended inside this transaction and come back with it (or with its rollback).
    if (!AuditTrail::dropTriggers(db.connection(), error)) {
        return false;
    }
    SettingRepository settings(db);
    if (!settings.setValue(SettingRepository::Key::StreetName, w[QStringLiteral("street")].value(0), error)) {
        return false;
    }
    QList<qint64> communityIds;
    for (const QString& name : w[QStringLiteral("communities")]) {
        Community c;
        c.name = name;
        if (!communities.insert(c, error)) {
            return false;
        }
        communityIds.append(c.id);
    }

    const QDate firstDay(options.today.year() - options.years + 1, 1, 1);
    const int span = static_cast<int>(firstDay.daysTo(options.today));
    const QString street = w[QStringLiteral("street")].value(0);
    const int landlordCount = qMax(options.enterprises / 20, options.enterprises >= 5 ? 1 : 0);
    QSet<QString> codes;
    QSet<QString> names;

    auto makeEnterprise = [&](bool landlord) {
        Enterprise e;
        const QStringList industry = dice.pick(w[QStringLiteral("industries")]).split(QLatin1Char(':'));
        const QStringList& landlordIndustries = w[QStringLiteral("industries")];
        QStringList chosen = industry;
        if (landlord) {
            chosen
                = (dice.chance(70) ? landlordIndustries.last() : landlordIndustries.at(landlordIndustries.size() - 2))
                      .split(QLatin1Char(':'));
        }
        for (int attempt = 0; attempt < 6; ++attempt) {
            e.name = dice.pick(w[QStringLiteral("trade_names")]) + chosen.value(1)
                + dice.pick(w[QStringLiteral("suffixes")]);
            if (attempt > 2) {
                e.name = dice.pick(w[QStringLiteral("communities")]).left(2) + e.name;
            }
            if (!names.contains(e.name)) {
                break;
            }
        }
        names.insert(e.name);
        do {
            e.creditCode = makeCreditCode(dice);
        } while (codes.contains(e.creditCode));
        codes.insert(e.creditCode);
        e.industry = chosen.value(0);
        e.communityId = communityIds.at(dice.below(static_cast<int>(communityIds.size())));
        e.address = street + dice.pick(w[QStringLiteral("roads")]) + QString::number(dice.between(1, 399))
            + dice.pick(w[QStringLiteral("units")]);
        e.legalRepresentative = makePerson(dice, w);
        e.safetyContact = dice.chance(50) ? e.legalRepresentative : makePerson(dice, w);
        e.safetyContactPhone = QStringLiteral("13") + dice.digits(9);
        const int sizeRoll = dice.below(100);
        e.sizeClass = landlord || sizeRoll < 15 ? SizeClass::Scale
            : sizeRoll < 25                     ? SizeClass::AboveQuota
                                                : SizeClass::SmallMicro;
        e.employees = e.sizeClass == SizeClass::Scale ? dice.between(100, 800)
            : e.sizeClass == SizeClass::AboveQuota    ? dice.between(20, 300)
                                                      : dice.between(3, 99);
        const int hazardRoll = dice.below(100);
        e.occupationalHazard = hazardRoll < 10 ? OccupationalHazardClass::Serious
            : hazardRoll < 25                  ? OccupationalHazardClass::RelativelyHeavy
            : hazardRoll < 60                  ? OccupationalHazardClass::General
                                               : OccupationalHazardClass::None;
        if (e.occupationalHazard >= OccupationalHazardClass::RelativelyHeavy) {
            e.targetCategories |= TargetCategory::OccupationalHazard;
        }
        if (!landlord && dice.chance(40)) {
            e.targetCategories |= TargetCategory::WeakSafetyManagement;
        }
        if (landlord) {
            e.targetCategories |= TargetCategory::LandlordOrMarket;
        }
        if (dice.chance(2)) {
            e.targetCategories |= TargetCategory::ListedMajorHazard;
        }
        const int statusRoll = dice.below(100);
        e.participation = landlord || statusRoll < 85 ? ParticipationStatus::Participating
            : statusRoll < 95                         ? ParticipationStatus::NotParticipating
                                                      : ParticipationStatus::Withdrawn;
        if (e.participation != ParticipationStatus::NotParticipating) {
            e.joinDate = firstDay.addDays(dice.below(span + 1));
        }
        e.bankAccountName = e.name;
        e.bankName = dice.pick(w[QStringLiteral("banks")]);
        e.bankAccount = QStringLiteral("62") + dice.digits(17);
        return e;
    };

    QList<Enterprise> landlords;
    for (int i = 0; i < landlordCount; ++i) {
        landlords.append(makeEnterprise(true));
    }
    if (!enterprises.insertAll(landlords, error)) {
        return false;
    }
    QList<Enterprise> others;
    for (int i = landlordCount; i < options.enterprises; ++i) {
        Enterprise e = makeEnterprise(false);
        if (!landlords.isEmpty() && dice.chance(35)) {
            const Enterprise& landlord = landlords.at(dice.below(static_cast<int>(landlords.size())));
            e.landlordId = landlord.id;
            e.communityId = landlord.communityId;
            e.address = landlord.address;
        }
        others.append(e);
    }
    if (!enterprises.insertAll(others, error)) {
        return false;
    }
    // A few enterprises have left the register, so that archive and restore can be tried.
    for (const Enterprise& e : std::as_const(others)) {
        if (dice.chance(1) && !enterprises.archive(e.id, error)) {
            return false;
        }
    }
    QList<Enterprise> all = landlords + others;
    if (!addProgramme(db, options, w, dice, all, communityIds, error)) {
        return false;
    }
    if (!DemoActivities(db, w, dice, options.today).write(all, error)
        || !DemoHazards::write(db, dice, options.today, error)
        || !DemoCertificates::write(db, all, dice, options.today, error)
        || !DemoRisks::write(db, all, dice, options.today, error)) {
        return false;
    }
    if (!AuditTrail::createTriggers(db.connection(), error)
        || !AuditTrail::recordSummary(db.connection(), QStringLiteral("demo_street"),
                                      QStringLiteral("{\"enterprises\": %1, \"years\": %2, \"seed\": %3}")
                                          .arg(options.enterprises)
                                          .arg(options.years)
                                          .arg(options.seed),
                                      error)) {
        return false;
    }
    if (!tx.commit()) {
        return refuse(tr("The demo street could not be saved: %1").arg(tx.errorText()));
    }
    // One transaction of a whole street leaves the write-ahead log as large as the file; fold it in now,
    // or every read until the next checkpoint walks the log.
    db.checkpoint();
    return true;
}

} // namespace sl::core
