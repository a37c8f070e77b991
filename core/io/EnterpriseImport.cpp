#include "EnterpriseImport.h"

#include "TypedDate.h"

#include "CsvReader.h"
#include "CsvWriter.h"
#include "ListWorkbook.h"
#include "XlsxReader.h"
#include "db/AuditActivity.h"
#include "db/BackupManager.h"
#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/ErrorOut.h"
#include "db/Transaction.h"
#include "rules/CreditCode.h"
#include "rules/EnterpriseValidator.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace sl::core {

namespace {

// The Chinese texts are written as escapes so that every compiler reads them alike.

enum class Field {
    Name,
    CreditCode,
    Community,
    Address,
    Industry,
    Legal,
    Contact,
    Phone,
    Employees,
    SizeClass,
    Categories,
    Occupational,
    Participation,
    JoinDate,
    AccountName,
    Bank,
    Account,
    Notes
};

struct Column
{
    Field field;
    QStringList names; // the first is the full export's header
};

const QList<Column>& columns()
{
    static const QList<Column> all = {
        { Field::Name,
          { QStringLiteral("\u4f01\u4e1a\u540d\u79f0"), QStringLiteral("\u5355\u4f4d\u540d\u79f0"),
            QStringLiteral("\u4f01\u4e1a\uff08\u5355\u4f4d\uff09\u540d\u79f0"), QStringLiteral("\u540d\u79f0") } },
        { Field::CreditCode,
          { QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"),
            QStringLiteral("\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"), QStringLiteral("\u4fe1\u7528\u4ee3\u7801") } },
        { Field::Community,
          { QStringLiteral("\u6240\u5c5e\u793e\u533a"), QStringLiteral("\u793e\u533a"), QStringLiteral("\u6751\u5c45"),
            QStringLiteral("\u6240\u5c5e\u6751\u5c45") } },
        { Field::Address,
          { QStringLiteral("\u5730\u5740"), QStringLiteral("\u4f01\u4e1a\u5730\u5740"),
            QStringLiteral("\u7ecf\u8425\u5730\u5740") } },
        { Field::Industry, { QStringLiteral("\u884c\u4e1a"), QStringLiteral("\u6240\u5c5e\u884c\u4e1a") } },
        { Field::Legal,
          { QStringLiteral("\u6cd5\u5b9a\u4ee3\u8868\u4eba"), QStringLiteral("\u6cd5\u4eba\u4ee3\u8868"),
            QStringLiteral("\u6cd5\u4eba") } },
        { Field::Contact,
          { QStringLiteral("\u5b89\u5168\u8054\u7cfb\u4eba"), QStringLiteral("\u8054\u7cfb\u4eba"),
            QStringLiteral("\u5b89\u5168\u8d1f\u8d23\u4eba") } },
        { Field::Phone,
          { QStringLiteral("\u8054\u7cfb\u7535\u8bdd"), QStringLiteral("\u7535\u8bdd"),
            QStringLiteral("\u624b\u673a") } },
        { Field::Employees,
          { QStringLiteral("\u4ece\u4e1a\u4eba\u6570"), QStringLiteral("\u804c\u5de5\u4eba\u6570"),
            QStringLiteral("\u5458\u5de5\u4eba\u6570") } },
        { Field::SizeClass,
          { QStringLiteral("\u89c4\u6a21\u7c7b\u578b"), QStringLiteral("\u4f01\u4e1a\u89c4\u6a21"),
            QStringLiteral("\u89c4\u6a21") } },
        { Field::Categories,
          { QStringLiteral("\u670d\u52a1\u5bf9\u8c61\u7c7b\u522b"), QStringLiteral("\u670d\u52a1\u5bf9\u8c61") } },
        { Field::Occupational,
          { QStringLiteral("\u804c\u4e1a\u75c5\u5371\u5bb3\u7a0b\u5ea6"),
            QStringLiteral("\u804c\u4e1a\u75c5\u5371\u5bb3") } },
        { Field::Participation, { QStringLiteral("\u53c2\u4e0e\u72b6\u6001") } },
        { Field::JoinDate, { QStringLiteral("\u52a0\u5165\u65e5\u671f"), QStringLiteral("\u53c2\u4e0e\u65e5\u671f") } },
        { Field::AccountName, { QStringLiteral("\u6536\u6b3e\u6237\u540d"), QStringLiteral("\u6237\u540d") } },
        { Field::Bank, { QStringLiteral("\u5f00\u6237\u94f6\u884c"), QStringLiteral("\u5f00\u6237\u884c") } },
        { Field::Account, { QStringLiteral("\u8d26\u53f7"), QStringLiteral("\u94f6\u884c\u8d26\u53f7") } },
        { Field::Notes, { QStringLiteral("\u5907\u6ce8") } },
    };
    return all;
}

QString clean(const QString& text)
{
    // ="6222021234567890123": how CsvWriter keeps an account number digit for digit; read back as the digits.
    const QString t = text.trimmed();
    if (t.size() >= 3 && t.startsWith(QLatin1String("=\"")) && t.endsWith(QLatin1Char('"'))
        && !t.mid(2, t.size() - 3).contains(QLatin1Char('"'))) {
        return t.mid(2, t.size() - 3);
    }
    // '=x: how CsvWriter keeps a cell from being evaluated as a formula; read back as the text itself.
    if (t.size() >= 2 && t.front() == QLatin1Char('\'') && QStringLiteral("=+-@").contains(t.at(1))) {
        return t.mid(1);
    }
    return t;
}

const QList<Field>& requiredFields()
{
    static const QList<Field> required = { Field::Name, Field::CreditCode, Field::Community };
    return required;
}

bool isReasonColumn(const QString& headerCell)
{
    return clean(headerCell).remove(QLatin1Char('*')) == EnterpriseImport::reasonHeaderName();
}

// A header and rows of text as the kind of file the path names: a one-sheet workbook or a CSV for Excel.
bool writeTable(const QString& path, const QString& title, const QStringList& header, const QList<QStringList>& rows,
                QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        return ListWorkbook::write(path, title, header, rows, {}, error);
    }
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("txt")) {
        return failWith(error,
                        EnterpriseImport::tr("Write the list as an .xlsx or a .csv file; %1 is neither.")
                            .arg(QFileInfo(path).fileName()));
    }
    CsvWriter csv(path);
    if (!csv.open(error)) {
        return false;
    }
    csv.addTextRow(header);
    for (const QStringList& row : rows) {
        csv.addTextRow(row);
    }
    return csv.commit(error);
}

