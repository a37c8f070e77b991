#include "rules/CreditCode.h"

#include <QTest>

using sl::core::CreditCode;

Q_DECLARE_METATYPE(sl::core::CreditCode::Result)

namespace sl::core {
// Found by argument-dependent lookup, so a failing QCOMPARE names the results instead of printing numbers.
char* toString(CreditCode::Result result)
{
    switch (result) {
    case CreditCode::Result::Valid:
        return qstrdup("Valid");
    case CreditCode::Result::Empty:
        return qstrdup("Empty");
    case CreditCode::Result::WrongLength:
        return qstrdup("WrongLength");
    case CreditCode::Result::BadCharacter:
        return qstrdup("BadCharacter");
    case CreditCode::Result::BadOrganisationCheck:
        return qstrdup("BadOrganisationCheck");
    case CreditCode::Result::BadCheckCharacter:
        break;
    }
    return qstrdup("BadCheckCharacter");
}
} // namespace sl::core

class TestCreditCode : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void checkCharacter_data();
    void checkCharacter();
    void organisationCheckCharacter_data();
    void organisationCheckCharacter();
    void normalized_data();
    void normalized();
    void isWellFormed_data();
    void isWellFormed();
    void describe_data();
    void describe();
    void describeValidIsEmpty();
    void generatedCodes_data();
    void generatedCodes();
};

void TestCreditCode::validate_data()
{
    using R = CreditCode::Result;
    QTest::addColumn<QString>("code");
    QTest::addColumn<CreditCode::Result>("expected");

    // domain.md, "Reference facts"
    QTest::newRow("domain valid 1") << QStringLiteral("91110000600037341L") << R::Valid;
    QTest::newRow("domain valid 2") << QStringLiteral("91310115MA1K3BTP2B") << R::Valid;
    QTest::newRow("domain valid 3") << QStringLiteral("91350100M000100Y43") << R::Valid;
    // Z is outside the character set, so this is refused before any check is computed.
    QTest::newRow("domain invalid, Z at the end") << QStringLiteral("91350100M000100Y4Z") << R::BadCharacter;

    QTest::newRow("lower case accepted") << QStringLiteral("91310115ma1k3btp2b") << R::Valid;
    QTest::newRow("lower case check character") << QStringLiteral("91110000600037341l") << R::Valid;
    QTest::newRow("mixed case") << QStringLiteral("91350100m000100y43") << R::Valid;

    QTest::newRow("empty") << QString() << R::Empty;
    QTest::newRow("empty string") << QStringLiteral("") << R::Empty;
    QTest::newRow("blanks only") << QStringLiteral("   ") << R::Empty;

    QTest::newRow("17 characters") << QStringLiteral("91110000600037341") << R::WrongLength;
    QTest::newRow("19 characters") << QStringLiteral("91110000600037341L0") << R::WrongLength;
    QTest::newRow("one character") << QStringLiteral("9") << R::WrongLength;
    QTest::newRow("leading blank is not trimmed") << QStringLiteral(" 91110000600037341L") << R::WrongLength;
    QTest::newRow("inner blank is not removed") << QStringLiteral("9111 0000600037341L") << R::WrongLength;
    QTest::newRow("old 15-digit registration number") << QStringLiteral("110000000000000") << R::WrongLength;

    QTest::newRow("I") << QStringLiteral("91I10000600037341L") << R::BadCharacter;
    QTest::newRow("O") << QStringLiteral("911100006O0037341L") << R::BadCharacter;
    QTest::newRow("S") << QStringLiteral("91310115MA1K3BTS2B") << R::BadCharacter;
    QTest::newRow("V") << QStringLiteral("V1310115MA1K3BTP2B") << R::BadCharacter;
    QTest::newRow("Z") << QStringLiteral("91350100Z000100Y43") << R::BadCharacter;
    QTest::newRow("lower-case o") << QStringLiteral("911100006o0037341L") << R::BadCharacter;
    QTest::newRow("hyphen") << QStringLiteral("91110000-00037341L") << R::BadCharacter;
    QTest::newRow("blank inside, right length") << QStringLiteral("9111000060003734 L") << R::BadCharacter;
    QTest::newRow("full-width digit") << QStringLiteral("\uff191110000600037341L") << R::BadCharacter;
    QTest::newRow("Chinese character") << QStringLiteral("\u4e2d1110000600037341L") << R::BadCharacter;

    // Position 17 changed, position 18 recomputed: only the GB 11714 check can notice.
    QTest::newRow("organisation check only") << QStringLiteral("91110000600037342P") << R::BadOrganisationCheck;
    QTest::newRow("organisation check only 2") << QStringLiteral("91310115MA1K3BTP3E") << R::BadOrganisationCheck;
    // A slip inside positions 9-16 breaks both checks; the organisation part is named first.
    QTest::newRow("slip in organisation code") << QStringLiteral("91110000600087341L") << R::BadOrganisationCheck;

    QTest::newRow("check must be 3") << QStringLiteral("91350100M000100Y44") << R::BadCheckCharacter;
    QTest::newRow("check character off by one") << QStringLiteral("91110000600037341M") << R::BadCheckCharacter;
    QTest::newRow("swapped first two") << QStringLiteral("19110000600037341L") << R::BadCheckCharacter;
    QTest::newRow("slip in region code") << QStringLiteral("91310116MA1K3BTP2B") << R::BadCheckCharacter;
}

