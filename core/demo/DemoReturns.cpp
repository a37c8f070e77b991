#include "DemoReturns.h"

#include "Clock.h"
#include "DemoWords.h"
#include "Dice.h"
#include "db/AgencyRepository.h"
#include "db/EnterpriseRepository.h"
#include "db/ReturnRepository.h"
#include "db/ServiceRecordRepository.h"
#include "model/FixedChinese.h"
#include "returns/ReturnRows.h"
#include "returns/ReturnTemplate.h"

#include <QDir>

namespace sl::core {

namespace {

using W = ReturnWorkbook;

} // namespace

bool DemoReturns::fill(Database& db, ReturnWorkbook& wb, quint32 seed, QString* error)
{
    const DemoWords::Words words = DemoWords::load();
    QList<QStringList> hazardWords;
    for (const QString& h : words.value(QStringLiteral("hazards"))) {
        const QStringList parts = h.split(QLatin1Char(':'));
        if (parts.size() == 3) {
            hazardWords << parts;
        }
    }
    QStringList experts;
    for (const Expert& e : AgencyRepository(db).experts(wb.meta.agencyId, false)) {
        experts << e.name;
    }
    if (experts.isEmpty() || hazardWords.isEmpty()) {
        if (error) {
            *error = tr("The agency has no experts to name in the return.");
        }
        return false;
    }
    Dice dice(seed);
    const QDate first = wb.meta.firstDay();
    const QDate last = qMin(wb.meta.lastDay(), Clock::today());
    ServiceRecordRepository records(db);
    EnterpriseRepository enterprises(db);
    // A day of the quarter, not in the future, on which the agency served the enterprise; invalid when none.
    const auto servedDay = [&](const QString& code) {
        const std::optional<Enterprise> e = enterprises.findByCreditCode(code);
        if (!e || last < first) {
            return QDate();
        }
        const int span = int(first.daysTo(last));
        for (int attempt = 0; attempt < 6; ++attempt) {
            const QDate day = first.addDays(dice.below(span + 1));
            if (records.agencyServing(e->id, day) == wb.meta.agencyId) {
                return day;
            }
        }
        return QDate();
    };
    const auto fillSheet = [&](ReturnSheet sheet, const auto& filler) {
        TextTable& table = wb.data[sheet];
        for (QStringList& cells : table.rows) {
            if (cells.value(0).isEmpty() || sheet == ReturnSheet::Baseline || sheet == ReturnSheet::HazardProgress) {
                filler(cells);
            }
        }
    };
    QList<QStringList> found;
    fillSheet(ReturnSheet::Inspections, [&](QStringList& cells) {
        if (!cells.value(W::Inspection::Date).isEmpty() || dice.chance(15)) {
            return;
        }
        const QDate day = servedDay(cells.value(W::Inspection::Code));
        if (!day.isValid()) {
            return;
        }
        QStringList names{ dice.pick(experts) };
        if (experts.size() > 1 && dice.chance(50)) {
            names << dice.pick(experts);
        }
        cells[W::Inspection::Date] = day.toString(Qt::ISODate);
        cells[W::Inspection::Experts] = ReturnRows::joinNames(ReturnRows::splitNames(names.join(QLatin1Char(' '))));
        if (dice.chance(35)) {
            const QStringList& h = hazardWords.at(dice.below(int(hazardWords.size())));
            cells[W::Inspection::Findings] = words.value(QStringLiteral("inspection_hazard_findings")).isEmpty()
                ? h.at(1)
                : dice.pick(words.value(QStringLiteral("inspection_hazard_findings"))).arg(1);
            QStringList hazard(W::NewHazard::Count);
            hazard[W::NewHazard::Code] = cells.value(W::Inspection::Code);
            hazard[W::NewHazard::Name] = cells.value(W::Inspection::Name);
            hazard[W::NewHazard::Date] = day.toString(Qt::ISODate);
            hazard[W::NewHazard::Place] = dice.pick(words.value(QStringLiteral("hazard_places")));
            hazard[W::NewHazard::Description] = h.at(1);
            hazard[W::NewHazard::Grade]
                = FixedChinese::hazardGrade(dice.chance(5) ? HazardGrade::Major : HazardGrade::General);
            hazard[W::NewHazard::Category] = h.at(0);
            hazard[W::NewHazard::Demand] = h.at(2);
            hazard[W::NewHazard::Responsible]
                = dice.pick(words.value(QStringLiteral("surnames"))) + dice.pick(words.value(QStringLiteral("given")));
            hazard[W::NewHazard::Deadline] = day.addDays(30).toString(Qt::ISODate);
            found << hazard;
        } else {
            cells[W::Inspection::Findings] = dice.pick(words.value(QStringLiteral("inspection_findings")));
        }
    });
    // The hazards go in place of the sheet's empty rows of the same enterprises, the rest stay empty.
    TextTable& newHazards = wb.data[ReturnSheet::NewHazards];
    for (const QStringList& hazard : std::as_const(found)) {
        for (QStringList& cells : newHazards.rows) {
            if (cells.value(W::NewHazard::Id).isEmpty() && cells.value(W::NewHazard::Description).isEmpty()
                && cells.value(W::NewHazard::Code) == hazard.value(W::NewHazard::Code)) {
                cells = hazard;
                break;
            }
        }
    }
    const auto activity = [&](const char* topics, const char* contents, int people) {
        return [&, topics, contents, people](QStringList& cells) {
            if (!cells.value(W::Training::Date).isEmpty() || !dice.chance(40)) {
                return;
            }
            const QDate day = servedDay(cells.value(W::Training::Code));
            if (!day.isValid()) {
                return;
            }
            cells[W::Training::Date] = day.toString(Qt::ISODate);
            cells[W::Training::Topic] = dice.pick(words.value(QLatin1String(topics)));
            cells[W::Training::People] = QString::number(dice.between(5, people));
            cells[W::Training::Content] = dice.pick(words.value(QLatin1String(contents)));
        };
    };
    fillSheet(ReturnSheet::Trainings, activity("training_topics", "training_contents", 60));
    fillSheet(ReturnSheet::Drills, activity("drill_scenarios", "drill_contents", 40));
    fillSheet(ReturnSheet::HazardProgress, [&](QStringList& cells) {
        const QString state = cells.value(W::Progress::State);
        // The quarter's last day (or today): never before the hazard was found.
        const QDate day = last;
        if (!dice.chance(70)) {
            return;
        }
        cells[W::Progress::Date] = day.toString(Qt::ISODate);
        if (state == FixedChinese::hazardState(HazardState::Registered)) {
            cells[W::Progress::Action] = ReturnWorkbook::progressWord(HazardLifecycle::Action::StartRectifying);
        } else if (state == FixedChinese::hazardState(HazardState::Rectifying)) {
            cells[W::Progress::Action] = ReturnWorkbook::progressWord(HazardLifecycle::Action::RequestRecheck);
        } else {
            cells[W::Progress::Action] = ReturnWorkbook::progressWord(HazardLifecycle::Action::PassRecheck);
            cells[W::Progress::CloseReason] = QStringLiteral("\u73b0\u573a\u590d\u67e5\u5df2\u6574\u6539\u5230\u4f4d");
        }
    });
    fillSheet(ReturnSheet::Baseline, [&](QStringList& cells) {
        if (!cells.value(W::Baseline::Date).isEmpty() || !dice.chance(50)) {
            return;
        }
        const QDate day = servedDay(cells.value(W::Baseline::Code));
        if (day.isValid()) {
            cells[W::Baseline::Date] = day.toString(Qt::ISODate);
        }
    });
    return true;
}

bool DemoReturns::writeAll(Database& db, const QString& dir, int year, int quarter, quint32 seed, QStringList* written,
                           QString* error)
{
    if (!QDir().mkpath(dir)) {
        if (error) {
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        }
        return false;
    }
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    const QDate last = first.addMonths(3).addDays(-1);
    ReturnRepository returns(db);
    for (const Agency& agency : AgencyRepository(db).list(false)) {
        if (returns.servedEnterprises(agency.id, first, last).isEmpty()) {
            continue;
        }
        ReturnWorkbook workbook;
        const QString path
            = QDir(dir).filePath(QStringLiteral("%1 %2Q%3.xlsx").arg(agency.name).arg(year).arg(quarter));
        if (!ReturnTemplate::build(db, agency.id, year, quarter, &workbook, error)
            || !fill(db, workbook, seed + quint32(agency.id), error) || !workbook.write(path, error)) {
            return false;
        }
        if (written) {
            *written << path;
        }
    }
    return true;
}

} // namespace sl::core
