#include "ReportFont.h"

#include <QFontDatabase>

namespace sl::core {

namespace {

QString installedPreferredFamily()
{
    const QStringList installed = QFontDatabase::families();
    for (const QString& wanted : ReportFont::preferredFamilies()) {
        if (installed.contains(wanted, Qt::CaseInsensitive)) {
            return wanted;
        }
    }
    return QString();
}

} // namespace

QStringList ReportFont::preferredFamilies()
{
#if defined(Q_OS_WIN)
    // Installed with every Chinese Windows; SimSun is what finance forms are usually printed in. Then the free
    // Chinese fonts, for a PC that has one of those instead (Wine, which has no Chinese font of its own, is given
    // WenQuanYi Micro Hei).
    return {QStringLiteral("SimSun"), QStringLiteral("Microsoft YaHei"), QStringLiteral("SimHei"),
            QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei")};
#elif defined(Q_OS_MACOS)
    return {QStringLiteral("PingFang SC"), QStringLiteral("Songti SC"), QStringLiteral("Heiti SC")};
#else
    // Debian: fonts-wqy-microhei, fonts-wqy-zenhei, fonts-arphic-uming. Noto CJK only as the last resort, for the
    // radicals problem described in the header.
    return {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"),
            QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Sans CJK SC")};
#endif
}

QString ReportFont::family()
{
    // Looking up the font database on every call would repeat work for every cell of a long report.
    static const QString chosen = installedPreferredFamily();
    return chosen.isEmpty() ? preferredFamilies().constFirst() : chosen;
}

bool ReportFont::isPreferredFamilyInstalled()
{
    return !installedPreferredFamily().isEmpty();
}

QFont ReportFont::font(qreal pointSize, bool bold)
{
    QFont f;
    QStringList families = preferredFamilies();
    families.removeAll(family());
    families.prepend(family());
    f.setFamilies(families);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace sl::core