bool sizeClassFrom(const QString& text, SizeClass* out)
{
    const QString t = clean(text);
    if (t.isEmpty() || t.contains(QStringLiteral("\u5c0f\u5fae")) || t == QLatin1String("small_micro")) {
        *out = SizeClass::SmallMicro;
        return true;
    }
    if (t.contains(QStringLiteral("\u89c4\u4e0a")) || t.contains(QStringLiteral("\u89c4\u6a21\u4ee5\u4e0a"))
        || t == QLatin1String("scale")) {
        *out = SizeClass::Scale;
        return true;
    }
    if (t.contains(QStringLiteral("\u9650\u4e0a")) || t.contains(QStringLiteral("\u9650\u989d\u4ee5\u4e0a"))
        || t == QLatin1String("above_quota")) {
        *out = SizeClass::AboveQuota;
        return true;
    }
    return false;
}

TargetCategories categoriesFrom(const QString& text)
{
    TargetCategories c;
    if (text.contains(QStringLiteral("\u804c\u4e1a\u75c5"))) {
        c |= TargetCategory::OccupationalHazard;
    }
    if (text.contains(QStringLiteral("\u5b89\u5168\u7ba1\u7406"))) {
        c |= TargetCategory::WeakSafetyManagement;
    }
    if (text.contains(QStringLiteral("\u51fa\u79df")) || text.contains(QStringLiteral("\u5e02\u573a"))) {
        c |= TargetCategory::LandlordOrMarket;
    }
    if (text.contains(QStringLiteral("\u6302\u724c"))) {
        c |= TargetCategory::ListedMajorHazard;
    }
    return c;
}

