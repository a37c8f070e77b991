#include "FieldRows.h"
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

private slots:
    void rules_data()
    {
        FieldRows::addColumns<Field>();
        const int max = ExpertValidator::kMaxTextLength;
        FieldRows::addValidRow(Field::Name);
        QTest::newRow("empty name") << "name" << QString() << false << Field::Name
                                    << QStringLiteral("Enter the expert's name.");
        QTest::newRow("blank name") << "name" << QStringLiteral(" \t") << false << Field::Name
                                    << QStringLiteral("Enter the expert's name.");
        FieldRows::addLengthRows({ "name", "specialty", "certificate", "certificateNo", "phone" }, max, Field::Name,
                                 Field::Text);
        QTest::newRow("expired certificate is recorded") << "expiry" << QString() << true << Field::Name << QString();
    }

    void rules()
    {
        const auto [field, value, ok, refused, reason] = FieldRows::fetch<Field>();
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
