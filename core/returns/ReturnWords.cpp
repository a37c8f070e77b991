#include "ReturnWords.h"

#include <QFile>
#include <QHash>
#include <QStringList>

namespace sl::core {

namespace {

QHash<QString, QString> load()
{
    QHash<QString, QString> words;
    QFile file(QStringLiteral(":/safeledger/returns/return-words.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return words;
    }
    QString section;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (line.startsWith(QLatin1Char('[')) && line.trimmed().endsWith(QLatin1Char(']'))) {
            section = line.trimmed().mid(1, line.trimmed().size() - 2);
            continue;
        }
        // The value is kept as it stands (a word may hold spaces, "=" or "#"): everything after the first " = ".
        const qsizetype equals = line.indexOf(QLatin1String(" = "));
        if (equals > 0) {
            words.insert(section + QLatin1Char('.') + line.left(equals).trimmed(), line.mid(equals + 3));
        }
    }
    return words;
}

} // namespace

QString ReturnWords::word(const char* key)
{
    // Read once: the workbook asks for its words many times over.
    static const QHash<QString, QString> words = load();
    const auto it = words.constFind(QString::fromLatin1(key));
    Q_ASSERT_X(it != words.constEnd(), "ReturnWords::word", key);
    return it == words.constEnd() ? QString() : *it;
}

} // namespace sl::core
