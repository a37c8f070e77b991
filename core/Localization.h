#pragma once

#include <QString>

class QCoreApplication;

namespace sl::core {

// Installs the translators for SafeLedger's own texts and Qt's standard dialogs. Both executables
// call it, so the command line speaks the same language as the window.
class Localization
{
public:
    // language: "system", "zh_CN" or "en". Returns the language actually used. Replaces the translators an
    // earlier call installed ("en" removes them).
    static QString install(QCoreApplication& app, const QString& language);
    static QString resolve(const QString& language);
};

} // namespace sl::core
