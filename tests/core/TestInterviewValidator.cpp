#include "rules/InterviewValidator.h"

#include <QTest>

using namespace sl::core;

class TestInterviewValidator : public QObject
{
    Q_OBJECT

private:
    const QDate m_today = QDate(2026, 6, 15);

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason"); // empty: accepted

        const QString date = QStringLiteral("Enter the date; it cannot be in the future.");
        const QString longer = QStringLiteral("A field is longer than 4000 characters.");
        QTest::newRow("valid") << "none" << QString();
        QTest::newRow("agency only") << "agencyonly" << QString();
        QTest::newRow("enterprise only") << "enterpriseonly" << QString();
        QTest::newRow("nobody concerned")
            << "nobody" << QStringLiteral("Choose the enterprise or the agency concerned.");
        QTest::newRow("no date") << "nodate" << date;
        QTest::newRow("held today") << "days=0" << QString();
        QTest::newRow("held tomorrow") << "days=1" << date;
        QTest::newRow("no reason") << "reason=0" << QStringLiteral("Give the reason.");
        QTest::newRow("blank reason") << "blank" << QStringLiteral("Give the reason.");
        for (const char* f : { "reason", "people", "outcome" }) {
            QTest::addRow("%s at limit", f) << QStringLiteral("%1=4000").arg(QLatin1String(f)) << QString();
            QTest::addRow("%s past limit", f) << QStringLiteral("%1=4001").arg(QLatin1String(f)) << longer;
        }
    }

    void rules()
    {
        QFETCH(QString, change);
        QFETCH(QString, reason);
        Interview i;
        i.enterpriseId = 3;
        i.agencyId = 4;
        i.heldOn = m_today.addDays(-1);
        i.reason = QStringLiteral("重大隐患逾期未整改");
        const QString key = change.section(QLatin1Char('='), 0, 0);
        const int value = change.section(QLatin1Char('='), 1).toInt();
        const QString text(value, QLatin1Char('x'));
        if (key == QLatin1String("agencyonly")) {
            i.enterpriseId = 0;
        } else if (key == QLatin1String("enterpriseonly")) {
            i.agencyId = 0;
        } else if (key == QLatin1String("nobody")) {
            i.enterpriseId = 0;
            i.agencyId = 0;
        } else if (key == QLatin1String("nodate")) {
            i.heldOn = QDate();
        } else if (key == QLatin1String("days")) {
            i.heldOn = m_today.addDays(value);
        } else if (key == QLatin1String("reason")) {
            i.reason = text;
        } else if (key == QLatin1String("blank")) {
            i.reason = QStringLiteral("  \n ");
        } else if (key == QLatin1String("people")) {
            i.people = text;
        } else if (key == QLatin1String("outcome")) {
            i.outcome = text;
        }
        QCOMPARE(InterviewValidator::problem(i, m_today), reason);
    }
};

QTEST_GUILESS_MAIN(TestInterviewValidator)
#include "TestInterviewValidator.moc"
