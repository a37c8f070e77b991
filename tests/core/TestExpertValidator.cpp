#include "rules/ExpertValidator.h"

#include <QTest>

using namespace sl::core;
using Field = ExpertValidator::Field;

Q_DECLARE_METATYPE(Field)

class TestExpertValidator : public QObject
{
    Q_OBJECT

private:
    static Expert valid()
    {
        Expert e;
        e.agencyId = 1;
        e.name = QStringLiteral("王工");
        return e;
    }

    static QString text(int length) { return QString(length, QLatin1Char('x')); }

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Field>("refused");
        QTest::addColumn<QString>("reason");

        const int max = ExpertValidator::kMaxTextLength;
        const QString longer = QStringLiteral("A field is longer than 2000 characters.");
        QTest::newRow("valid") << "none" << QString() << true << Field::Name << QString();
        QTest::newRow("empty name") << "name" << QString() << false << Field::Name
                                    << QStringLiteral("Enter the expert's name.");
        QTest::newRow("blank name") << "name" << QStringLiteral(" \t") << false << Field::Name
                                    << QStringLiteral("Enter the expert's name.");
        for (const char* f : { "name", "specialty", "certificate", "certificateNo", "phone" }) {
            QTest::addRow("%s at limit", f) << f << text(max) << true << Field::Name << QString();
            QTest::addRow("%s past limit", f) << f << text(max + 1) << false << Field::Text << longer;
        }
        QTest::newRow("expired certificate is recorded") << "expiry" << QString() << true << Field::Name << QString();
    }

    void rules()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QFETCH(Field, refused);
        QFETCH(QString, reason);
        Expert e = valid();
        if (field == QLatin1String("name")) {
            e.name = value;
        } else if (field == QLatin1String("specialty")) {
            e.specialty = value;
        } else if (field == QLatin1String("certificate")) {
            e.certificate = value;
        } else if (field == QLatin1String("certificateNo")) {
            e.certificateNo = value;
        } else if (field == QLatin1String("phone")) {
            e.phone = value;
        } else if (field == QLatin1String("expiry")) {
            e.certificateExpiry = QDate(2001, 1, 1);
        }
        const auto problems = ExpertValidator::validate(e);
        QVERIFY2(problems.isEmpty() == ok, qPrintable(ExpertValidator::summary(problems)));
        if (!ok) {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().field, refused);
            QCOMPARE(problems.first().message, reason);
            QCOMPARE(ExpertValidator::messageFor(problems, refused), reason);
        }
    }
};

QTEST_GUILESS_MAIN(TestExpertValidator)
#include "TestExpertValidator.moc"
