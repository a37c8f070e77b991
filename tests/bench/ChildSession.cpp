#include "ChildSession.h"

#include "Clock.h"

#include <QTextStream>

namespace sl::bench {

ChildSession::ChildSession(const QDate& day)
    : m_settings(m_scratch.filePath(QStringLiteral("settings.ini")))
{
    core::Clock::setToday(day);
}

bool ChildSession::open(const QString& path)
{
    QString error;
    if (!m_db.open(path, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return false;
    }
    return true;
}

} // namespace sl::bench