bool occupationalFrom(const QString& text, OccupationalHazardClass* out)
{
    const QString t = clean(text);
    if (t.isEmpty() || t == QStringLiteral("\u65e0")) {
        *out = OccupationalHazardClass::None;
    } else if (t.contains(QStringLiteral("\u4e25\u91cd"))) {
        *out = OccupationalHazardClass::Serious;
    } else if (t.contains(QStringLiteral("\u8f83\u91cd"))) {
        *out = OccupationalHazardClass::RelativelyHeavy;
    } else if (t.contains(QStringLiteral("\u4e00\u822c"))) {
        *out = OccupationalHazardClass::General;
    } else {
        return false;
    }
    return true;
}

bool participationFrom(const QString& text, ParticipationStatus* out)
{
    const QString t = clean(text);
    if (t.isEmpty() || t == QStringLiteral("\u53c2\u4e0e") || t == QStringLiteral("\u5df2\u53c2\u4e0e")) {
        *out = ParticipationStatus::Participating;
    } else if (t.contains(QStringLiteral("\u9000\u51fa"))) {
        *out = ParticipationStatus::Withdrawn;
    } else if (t.contains(QStringLiteral("\u672a\u53c2\u4e0e")) || t.contains(QStringLiteral("\u4e0d\u53c2\u4e0e"))) {
        *out = ParticipationStatus::NotParticipating;
    } else {
        return false;
    }
    return true;
}

} // namespace

int EnterpriseImport::Preview::good() const
{
    int n = 0;
    for (const Row& r : rows) {
        n += r.problem.isEmpty() ? 1 : 0;
    }
    return n;
}

int EnterpriseImport::Preview::bad() const
{
    return static_cast<int>(rows.size()) - good();
}

QString EnterpriseImport::reasonHeaderName()
{
    return QStringLiteral("\u672a\u5bfc\u5165\u539f\u56e0"); // 未导入原因
}

bool EnterpriseImport::writeRefused(const Preview& preview, const QString& path, QString* error)
{
    if (!preview.fileProblem.isEmpty()) {
        return failWith(error, preview.fileProblem);
    }
    if (preview.bad() == 0) {
        return failWith(error, tr("No row of the file is refused."));
    }
    // Every column of the file, even those import does not read, so the corrected file is the clerk's own;
    // a reason column from an earlier round is replaced by today's reasons.
    int width = static_cast<int>(preview.header.size());
    for (const Row& r : preview.rows) {
        width = std::max(width, static_cast<int>(r.cells.size()));
    }
    QList<int> kept;
    for (int i = 0; i < width; ++i) {
        if (!isReasonColumn(preview.header.value(i))) {
            kept << i;
        }
    }
    QStringList header;
    for (int i : std::as_const(kept)) {
        header << clean(preview.header.value(i));
    }
    header << reasonHeaderName();
    QList<QStringList> rows;
    for (const Row& r : preview.rows) {
        if (r.problem.isEmpty()) {
            continue;
        }
        QStringList cells;
        for (int i : std::as_const(kept)) {
            cells << clean(r.cells.value(i));
        }
        cells << r.problem;
        rows << cells;
    }
    return writeTable(path, tr("Not imported"), header, rows, error);
}

bool EnterpriseImport::writeTemplate(const QString& path, QString* error)
{
    return writeTable(path, tr("Enterprises"), headerNames(), {}, error);
}

QStringList EnterpriseImport::requiredHeaderNames()
{
    QStringList names;
    for (Field f : requiredFields()) {
        names << columns().at(static_cast<int>(f)).names.first();
    }
    return names;
}

QStringList EnterpriseImport::headerNames()
{
    QStringList names;
    for (const Column& c : columns()) {
        names << c.names.first();
    }
    return names;
}

EnterpriseImport::Preview EnterpriseImport::prepare(Database& db, const QString& path, bool updateExisting)
{
    Preview preview;
    TextTable table;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const ReadLimits limits;
    bool ok = false;
    if (suffix == QLatin1String("xlsx")) {
        ok = XlsxReader::read(path, limits, &table, &preview.fileProblem);
    } else if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) {
        ok = CsvReader::read(path, limits, &table, &preview.fileProblem);
    } else {
        preview.fileProblem = tr("Import reads .xlsx and .csv files; %1 is neither.").arg(QFileInfo(path).fileName());
    }
    return ok ? prepareTable(db, table, updateExisting) : preview;
}