void TestCreditCode::validate()
{
    QFETCH(QString, code);
    QFETCH(CreditCode::Result, expected);
    QCOMPARE(CreditCode::validate(code), expected);
}

void TestCreditCode::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("domain 1") << QStringLiteral("91110000600037341") << QChar(u'L');
    QTest::newRow("domain 2") << QStringLiteral("91310115MA1K3BTP2") << QChar(u'B');
    QTest::newRow("domain 3, the 4Z example") << QStringLiteral("91350100M000100Y4") << QChar(u'3');
    QTest::newRow("lower case") << QStringLiteral("91310115ma1k3btp2") << QChar(u'B');
    QTest::newRow("swapped first two") << QStringLiteral("19110000600037341") << QChar(u'4');
    QTest::newRow("all zeros") << QStringLiteral("00000000000000000") << QChar(u'0');
    QTest::newRow("16 characters") << QStringLiteral("9111000060003734") << QChar();
    QTest::newRow("18 characters") << QStringLiteral("91110000600037341L") << QChar();
    QTest::newRow("I inside") << QStringLiteral("9111000060003734I") << QChar();
    QTest::newRow("empty") << QString() << QChar();
}

void TestCreditCode::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(CreditCode::checkCharacter(first17), expected);
}

void TestCreditCode::organisationCheckCharacter_data()
{
    QTest::addColumn<QString>("first8");
    QTest::addColumn<QChar>("expected");

    // Positions 9-16 of the domain's valid codes; their position 17 must come out.
    QTest::newRow("domain 1") << QStringLiteral("60003734") << QChar(u'1');
    QTest::newRow("domain 2") << QStringLiteral("MA1K3BTP") << QChar(u'2');
    QTest::newRow("domain 3") << QStringLiteral("M000100Y") << QChar(u'4');
    QTest::newRow("lower case") << QStringLiteral("ma1k3btp") << QChar(u'2');
    // The example of GB 11714 itself: D2143569-X.
    QTest::newRow("GB 11714 example, remainder 10 gives X") << QStringLiteral("D2143569") << QChar(u'X');
    QTest::newRow("remainder 10 from digits") << QStringLiteral("00000006") << QChar(u'X');
    QTest::newRow("remainder 11 gives 0") << QStringLiteral("00000000") << QChar(u'0');
    QTest::newRow("12345678") << QStringLiteral("12345678") << QChar(u'8');
    QTest::newRow("7 characters") << QStringLiteral("6000373") << QChar();
    QTest::newRow("9 characters") << QStringLiteral("600037341") << QChar();
    QTest::newRow("hyphen") << QStringLiteral("6000-734") << QChar();
    QTest::newRow("empty") << QString() << QChar();
}

void TestCreditCode::organisationCheckCharacter()
{
    QFETCH(QString, first8);
    QFETCH(QChar, expected);
    QCOMPARE(CreditCode::organisationCheckCharacter(first8), expected);
}

void TestCreditCode::normalized_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("already normal") << QStringLiteral("91110000600037341L") << QStringLiteral("91110000600037341L");
    QTest::newRow("outer blanks") << QStringLiteral("  91110000600037341L\t\n") << QStringLiteral("91110000600037341L");
    QTest::newRow("inner blanks") << QStringLiteral("9111 0000 6000 3734 1L") << QStringLiteral("91110000600037341L");
    QTest::newRow("lower case") << QStringLiteral("91310115ma1k3btp2b") << QStringLiteral("91310115MA1K3BTP2B");
    QTest::newRow("ideographic space") << QStringLiteral("91310115\u3000MA1K3BTP2B")
                                       << QStringLiteral("91310115MA1K3BTP2B");
    QTest::newRow("full-width") << QStringLiteral("\uff19\uff11\uff13\uff11\uff10\uff11\uff11\uff15\uff2d\uff41"
                                                  "1K3BTP2B")
                                << QStringLiteral("91310115MA1K3BTP2B");
    QTest::newRow("bad characters are kept") << QStringLiteral("9111-000o") << QStringLiteral("9111-000O");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blanks only") << QStringLiteral(" \t ") << QString();
}

void TestCreditCode::normalized()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(CreditCode::normalized(input), expected);
}

