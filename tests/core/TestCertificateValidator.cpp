#include "rules/CertificateValidator.h"

#include <QTest>

using namespace sl::core;
using Field = CertificateValidator::Field;

Q_DECLARE_METATYPE(Field)

class TestCertificateValidator : public QObject
{
    Q_OBJECT

private:
    static QString text(int length) { return QString(length, QChar(0x738b)); }

private slots:
    void certificate_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<Field>("refused");
        QTest::addColumn<QString>("reason"); // empty: accepted

        QTest::newRow("valid") << "none" << Field::Text << QString();
        QTest::newRow("no enterprise") << "enterprise=0" << Field::Enterprise
                                       << QStringLiteral("Choose the enterprise.");
        QTest::newRow("no type") << "type=0" << Field::Type << QStringLiteral("Choose the certificate type.");
        QTest::newRow("no expiry") << "noexpiry" << Field::Expiry << QStringLiteral("Enter the expiry date.");
        QTest::newRow("issue date unknown") << "noissue" << Field::Text << QString();
        QTest::newRow("issued on the expiry day") << "issued=0" << Field::Text << QString();
        QTest::newRow("issued after the expiry day")
            << "issued=1" << Field::Expiry
            << QStringLiteral("The issue date 2027-07-02 is after the expiry date 2027-07-01.");
        QTest::newRow("number at limit") << "number=200" << Field::Text << QString();
        QTest::newRow("number past limit")
            << "number=201" << Field::Text << QStringLiteral("The certificate number is longer than 200 characters.");
        QTest::newRow("holder at limit") << "holder=200" << Field::Text << QString();
        QTest::newRow("holder past limit")
            << "holder=201" << Field::Text << QStringLiteral("The holder is longer than 200 characters.");
        QTest::newRow("issuer at limit") << "issuer=200" << Field::Text << QString();
        QTest::newRow("issuer past limit")
            << "issuer=201" << Field::Text << QStringLiteral("The issuer is longer than 200 characters.");
        QTest::newRow("notes at limit") << "notes=2000" << Field::Text << QString();
        QTest::newRow("notes past limit")
            << "notes=2001" << Field::Text << QStringLiteral("The notes are longer than 2000 characters.");
    }

    void certificate()
    {
        QFETCH(QString, change);
        QFETCH(Field, refused);
        QFETCH(QString, reason);
        Certificate c;
        c.enterpriseId = 1;
        c.typeId = 2;
        c.issuedOn = QDate(2024, 7, 2);
        c.expiresOn = QDate(2027, 7, 1);
        const QString key = change.section(QLatin1Char('='), 0, 0);
        const int value = change.section(QLatin1Char('='), 1).toInt();
        if (key == QLatin1String("enterprise")) {
            c.enterpriseId = value;
        } else if (key == QLatin1String("type")) {
            c.typeId = value;
        } else if (key == QLatin1String("noexpiry")) {
            c.expiresOn = QDate();
        } else if (key == QLatin1String("noissue")) {
            c.issuedOn = QDate();
        } else if (key == QLatin1String("issued")) {
            c.issuedOn = c.expiresOn.addDays(value);
        } else if (key == QLatin1String("number")) {
            c.number = text(value);
        } else if (key == QLatin1String("holder")) {
            c.holder = text(value);
        } else if (key == QLatin1String("issuer")) {
            c.issuer = text(value);
        } else if (key == QLatin1String("notes")) {
            c.notes = text(value);
        }
        const auto problems = CertificateValidator::validate(c);
        if (reason.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(CertificateValidator::summary(problems)));
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().field, refused);
            QCOMPARE(problems.first().message, reason);
            QCOMPARE(CertificateValidator::summary(problems), reason);
        }
    }

    void type_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("validity");
        QTest::addColumn<int>("review");
        QTest::addColumn<Field>("refused");
        QTest::addColumn<QString>("reason"); // empty: accepted

        const QString name = QStringLiteral("特种作业操作证");
        QTest::newRow("valid") << name << 72 << 36 << Field::TypeName << QString();
        QTest::newRow("no fixed validity, no review") << name << 0 << 0 << Field::TypeName << QString();
        QTest::newRow("no name") << QStringLiteral(" ") << 72 << 0 << Field::TypeName
                                 << QStringLiteral("Enter the name of the certificate type.");
        QTest::newRow("name at limit") << text(200) << 72 << 0 << Field::TypeName << QString();
        QTest::newRow("name past limit") << text(201) << 72 << 0 << Field::TypeName
                                         << QStringLiteral("The name is longer than 200 characters.");
        QTest::newRow("validity at limit") << name << 1200 << 0 << Field::TypeMonths << QString();
        QTest::newRow("validity past limit") << name << 1201 << 0 << Field::TypeMonths
                                             << QStringLiteral("The validity must be between 0 and 1200 months.");
        QTest::newRow("negative validity") << name << -1 << 0 << Field::TypeMonths
                                           << QStringLiteral("The validity must be between 0 and 1200 months.");
        QTest::newRow("review at limit") << name << 0 << 1200 << Field::TypeMonths << QString();
        QTest::newRow("review past limit") << name << 0 << 1201 << Field::TypeMonths
                                           << QStringLiteral("The review interval must be between 0 and 1200 months.");
        QTest::newRow("review as long as the validity") << name << 36 << 36 << Field::TypeMonths << QString();
        QTest::newRow("review longer than the validity")
            << name << 36 << 37 << Field::TypeMonths
            << QStringLiteral("The review interval (37 months) is longer than the validity (36 months).");
    }

    void type()
    {
        QFETCH(QString, name);
        QFETCH(int, validity);
        QFETCH(int, review);
        QFETCH(Field, refused);
        QFETCH(QString, reason);
        CertificateType t;
        t.name = name;
        t.validityMonths = validity;
        t.reviewMonths = review;
        const auto problems = CertificateValidator::validateType(t);
        if (reason.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(CertificateValidator::summary(problems)));
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().field, refused);
            QCOMPARE(CertificateValidator::messageFor(problems, refused), reason);
        }
    }

    void typeNameTakenNamesTheType()
    {
        QCOMPARE(CertificateValidator::typeNameTaken(QStringLiteral("营业执照")),
                 QStringLiteral("A certificate type named \"营业执照\" exists already."));
    }
};

QTEST_GUILESS_MAIN(TestCertificateValidator)
#include "TestCertificateValidator.moc"
