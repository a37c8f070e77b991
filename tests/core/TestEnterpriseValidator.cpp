#include "rules/EnterpriseValidator.h"

#include <QTest>

using namespace sl::core;
using Field = EnterpriseValidator::Field;

Q_DECLARE_METATYPE(Field)

class TestEnterpriseValidator : public QObject
{
    Q_OBJECT

private:
    static Enterprise valid()
    {
        Enterprise e;
        e.name = QStringLiteral("恒达机械有限公司");
        e.creditCode = QStringLiteral("91110000600037341L");
        e.communityId = 1;
        return e;
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Field>("field");

        QTest::newRow("valid") << "none" << true << Field::Name;
        QTest::newRow("empty name") << "name=" << false << Field::Name;
        QTest::newRow("blank name") << "name=   " << false << Field::Name;
        QTest::newRow("long name") << "name=long" << false << Field::Name;
        QTest::newRow("control char in name") << "name=ctrl" << false << Field::Name;
        QTest::newRow("bad code") << "code=91350100M000100Y4Z" << false << Field::CreditCode;
        QTest::newRow("short code") << "code=9111" << false << Field::CreditCode;
        QTest::newRow("bad check, no override") << "code=91350100M000100Y44" << false << Field::CreditCode;
        QTest::newRow("bad check, override no reason") << "override=" << false << Field::CreditCodeOverrideReason;
        QTest::newRow("bad check, override with reason") << "override=checked" << true << Field::Name;
        QTest::newRow("override cannot rescue malformed") << "overridebad" << false << Field::CreditCode;
        QTest::newRow("no community") << "community=0" << false << Field::Community;
        QTest::newRow("negative employees") << "employees=-1" << false << Field::Employees;
        QTest::newRow("own landlord") << "selflandlord" << false << Field::Landlord;
        QTest::newRow("join date 1990") << "join=1990" << false << Field::JoinDate;
        QTest::newRow("join date 2024") << "join=2024" << true << Field::Name;
        QTest::newRow("newline in notes ok") << "notes" << true << Field::Name;
        QTest::newRow("NUL in address") << "nul" << false << Field::Text;
    }

    void rules()
    {
        QFETCH(QString, change);
        QFETCH(bool, ok);
        QFETCH(Field, field);
        Enterprise e = valid();
        const QString key = change.section(QLatin1Char('='), 0, 0);
        const QString value = change.section(QLatin1Char('='), 1);
        if (key == QLatin1String("name")) {
            e.name = value == QLatin1String("long") ? QString(EnterpriseValidator::kMaxNameLength + 1, QLatin1Char('x'))
                : value == QLatin1String("ctrl")    ? QStringLiteral("A\x01B")
                                                    : value;
        } else if (key == QLatin1String("code")) {
            e.creditCode = value;
        } else if (key == QLatin1String("override")) {
            e.creditCode = QStringLiteral("91350100M000100Y44");
            e.creditCodeOverride = true;
            e.creditCodeOverrideReason = value;
        } else if (key == QLatin1String("overridebad")) {
            e.creditCode = QStringLiteral("91350100M000100Y4Z");
            e.creditCodeOverride = true;
            e.creditCodeOverrideReason = QStringLiteral("reason");
        } else if (key == QLatin1String("community")) {
            e.communityId = value.toLongLong();
        } else if (key == QLatin1String("employees")) {
            e.employees = value.toInt();
        } else if (key == QLatin1String("selflandlord")) {
            e.id = 5;
            e.landlordId = 5;
        } else if (key == QLatin1String("join")) {
            e.joinDate = QDate(value.toInt(), 3, 1);
        } else if (key == QLatin1String("notes")) {
            e.notes = QStringLiteral("line 1\nline 2\tend");
        } else if (key == QLatin1String("nul")) {
            e.address = QStringLiteral("Road") + QChar(0) + QStringLiteral("1");
        }
        const auto problems = EnterpriseValidator::validate(e);
        QCOMPARE(problems.isEmpty(), ok);
        if (!ok) {
            QVERIFY2(!EnterpriseValidator::messageFor(problems, field).isEmpty(),
                     qPrintable(EnterpriseValidator::summary(problems)));
        }
    }
};

QTEST_GUILESS_MAIN(TestEnterpriseValidator)
#include "TestEnterpriseValidator.moc"
