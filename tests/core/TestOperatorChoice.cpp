#include "rules/OperatorChoice.h"
#include "rules/PasswordHash.h"

#include <QTest>

using namespace sl::core;

// Who works, decided without a screen: the start rule, the command line's default, the password.
class TestOperatorChoice : public QObject
{
    Q_OBJECT

private:
    static Operator op(const QString& name, bool active = true, const QString& password = QString())
    {
        Operator o;
        o.name = name;
        o.active = active;
        o.passwordHash = password.isEmpty() ? QString() : PasswordHash::make(password);
        return o;
    }

private slots:
    void pbkdf2MatchesRfc7914()
    {
        // RFC 7914, section 11: PBKDF2-HMAC-SHA256, P = "passwd", S = "salt", c = 1, dkLen = 64.
        QCOMPARE(PasswordHash::pbkdf2Sha256("passwd", "salt", 1, 64).toHex(),
                 QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
    }

    void passwordsAreSaltedAndChecked()
    {
        const QString a = PasswordHash::make(QStringLiteral("锦北2025"));
        const QString b = PasswordHash::make(QStringLiteral("锦北2025"));
        QVERIFY(a != b); // a salt of its own each time
        QVERIFY(!a.contains(QStringLiteral("锦北2025")));
        QVERIFY(PasswordHash::matches(QStringLiteral("锦北2025"), a));
        QVERIFY(!PasswordHash::matches(QStringLiteral("锦北2026"), a));
        QVERIFY(!PasswordHash::matches(QString(), a));
        QVERIFY(!PasswordHash::matches(QStringLiteral("x"), QStringLiteral("plain")));
    }

    void theWindowAsksOnlyWhenItMust()
    {
        // Nobody kept yet: the computer's user, no question.
        auto s = OperatorChoice::atWindowStart({}, QString(), QString(), QStringLiteral("clerk"));
        QVERIFY(!s.ask);
        QCOMPARE(s.name, QStringLiteral("clerk"));
        // One active operator without a password (an inactive one does not count): taken.
        s = OperatorChoice::atWindowStart({ op(QStringLiteral("张三")), op(QStringLiteral("老王"), false) }, QString(),
                                          QString(), QStringLiteral("clerk"));
        QVERIFY(!s.ask);
        QCOMPARE(s.name, QStringLiteral("张三"));
        // Two: asked, the last one chosen.
        const QList<Operator> two = { op(QStringLiteral("张三")), op(QStringLiteral("李四")) };
        s = OperatorChoice::atWindowStart(two, QString(), QStringLiteral("李四"), QStringLiteral("clerk"));
        QVERIFY(s.ask);
        QCOMPARE(s.name, QStringLiteral("李四"));
        // --operator without a password: taken; with one: asked, that one chosen.
        s = OperatorChoice::atWindowStart(two, QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("clerk"));
        QVERIFY(!s.ask);
        QCOMPARE(s.name, QStringLiteral("张三"));
        s = OperatorChoice::atWindowStart({ op(QStringLiteral("张三"), true, QStringLiteral("pw")) },
                                          QStringLiteral("张三"), QString(), QStringLiteral("clerk"));
        QVERIFY(s.ask);
        QCOMPARE(s.name, QStringLiteral("张三"));
        // An inactive operator given on the command line is not taken.
        s = OperatorChoice::atWindowStart({ op(QStringLiteral("张三")), op(QStringLiteral("老王"), false) },
                                          QStringLiteral("老王"), QString(), QStringLiteral("clerk"));
        QVERIFY(s.ask);
    }

    void theCommandLineSaysWhoAndRefusesWhoMayNot()
    {
        const QList<Operator> kept
            = { op(QStringLiteral("张三")), op(QStringLiteral("李四"), true, QStringLiteral("pw")),
                op(QStringLiteral("老王"), false) };
        OperatorChoice::Cli cli;
        QString error;
        QVERIFY(OperatorChoice::forCommandLine({}, QStringLiteral("王五"), QString(), QString(),
                                               QStringLiteral("clerk"), &cli, &error));
        QCOMPARE(cli.name, QStringLiteral("王五")); // nobody kept: any name
        QVERIFY(cli.how.contains(QStringLiteral("--operator")));
        QVERIFY(OperatorChoice::forCommandLine({}, QString(), QString(), QStringLiteral("张三"),
                                               QStringLiteral("clerk"), &cli, &error));
        QCOMPARE(cli.name, QStringLiteral("张三")); // the last one named in the file
        QVERIFY(cli.how.contains(QStringLiteral("last operator")));
        QVERIFY(
            OperatorChoice::forCommandLine({}, QString(), QString(), QString(), QStringLiteral("clerk"), &cli, &error));
        QCOMPARE(cli.name, QStringLiteral("clerk"));
        QVERIFY(!OperatorChoice::forCommandLine(kept, QStringLiteral("王五"), QString(), QString(),
                                                QStringLiteral("clerk"), &cli, &error));
        QVERIFY(error.contains(QStringLiteral("王五")));
        QVERIFY(!OperatorChoice::forCommandLine(kept, QStringLiteral("老王"), QString(), QString(),
                                                QStringLiteral("clerk"), &cli, &error));
        QVERIFY(error.contains(QStringLiteral("no longer an active operator")));
        QVERIFY(!OperatorChoice::forCommandLine(kept, QStringLiteral("李四"), QStringLiteral("wrong"), QString(),
                                                QStringLiteral("clerk"), &cli, &error));
        QVERIFY(OperatorChoice::forCommandLine(kept, QStringLiteral("李四"), QStringLiteral("pw"), QString(),
                                               QStringLiteral("clerk"), &cli, &error));
        QCOMPARE(cli.name, QStringLiteral("李四"));
    }
};

QTEST_GUILESS_MAIN(TestOperatorChoice)
#include "TestOperatorChoice.moc"
