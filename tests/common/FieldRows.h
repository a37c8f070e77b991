#pragma once

#include <QString>
#include <QTest>

#include <initializer_list>

// The rows of a validator's data-driven test that sets one field of a valid record to a value: the field's name,
// the value, whether the record still passes, and when not, the field refused and the reason (when not empty).
//     FieldRows::addColumns<Field>();
//     QTest::newRow("empty name") << "name" << QString() << false << Field::Name << QStringLiteral("Enter …");
//     FieldRows::addLengthRows({ "name", "phone" }, ExpertValidator::kMaxTextLength, Field::Name, Field::Text);
// and in the test function:
//     const auto row = FieldRows::fetch<Field>();
namespace FieldRows {

// A text of `length` characters.
inline QString text(int length)
{
    return QString(length, QLatin1Char('x'));
}

template <typename Field> void addColumns()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Field>("refused");
    QTest::addColumn<QString>("reason");
}

// A valid record: nothing changed, accepted (`refused` is not read then).
template <typename Field> void addValidRow(Field unread)
{
    QTest::newRow("valid") << "none" << QString() << true << unread << QString();
}

// For each field, "FIELD at limit" (`max` characters, accepted) and "FIELD past limit" (one more, refused as
// `tooLong` because a field is longer than 2000 characters).
template <typename Field>
void addLengthRows(std::initializer_list<const char*> fields, int max, Field unread, Field tooLong)
{
    const QString longer = QStringLiteral("A field is longer than 2000 characters.");
    for (const char* f : fields) {
        QTest::addRow("%s at limit", f) << f << text(max) << true << unread << QString();
        QTest::addRow("%s past limit", f) << f << text(max + 1) << false << tooLong << longer;
    }
}

// The current row, read in the test function.
template <typename Field> struct Row
{
    QString field;
    QString value;
    bool ok = false;
    Field refused;
    QString reason;
};

template <typename Field> Row<Field> fetch()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(Field, refused);
    QFETCH(QString, reason);
    return { field, value, ok, refused, reason };
}

} // namespace FieldRows
