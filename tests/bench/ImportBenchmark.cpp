#include "ImportBenchmark.h"

#include "db/CommunityRepository.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "io/CsvWriter.h"
#include "io/EnterpriseImport.h"
#include "model/SizeClass.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>

namespace sl::bench {

ImportBenchmark::ImportBenchmark(const QString& streetPath)
    : m_streetPath(streetPath)
{
}

bool ImportBenchmark::run(int repeat, TimingSamples* samples, int* imported, QString* error)
{
    QTemporaryDir dir;
    // The list: the street's enterprises (up to kRows) written as the clerk's CSV.
    QStringList communities;
    const QString csv = dir.filePath(QStringLiteral("enterprises.csv"));
    {
        core::Database street;
        if (!street.open(m_streetPath, error)) {
            return false;
        }
        QHash<qint64, QString> names;
        for (const core::Community& c : core::CommunityRepository(street).list(true)) {
            names.insert(c.id, c.name);
            communities << c.name;
        }
        core::CsvWriter out(csv);
        if (!out.open(error)) {
            return false;
        }
        out.addTextRow({ QStringLiteral("\u4f01\u4e1a\u540d\u79f0"), // enterprise name
                         QStringLiteral("\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801"), // credit code
                         QStringLiteral("\u6240\u5c5e\u793e\u533a"), // community
                         QStringLiteral("\u89c4\u6a21\u7c7b\u578b"), // size class
                         QStringLiteral("\u4ece\u4e1a\u4eba\u6570") }); // employees
        int n = 0;
        for (const core::Enterprise& e : core::EnterpriseRepository(street).list(false)) {
            if (n++ >= kRows) {
                break;
            }
            out.addTextRow({ e.name, e.creditCode, names.value(e.communityId), core::sizeClassKey(e.sizeClass),
                             QString::number(e.employees) });
        }
        if (!out.commit(error)) {
            return false;
        }
    }
    for (int i = 0; i < repeat; ++i) {
        core::Database db;
        if (!db.open(dir.filePath(QStringLiteral("empty-%1.sqlite").arg(i)), error)) {
            return false;
        }
        for (const QString& name : std::as_const(communities)) {
            core::Community c;
            c.name = name;
            if (!core::CommunityRepository(db).insert(c, error)) {
                return false;
            }
        }
        QElapsedTimer timer;
        timer.start();
        const core::EnterpriseImport::Preview preview = core::EnterpriseImport::prepare(db, csv, false);
        int inserted = 0;
        int updated = 0;
        QString backup;
        if (!core::EnterpriseImport::commit(db, preview, &inserted, &updated, &backup, error)) {
            return false;
        }
        samples->addNanoseconds(timer.nsecsElapsed());
        *imported = inserted;
    }
    return true;
}

} // namespace sl::bench
