#include "FieldRows.h"
#include "rules/AgencyValidator.h"

#include <QTest>

using namespace sl::core;
using Field = AgencyValidator::Field;

Q_DECLARE_METATYPE(Field)

class TestAgencyValidator : public QObject
{
    Q_OBJECT

private:
    static Agency valid()
    {
        Agency a;
        a.name = QStringLiteral("安信安全技术服务有限公司");
        a.creditCode = QStringLiteral("91110000600037341L");
        return a;
    }

private slots:
    void rules_data()
    {
        FieldRows::addColumns<Field>();
        const int max = AgencyValidator::kMaxTextLength;
        FieldRows::addValidRow(Field::Name);
        QTest::newRow("empty name") << "name" << QString() << false << Field::Name
                                    << QStringLiteral("Enter the agency's name.");
        QTest::newRow("blank name") << "name" << QStringLiteral("  ") << false << Field::Name
                                    << QStringLiteral("Enter the agency's name.");
        FieldRows::addLengthRows({ "name" }, max, Field::Name, Field::Text);
        QTest::newRow("no code") << "code" << QString() << true << Field::Name << QString();
        QTest::newRow("code with spaces")
            << "code" << QStringLiteral(" 9111 0000 6000 3734 1L ") << true << Field::Name << QString();
        QTest::newRow("short code") << "code" << QStringLiteral("9111") << false << Field::CreditCode
                                    << QStringLiteral("A credit code has 18 characters; this one has 4.");
        QTest::newRow("bad check") << "code" << QStringLiteral("91350100M000100Y44") << false << Field::CreditCode
                                   << QString();
        FieldRows::addLengthRows({ "qualification", "contactPerson", "contactPhone", "address" }, max, Field::Name,
                                 Field::Text);
        QTest::newRow("notes at limit") << "notes" << FieldRows::text(max) << true << Field::Name << QString();
        QTest::newRow("notes past limit") << "notes" << FieldRows::text(max + 1) << false << Field::Notes
                                          << QStringLiteral("The notes are longer than 2000 characters.");
    }

    void rules()
    {
        const auto [field, value, ok, refused, reason] = FieldRows::fetch<Field>();
        Agency a = valid();
        if (field == QLatin1String("name")) {
            a.name = value;
        } else if (field == QLatin1String("code")) {
            a.creditCode = value;
        } else if (field == QLatin1String("qualification")) {
            a.qualification = value;
        } else if (field == QLatin1String("contactPerson")) {
            a.contactPerson = value;
        } else if (field == QLatin1String("contactPhone")) {
            a.contactPhone = value;
        } else if (field == QLatin1String("address")) {
            a.address = value;
        } else if (field == QLatin1String("notes")) {
            a.notes = value;
        }
        const auto problems = AgencyValidator::validate(a);
        QVERIFY2(problems.isEmpty() == ok, qPrintable(AgencyValidator::summary(problems)));
        if (!ok) {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().field, refused);
            QVERIFY(!problems.first().message.isEmpty());
            if (!reason.isEmpty()) {
                QCOMPARE(problems.first().message, reason);
            }
            QCOMPARE(AgencyValidator::summary(problems), problems.first().message);
        }
    }

    void nameTakenNamesTheAgency()
    {
        QCOMPARE(AgencyValidator::nameTaken(QStringLiteral("安信")),
                 QStringLiteral("An agency named \"安信\" exists already."));
    }
};

QTEST_GUILESS_MAIN(TestAgencyValidator)
#include "TestAgencyValidator.moc"
