#include "rules/ContractValidator.h"

#include <QTest>

using namespace sl::core;
using Field = ContractValidator::Field;

Q_DECLARE_METATYPE(Field)

class TestContractValidator : public QObject
{
    Q_OBJECT

private:
    static Contract valid()
    {
        Contract c;
        c.agencyId = 1;
        c.periodStart = QDate(2025, 1, 1);
        c.periodEnd = QDate(2025, 12, 31);
        c.unitPrice = Money::fromYuan(3500);
        return c;
    }

    static QString text(int length) { return QString(length, QLatin1Char('x')); }

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Field>("refused");
        QTest::addColumn<QString>("reason");

        const QString price = QStringLiteral("The unit price must be between 0 and 1,000,000,000 yuan.");
        const QString tooLong = QStringLiteral("A field is too long.");
        QTest::newRow("valid") << "none" << true << Field::Agency << QString();
        QTest::newRow("no agency") << "agency=0" << false << Field::Agency
                                   << QStringLiteral("Choose the agency that signed the contract.");
        QTest::newRow("no period start") << "nostart" << false << Field::Period
                                         << QStringLiteral("Enter the first and the last day of the service period.");
        QTest::newRow("no period end") << "noend" << false << Field::Period
                                       << QStringLiteral("Enter the first and the last day of the service period.");
        QTest::newRow("one-day period") << "oneday" << true << Field::Agency << QString();
        QTest::newRow("ends before it starts")
            << "backwards" << false << Field::Period << QStringLiteral("The service period ends before it starts.");
        QTest::newRow("price zero") << "fen=0" << true << Field::Agency << QString();
        QTest::newRow("price negative") << "fen=-1" << false << Field::UnitPrice
                                        << QStringLiteral("The unit price cannot be negative.");
        QTest::newRow("price at limit") << "fen=100000000000" << true << Field::Agency << QString();
        QTest::newRow("price past limit") << "fen=100000000001" << false << Field::UnitPrice << price;
        QTest::newRow("contract no. at limit") << "contractNo=200" << true << Field::Agency << QString();
        QTest::newRow("contract no. past limit") << "contractNo=201" << false << Field::Text << tooLong;
        QTest::newRow("tender lot at limit") << "tenderLot=200" << true << Field::Agency << QString();
        QTest::newRow("tender lot past limit") << "tenderLot=201" << false << Field::Text << tooLong;
        QTest::newRow("notes at limit") << "notes=20000" << true << Field::Agency << QString();
        QTest::newRow("notes past limit")
            << "notes=20001" << false << Field::Notes << QStringLiteral("The notes are longer than 20000 characters.");
    }

    void rules()
    {
        QFETCH(QString, change);
        QFETCH(bool, ok);
        QFETCH(Field, refused);
        QFETCH(QString, reason);
        Contract c = valid();
        const QString key = change.section(QLatin1Char('='), 0, 0);
        const QString value = change.section(QLatin1Char('='), 1);
        if (key == QLatin1String("agency")) {
            c.agencyId = value.toLongLong();
        } else if (key == QLatin1String("nostart")) {
            c.periodStart = QDate();
        } else if (key == QLatin1String("noend")) {
            c.periodEnd = QDate();
        } else if (key == QLatin1String("oneday")) {
            c.periodEnd = c.periodStart;
        } else if (key == QLatin1String("backwards")) {
            c.periodEnd = c.periodStart.addDays(-1);
        } else if (key == QLatin1String("fen")) {
            c.unitPrice = Money::fromFen(value.toLongLong());
        } else if (key == QLatin1String("contractNo")) {
            c.contractNo = text(value.toInt());
        } else if (key == QLatin1String("tenderLot")) {
            c.tenderLot = text(value.toInt());
        } else if (key == QLatin1String("notes")) {
            c.notes = text(value.toInt());
        }
        const auto problems = ContractValidator::validate(c);
        QVERIFY2(problems.isEmpty() == ok, qPrintable(ContractValidator::summary(problems)));
        if (!ok) {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().field, refused);
            QCOMPARE(problems.first().message, reason);
            QCOMPARE(ContractValidator::messageFor(problems, refused), reason);
        }
    }

    void limitsAgreeWithMoney()
    {
        QCOMPARE(Money::fromFen(ContractValidator::kMaxUnitPriceFen), Money::fromYuan(1000000000));
    }
};

QTEST_GUILESS_MAIN(TestContractValidator)
#include "TestContractValidator.moc"
