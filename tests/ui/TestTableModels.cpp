#include "Clock.h"
#include "DemoDatabase.h"
#include "db/Database.h"
#include "db/ServiceRecordRepository.h"
#include "demo/DemoGenerator.h"
#include "hazards/HazardTableModel.h"
#include "records/RecordTableModel.h"
#include "reports/HazardYear.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace sl::core;
using namespace sl::ui;

// The hazard and record tables checked by Qt's own QAbstractItemModelTester (fatal mode: any broken promise of the
// model interface fails the test) while they are filled, refilled with another year, emptied, and sorted through a
// proxy on every column as the pages do.
class TestTableModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    const QDate m_today = QDate(2026, 11, 20);

    static void sortEveryColumn(QAbstractItemModel* source)
    {
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(source);
        for (int column = 0; column < source->columnCount(); ++column) {
            proxy.sort(column, Qt::AscendingOrder);
            proxy.sort(column, Qt::DescendingOrder);
        }
        QCOMPARE(proxy.rowCount(), source->rowCount());
    }

private slots:
    void initTestCase()
    {
        Clock::setToday(m_today);
        QString error;
        QVERIFY2(DemoDatabase::open(m_db, m_dir.filePath(QStringLiteral("street.sqlite")), 60, 2, 11, m_today, &error),
                 qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_db.close();
        Clock::setToday(QDate());
    }

    void hazardModelKeepsItsPromises()
    {
        HazardTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setYear(HazardYear::load(m_db, 2026, m_today));
        QVERIFY(model.rowCount() > 0);
        sortEveryColumn(&model);
        model.setYear(HazardYear::load(m_db, 2025, m_today));
        QVERIFY(model.rowCount() > 0);
        model.setYear(HazardYear::load(m_db, 2030, m_today));
        QCOMPARE(model.rowCount(), 0);
    }

    void recordModelKeepsItsPromises()
    {
        RecordTableModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QList<ServiceRecord> records = ServiceRecordRepository(m_db).list(ServiceRecordRepository::Filter());
        QVERIFY(records.size() > 100);
        model.setRecords(records);
        QCOMPARE(model.rowCount(), records.size());
        QVERIFY(model.rowOf(records.constLast().id) >= 0);
        sortEveryColumn(&model);
        model.setRecords(records.mid(0, 10));
        QCOMPARE(model.rowCount(), 10);
        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestTableModels)
#include "TestTableModels.moc"
