#include "rules/ServiceRecordValidator.h"

#include <QTest>

using namespace sl::core;

class TestServiceRecordValidator : public QObject
{
    Q_OBJECT

private:
    const QDate m_today = QDate(2026, 6, 15);

    ServiceRecord valid(RecordKind kind) const
    {
        ServiceRecord r;
        r.enterpriseId = 1;
        r.kind = kind;
        r.doneOn = m_today.addDays(-10);
        if (kind == RecordKind::Training || kind == RecordKind::Drill) {
            r.topic = QStringLiteral("消防器材使用");
            r.peopleCount = 12;
        } else if (kind == RecordKind::YearEndReport) {
            r.reportYear = 2025;
            r.content = QStringLiteral("全年服务情况");
        }
        return r;
    }

    static QString text(int length) { return QString(length, QLatin1Char('x')); }

private slots:
    void rules_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason"); // empty: accepted

        const int inspection = static_cast<int>(RecordKind::Inspection);
        const int training = static_cast<int>(RecordKind::Training);
        const int drill = static_cast<int>(RecordKind::Drill);
        const int report = static_cast<int>(RecordKind::YearEndReport);
        const QString longer = QStringLiteral("A field is longer than 4000 characters.");

        for (int kind : { inspection, static_cast<int>(RecordKind::Survey), training, drill, report }) {
            QTest::addRow("valid %d", kind) << kind << "none" << QString();
        }
        QTest::newRow("no enterprise") << inspection << "enterprise=0" << QStringLiteral("Choose the enterprise.");
        QTest::newRow("no date") << inspection << "nodate" << QStringLiteral("Enter the date it was done.");
        QTest::newRow("done today") << inspection << "days=0" << QString();
        QTest::newRow("done tomorrow") << inspection << "days=1"
                                       << QStringLiteral("The date 2026-06-16 is in the future; enter what has been "
                                                         "done.");
        for (const char* f : { "topic", "content", "problems", "measures", "notes" }) {
            QTest::addRow("%s at limit", f) << training << QStringLiteral("%1=4000").arg(QLatin1String(f)) << QString();
            QTest::addRow("%s past limit", f) << training << QStringLiteral("%1=4001").arg(QLatin1String(f)) << longer;
        }
        QTest::newRow("training without topic")
            << training << "topic=0" << QStringLiteral("Enter the training's topic.");
        QTest::newRow("training, nobody")
            << training << "people=0" << QStringLiteral("Enter the number of attendees (at least 1).");
        QTest::newRow("training, one") << training << "people=1" << QString();
        QTest::newRow("training, people at limit") << training << "people=100000" << QString();
        QTest::newRow("training, people past limit")
            << training << "people=100001" << QStringLiteral("Enter the number of attendees (at least 1).");
        QTest::newRow("drill without scenario") << drill << "topic=0" << QStringLiteral("Enter the drill's scenario.");
        QTest::newRow("drill, people at limit") << drill << "people=100000" << QString();
        QTest::newRow("drill, people past limit")
            << drill << "people=100001" << QStringLiteral("Enter the number of participants (at least 1).");
        const QString year
            = QStringLiteral("The year-end report must name the year it reports on, not later than its date.");
        QTest::newRow("report on 2000") << report << "year=2000" << QString();
        QTest::newRow("report on 1999") << report << "year=1999" << year;
        QTest::newRow("report on its own year") << report << "year=2026" << QString();
        QTest::newRow("report on a later year") << report << "year=2027" << year;
        QTest::newRow("report without summary")
            << report << "content=0" << QStringLiteral("Enter the summary of the year's work.");
    }

    void rules()
    {
        QFETCH(int, kind);
        QFETCH(QString, change);
        QFETCH(QString, reason);
        ServiceRecord r = valid(static_cast<RecordKind>(kind));
        const QString key = change.section(QLatin1Char('='), 0, 0);
        const int value = change.section(QLatin1Char('='), 1).toInt();
        if (key == QLatin1String("enterprise")) {
            r.enterpriseId = value;
        } else if (key == QLatin1String("nodate")) {
            r.doneOn = QDate();
        } else if (key == QLatin1String("days")) {
            r.doneOn = m_today.addDays(value);
        } else if (key == QLatin1String("topic")) {
            r.topic = text(value);
        } else if (key == QLatin1String("content")) {
            r.content = text(value);
        } else if (key == QLatin1String("problems")) {
            r.problems = text(value);
        } else if (key == QLatin1String("measures")) {
            r.measures = text(value);
        } else if (key == QLatin1String("notes")) {
            r.notes = text(value);
        } else if (key == QLatin1String("people")) {
            r.peopleCount = value;
        } else if (key == QLatin1String("year")) {
            r.reportYear = value;
        }
        QCOMPARE(ServiceRecordValidator::problem(r, m_today), reason);
    }

    void hazards_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason");

        const QString longer = QStringLiteral("A hazard's text is longer than 4000 characters.");
        QTest::newRow("valid") << "none" << QString();
        QTest::newRow("no description") << "description=0" << QStringLiteral("Describe each hazard.");
        for (const char* f : { "description", "place", "demand" }) {
            QTest::addRow("%s at limit", f) << QStringLiteral("%1=4000").arg(QLatin1String(f)) << QString();
            QTest::addRow("%s past limit", f) << QStringLiteral("%1=4001").arg(QLatin1String(f)) << longer;
        }
        QTest::newRow("deadline the day it was found") << "deadline=0" << QString();
        QTest::newRow("deadline before it was found")
            << "deadline=-1" << QStringLiteral("A hazard's rectification deadline is before the day it was found.");
    }

    void hazards()
    {
        QFETCH(QString, change);
        QFETCH(QString, reason);
        Hazard h;
        h.description = QStringLiteral("灭火器过期");
        h.foundOn = m_today;
        const QString key = change.section(QLatin1Char('='), 0, 0);
        const int value = change.section(QLatin1Char('='), 1).toInt();
        if (key == QLatin1String("description")) {
            h.description = text(value);
        } else if (key == QLatin1String("place")) {
            h.place = text(value);
        } else if (key == QLatin1String("demand")) {
            h.demand = text(value);
        } else if (key == QLatin1String("deadline")) {
            h.deadline = m_today.addDays(value);
        }
        QCOMPARE(ServiceRecordValidator::hazardProblem(h), reason);
    }
};

QTEST_GUILESS_MAIN(TestServiceRecordValidator)
#include "TestServiceRecordValidator.moc"