EnterpriseImport::Preview EnterpriseImport::prepareTable(Database& db, const TextTable& table, bool updateExisting)
{
    Preview preview;
    if (table.rows.isEmpty()) {
        preview.fileProblem = tr("The file is empty.");
        return preview;
    }
    // Which column holds which field; a column nobody knows is reported, never guessed.
    QHash<Field, int> at;
    const QStringList header = table.rows.first();
    preview.header = header;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = clean(header.at(i)).remove(QLatin1Char('*'));
        if (name == reasonHeaderName()) {
            continue; // the reasons of the file of refused rows: read by the clerk, not by import
        }
        bool known = false;
        for (const Column& c : columns()) {
            if (c.names.contains(name) && !at.contains(c.field)) {
                at.insert(c.field, i);
                known = true;
                break;
            }
        }
        if (!known && !name.isEmpty()) {
            preview.unknownColumns << name;
        }
    }
    for (Field required : requiredFields()) {
        if (!at.contains(required)) {
            preview.fileProblem = tr("The first row must name the columns; %1 is missing.")
                                      .arg(columns().at(static_cast<int>(required)).names.first());
            return preview;
        }
    }
    QHash<QString, qint64> communities;
    for (const Community& c : CommunityRepository(db).list(true)) {
        communities.insert(c.name, c.id);
    }
    QHash<QString, Enterprise> existing;
    for (const Enterprise& e : EnterpriseRepository(db).list(true)) {
        existing.insert(e.creditCode, e);
    }
    QHash<QString, int> seen; // credit code -> line
    for (int r = 1; r < table.rows.size(); ++r) {
        const QStringList& cells = table.rows.at(r);
        const auto cell
            = [&cells, &at](Field f) { return at.contains(f) ? clean(cells.value(at.value(f))) : QString(); };
        Row row;
        row.line = r + 1;
        row.cells = cells;
        Enterprise& e = row.enterprise;
        e.creditCode = CreditCode::normalized(cell(Field::CreditCode));
        const auto old = existing.constFind(e.creditCode);
        if (old != existing.constEnd()) {
            e = *old; // only the columns in the file change
            row.updatesExisting = true;
        }
        const auto set = [&](Field f, QString* target) {
            if (at.contains(f)) {
                *target = cell(f);
            }
        };
        set(Field::Name, &e.name);
        set(Field::Address, &e.address);
        set(Field::Industry, &e.industry);
        set(Field::Legal, &e.legalRepresentative);
        set(Field::Contact, &e.safetyContact);
        set(Field::Phone, &e.safetyContactPhone);
        set(Field::AccountName, &e.bankAccountName);
        set(Field::Bank, &e.bankName);
        set(Field::Account, &e.bankAccount);
        set(Field::Notes, &e.notes);
        QStringList problems;
        const QString communityName = cell(Field::Community);
        if (communities.contains(communityName)) {
            e.communityId = communities.value(communityName);
        } else {
            problems << tr("the community \"%1\" is not in the list of communities (add it in the settings first)")
                            .arg(communityName);
        }
        if (at.contains(Field::Employees) && !cell(Field::Employees).isEmpty()) {
            bool ok = false;
            e.employees = cell(Field::Employees).toInt(&ok);
            if (!ok || e.employees < 0) {
                problems << tr("the number of employees \"%1\" is not a whole number").arg(cell(Field::Employees));
            }
        }
        if (at.contains(Field::SizeClass) && !sizeClassFrom(cell(Field::SizeClass), &e.sizeClass)) {
            problems << tr("the size class \"%1\" is not \u89c4\u4e0a, \u9650\u4e0a or \u5c0f\u5fae")
                            .arg(cell(Field::SizeClass));
        }
        if (at.contains(Field::Categories)) {
            e.targetCategories = categoriesFrom(cell(Field::Categories));
        }
        if (at.contains(Field::Occupational) && !occupationalFrom(cell(Field::Occupational), &e.occupationalHazard)) {
            problems
                << tr("the occupational-hazard class \"%1\" is not \u65e0, \u4e00\u822c, \u8f83\u91cd or \u4e25\u91cd")
                       .arg(cell(Field::Occupational));
        }
        if (at.contains(Field::Participation) && !participationFrom(cell(Field::Participation), &e.participation)) {
            problems
                << tr("the participation status \"%1\" is not \u53c2\u4e0e, \u672a\u53c2\u4e0e or \u5df2\u9000\u51fa")
                       .arg(cell(Field::Participation));
        }
        if (at.contains(Field::JoinDate) && !cell(Field::JoinDate).isEmpty()) {
            e.joinDate = TypedDate::parse(cell(Field::JoinDate));
            if (!e.joinDate.isValid()) {
                problems << tr("the join date \"%1\" is not a date (write 2025-03-01)").arg(cell(Field::JoinDate));
            }
        }
        for (const EnterpriseValidator::Problem& p : EnterpriseValidator::validate(e)) {
            if (p.field != EnterpriseValidator::Field::Community || problems.isEmpty()) {
                problems << p.message;
            }
        }
        if (seen.contains(e.creditCode) && !e.creditCode.isEmpty()) {
            problems << tr("the same credit code is already on line %1 of the file").arg(seen.value(e.creditCode));
        } else {
            seen.insert(e.creditCode, row.line);
        }
        if (row.updatesExisting && !updateExisting) {
            problems << tr("an enterprise with this credit code is already in the register (tick \"Update existing "
                           "enterprises\" to update it)");
        }
        problems.removeDuplicates();
        row.problem = problems.join(QStringLiteral("\uff1b"));
        preview.rows << row;
    }
    return preview;
}

