#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>

namespace sl::core {

// The unified social credit code (GB 32100-2015) with the organisation-code check of GB 11714 inside it. A code that
// fails may still belong to a real company, so this class only judges and explains; whether to keep such a code is
// the caller's decision (see Enterprise::creditCodeOverride).
class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(CreditCode)

public:
    // Ordered as validate() tests them: the first failure found is the one reported, so the clerk is told about
    // the most basic problem before the finer ones.
    enum class Result { Valid, Empty, WrongLength, BadCharacter, BadOrganisationCheck, BadCheckCharacter };

    static constexpr int Length = 18;

    // Judges the text as given, except that lower-case ASCII letters count as their capitals; spaces are not
    // removed here (use normalized() first), so a pasted code with blanks is reported, not silently repaired.
    static Result validate(const QString& code);

    // Trimmed, inner blanks removed, full-width forms folded to ASCII, ASCII letters upper-cased.
    static QString normalized(const QString& code);

    // A clerk-readable sentence explaining why the code was refused; empty for Result::Valid.
    static QString describe(Result result, const QString& code);
    // Validates and explains in one step; empty when the code is valid.
    static QString describe(const QString& code);

    // The 18th character for the given first 17; QChar() when they are not 17 characters of the code's set.
    static QChar checkCharacter(const QString& first17);
    // The GB 11714 check character (position 17 of a credit code) for the given first 8 characters of an
    // organisation code; QChar() when they are not 8 digits or letters.
    static QChar organisationCheckCharacter(const QString& first8);

    // 18 characters of the code's set, checks ignored: only such a code may be kept by a deliberate override,
    // because anything else cannot be a credit code at all.
    static bool isWellFormed(const QString& code);
};

} // namespace sl::core
