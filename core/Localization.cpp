#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sl::core {

QString Localization::resolve(const QString& language)
{
    if (language == QLatin1String("zh_CN") || language == QLatin1String("en")) {
        return language;
    }
    // The clerk's PC is Chinese; any Chinese system locale gets the Chinese interface.
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

namespace {

// Marks the translators installed here, so that installing another language replaces them.
const QString kTranslatorName = QStringLiteral("safeledger-localization");

} // namespace

QString Localization::install(QCoreApplication& app, const QString& language)
{
    const QString resolved = resolve(language);
    for (QTranslator* earlier : app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    if (resolved == QLatin1String("en")) {
        return resolved;
    }
    auto* own = new QTranslator(&app);
    own->setObjectName(kTranslatorName);
    if (own->load(QStringLiteral(":/i18n/safeledger_%1.qm").arg(resolved))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    // Qt's own catalogue: embedded by the build when it was found, else the installed one.
    auto* qt = new QTranslator(&app);
    qt->setObjectName(kTranslatorName);
    if (qt->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(resolved))
        || qt->load(QStringLiteral("qtbase_%1").arg(resolved), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(QStringLiteral("qtbase_%1").arg(resolved),
                    QCoreApplication::applicationDirPath() + QStringLiteral("/translations"))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return resolved;
}

} // namespace sl::core