void TestCreditCode::isWellFormed_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("expected");

    QTest::newRow("valid") << QStringLiteral("91110000600037341L") << true;
    QTest::newRow("wrong check character") << QStringLiteral("91350100M000100Y44") << true;
    QTest::newRow("wrong organisation check") << QStringLiteral("91110000600037342P") << true;
    QTest::newRow("lower case") << QStringLiteral("91310115ma1k3btp2b") << true;
    QTest::newRow("Z at the end") << QStringLiteral("91350100M000100Y4Z") << false;
    QTest::newRow("17 characters") << QStringLiteral("91110000600037341") << false;
    QTest::newRow("inner blank") << QStringLiteral("9111 0000600037341L") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCreditCode::isWellFormed()
{
    QFETCH(QString, code);
    QFETCH(bool, expected);
    QCOMPARE(CreditCode::isWellFormed(code), expected);
}

void TestCreditCode::describe_data()
{
    QTest::addColumn<QString>("code");
    // A fragment the sentence must carry so that the clerk can act on it.
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty") << QString() << QStringLiteral("No credit code");
    QTest::newRow("17 characters") << QStringLiteral("91110000600037341") << QStringLiteral("this one has 17");
    QTest::newRow("20 characters") << QStringLiteral("91110000600037341L00") << QStringLiteral("this one has 20");
    QTest::newRow("O in position 10") << QStringLiteral("911100006O0037341L") << QStringLiteral("Character 10 (\"O\")");
    QTest::newRow("Z at the end names the check")
        << QStringLiteral("91350100M000100Y4Z") << QStringLiteral("the last one would be 3");
    QTest::newRow("organisation check") << QStringLiteral("91110000600037342P")
                                        << QStringLiteral("character 17 would be 1");
    QTest::newRow("check must be 3") << QStringLiteral("91350100M000100Y44") << QStringLiteral("it would be 3");
    QTest::newRow("lower-case input, expected shown upper")
        << QStringLiteral("91110000600037341m") << QStringLiteral("it would be L");
}

void TestCreditCode::describe()
{
    QFETCH(QString, code);
    QFETCH(QString, fragment);
    const QString sentence = CreditCode::describe(code);
    QVERIFY2(sentence.contains(fragment), qPrintable(sentence));
    QCOMPARE(CreditCode::describe(CreditCode::validate(code), code), sentence);
}

void TestCreditCode::describeValidIsEmpty()
{
    QVERIFY(CreditCode::describe(QStringLiteral("91110000600037341L")).isEmpty());
    QVERIFY(CreditCode::describe(QStringLiteral("91310115MA1K3BTP2B")).isEmpty());
    QVERIFY(CreditCode::describe(QStringLiteral("91350100m000100y43")).isEmpty());
    QVERIFY(CreditCode::describe(CreditCode::Result::Valid, QStringLiteral("anything")).isEmpty());
    for (auto r : { CreditCode::Result::Empty, CreditCode::Result::WrongLength, CreditCode::Result::BadCharacter,
                    CreditCode::Result::BadOrganisationCheck, CreditCode::Result::BadCheckCharacter }) {
        QVERIFY(!CreditCode::describe(r, QStringLiteral("91350100M000100Y4Z")).isEmpty());
    }
}

void TestCreditCode::generatedCodes_data()
{
    QTest::addColumn<QString>("head"); // positions 1-8: authority, kind, region
    QTest::addColumn<QString>("organisation"); // positions 9-16

    QTest::newRow("enterprise, Hangzhou") << QStringLiteral("91330110") << QStringLiteral("MA2D7X5Q");
    QTest::newRow("institution") << QStringLiteral("12100000") << QStringLiteral("40000000");
    QTest::newRow("social organisation") << QStringLiteral("52440000") << QStringLiteral("50000000");
    QTest::newRow("individual business") << QStringLiteral("92330110") << QStringLiteral("00000001");
    QTest::newRow("organisation check X") << QStringLiteral("91110108") << QStringLiteral("00000006");
    QTest::newRow("lower case") << QStringLiteral("91310115") << QStringLiteral("ma1k3btp");
}

void TestCreditCode::generatedCodes()
{
    QFETCH(QString, head);
    QFETCH(QString, organisation);

    const QChar organisationCheck = CreditCode::organisationCheckCharacter(organisation);
    QVERIFY(!organisationCheck.isNull());
    const QString first17 = head + organisation + organisationCheck;
    const QChar check = CreditCode::checkCharacter(first17);
    QVERIFY(!check.isNull());
    const QString code = first17 + check;
    QCOMPARE(code.size(), 18);
    QCOMPARE(CreditCode::validate(code), CreditCode::Result::Valid);

    // 31 is prime and no weight is 0 mod 31, so every single substitution must be caught.
    const QString charset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    const QString upper = CreditCode::normalized(code);
    for (int i = 0; i < upper.size(); ++i) {
        for (QChar c : charset) {
            if (c == upper.at(i))
                continue;
            QString changed = upper;
            changed[i] = c;
            QVERIFY2(CreditCode::validate(changed) != CreditCode::Result::Valid, qPrintable(changed));
        }
    }
}

QTEST_APPLESS_MAIN(TestCreditCode)
#include "TestCreditCode.moc"
