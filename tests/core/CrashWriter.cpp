// The child of TestCrash: writes communities in a loop, one transaction each, and after every commit
// prints the number it committed, so the parent knows what must survive a kill at any moment.
#include "db/CommunityRepository.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        return 2;
    }
    sl::core::Database db;
    QString error;
    if (!db.open(args.at(1), &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    const int first = args.at(2).toInt();
    for (int n = first;; ++n) {
        sl::core::Community c;
        c.name = QStringLiteral("community-%1").arg(n);
        if (!sl::core::CommunityRepository(db).insert(c, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        out << n << Qt::endl; // flushed: committed before it is reported
    }
}