bool EnterpriseImport::commitAll(Database& db, const Preview& preview, int* inserted, int* updated, QString* backupPath,
                                 QString* error)
{
    *inserted = 0;
    *updated = 0;
    if (!preview.fileProblem.isEmpty()) {
        return failWith(error, preview.fileProblem);
    }
    if (preview.bad() > 0) {
        return failWith(error,
                        tr("Nothing was imported: %n row(s) of the file are refused. Correct or remove them and "
                           "import the file again, or import only the good rows.",
                           nullptr, preview.bad()));
    }
    return commit(db, preview, inserted, updated, backupPath, error);
}

bool EnterpriseImport::commit(Database& db, const Preview& preview, int* inserted, int* updated, QString* backupPath,
                              QString* error)
{
    *inserted = 0;
    *updated = 0;
    if (!preview.fileProblem.isEmpty()) {
        return failWith(error, preview.fileProblem);
    }
    if (preview.good() == 0) {
        return failWith(error, tr("No row of the file can be imported."));
    }
    // A copy first: an import is the largest write the clerk makes.
    const QString backup = BackupManager(db.location()).take(QStringLiteral("before-import"), error);
    if (backup.isEmpty()) {
        return false;
    }
    if (backupPath) {
        *backupPath = backup;
    }
    Transaction tx(db.connection());
    const AuditActivity importing(db.connection(), AuditActivity::kImport);
    EnterpriseRepository repository(db);
    QList<Enterprise> fresh;
    for (const Row& r : preview.rows) {
        if (!r.problem.isEmpty()) {
            continue;
        }
        if (r.updatesExisting) {
            if (!repository.update(r.enterprise, error)) {
                return failWith(error, tr("Line %1: %2").arg(r.line).arg(error ? *error : QString()));
            }
            ++*updated;
        } else {
            fresh << r.enterprise;
        }
    }
    if (!fresh.isEmpty() && !repository.insertAll(fresh, error)) {
        *updated = 0;
        return false;
    }
    if (!tx.commit()) {
        *updated = 0;
        return failWith(error, tr("The import could not be saved: %1").arg(tx.errorText()));
    }
    *inserted = static_cast<int>(fresh.size());
    return true;
}

} // namespace sl::core
