#include "DemoWords.h"

#include <QFile>

namespace sl::core {

DemoWords::Words DemoWords::load()
{
    Words words;
    QFile file(QStringLiteral(":/safeledger/demo/demo-words.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return words;
    }
    QString section;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        words[section] += line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return words;
}

} // namespace sl::core
