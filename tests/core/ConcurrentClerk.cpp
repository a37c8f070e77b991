// The child of TestPostgres's concurrency test: one clerk at a seat of a server database. It opens the database as
// OPERATOR, opens the enterprise's form (notes its version, as RecordFormDialog does) and the hazard, says "ready"
// and waits for GO to exist; then saves a change of the enterprise as the form saves it and closes the hazard after
// its re-check, each in its own transaction, and prints what became of each ("saved"/"closed" or "refused: …").
//   concurrent-clerk LOCATION OPERATOR ENTERPRISE_ID HAZARD_ID GO
#include "AppInfo.h"
#include "Clock.h"
#include "db/Database.h"
#include "db/EnterpriseRepository.h"
#include "db/HazardRepository.h"
#include "db/RecordVersion.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <QThread>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6) {
        return 2;
    }
    QTextStream out(stdout);
    sl::core::AppInfo::setOperatorName(args.at(2));
    sl::core::Database db;
    QString error;
    if (!db.open(args.at(1), &error)) {
        out << "open: " << error << Qt::endl;
        return 1;
    }
    const qint64 enterpriseId = args.at(3).toLongLong();
    const qint64 hazardId = args.at(4).toLongLong();
    sl::core::EnterpriseRepository enterprises(db);
    std::optional<sl::core::Enterprise> form = enterprises.find(enterpriseId);
    if (!form) {
        out << "enterprise: missing" << Qt::endl;
        return 1;
    }
    const qint64 version = sl::core::RecordVersion::of(db.connection(), QStringLiteral("enterprise"), enterpriseId);
    out << "ready" << Qt::endl;
    QElapsedTimer waited;
    waited.start();
    while (!QFileInfo::exists(args.at(5))) {
        if (waited.elapsed() > 60000) {
            out << "no go" << Qt::endl;
            return 1;
        }
        QThread::msleep(5);
    }

    form->notes = QStringLiteral("%1 was here").arg(args.at(2));
    // As a form saves (RecordFormDialog): the version check and the write in one transaction.
    if (sl::core::RecordVersion::writeIfUnchanged(
            db.connection(), QStringLiteral("enterprise"), enterpriseId, version,
            [&](QString* why) { return enterprises.update(*form, why); }, &error)) {
        out << "enterprise: saved" << Qt::endl;
    } else {
        out << "enterprise: refused: " << error << Qt::endl;
    }
    sl::core::HazardLifecycle::Step step;
    step.day = sl::core::Clock::today();
    step.closeReason = QStringLiteral("%1 re-checked it on site").arg(args.at(2));
    if (sl::core::HazardRepository(db).step(hazardId, sl::core::HazardLifecycle::Action::PassRecheck, step, &error)) {
        out << "hazard: closed" << Qt::endl;
    } else {
        out << "hazard: refused: " << error << Qt::endl;
    }
    return 0;
}
