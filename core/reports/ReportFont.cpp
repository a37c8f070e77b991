#include "ReportFont.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QRawFont>
#include <QtEndian>

namespace sl::core {

namespace {

// The family names a font file gives itself (name IDs 1 and 16 of its "name" table, in every language), read from
// the file rather than from the font database, which lists each family under one name only: the Chinese one in a
// Chinese locale ("文泉驿微米黑" for WenQuanYi Micro Hei, "宋体" for SimSun).
QStringList ownFamilyNames(const QRawFont& raw)
{
    const QByteArray table = raw.fontTable("name");
    const auto* data = reinterpret_cast<const uchar*>(table.constData());
    if (table.size() < 6) {
        return {};
    }
    const int count = qFromBigEndian<quint16>(data + 2);
    const int strings = qFromBigEndian<quint16>(data + 4);
    QStringList names;
    for (int i = 0; i < count && 6 + 12 * (i + 1) <= table.size(); ++i) {
        const uchar* record = data + 6 + 12 * i;
        const int platform = qFromBigEndian<quint16>(record);
        const int nameId = qFromBigEndian<quint16>(record + 6);
        const int length = qFromBigEndian<quint16>(record + 8);
        const int offset = strings + qFromBigEndian<quint16>(record + 10);
        if ((nameId != 1 && nameId != 16) || offset + length > table.size()) {
            continue;
        }
        QString name;
        if (platform == 0 || platform == 3) { // Unicode, Windows: UTF-16 big-endian
            for (int k = 0; k + 1 < length; k += 2) {
                name += QChar(qFromBigEndian<quint16>(data + offset + k));
            }
        } else if (platform == 1) { // Macintosh Roman: the English names are ASCII
            name = QString::fromLatin1(table.mid(offset, length));
        }
        if (!name.isEmpty() && !names.contains(name)) {
            names << name;
        }
    }
    return names;
}

// The name under which the font database holds the wanted family, when that very family is installed.
QString installedName(const QString& wanted, const QStringList& installed)
{
    for (const QString& name : installed) {
        if (name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return name;
        }
    }
    // Under another name: ask which font the name resolves to, then check that the font calls itself so (a system
    // may resolve any name to some other font of its own choosing).
    QFont probe(wanted);
    probe.setStyleStrategy(QFont::NoFontMerging);
    const QString resolved = QFontInfo(probe).family();
    if (resolved.isEmpty() || !installed.contains(resolved)) {
        return QString();
    }
    for (const QString& own : ownFamilyNames(QRawFont::fromFont(QFont(resolved)))) {
        if (own.compare(wanted, Qt::CaseInsensitive) == 0) {
            return resolved;
        }
    }
    return QString();
}

QString installedPreferredFamily()
{
    const QStringList installed = QFontDatabase::families();
    for (const QString& wanted : ReportFont::preferredFamilies()) {
        const QString name = installedName(wanted, installed);
        if (!name.isEmpty()) {
            return name;
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
    return { QStringLiteral("SimSun"), QStringLiteral("Microsoft YaHei"), QStringLiteral("SimHei"),
             QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei") };
#elif defined(Q_OS_MACOS)
    return { QStringLiteral("PingFang SC"), QStringLiteral("Songti SC"), QStringLiteral("Heiti SC") };
#else
    // Debian: fonts-wqy-microhei, fonts-wqy-zenhei, fonts-arphic-uming. Noto CJK only as the last resort, for the
    // radicals problem described in the header.
    return { QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"),
             QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Sans CJK SC") };
#endif
}

QString ReportFont::family()
{
    // Looking up the font database on every call would repeat work for every cell of a long report. The name is
    // the font database's own, in whatever language it lists the family.
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
