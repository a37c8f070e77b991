#pragma once

#include "model/Certificate.h"
#include "model/CertificateType.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sl::core {

// What makes a certificate, and a certificate type, acceptable on their own fields. The forms show each problem
// next to its field and stop the typing at the limits; the repository refuses a record that has any. What needs the
// file (that the enterprise and the type exist, that a type's name is not another's) the repository checks on top.
class CertificateValidator
{
    Q_DECLARE_TR_FUNCTIONS(CertificateValidator)

public:
    enum class Field { Enterprise, Type, Expiry, Text, TypeName, TypeMonths };

    struct Problem
    {
        Field field;
        QString message;
    };

    // Longest number, holder and issuer (and type name) stored; notes may be longer.
    static constexpr int kMaxTextLength = 200;
    static constexpr int kMaxNotesLength = 2000;
    static constexpr int kMaxMonths = 1200; // a type's validity and review interval

    static QList<Problem> validate(const Certificate& certificate);
    static QList<Problem> validateType(const CertificateType& type);
    static QString typeNameTaken(const QString& name);
    static QString messageFor(const QList<Problem>& problems, Field field);
    static QString summary(const QList<Problem>& problems);
};

} // namespace sl::core
